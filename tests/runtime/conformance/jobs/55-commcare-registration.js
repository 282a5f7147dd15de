// A CommCare "Register New Patient" form mapped to a Salesforce-style Contact.
fn(state => {
  const contact = fields(
    field('CommCare_Case_ID__c', dataValue('form.case.@case_id')(state)),
    field('Patient_Name__c', dataValue('form.case.update.patient_name')(state)),
    field('Patient_ID__c', dataValue('form.case.update.patient_id')(state)),
    field('Date_of_Birth__c', dataValue('form.case.update.patient_dob')(state)),
    field('Age_Months__c', Number(dataValue('form.case.update.age_months_rounded')(state))),
    field('Guardian_1_Relationship__c', humanProper(dataValue('form.case.update.guardian1_relationship_choice')(state))),
    field('Guardian_2_Name__c', humanProper(dataValue('form.case.update.guardian2_name')(state))),
    field('Guardian_1_Phone__c', dataValue('form.calcs.phone_numbers.guardian1_phone1_full')(state)),
    field('Country__c', dataValue('form.calcs.locations.country')(state)),
    field('Region__c', dataValue('form.calcs.locations.location_level1_name')(state)),
    field('District__c', dataValue('form.calcs.locations.location_level2_name')(state)),
    field('Consent_Photo__c', dataValue('form.case.update.consent_photo')(state) === 'yes'),
    field('SMS_Opt_In__c', dataValue('form.case.update.sms_opt_in')(state) === 'yes'),
    field('SMS_Language__c', dataValue('form.calcs.sms.sms_language')(state)),
    field('Time_Zone__c', dataValue('form.calcs.sms.time_zone')(state)),
    field('Registration_Date__c', state.data.received_on.slice(0, 10)),
    field('Test_Record__c', dataValue('form.calcs.general.test_data')(state) === '1'),
    field('Account', { CAST_Location_ID__c: dataValue('form.calcs.locations.clinic_code')(state) })
  );
  const photos = Object.keys(state.data.attachments).filter(k => k !== 'form.xml');
  return { ...state, data: { contact, photos }, references: [state.data.id] };
});

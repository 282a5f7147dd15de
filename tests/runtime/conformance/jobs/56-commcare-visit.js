// A CommCare visit form: pick the SMS reminder fields and record the visit.
fn(state => {
  const f = state.data.form;
  const visit = fields(
    field('Visit_ID__c', state.data.id),
    field('Patient__c', f.case['@case_id']),
    field('Patient_Name__c', dataValue('form.calcs.case_properties.patient_name')(state)),
    field('Clinic_Code__c', dataValue('form.calcs.case_properties.clinic_code')(state)),
    field('Cast_Count__c', Number(dataValue('form.calcs.casts.cast_count')(state))),
    field('Age_Display__c', dataValue('form.calcs.age_at_visit.age_at_visit_display')(state)),
    field('Next_Visit__c', dataValue('form.next_visit.next_visit_date')(state) || null),
    field('Form_Name__c', humanProper(f['@name']))
  );
  return composeNextState(state, visit);
});
fn(state => ({ ...state, data: { ...state.data, previous: lastReferenceValue('id')(state), refCount: state.references.length } }));

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>sb::ClinicService</name>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="58"/>
        <source>%1 SMS cancelled, %2 scheduled again, for %3 of %4 patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinics/clinicservice.cpp" line="64"/>
        <source>; %n contact(s) still to re-plan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="103"/>
        <location filename="../core/clinics/clinicservice.cpp" line="116"/>
        <source>The projects could not be read from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="105"/>
        <source>No project schedules SMS: clinics need a project with a job on @switchboard/language-sms (its Infobip credential) and one on @openfn/language-salesforce (`switchboard demo` adds one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="118"/>
        <source>The project “%1” has no job on @openfn/language-salesforce with a credential: Switchboard reads the clinics with that credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="126"/>
        <source>The %1 credential “%2” of project “%3” (%4 environment): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="228"/>
        <source>“%1” is not a clinic status; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="234"/>
        <source>The clinic could not be read from Salesforce: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="236"/>
        <source>Salesforce has no clinic (Account) called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="238"/>
        <source>Salesforce has %1 Accounts called “%2”; change the status in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="242"/>
        <location filename="../core/clinics/clinicservice.cpp" line="288"/>
        <source>The clinic&apos;s contacts could not be read from Salesforce: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="259"/>
        <source>Salesforce did not take the new status, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="270"/>
        <source>Salesforce has the new status, but Switchboard could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="343"/>
        <source>The clinics could not be read from Salesforce: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="347"/>
        <source>The clinics&apos; patients could not be counted in Salesforce: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="370"/>
        <source>syncClinics needs the Accounts (an array, or a query result with records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="375"/>
        <source>state.configuration needs the Infobip credential&apos;s baseUrl and apiKey (clinics whose status changed are re-planned).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ClinicStatusDialog</name>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="44"/>
        <source>Change the status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="47"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="48"/>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="54"/>
        <source>&amp;New status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="64"/>
        <source>Show the bulkIds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="77"/>
        <source>Changing writes Status__c to Salesforce first; only when Salesforce takes it are the messages cancelled or scheduled in Infobip. Nobody has to be re-enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="84"/>
        <source>&amp;Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="119"/>
        <source>Its patients will get %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="124"/>
        <source>&lt;p&gt;Working out what this change does: reading the clinic&apos;s patients from Salesforce and their SMS plans…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="142"/>
        <source>&lt;p&gt;&lt;b&gt;The effect could not be worked out.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="150"/>
        <source>&lt;p&gt;&lt;b&gt;Salesforce has this clinic as %1&lt;/b&gt;: it was changed there since the last sync. The change starts from what Salesforce has.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="154"/>
        <source>&lt;p&gt;Salesforce already has %1: there is nothing to change. Sync now records the status and re-plans the clinic&apos;s patients.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="160"/>
        <source>&lt;p&gt;%1 → &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="163"/>
        <source>Educational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="163"/>
        <source>Visit reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="165"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="167"/>
        <source>Scheduled (again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="168"/>
        <source>&lt;p&gt;For %1 of the clinic&apos;s %2 patients.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="170"/>
        <source>&lt;p&gt;%n patient(s) have no stored SMS plan yet: whatever the rules cancel for them is looked up in Infobip and cancelled if it is pending.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="174"/>
        <source>&lt;p&gt;No message changes: the status is recorded in Salesforce and here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="181"/>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="181"/>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="182"/>
        <source>educational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="182"/>
        <source>visit reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Clinics</name>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="25"/>
        <source>The clinics could not be read from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="54"/>
        <location filename="../core/clinics/clinicstore.cpp" line="64"/>
        <location filename="../core/clinics/clinicstore.cpp" line="238"/>
        <source>The status change could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="78"/>
        <source>every SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="80"/>
        <source>educational SMS only, no visit reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="82"/>
        <source>no SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="83"/>
        <source>no SMS (a status the scheduler does not know)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="119"/>
        <source>Salesforce (found by a sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="121"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="123"/>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="165"/>
        <source>More than one clinic is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="167"/>
        <source>No clinic is known yet: run `switchboard clinics sync` (or Sync now on the Clinics page) to fetch them from Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="169"/>
        <source>No clinic is called “%1”; `switchboard clinics` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="180"/>
        <location filename="../core/clinics/clinicstore.cpp" line="189"/>
        <source>The clinics could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="225"/>
        <source>The clinic&apos;s status could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="296"/>
        <location filename="../core/clinics/clinicstore.cpp" line="305"/>
        <source>The pending re-plans could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ClinicsModel</name>
    <message numerus="yes">
        <location filename="../ui/clinics/clinicsmodel.cpp" line="83"/>
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="92"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="94"/>
        <source>The last status change could not re-plan these contacts; select the clinic and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="96"/>
        <source>%1 (Salesforce %2, CAST location %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="110"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="111"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="112"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="113"/>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="114"/>
        <source>Pending educational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="115"/>
        <source>Pending reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="116"/>
        <source>To re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="117"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ClinicsView</name>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="67"/>
        <source>Search clinics by name or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="75"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="79"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="81"/>
        <source>Read the clinics from Salesforce now; a status changed there is recorded and re-planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="83"/>
        <source>&amp;Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="85"/>
        <source>Change the selected clinic&apos;s status; what it does to SMS is shown before anything changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="87"/>
        <source>&amp;Retry re-planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="89"/>
        <source>Re-plan the selected clinic&apos;s contacts again (a change could not re-plan them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="142"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="142"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="142"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="142"/>
        <source>What it did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="142"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="247"/>
        <source>No clinics yet: Sync now reads them from Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="252"/>
        <source>%1 of %2 clinics, %3 patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="302"/>
        <source>Select a clinic to see its history of status changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="308"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="318"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="318"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="331"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clinics/clinicsview.cpp" line="332"/>
        <source>&lt;b&gt;%n contact(s) still to re-plan&lt;/b&gt; after the last change (press Retry re-planning):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="370"/>
        <source>Reading the clinics from Salesforce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="400"/>
        <source>The sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clinics/clinicsview.cpp" line="402"/>
        <source>%n clinic(s) read from Salesforce; no status changed since the last sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="406"/>
        <source>%1 clinic(s) read; %2 status change(s) made in Salesforce were applied: %3 SMS cancelled, %4 scheduled, %5 contact(s) still to re-plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clinics/clinicsview.cpp" line="456"/>
        <source>%1 %2: %3 SMS cancelled, %4 scheduled; %n contact(s) could not be re-planned yet — the clinic lists them; press Retry re-planning.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="464"/>
        <source>%1 %2: %3 SMS cancelled, %4 scheduled, for %5 of %6 patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="478"/>
        <source>Changing %1 to %2: writing to Salesforce, then re-planning its patients&apos; SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="499"/>
        <source>The status was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="501"/>
        <source>is now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="533"/>
        <source>Re-planning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="535"/>
        <source>re-planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CodeEditor</name>
    <message>
        <location filename="../ui/workflows/codeeditor.cpp" line="45"/>
        <source>Job code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ConnectionTest</name>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="236"/>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="237"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="244"/>
        <source>%1 answered HTTP %2 with %3 instead of JSON; check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="245"/>
        <source>an untyped body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="278"/>
        <source>Salesforce refused the access token (expired or revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="287"/>
        <location filename="../core/credentials/connectiontest.cpp" line="315"/>
        <source>Signed in to Salesforce as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="306"/>
        <source>%1 answered HTTP %2 but not with a Salesforce login; check the login URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="321"/>
        <source>Salesforce refused the login: wrong user name, password or security token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="324"/>
        <source>Salesforce refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="326"/>
        <source>Salesforce answered the login with an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="343"/>
        <source>CommCare refused the login of %1: wrong user name or API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="344"/>
        <source>CommCare refused the login of %1: wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="346"/>
        <source>CommCare refused %1 access to project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="348"/>
        <source>CommCare has no project space %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="353"/>
        <source>Signed in to CommCare project %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="364"/>
        <source>Infobip refused the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="371"/>
        <source>Infobip API key accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="372"/>
        <source>Infobip API key accepted; balance %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="385"/>
        <source>Primero refused the login of %1: wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="395"/>
        <location filename="../core/credentials/connectiontest.cpp" line="410"/>
        <source>Signed in to Primero as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="409"/>
        <source>Primero accepted the login of %1 but sent no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="422"/>
        <source>OSCaR refused the sign-in of %1: wrong email or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="426"/>
        <source>%1 answered the sign-in without an access-token header; check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="427"/>
        <source>Signed in to OSCaR as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="440"/>
        <source>HIS refused the login of %1: wrong email or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="442"/>
        <source>%1 has no Users/login; the URL must be the API root, such as https://his.example.org/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="449"/>
        <source>HIS accepted the login of %1 but sent no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="450"/>
        <source>Signed in to HIS as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="460"/>
        <source>The server refused the login (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="463"/>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="493"/>
        <source>DHIS2 refused the personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="494"/>
        <source>DHIS2 refused the login of %1: wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="505"/>
        <source>Signed in to DHIS2 as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="517"/>
        <source>OpenMRS refused the login of %1: wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="531"/>
        <source>Signed in to OpenMRS as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="543"/>
        <source>RapidPro refused the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="555"/>
        <source>RapidPro token accepted for workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="567"/>
        <source>CHT refused the login of %1: wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="579"/>
        <source>Signed in to CHT as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="591"/>
        <source>A raw JSON credential has no system to test against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="602"/>
        <source>Instance URL is required with an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="619"/>
        <source>Base URL is required to test an HTTP credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="632"/>
        <source>Switchboard has no connection test for %1 credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="702"/>
        <location filename="../core/credentials/connectiontest.cpp" line="740"/>
        <source>No answer from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="736"/>
        <source>Host unreachable: %1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="738"/>
        <source>Host unreachable: unknown host %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="746"/>
        <source>%1 closed the connection without answering; check the address and whether it needs https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="750"/>
        <source>%1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="757"/>
        <source>Host unreachable: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="758"/>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="766"/>
        <source>The certificate of %1 was not accepted (%2); if you trust this server, turn off “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="768"/>
        <source>The certificate of %1 was not accepted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="771"/>
        <source>The secure connection (TLS) to %1 failed (%2); if the certificate is the problem and you trust this server, turn off “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="773"/>
        <source>The secure connection (TLS) to %1 failed (%2); check that the server speaks https there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CredentialAuditModel</name>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="236"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="237"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="238"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CredentialDialog</name>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="88"/>
        <source>Edit “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="89"/>
        <source>New credential for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="101"/>
        <source>Such as “Salesforce production”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="102"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="112"/>
        <source>Change type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="113"/>
        <source>A different type replaces every field of this environment&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="115"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="121"/>
        <source>Empty: you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="122"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="126"/>
        <source>These fields are the login jobs get when the project runs in the %1 environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="127"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="151"/>
        <source>&amp;Reveal secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="153"/>
        <source>Show the stored secrets in clear text. Every reveal is written to the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="155"/>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="157"/>
        <source>Sign in with what is typed here (stored secrets for the secret fields left empty). Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="265"/>
        <source>Stored — leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="282"/>
        <source>JSON:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="357"/>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="357"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="377"/>
        <source>This is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="378"/>
        <source>Write one JSON object, such as {&quot;apiKey&quot;: &quot;…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="404"/>
        <source>%1 must be a JSON object, such as {&quot;X-API-Key&quot;: &quot;…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="427"/>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="500"/>
        <source>Give the credential a name; jobs bind it by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="538"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="548"/>
        <source>A credential named “%1” already exists in this project; give this one another name, or edit that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="562"/>
        <source>The secret was saved, but the new name was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="584"/>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="611"/>
        <source>The secrets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="628"/>
        <source>Secrets shown in clear text; this reveal was written to the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="657"/>
        <source>The stored secrets could not be read for the test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="676"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CredentialSource</name>
    <message>
        <location filename="../core/engine/credentialsource.cpp" line="30"/>
        <source>The project is in the sandbox environment, but the built-in sandbox is not running. Start it from the Sandbox view, or run `switchboard sandbox`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/credentialsource.cpp" line="34"/>
        <source>A credential of type “%1” has no login in the sandbox; give it the type of the system it logs in to (salesforce, commcare, infobip, primero, oscar, his, rapidpro, cht, openmrs or dhis2), or store a secret for the sandbox environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Credentials</name>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="119"/>
        <source>The keychain has no secret for the credential “%1” in the “%2” environment any more (it was removed outside Switchboard, or this is another user or machine). Set it again under Credentials, or with `switchboard credentials set`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="122"/>
        <source>The secret of the credential “%1” (%2) could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="135"/>
        <source>The keychain entry of the credential “%1” (%2) is not what Switchboard wrote; set the credential again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="178"/>
        <location filename="../core/credentials/credentialstore.cpp" line="296"/>
        <location filename="../core/credentials/credentialstore.cpp" line="317"/>
        <location filename="../core/credentials/credentialstore.cpp" line="326"/>
        <location filename="../core/credentials/credentialstore.cpp" line="649"/>
        <source>The store could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="180"/>
        <location filename="../core/credentials/credentialstore.cpp" line="346"/>
        <location filename="../core/credentials/credentialstore.cpp" line="582"/>
        <source>There is no credential “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="184"/>
        <source>Several projects have a credential “%1”; name the project with --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="205"/>
        <source>secret missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="206"/>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="207"/>
        <source>from the secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="208"/>
        <source>from an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="209"/>
        <source>built-in sandbox login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="264"/>
        <source>Created “%1” (%2) for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="266"/>
        <source>Added a %2 secret to “%1”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="268"/>
        <source>Updated “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="269"/>
        <source>Updated “%1” for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="271"/>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="271"/>
        <source>Deleted the %2 secret of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="273"/>
        <source>Tested “%1” on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="275"/>
        <source>Revealed the %2 secret of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="277"/>
        <source>Switched project “%1” from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="280"/>
        <source>Changed the name, owner or type of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="368"/>
        <source>Name the environment the secret is for, such as production, staging or sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="370"/>
        <source>A credential needs a key (the name jobs bind it by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="376"/>
        <location filename="../core/credentials/credentialstore.cpp" line="627"/>
        <source>That project does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="388"/>
        <source>A new credential needs a type (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="406"/>
        <source>“%1” was not saved, and nothing was written elsewhere: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="423"/>
        <source>The %1 credential “%2” was not saved: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="445"/>
        <source>The secret of “%1” was not saved, and nothing was written elsewhere: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="449"/>
        <source>The old secret of “%1” could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="509"/>
        <source>The credential “%1” has no secret for the “%2” environment (secret missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="533"/>
        <source>“%1” was not deleted: its %2 secret could not be removed from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="554"/>
        <source>The credential “%1” has nothing stored for the “%2” environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="558"/>
        <source>The %2 secret of “%1” could not be removed from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="577"/>
        <source>A credential needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="623"/>
        <source>An environment needs a name, such as production, staging or sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="698"/>
        <source>The project of this job is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="706"/>
        <source>The job names the credential “%1”, which its project does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="729"/>
        <source>The credential “%1” (%2) could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="750"/>
        <source>The credential “%1” has no secret for the “%2” environment (secret missing). Fill it in under Credentials, or run `switchboard credentials set %3 --env %2 FIELD=VALUE…`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CredentialsModel</name>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="26"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="72"/>
        <source>incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="103"/>
        <source>%1 (key: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="116"/>
        <source>Nothing is stored for %1: jobs using it fail with “secret missing”. Use Edit… to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="119"/>
        <source>Secret fields kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="129"/>
        <source>no job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="131"/>
        <source>1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/credentials/credentialsmodel.cpp" line="131"/>
        <source>%n jobs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="153"/>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="165"/>
        <source>%1 (tested %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="178"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="179"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="180"/>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="181"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="182"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="183"/>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="184"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="185"/>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CredentialsView</name>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="99"/>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="110"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="114"/>
        <source>The environment whose secrets every job of the project uses. Choosing another asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="132"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="134"/>
        <source>Add a credential with a typed form for its system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="135"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="137"/>
        <source>Change the selected credential&apos;s fields for this environment (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="138"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="140"/>
        <source>Sign in to the system with the stored login and record the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="141"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="143"/>
        <source>Delete this environment&apos;s secret or the whole credential; asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/credentials/credentialsview.cpp" line="179"/>
        <source>%n jobs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="180"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="190"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="303"/>
        <source>The credentials could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="352"/>
        <source>%1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="354"/>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="364"/>
        <source>No project yet: import one (File › Import project…) to manage its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="369"/>
        <source>Every job of “%1” uses the %2 secrets listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="373"/>
        <source>Only showing the %1 secrets: the jobs of “%2” still use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="377"/>
        <source>Switch to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="402"/>
        <source>Other environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="403"/>
        <source>Name of the environment (such as training or uat):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="425"/>
        <source>Switch environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="426"/>
        <source>Switch project “%1” to %2? Every job of the project will use its %2 secrets at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="429"/>
        <source>It now uses %1. Credentials without a %2 secret make their jobs fail with “secret missing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="431"/>
        <source>Switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="432"/>
        <source>Only show its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="433"/>
        <source>List and edit the %1 secrets without changing what the jobs use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="447"/>
        <source>Switching “%1” to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="455"/>
        <source>The environment was not switched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="461"/>
        <source>Project “%1” now uses its %2 secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="517"/>
        <source>Credential “%1” created for %2; its secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="518"/>
        <source>Credential “%1” saved for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="550"/>
        <source>“%1” uses the built-in sandbox&apos;s own login in %2: nothing to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="555"/>
        <source>“%1” has no %2 secret to test: use Edit… to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="562"/>
        <source>Testing “%1” on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="578"/>
        <source>“%1” could not be tested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="592"/>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="596"/>
        <source>The test result was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="612"/>
        <source>Delete credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="612"/>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="617"/>
        <source>No job uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/credentials/credentialsview.cpp" line="622"/>
        <source>These jobs use it and would lose it:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="624"/>
        <source>Deleting only the %1 secret makes them fail with “secret missing” while the project runs on %1; deleting the whole credential makes them fail in every environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="631"/>
        <source>Delete the %1 secret only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="632"/>
        <source>Delete the whole credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="656"/>
        <source>Deleted the %1 secret of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="657"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CronExpression</name>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="20"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="21"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="22"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="23"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="24"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="25"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="26"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="27"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="28"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="29"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="30"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="31"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="34"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="35"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="36"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="37"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="38"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="39"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="40"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="55"/>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="56"/>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="57"/>
        <source>day-of-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="58"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="59"/>
        <source>day-of-week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="95"/>
        <source>%1 field: %2 is out of range %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="112"/>
        <source>%1 field: &quot;%2&quot; is not a month number (1–12) or name (JAN–DEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="117"/>
        <source>%1 field: &quot;%2&quot; is not a weekday number (0–7) or name (SUN–SAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="122"/>
        <source>%1 field: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="141"/>
        <source>%1 field: range %2 goes backwards; write Sunday as 7 at the end of a range, e.g. %3-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="147"/>
        <source>%1 field: range %2 goes backwards; write Sunday as 0 at the start of a range, e.g. 0-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="161"/>
        <source>%1 field: range %2 goes backwards; split it in two, e.g. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="175"/>
        <source>%1 field: &quot;%2&quot; has more than one &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="180"/>
        <source>%1 field: &quot;%2&quot; needs a start before &quot;/&quot;, e.g. */%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="186"/>
        <source>%1 field: &quot;%2&quot; needs a step number after &quot;/&quot;, e.g. %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="193"/>
        <source>%1 field: step &quot;%2&quot; in &quot;%3&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="200"/>
        <source>%1 field: step 0 in &quot;%2&quot; must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="215"/>
        <source>%1 field: &quot;%2&quot; is not valid; use * alone or */step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="223"/>
        <source>%1 field: &quot;%2&quot; is not a valid range; write it as start-end, e.g. %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="254"/>
        <source>%1 field: list &quot;%2&quot; has an empty item; remove the extra comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="322"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="324"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="326"/>
        <location filename="../core/scheduler/cronexpression.cpp" line="688"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="352"/>
        <source>%1, %2, %3, …, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="363"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="366"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="407"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="412"/>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="414"/>
        <source>every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="416"/>
        <source>at minute %1 of every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="417"/>
        <source>at minutes %1 of every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="423"/>
        <source>every minute from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="427"/>
        <source>every %1 minutes from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="432"/>
        <source>every hour from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="436"/>
        <source>every %1 hours from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="444"/>
        <source>every minute during hour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="445"/>
        <source>every minute during hours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="448"/>
        <source>every %1 minutes during hour %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="450"/>
        <source>every %1 minutes during hours %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="454"/>
        <source>at minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="455"/>
        <source>at minutes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="457"/>
        <source>%1 past hour %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="458"/>
        <source>%1 past hours %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="491"/>
        <source>unknown shortcut &quot;%1&quot;; use @hourly, @daily, @midnight, @weekly, @monthly, @yearly or @annually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="499"/>
        <source>the schedule is empty; expected 5 fields (minute hour day-of-month month day-of-week), e.g. 0 0 * * *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="504"/>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), found %1 in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="642"/>
        <source>never: day %1 does not exist in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="644"/>
        <source>never: days %1 do not exist in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="656"/>
        <source>on day %1 of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="657"/>
        <source>on days %1 of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="660"/>
        <source>on %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="661"/>
        <source>on days %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="663"/>
        <source>on day %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="664"/>
        <source>on days %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="669"/>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="670"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="672"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="676"/>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="677"/>
        <source>every day in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="678"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="699"/>
        <source>%1, but only if that day is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="703"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="705"/>
        <source>%1 (leap years only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DataclipPanel</name>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="102"/>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="107"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="112"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="113"/>
        <source>Copy the %1 as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="114"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="115"/>
        <source>Save the %1 to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="141"/>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="142"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="147"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="149"/>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="177"/>
        <source>%1 bytes; the text shows the beginning, Save keeps it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="179"/>
        <source>Not JSON; shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Demo</name>
    <message>
        <location filename="../core/project/demoproject.cpp" line="19"/>
        <source>The demo project is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/demoproject.cpp" line="117"/>
        <source>The demo input %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Edge</name>
    <message>
        <location filename="../core/project/model.cpp" line="88"/>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/model.cpp" line="89"/>
        <source>on success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/model.cpp" line="90"/>
        <source>on failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="149"/>
        <source>Lost: the engine that took this run is unknown and no longer running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="151"/>
        <source>Lost: the %1 engine running it (pid %2 on %3, started %4) stopped without finishing it; it was last seen at %5. Retry to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="175"/>
        <source>%n run(s) left unfinished by a previous engine marked lost.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="251"/>
        <source>Could not claim runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="300"/>
        <source>Run %1 (work order %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="301"/>
        <source>Run %1 (work order %2): %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="336"/>
        <source>Lost: no result %1 s after it started (run time limit %2 s plus %3 s grace); the worker running it did not report back. Retry to run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="373"/>
        <source>Retention purge failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="375"/>
        <source>Retention purge erased the data of %n work order(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="418"/>
        <source>Engine stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="452"/>
        <source>Another Switchboard engine (pid %1 on %2) already runs on %3; only one may. Stop it first, or open the console to watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="456"/>
        <source>Cannot create the engine lock file %1; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="537"/>
        <source>Receiving webhooks on %1/i/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="552"/>
        <source>Engine %1 started: %n worker(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="564"/>
        <source>No engine is running on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="616"/>
        <source>Stopping: no new runs; waiting up to %1 s for running steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/enginesettings.cpp" line="41"/>
        <source>A workflow&apos;s concurrency is 0 (no limit) to 1000 runs at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/enginesettings.cpp" line="75"/>
        <source>A listen address is HOST:PORT, for example 127.0.0.1:4000 (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/enginesettings.cpp" line="100"/>
        <source>The input is not valid JSON (line %1, column %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/enginesettings.cpp" line="103"/>
        <source>The input must be a JSON object, such as {&quot;data&quot;: {…}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/crontrigger.cpp" line="93"/>
        <source>Cron: cannot read triggers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/crontrigger.cpp" line="125"/>
        <source>Cron fire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/crontrigger.cpp" line="127"/>
        <source>Cron of &quot;%1&quot;: skipped %n fire(s) missed while no engine ran (last: %2), as the trigger asks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/crontrigger.cpp" line="132"/>
        <source>Missed cron fire %1 (%n missed), run once now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/crontrigger.cpp" line="134"/>
        <source>Cron of &quot;%1&quot;: %n fire(s) missed while no engine ran; running once now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/crontrigger.cpp" line="186"/>
        <source>Cron: could not record a fire: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retention.cpp" line="52"/>
        <source>keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retention.cpp" line="54"/>
        <source>keep data only for failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/retention.cpp" line="56"/>
        <source>erase data after %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/retention.cpp" line="79"/>
        <source>Choose between 1 and 3650 days for erasing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="41"/>
        <source>Work order %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="47"/>
        <source>Work order %1 belongs to workflow &quot;%2&quot;, which was removed from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="55"/>
        <source>Work order %1 already has run %2 %3; wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="58"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="59"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="73"/>
        <source>Job &quot;%1&quot; is not in workflow &quot;%2&quot; any more; retry from the start or from another step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="83"/>
        <source>Step &quot;%1&quot; never ran in work order %2, so there is no input to retry it from. Retry from the start instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="93"/>
        <source>The input of work order %1 is no longer in the store, so it cannot be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="98"/>
        <source>its input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="98"/>
        <source>the input of step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="99"/>
        <source>Work order %1 cannot be retried: %2 was erased on %3 by the project&apos;s retention policy (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="115"/>
        <source>The database refused to save the retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="132"/>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="159"/>
        <source>Run %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="270"/>
        <source>Work order %1 had no queued run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="130"/>
        <location filename="../core/engine/workorders.cpp" line="28"/>
        <source>The database refused to save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="167"/>
        <source>The database refused to save log lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="249"/>
        <source>The input of this run was erased on %1 by the project&apos;s retention policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="253"/>
        <source>The input of this run is missing from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="258"/>
        <source>The workflow has no stored version to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="349"/>
        <source>The condition of the edge to &quot;%1&quot; (%2) could not be evaluated, so the edge was not followed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="380"/>
        <source>Stopped after %1 steps: the workflow&apos;s edges keep activating jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="388"/>
        <source>Job &quot;%1&quot; is not in the version of the workflow this run uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="442"/>
        <source>The engine was stopped while this step ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="482"/>
        <source>The engine was stopped while step &quot;%1&quot; ran; it was queued again from that step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="540"/>
        <source>The engine stopped this run; see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="46"/>
        <source>Trigger &quot;%1&quot; of workflow &quot;%2&quot; is not in project &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="61"/>
        <location filename="../core/engine/triggersettings.cpp" line="97"/>
        <location filename="../core/engine/triggersettings.cpp" line="142"/>
        <source>Trigger %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="74"/>
        <source>Missed fires are either run once now (run_once) or skipped (skip), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="78"/>
        <source>The maximum body size must be between %1 and %2 (%3 was asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="144"/>
        <source>Only webhook triggers have a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="162"/>
        <location filename="../core/engine/triggersettings.cpp" line="166"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="164"/>
        <location filename="../core/engine/triggersettings.cpp" line="168"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="169"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/engine/workflowplan.cpp" line="67"/>
        <source>The stored workflow version is damaged (not a JSON object); save the workflow again to make a new version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::FindBar</name>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="21"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="30"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="33"/>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="37"/>
        <location filename="../ui/workflows/findbar.cpp" line="226"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="39"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="42"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="45"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="228"/>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="230"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::GraphEdgeItem</name>
    <message>
        <location filename="../ui/workflows/graphedgeitem.cpp" line="45"/>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::HeadlessSecrets</name>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="74"/>
        <location filename="../core/credentials/headlesssecrets.cpp" line="83"/>
        <source>The secrets file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="76"/>
        <source>The secrets file %1 belongs to another user; it must belong to the user Switchboard runs as (chown it to that user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="79"/>
        <source>The secrets file %1 can be read by other users (mode %2); Switchboard refuses it. Run `chmod 600 %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="90"/>
        <source>The secrets file %1 must map credential keys to environments to fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="94"/>
        <source>In the secrets file %1, “%2” must map environments to fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="98"/>
        <source>In the secrets file %1, “%2” → “%3” must be a mapping of fields to values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="104"/>
        <source>The secrets file %1 is not valid YAML (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="176"/>
        <source>The environment variable %1 must hold the credential as a JSON object, such as {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::History</name>
    <message>
        <location filename="../core/history/historyfilter.cpp" line="65"/>
        <location filename="../core/history/historyquery.cpp" line="28"/>
        <source>Cannot read the run history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historyquery.cpp" line="154"/>
        <source>Work order %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historyquery.cpp" line="232"/>
        <source>Dataclip %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/historyquery.cpp" line="261"/>
        <source>Erased on %1 by the retention policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/history/searchindex.cpp" line="69"/>
        <source>Cannot index work order %1 for search: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::HistoryModel</name>
    <message numerus="yes">
        <location filename="../ui/history/historymodel.cpp" line="191"/>
        <source>%1 (%n runs)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="218"/>
        <source>Work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="233"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="234"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="235"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="236"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="237"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="238"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::HistoryView</name>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="49"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="50"/>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="51"/>
        <location filename="../ui/history/statestyle.cpp" line="84"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="52"/>
        <location filename="../ui/history/statestyle.cpp" line="85"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="53"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="54"/>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="55"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="56"/>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="57"/>
        <location filename="../ui/history/statestyle.cpp" line="90"/>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="58"/>
        <location filename="../ui/history/statestyle.cpp" line="91"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="86"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="87"/>
        <source>Crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="88"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="89"/>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="117"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="119"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="122"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="123"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="112"/>
        <source>Show only work orders in this state (several may be chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="123"/>
        <location filename="../ui/history/historyview.cpp" line="283"/>
        <source>All workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="124"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="127"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="128"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="129"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="130"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="131"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="132"/>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="133"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="143"/>
        <source>Received on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="144"/>
        <source>Received on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="146"/>
        <source>Search inputs, outputs and logs (&quot;exact phrase&quot;, prefix*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="148"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="165"/>
        <source>Workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="167"/>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="223"/>
        <source>Retry from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="224"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="225"/>
        <source>Queue a new run of each selected work order from its input (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="228"/>
        <source>Retry from step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="229"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="230"/>
        <source>Queue a new run from a chosen job, with the input that job had (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="233"/>
        <source>Cancel queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="234"/>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="235"/>
        <source>Cancel the queued runs of the selected work orders; running ones continue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="238"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="239"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="240"/>
        <source>Save every work order matching the filter as CSV (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="246"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="247"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="292"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="439"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="441"/>
        <source>All %1 matching work orders selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="443"/>
        <source>%1 selected of %2 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="445"/>
        <source>%1 matching work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="448"/>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="451"/>
        <source>Select all %1 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="452"/>
        <source>Select all matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="490"/>
        <source>Retry from a step needs work orders of one workflow: choose the workflow in the filter or select rows of one workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="500"/>
        <source>This workflow has no jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="505"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="507"/>
        <source>Retry from step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="508"/>
        <source>Start the new runs at this job, with the input it had:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="550"/>
        <source>Asked %1, queued %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="551"/>
        <source>Asked %1, cancelled %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="558"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="560"/>
        <source>%1 skipped (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="564"/>
        <source>Stopped before %1 were tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="571"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="571"/>
        <source>history.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="572"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="617"/>
        <source>Exported %1 work orders to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="620"/>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::HttpClient</name>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="190"/>
        <source>The request was stopped before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="285"/>
        <source>No complete answer from %1 within %2 s; the request was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="290"/>
        <source>The request to %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="295"/>
        <source>The answer from %1 is larger than %2 MB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="304"/>
        <source>Could not connect to %1: connection refused (is the server running, and is the port right?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="308"/>
        <source>Could not connect to %1: the host name %2 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="312"/>
        <source>Could not connect to %1: the connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="316"/>
        <source>%1 closed the connection before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="322"/>
        <source>The secure connection to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="323"/>
        <source>The certificate of %1 was not accepted: %2. If this server uses a self-signed certificate on purpose, turn certificate checks off for its credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="327"/>
        <source>The request to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="357"/>
        <source>%1 redirected more than %2 times; the request was given up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ImportController</name>
    <message>
        <location filename="../ui/workflows/importcontroller.cpp" line="48"/>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importcontroller.cpp" line="75"/>
        <source>There is nothing to import: choose a spec file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ImportDialog</name>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="29"/>
        <location filename="../ui/workflows/importdialog.cpp" line="99"/>
        <source>Import project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="33"/>
        <source>Import an OpenFn project spec file (openfn-…-spec.yaml). Nothing changes until you apply the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="43"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="44"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="46"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="85"/>
        <source>&amp;Apply import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="100"/>
        <source>OpenFn project spec (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="114"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="122"/>
        <source>This file cannot be imported. Fix the error below and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="132"/>
        <source>Could not compare with the stored project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="142"/>
        <source>No changes: the project “%1” in the store is already the same as this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="148"/>
        <source>New project “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="149"/>
        <source>Changes to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workflows/importdialog.cpp" line="152"/>
        <source>%n job(s) use an adaptor this Switchboard does not have; they will fail until changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="182"/>
        <source>The import failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ImportPreviewModel</name>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="30"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="31"/>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="32"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="33"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="34"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="35"/>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="47"/>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="52"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="64"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="65"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="66"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="78"/>
        <source>Project “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="91"/>
        <source>Workflow “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="187"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="206"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="207"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="208"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Inbox</name>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="61"/>
        <source>Trigger %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="63"/>
        <source>Only webhook triggers have auth methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="178"/>
        <source>A basic-auth user name is required and cannot contain &quot;:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="180"/>
        <location filename="../core/inbox/webhookauth.cpp" line="216"/>
        <source>Choose a password of at least 12 characters, or leave it empty to generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="184"/>
        <source>Basic auth (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="197"/>
        <source>&quot;%1&quot; is not a valid HTTP header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="200"/>
        <source>The API key cannot travel in the %1 header; use a header of its own such as x-api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="205"/>
        <source>API key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="110"/>
        <source>That auth method no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="299"/>
        <source>Switchboard is stopping; the work order was saved and will run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="309"/>
        <source>&quot;%1&quot; is not an IP address to listen on; use for example 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="316"/>
        <source>The request headers are larger than %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="317"/>
        <source>The body (%1 bytes) is larger than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="344"/>
        <source>Cannot receive webhooks on %1:%2 (%3). Another program (or another Switchboard) may use that port; choose another with --listen HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="444"/>
        <location filename="../core/inbox/inboxserver.cpp" line="453"/>
        <source>No webhook trigger has the path %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="458"/>
        <source>Webhooks take POST; this request used another method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="463"/>
        <source>Workflow &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="464"/>
        <source>The webhook trigger of &quot;%1&quot; is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="494"/>
        <source>No valid API key header was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="495"/>
        <source>No credentials were sent; this trigger needs basic auth or an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="497"/>
        <source>The credentials sent match none of this trigger&apos;s auth methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="508"/>
        <source>The body (%1 bytes) is larger than this trigger&apos;s limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="554"/>
        <source>The body is empty; send a JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="555"/>
        <source>The body is not JSON: error at line %1, column %2 (byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="629"/>
        <source>Switchboard could not save this request (%1); nothing was accepted, send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="654"/>
        <source>accepted; the run did not finish in time for this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="727"/>
        <source>The run ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/messagequery.cpp" line="31"/>
        <source>Cannot read the inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/messagequery.cpp" line="279"/>
        <location filename="../core/inbox/messagequery.cpp" line="290"/>
        <source>Request %1 is not in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/messagequery.cpp" line="313"/>
        <location filename="../core/inbox/messagequery.cpp" line="326"/>
        <source>The body is no longer stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/messagequery.cpp" line="315"/>
        <source>The body was too large to keep; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inbox/messagequery.cpp" line="317"/>
        <source>Refused requests are recorded without their body.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::InboxModel</name>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="219"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="225"/>
        <source>Work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="253"/>
        <source>Request %1, received %2 UTC from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="256"/>
        <source>an unknown address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="259"/>
        <source>Workflow &quot;%1&quot;, trigger &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="260"/>
        <source>No webhook trigger has this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="262"/>
        <source>HTTP status of the reply sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="263"/>
        <source>The reply waits for the run to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="264"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="266"/>
        <source>Accepted: work order %1 was created (double-click to open it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="284"/>
        <source>When the request arrived, in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="290"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="291"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="292"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="293"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="294"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="295"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="296"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="297"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::InboxView</name>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="32"/>
        <location filename="../ui/inbox/inboxview.cpp" line="699"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="33"/>
        <source>Auth failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="34"/>
        <source>Trigger disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="35"/>
        <source>Unknown path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="36"/>
        <source>Too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="37"/>
        <source>Not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="38"/>
        <source>Filtered out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="39"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="105"/>
        <location filename="../ui/inbox/inboxview.cpp" line="530"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="116"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="122"/>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="125"/>
        <source>Refused (any reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="133"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="135"/>
        <location filename="../ui/inbox/inboxview.cpp" line="379"/>
        <source>All triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="140"/>
        <location filename="../ui/inbox/inboxview.cpp" line="694"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="141"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="142"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="143"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="144"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="145"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="150"/>
        <source>Path contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="152"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="173"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="175"/>
        <source>Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="177"/>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="207"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="207"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="241"/>
        <location filename="../ui/inbox/inboxview.cpp" line="675"/>
        <location filename="../ui/inbox/inboxview.cpp" line="746"/>
        <source>Open work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="243"/>
        <source>Show the runs, steps and logs of the work order this request created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="273"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="276"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="276"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="292"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="312"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="332"/>
        <location filename="../ui/inbox/inboxview.cpp" line="640"/>
        <source>Select a request to see its headers, body and reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="383"/>
        <location filename="../ui/inbox/inboxview.cpp" line="563"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="388"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="425"/>
        <source>Trigger %1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="439"/>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="440"/>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="441"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="538"/>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="540"/>
        <source>1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="540"/>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="541"/>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="542"/>
        <source>%1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="565"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="684"/>
        <source>no reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="694"/>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="695"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="695"/>
        <source>unknown address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="696"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="696"/>
        <source>%1 (trigger &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="697"/>
        <source>none: no webhook trigger has this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="699"/>
        <source>Work order %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="701"/>
        <source>%1; its state: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="702"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="704"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="707"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="707"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="718"/>
        <source>(hidden: a secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="720"/>
        <source>Switchboard never stores or shows credentials sent with a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="734"/>
        <source>%1 bytes; the beginning is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="739"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="740"/>
        <source>waiting for the run to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="742"/>
        <source>The reply had no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="743"/>
        <source>The reply is sent when the run finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="746"/>
        <source>Open work order %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::JobEditor</name>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="46"/>
        <source>● Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="48"/>
        <source>This job has changes that are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="51"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="54"/>
        <source>Check and save the job (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="56"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="57"/>
        <source>Discard the changes and show the saved job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="85"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="93"/>
        <source>The adaptor package: @openfn/language-&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="96"/>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="97"/>
        <source>A version such as 4.0.5, or latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="98"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="103"/>
        <source>&amp;Adaptor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="109"/>
        <source>&amp;Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="129"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="134"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="140"/>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="152"/>
        <source>key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="233"/>
        <source>the job “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::JobRuntime</name>
    <message numerus="yes">
        <location filename="../core/runtime/jobruntime.cpp" line="67"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="68"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="74"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="76"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/jobruntime.cpp" line="77"/>
        <source>%n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="190"/>
        <source>%1 (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="192"/>
        <source>%1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="427"/>
        <source>“%1” is not an http:// or https:// address a request can be sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="438"/>
        <source>The header “%1” has a name or value a request cannot carry (a line break or a colon in the name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="528"/>
        <source>syncClinics needs Switchboard&apos;s store; run the job in the engine, or with run-job --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="613"/>
        <source>The JavaScript engine could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="618"/>
        <source>The JavaScript engine could not create a context (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="625"/>
        <source>The JavaScript engine could not initialise its built-in library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="709"/>
        <source>The answer to an HTTP request could not be handed to the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="767"/>
        <source>The result of a native task could not be handed to the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="886"/>
        <source>This build of Switchboard lacks the script %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="900"/>
        <source>The built-in script %1 does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="938"/>
        <location filename="../core/runtime/jobruntime.cpp" line="947"/>
        <location filename="../core/runtime/jobruntime.cpp" line="955"/>
        <location filename="../core/runtime/jobruntime.cpp" line="961"/>
        <source>The job runtime could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1030"/>
        <location filename="../core/runtime/jobruntime.cpp" line="1035"/>
        <source>The job compiler could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1046"/>
        <source>The job compiler failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1157"/>
        <source>The credential is not a JSON object; the step cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1218"/>
        <source>The engine stopped the step without an error to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1199"/>
        <location filename="../core/runtime/jobruntime.cpp" line="1257"/>
        <source>The step could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1270"/>
        <source>The input state is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1420"/>
        <source>The step ran longer than its limit of %1 and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1424"/>
        <source>The step used more than its memory limit of %1 and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1427"/>
        <source>The step was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1431"/>
        <source>An operation is waiting for a promise that can never settle: nothing it could wait for (a timer or a request) is pending. The step was stopped at once instead of at its time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1437"/>
        <source>The final state is larger than the limit of %1, so it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1452"/>
        <source>The engine stopped the step without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/adaptors.cpp" line="61"/>
        <source>“%1” is not an adaptor name; write it as @openfn/language-NAME@VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/adaptors.cpp" line="71"/>
        <source>Switchboard cannot run %1 version %2: it supports versions %3.x to %4.x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/adaptors.cpp" line="77"/>
        <source>Switchboard has no adaptor %1 yet; the jobs that use it cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/history/jsontreemodel.cpp" line="128"/>
        <source>{%n keys}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/jsontreemodel.cpp" line="130"/>
        <source>[%n items]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/jsontreemodel.cpp" line="156"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/jsontreemodel.cpp" line="157"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/jsontreemodel.cpp" line="158"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Keychain</name>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="30"/>
        <source>Start Switchboard from a desktop session, or run it under `dbus-run-session` with an unlocked gnome-keyring-daemon; on a headless server put the secrets in the secrets file or in environment variables instead (see the README, “Secrets on a headless server”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="76"/>
        <source>The keychain is locked. Unlock it (log in to the desktop session, or open “Passwords and Keys” and unlock the Login keyring), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="83"/>
        <source>The keychain has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="89"/>
        <source>Access to the keychain was refused at its prompt; allow Switchboard and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="93"/>
        <source>The keychain refused access: %1. Unlock it or allow Switchboard, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="98"/>
        <source>No OS keychain is available here (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="103"/>
        <source>The OS keychain cannot be reached: there is no D-Bus session. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="106"/>
        <source>The keychain failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/credentials/keychain.cpp" line="181"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for you to unlock it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::LogModel</name>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="141"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="142"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="143"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="144"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MainController</name>
    <message>
        <location filename="../ui/main/maincontroller.cpp" line="66"/>
        <source>There is no project to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/maincontroller.cpp" line="74"/>
        <source>Project “%1” exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="56"/>
        <location filename="../ui/main/mainwindow.cpp" line="453"/>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="116"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="185"/>
        <source>Work order %1 queued; it runs before triggered work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="195"/>
        <source>Project settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="213"/>
        <source>Webhooks are not received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="214"/>
        <source>Engine: %n worker(s), no webhooks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="216"/>
        <source>Engine: %n worker(s), webhooks on %1:%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="219"/>
        <source>Engine: %n worker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="220"/>
        <source>This console runs the engine: webhooks, cron and workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="225"/>
        <source>Engine: %1 process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="226"/>
        <source>Another Switchboard process (%1, pid %2 on %3%4) runs the engine on this database. This console shows its runs live; retries you ask for are run by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="232"/>
        <source>, webhooks on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="235"/>
        <source>Engine: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="238"/>
        <source>The engine did not start, so no webhook, cron or run is processed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="246"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="254"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="255"/>
        <source>Runs of each workflow in the last 24 hours and 7 days (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="256"/>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="258"/>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="257"/>
        <source>Workflows, their graphs, jobs and triggers (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="259"/>
        <source>Every webhook and cron trigger of the project (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="260"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="261"/>
        <source>Work orders and runs: filter, search, retry (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="262"/>
        <source>Run detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="263"/>
        <source>Steps, logs and data of the work order opened from History (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="269"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="270"/>
        <source>Every webhook request received, accepted or refused, with the reason (Ctrl+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="272"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="273"/>
        <source>The emulated external systems: their records, the requests they received, fault knobs (Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="276"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="277"/>
        <source>Logins to the external systems per environment, the active environment, tests and the audit of changes (Ctrl+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="280"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="281"/>
        <source>The SMS Master Mapping Table, Preview, each contact&apos;s SMS plan and the countries table (Ctrl+9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="283"/>
        <source>Clinics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="284"/>
        <source>Every clinic with its status, patients and pending SMS; change a status and see what it does to SMS first (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="300"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="301"/>
        <source>&amp;Import project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="305"/>
        <source>Import an OpenFn project spec file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="306"/>
        <source>&amp;Export project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="310"/>
        <source>Write the project as an OpenFn spec file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="312"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="317"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="318"/>
        <source>&amp;Run workflow now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="321"/>
        <source>Start a workflow by hand with an input you type (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="322"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="324"/>
        <source>Data retention and how many runs of each workflow may run at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="326"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="327"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="331"/>
        <source>Read the project again from the database (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="333"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="335"/>
        <source>&amp;Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="337"/>
        <source>&amp;Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="339"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="341"/>
        <source>R&amp;un detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="343"/>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="345"/>
        <source>&amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="347"/>
        <source>&amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="349"/>
        <source>S&amp;MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="351"/>
        <source>&amp;Clinics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="354"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="355"/>
        <source>&amp;About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="358"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="371"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="451"/>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="451"/>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="453"/>
        <source>%1 — Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="500"/>
        <source>Imported “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="506"/>
        <source>Export project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="507"/>
        <source>OpenFn project spec (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="516"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="536"/>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="537"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;An administrator console for OpenFn-style integration projects: workflows, jobs, triggers and their runs, locally.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MappingCellDelegate</name>
    <message>
        <location filename="../ui/sms/mappingtablegrid.cpp" line="69"/>
        <source>Enter saves the cell, Shift+Enter starts a new line, Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MappingDiffModel</name>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="140"/>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="141"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="151"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="152"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="153"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="154"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MappingProblemsModel</name>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="406"/>
        <source>Unknown placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="408"/>
        <source>Unbalanced braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="410"/>
        <source>Missing translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="412"/>
        <source>More than one SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="414"/>
        <source>Duplicate bulkId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="416"/>
        <source>Bad bulkId template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="418"/>
        <source>Bad number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="427"/>
        <source>1 unknown placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="427"/>
        <source>%n unknown placeholders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="429"/>
        <source>1 unbalanced brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="429"/>
        <source>%n unbalanced braces</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="431"/>
        <source>1 missing translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="431"/>
        <source>%n missing translations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="433"/>
        <source>1 text longer than one SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="433"/>
        <source>%n texts longer than one SMS</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="435"/>
        <source>1 duplicate bulkId</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="435"/>
        <source>%n duplicate bulkIds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="437"/>
        <source>1 bad bulkId template</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="437"/>
        <source>%n bad bulkId templates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="439"/>
        <source>1 bad number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="439"/>
        <source>%n bad numbers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="440"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="499"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="500"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="501"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="502"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MappingTableModel</name>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="213"/>
        <source>%n SMS (Unicode, %1 characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="214"/>
        <source>%n SMS (GSM-7, %1 characters)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="276"/>
        <source>Message text in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="292"/>
        <source>Edit %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MappingTableVersionsDialog</name>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="167"/>
        <source>Versions of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="170"/>
        <source>Every import and every save is a version. Select two versions and compare them cell by cell, or open one in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="193"/>
        <source>Select two versions and press Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="214"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="216"/>
        <source>Compare the two selected versions cell by cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="217"/>
        <source>&amp;Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="219"/>
        <source>Show the selected version in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="294"/>
        <source>Versions %1 and %2 are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="297"/>
        <source>1 cell differs between version %1 and version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="298"/>
        <source>%n cells differ between version %1 and version %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::MappingTableView</name>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="112"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="119"/>
        <location filename="../ui/sms/mappingtableview.cpp" line="130"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="119"/>
        <source>Undo “%1” (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="121"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="128"/>
        <location filename="../ui/sms/mappingtableview.cpp" line="131"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="128"/>
        <source>Redo “%1” (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="158"/>
        <source>No Master Mapping Table yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="164"/>
        <source>Import the sheet&apos;s CSV export (in Google Sheets: File → Download → Comma-separated values) or the JSON the converter produced. Switchboard checks every text, keeps each import as a version, and the scheduler uses the version you publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="178"/>
        <location filename="../ui/sms/mappingtableview.cpp" line="239"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="198"/>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="204"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="208"/>
        <source>Every import and save is a version; the published one is what the scheduler uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="216"/>
        <source>● Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="218"/>
        <source>Save them as a new version (Ctrl+S). A saved version is used by the scheduler only once it is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="241"/>
        <source>Read the sheet&apos;s CSV export or the converter&apos;s JSON as a new version (not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="243"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="245"/>
        <source>Write the grid, with any unsaved edits, as CSV the sheet can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="247"/>
        <source>&amp;Save version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="249"/>
        <source>Save the grid as the next version, with a note (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="251"/>
        <source>Versi&amp;ons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="253"/>
        <source>Every version with its note; compare two of them cell by cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="255"/>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="257"/>
        <source>Make the shown version the one the scheduler uses from its next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="265"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="275"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="279"/>
        <source>Show one language&apos;s texts next to the key columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="288"/>
        <source>Search every cell (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="331"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="336"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="360"/>
        <source>Click a problem to go to its cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="398"/>
        <source>Could not read the SMS tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="442"/>
        <source>Could not read the versions of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="443"/>
        <source>it has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="452"/>
        <source>Could not read version %1 of “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="486"/>
        <source>“%2” as a new version (the edits of version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="521"/>
        <source>%1 · published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="524"/>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="525"/>
        <source>Created %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="540"/>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="549"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="560"/>
        <source>Nothing is published: the scheduler sends nothing from this table yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="562"/>
        <source>This version is published: the scheduler uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="563"/>
        <source>Not published: the scheduler uses version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="570"/>
        <source>An older version (the newest is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="585"/>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="585"/>
        <source>%n messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="587"/>
        <source>%1 of %n messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="596"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="601"/>
        <source>1 problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="601"/>
        <source>%n problems: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="607"/>
        <source>All problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="614"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="800"/>
        <source>Paste into %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="810"/>
        <source>Clear %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="848"/>
        <source>Could not import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="852"/>
        <source>Could not import %1: it has no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="856"/>
        <source>Could not import %1: it has no language column (English, French …). Is it the Master Mapping Table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="866"/>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="868"/>
        <source>Could not save the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="876"/>
        <source>Imported %n messages from %1 as version %2. %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="888"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="891"/>
        <source>Exported version %1 with the unsaved edits to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="892"/>
        <source>Exported version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="904"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="912"/>
        <source>Saved as version %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="922"/>
        <source>Save the edits as a new version first: only a saved version can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="927"/>
        <source>Version %1 is already the one the scheduler uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="935"/>
        <source>The scheduler will use version %1 of “%2” from its next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="937"/>
        <source>This version still has %n error(s) (unknown placeholders, broken braces or bulkIds); affected messages may go out wrong.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="940"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="945"/>
        <source>Could not publish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="952"/>
        <source>Version %1 is published: the scheduler uses it from its next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="975"/>
        <source>Import the Master Mapping Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="976"/>
        <source>Sheet exports (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="985"/>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="987"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="1000"/>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="1001"/>
        <source>Note for the versions list (what changed):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MappingVersionsModel</name>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="80"/>
        <source>%1 (published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="82"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="94"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="95"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="96"/>
        <source>Last published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="97"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="98"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MessageBanner</name>
    <message>
        <location filename="../ui/main/messagebanner.cpp" line="44"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/messagebanner.cpp" line="55"/>
        <location filename="../ui/main/messagebanner.cpp" line="56"/>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::NextFiresModel</name>
    <message>
        <location filename="../ui/workflows/nextfiresmodel.cpp" line="63"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/nextfiresmodel.cpp" line="64"/>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OverviewStats</name>
    <message>
        <location filename="../core/overview/overviewstats.cpp" line="26"/>
        <source>Cannot read the run overview: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OverviewView</name>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="48"/>
        <source>%1 % failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="72"/>
        <source>Last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="72"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="86"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="87"/>
        <source>%1 UTC · %2 local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="94"/>
        <source>in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewwidgets.cpp" line="96"/>
        <source>in %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="98"/>
        <source>in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewwidgets.cpp" line="99"/>
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="317"/>
        <source>Runs in state “%1” now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="318"/>
        <source>Runs that ended “%1” in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="321"/>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="324"/>
        <source>Failed, crashed, killed, exception and lost runs over the runs that ended (cancelled runs left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="38"/>
        <source>No workflows yet. Import a project (File → Import project…) to see its runs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="65"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="127"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="128"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="129"/>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="130"/>
        <source>killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="131"/>
        <source>exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="132"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="133"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="134"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="135"/>
        <source>claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="136"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="145"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewview.cpp" line="147"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewview.cpp" line="149"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewview.cpp" line="150"/>
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewview.cpp" line="229"/>
        <source>%n workflow(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="230"/>
        <source> · last 24 h: %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="232"/>
        <source>, %1 % failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="233"/>
        <source> · queue: %1 waiting, %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewview.cpp" line="235"/>
        <source> · &lt;b&gt;%n workflow(s) with lost or crashed runs&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="237"/>
        <source>Updated %1 · %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="245"/>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProjectDiff</name>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="145"/>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="146"/>
        <source>credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="147"/>
        <source>workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="148"/>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="149"/>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="150"/>
        <source>edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="194"/>
        <source>%n project(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="195"/>
        <source>%n project(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="196"/>
        <source>%n project(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="197"/>
        <source>%n credential(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="198"/>
        <source>%n credential(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="199"/>
        <source>%n credential(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="200"/>
        <source>%n workflow(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="201"/>
        <source>%n workflow(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="202"/>
        <source>%n workflow(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="203"/>
        <source>%n job(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="204"/>
        <source>%n job(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="205"/>
        <source>%n job(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="206"/>
        <source>%n trigger(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="207"/>
        <source>%n trigger(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="208"/>
        <source>%n trigger(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="209"/>
        <source>%n edge(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="210"/>
        <source>%n edge(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="211"/>
        <source>%n edge(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="221"/>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="231"/>
        <source>Job “%1” of workflow “%2” cannot run: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProjectSettingsDialog</name>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="31"/>
        <source>Settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="38"/>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="39"/>
        <source>staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="40"/>
        <source>sandbox (the built-in emulated systems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="41"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="42"/>
        <source>Every job of the project uses its credentials&apos; logins for this environment. In “sandbox” they log in to the built-in sandbox, which this console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="49"/>
        <source>Keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="50"/>
        <source>Keep data only for failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="51"/>
        <source>Erase data after a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="55"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="56"/>
        <source>Run data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="57"/>
        <source>Erase after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="58"/>
        <source>Data means the inputs and outputs of runs (dataclips). Runs, steps, errors and log lines are kept, so history still explains what happened. Erased inputs cannot be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="66"/>
        <source>Runs of each workflow at once (0 = no limit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="69"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="69"/>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="117"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProjectStore</name>
    <message>
        <location filename="../core/project/projectstore.cpp" line="44"/>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="84"/>
        <location filename="../core/project/projectstore.cpp" line="238"/>
        <location filename="../core/project/projectstore.cpp" line="548"/>
        <source>Workflow &quot;%1&quot; is not in project &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="94"/>
        <source>There is no project named &quot;%1&quot; in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="328"/>
        <source>Edge &quot;%1&quot; points to job &quot;%2&quot;, which is not in workflow &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="551"/>
        <source>Job &quot;%1&quot; is not in workflow &quot;%2&quot;; it may have been removed by an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="584"/>
        <source>The cron expression is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="588"/>
        <source>Reply mode must be before_start or after_completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="591"/>
        <source>The custom path &quot;%1&quot; may only use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;~&apos; and &apos;/&apos; between segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="604"/>
        <location filename="../core/project/projectstore.cpp" line="677"/>
        <source>Trigger &quot;%1&quot; is not in workflow &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="626"/>
        <source>Edge &quot;%1&quot; is not in workflow &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="683"/>
        <source>The job needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="685"/>
        <source>Job &quot;%1&quot; has no code; write at least one operation, e.g. fn(state =&gt; state);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="688"/>
        <source>Adaptor &quot;%1&quot; is not of the form @openfn/language-&lt;name&gt;@&lt;version&gt;, e.g. @openfn/language-http@6.5.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="695"/>
        <source>Credential &quot;%1&quot; is not defined in project &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::RunDetailView</name>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="223"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="231"/>
        <source>Retry from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="232"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="233"/>
        <source>Queue a new run of this work order from its input (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="236"/>
        <source>Retry from this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="237"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="238"/>
        <source>Queue a new run starting at the selected step, with the input it had (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="241"/>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="281"/>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="282"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="283"/>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="284"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="291"/>
        <source>Search log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="298"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="299"/>
        <source>Copy the selected log lines, or all shown when none is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="334"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="335"/>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="336"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="337"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="338"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="371"/>
        <source>Work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="415"/>
        <source>Work order %1 · %2 · %3 · received %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="422"/>
        <source>Run %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="424"/>
        <source> · from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="547"/>
        <source>This step has no recorded input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="548"/>
        <source>The step is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="549"/>
        <source>This step has no recorded output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="606"/>
        <source>Queued run %1 from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="607"/>
        <source>Queued run %1 from step %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::RunNowDialog</name>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="159"/>
        <source>Run a workflow now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="167"/>
        <source>Workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="169"/>
        <source>Input state (JSON object; the job sees it as state):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="181"/>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="192"/>
        <source>This project has no workflow to run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SalesforceClient</name>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="86"/>
        <source>Salesforce at %1 did not answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="105"/>
        <source>Salesforce refused the session while %1 (HTTP 401, %2); check the Salesforce credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="106"/>
        <source>Salesforce answered HTTP %1 while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="115"/>
        <source>The Salesforce credential has an access token but no instance_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="122"/>
        <source>The Salesforce credential has neither a user name nor an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="141"/>
        <source>Salesforce refused the login: wrong user name, password or security token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="143"/>
        <source>Salesforce did not accept the login (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="167"/>
        <source>querying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="171"/>
        <source>Salesforce answered a query with something that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="191"/>
        <source>updating %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Sandbox</name>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="65"/>
        <source>Too many requests (sandbox fault knob).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="66"/>
        <source>Internal server error (sandbox fault knob).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="224"/>
        <source>No emulated system at /%1; systems: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="228"/>
        <source>The body (%1 bytes) is larger than the sandbox&apos;s limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="387"/>
        <source>The sandbox is already running on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="392"/>
        <source>&quot;%1&quot; is not an IP address to listen on; use for example 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="398"/>
        <source>Cannot start the sandbox on %1:%2 (%3). Another program may use that port; choose another port with --listen HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxCommCare</name>
    <message>
        <location filename="../core/sandbox/commcaresystem.cpp" line="156"/>
        <source>CommCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sandbox/commcaresystem.cpp" line="170"/>
        <source>project %1, user %2, API key %3 (or password %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxInfobip</name>
    <message>
        <location filename="../core/sandbox/infobipsystem.cpp" line="112"/>
        <source>Infobip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sandbox/infobipsystem.cpp" line="119"/>
        <source>header &quot;Authorization: App %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxRecordsModel</name>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="390"/>
        <source>This record has no “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="418"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="420"/>
        <source>The key the sandbox stores the record under (unique in the collection)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxRequestsModel</name>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="118"/>
        <source>(%1 bytes of binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="433"/>
        <source>no answer (timeout fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="543"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="544"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="545"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="546"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxSalesforce</name>
    <message>
        <location filename="../core/sandbox/salesforcesystem.cpp" line="133"/>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sandbox/salesforcesystem.cpp" line="146"/>
        <source>user %1, password %2, security token %3 (OAuth client id %4, secret %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxSystemsModel</name>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="128"/>
        <source>None: answer normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="130"/>
        <source>429 Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="132"/>
        <source>500 Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="134"/>
        <source>Timeout: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="142"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="145"/>
        <source>429 × %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="147"/>
        <source>500 × %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="149"/>
        <source>timeout × %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="230"/>
        <source>The next %n call(s) fail: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="231"/>
        <source>Every call is answered normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="233"/>
        <source>Requests this system answered since the console started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="234"/>
        <source>%1 at %2
Login: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="257"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="258"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="259"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="260"/>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SandboxView</name>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="93"/>
        <source>Reset sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="94"/>
        <source>Reset the sandbox?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="95"/>
        <source>This erases every record the sandbox holds, in every system, including what jobs wrote to it, and seeds it again with the demo records. Every fault knob is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="98"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="144"/>
        <source>The sandbox is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="164"/>
        <source>Start sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="166"/>
        <source>Start the emulated systems on this computer for this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="191"/>
        <source>Reset sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="193"/>
        <source>Erase every record of every system and seed the sandbox again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="209"/>
        <source>Emulated systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="218"/>
        <location filename="../ui/sandbox/sandboxview.cpp" line="339"/>
        <location filename="../ui/sandbox/sandboxview.cpp" line="403"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="221"/>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="255"/>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="263"/>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="265"/>
        <source>Copy the system&apos;s URL, for a credential or a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="269"/>
        <source>the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="275"/>
        <source>Copy configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="277"/>
        <source>Copy the adaptor configuration (JSON) that reaches this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="283"/>
        <source>the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="286"/>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="291"/>
        <source>The login this system accepts (sandbox credentials, not real ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="295"/>
        <source>Fault knob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="297"/>
        <source>Make the next calls to this system fail, to see how workflows handle rate limits, server errors and timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="301"/>
        <source>&amp;Answer with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="308"/>
        <source>&amp;Fail the next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="313"/>
        <source> calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="316"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="338"/>
        <location filename="../ui/sandbox/sandboxview.cpp" line="374"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="349"/>
        <source>&amp;Collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="384"/>
        <source>Select a record to see it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="412"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="440"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="443"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="443"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="456"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="536"/>
        <source>The sandbox answers at %1, one path per system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="541"/>
        <source>The sandbox has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="542"/>
        <source>The sandbox emulates, on this computer, the external systems the adaptors talk to (Salesforce, CommCare, Infobip, DHIS2 …), so that workflows can be tried and demonstrated without touching real data. It runs when the project&apos;s environment is “sandbox”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="604"/>
        <source>Select a system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="699"/>
        <source>This system holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxview.cpp" line="723"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="753"/>
        <source>Select a request to see its headers and body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="759"/>
        <source>%1 %2 — answered %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="772"/>
        <source>Credentials are not shown, even the sandbox&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="778"/>
        <source>The request had no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="802"/>
        <source>Off: every call to %1 is answered normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxview.cpp" line="806"/>
        <source>On: the next %n call(s) to %1 fail with %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="833"/>
        <source>The sandbox was reset: every system holds its seed records again and every fault knob is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="842"/>
        <source>Copied %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsCountries</name>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="60"/>
        <source>Line 1: unknown column “%1”; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="68"/>
        <source>Line 1: the column “%1” is missing; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="87"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="90"/>
        <source>the country name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="92"/>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="96"/>
        <source>the dial code “%1” of %2 is not 1 to 4 digits (write 234, not +234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="99"/>
        <source>the sender id “%1” of %2 is not valid: at most 11 letters, digits, spaces or “.-_&amp;”, or at most 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="103"/>
        <source>the time zone “%1” of %2 is not an IANA time zone name such as Africa/Lagos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="109"/>
        <source>the default language “%1” of %2 is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsCountriesView</name>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="124"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="125"/>
        <source>Check every row and save the table; the scheduler uses it from its next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="127"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="128"/>
        <source>Drop the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="130"/>
        <source>&amp;Add country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="130"/>
        <source>Add an empty row at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="131"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="131"/>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="133"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="134"/>
        <source>Replace the table with a CSV file (Country, Dial code, Sender id, Time zone, Default language); saved only with Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="136"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="137"/>
        <source>Write the table as shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="138"/>
        <source>Restore &amp;built-in table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="139"/>
        <source>Replace the table with the one Switchboard ships with; saved only with Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="140"/>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="157"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="157"/>
        <source>Dial code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="157"/>
        <source>Sender id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="157"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="157"/>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="158"/>
        <source>As in Salesforce Account.Country__c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="159"/>
        <source>Digits without +: 234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="160"/>
        <source>The Infobip sender: at most 11 letters, digits or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="161"/>
        <source>The IANA zone used when a contact has no SMS_Timezone__c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="162"/>
        <source>The language column used when a contact has no SMS_Language__c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="184"/>
        <source>Import countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="185"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="190"/>
        <source>Export countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="219"/>
        <source>The countries table cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smscountriesview.cpp" line="273"/>
        <source>Built-in table · %n countries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smscountriesview.cpp" line="273"/>
        <source>Saved table · %n countries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="280"/>
        <source>the countries table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="301"/>
        <source>Not saved. Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="303"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="318"/>
        <source>Not saved. Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="319"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smscountriesview.cpp" line="323"/>
        <source>Saved %n countries. The scheduler uses them from its next run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="342"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="347"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smscountriesview.cpp" line="351"/>
        <source>Imported %n countries from %1. Save to use them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="361"/>
        <source>Not exported: the table has a problem. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="366"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="369"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="377"/>
        <source>The built-in table is shown. Save to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsJob</name>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="74"/>
        <source>The sms adaptor needs Switchboard&apos;s store (the published Master Mapping Table); run the job in the engine, or with run-job --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="55"/>
        <source>The SMS table “%1” has no published version; import the sheet and publish it (SMS page, or `switchboard sms import FILE --table &quot;%1&quot; --publish`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="84"/>
        <source>scheduleSms needs a list of Salesforce contacts (an array, or a query result with records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="86"/>
        <source>the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="94"/>
        <source>now “%1” is not an ISO 8601 date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="108"/>
        <source>state.configuration needs the Infobip credential&apos;s baseUrl and apiKey; give the job an Infobip credential (or use dryRun).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsPlan</name>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="28"/>
        <source>The SMS plans could not be read from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="42"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="44"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="46"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="48"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="50"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="78"/>
        <location filename="../core/sms/smsplan.cpp" line="82"/>
        <location filename="../core/sms/smsplan.cpp" line="103"/>
        <source>The SMS plans could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="194"/>
        <source>The SMS countries could not be read from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="197"/>
        <source>the stored countries table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="199"/>
        <source>The stored countries table is damaged (%1); save it again from the SMS page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="215"/>
        <source>the countries table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsPlanContactsModel</name>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="98"/>
        <source>%1 on this computer, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="100"/>
        <source>Nothing scheduled ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="120"/>
        <source>CommCare_Case_ID__c, else the Salesforce Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="122"/>
        <source>The earliest scheduled message still ahead, in this computer&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="124"/>
        <source>When the scheduler last wrote this contact&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="133"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="135"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="137"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="149"/>
        <source>Next send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="151"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsPlanMessagesModel</name>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="274"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="276"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="278"/>
        <source>bulkId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="280"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="282"/>
        <source>Send at (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="284"/>
        <source>Send at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="286"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="288"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="290"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsPlansView</name>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="46"/>
        <source>Filter by contact id, name or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="56"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="58"/>
        <source>Read the plans again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="74"/>
        <source>No plans yet: run the daily SMS workflow or `switchboard sms plan`.

Each contact the scheduler plans for appears here with every message: planned (beyond the 180-day horizon or not yet written), scheduled in Infobip, sent, cancelled or skipped — and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="96"/>
        <location filename="../ui/sms/smsplansview.cpp" line="126"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="129"/>
        <location filename="../ui/sms/smsplansview.cpp" line="286"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="135"/>
        <source>Select a message to see its text and why it is in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="180"/>
        <source>The plans cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smsplansview.cpp" line="198"/>
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smsplansview.cpp" line="199"/>
        <source>%n scheduled message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smsplansview.cpp" line="200"/>
        <source>%n contact(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="238"/>
        <source>The plan of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smsplansview.cpp" line="243"/>
        <source>%1 · %2 · %3 · %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="244"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="278"/>
        <source>(no text: it could not be rendered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="282"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="283"/>
        <source>bulkId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="284"/>
        <source>Send at (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="285"/>
        <source>Send at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="288"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="290"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="291"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="291"/>
        <source>educational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="291"/>
        <source>visit reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsPreview</name>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="174"/>
        <source>“Days from SSD” is “%1”, not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="176"/>
        <source>“Min From SSD” is “%1”, not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="179"/>
        <source>No schedule start date: %1 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="180"/>
        <source>No schedule start date: %1 is “%2”, not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="183"/>
        <source>No time zone: SMS_Timezone__c is empty and the clinic has no country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="184"/>
        <source>No time zone: SMS_Timezone__c is empty and “%1” is not in the countries table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="187"/>
        <source>“%1” is not an IANA time zone name such as Asia/Manila.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="189"/>
        <source>A visit reminder needs Next_Visit_Date_New__c.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsPreviewView</name>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="57"/>
        <source>Patient name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="58"/>
        <source>Guardian first name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="59"/>
        <source>Pronoun he/she:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="60"/>
        <source>Pronoun him/her:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="61"/>
        <source>Pronoun his/her:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="62"/>
        <source>Clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="63"/>
        <source>CommCare case id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="67"/>
        <source>Registration date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="68"/>
        <source>Treatment start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="69"/>
        <source>Last visit date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="70"/>
        <source>Next visit date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="147"/>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="154"/>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="160"/>
        <source>The row of the table: its group and its number in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="162"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="167"/>
        <source>&amp;Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="172"/>
        <source>The moment the scheduler runs, in this computer&apos;s time zone (%1). Change it to see what a run on another day would decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="178"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="181"/>
        <source>Set to the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="197"/>
        <source>This computer&apos;s time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="227"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="233"/>
        <source>Load a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="237"/>
        <source>A Salesforce Contact as JSON (fields by API name, the clinic as Account {Name, Status__c, Country__c}), as `switchboard sms plan` reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="240"/>
        <source>From a JSON file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="241"/>
        <source>Paste JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="242"/>
        <source>From the sandbox’s Salesforce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="244"/>
        <source>Start the built-in sandbox (Sandbox page) to pick one of its contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="246"/>
        <source>Demo contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="272"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="274"/>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="296"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="312"/>
        <source>(empty: the country&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="313"/>
        <source>SMS_Timezone__c: an IANA time zone name such as Asia/Manila. Empty: the country&apos;s default zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="315"/>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="331"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="367"/>
        <source>Send time (local):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="368"/>
        <source>Send time (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="369"/>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="370"/>
        <source>Schedule start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="371"/>
        <source>Segments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="372"/>
        <source>Sender id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="373"/>
        <source>bulkId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="378"/>
        <source>This message in every language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="384"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="384"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="384"/>
        <location filename="../ui/sms/smspreviewview.cpp" line="389"/>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="384"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="390"/>
        <source>Double-click a language to show it above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="409"/>
        <source>The countries table cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="419"/>
        <source>The mapping tables cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="455"/>
        <source>The table “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="474"/>
        <source>version %1, published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="476"/>
        <source>version %1, not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="477"/>
        <source>The Preview uses the published version (what the scheduler uses), else the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="491"/>
        <source>%1 · #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="493"/>
        <source>Row %1: SSD %2, %3 days, clock %4, %5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="588"/>
        <source>No mapping table yet: import the sheet in the Mapping table tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="589"/>
        <source>The table has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="597"/>
        <source>%1 · #%2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="599"/>
        <source>visit reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="599"/>
        <source>educational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="626"/>
        <source>(the cell is empty in every language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="632"/>
        <source>Not sent: the brace in “%1” is not closed or opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="633"/>
        <source>Not sent: {%1} has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="637"/>
        <source>The %1 translation is empty: the scheduler sends the English text and reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="651"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="653"/>
        <source>None: the clinic has no country (Account.Country__c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="655"/>
        <source>None: “%1” is not in the countries table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="661"/>
        <source>%1 (default clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="663"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="663"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="665"/>
        <source>+ %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="667"/>
        <source>“now” → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="670"/>
        <source>%1 (%2) + %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="672"/>
        <source>— (%1) + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="675"/>
        <source>appointment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="675"/>
        <source>no appointment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="684"/>
        <source>%1, the zone of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="690"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="701"/>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="701"/>
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="702"/>
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="704"/>
        <source>Late: its time has passed, so it is sent at the next allowed moment (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="707"/>
        <source>Scheduled (%1), moved into the 08:00–20:00 local window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="709"/>
        <source>Scheduled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="712"/>
        <source>Moved into the 08:00–20:00 local window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="716"/>
        <source>Beyond the 180-day horizon: kept in the plan, a later run schedules it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="720"/>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="724"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="729"/>
        <source>The text or bulkId cannot be filled, so the scheduler skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="742"/>
        <source>UCS-2, forced by “%1” (U+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="745"/>
        <source>GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="747"/>
        <location filename="../ui/sms/smspreviewview.cpp" line="779"/>
        <source>%n SMS</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="748"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="767"/>
        <source>No translation: English is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="773"/>
        <source>Not sent: no value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="776"/>
        <source>Longer than one SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="848"/>
        <source>Demo contact: type any value, the message follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="861"/>
        <source>The contact is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="875"/>
        <source>The JSON holds no contact: expected a Salesforce Contact object (fields by API name), a list of them, or a query result with “records”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="881"/>
        <source>Loaded contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="881"/>
        <source>Loaded contact %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="883"/>
        <source>The first of %n contacts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="919"/>
        <source>The sandbox’s Salesforce has no contacts (or the sandbox is not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="925"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="929"/>
        <source>A contact from the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="929"/>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="935"/>
        <source>the sandbox’s Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="940"/>
        <source>Load a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="941"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="946"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="956"/>
        <source>Paste a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="957"/>
        <source>A Salesforce Contact as JSON (fields by API name, the clinic as &quot;Account&quot;: {&quot;Name&quot;, &quot;Status__c&quot;, &quot;Country__c&quot;}):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsRender</name>
    <message>
        <location filename="../core/sms/smsrender.cpp" line="295"/>
        <source>The row has no bulkId template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrender.cpp" line="338"/>
        <source>The bulkId template “%1” cannot be filled for this contact: no value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsRun</name>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="87"/>
        <source>Infobip at %1 did not answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="89"/>
        <source>Infobip refused the API key (HTTP %1); check the Infobip credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="92"/>
        <source>Infobip answered HTTP %1 to %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="168"/>
        <source>Infobip has no SMS endpoint at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="248"/>
        <source>the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="250"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="259"/>
        <source>%1 must be a JSON array of Contact objects, or an object with &quot;records&quot; (a Salesforce query result).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="266"/>
        <source>Contact %1 of %2 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="412"/>
        <source>wanted again after a cancellation: sent under a new bulkId (Infobip uses a bulkId once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="448"/>
        <source>sent (its time has passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="454"/>
        <location filename="../core/sms/smsrun.cpp" line="611"/>
        <location filename="../core/sms/smsrun.cpp" line="639"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="499"/>
        <source>no longer in the table&apos;s plan for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="602"/>
        <source>rescheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="602"/>
        <source>rescheduled from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="616"/>
        <source>cancelled in Infobip (Infobip uses a bulkId once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="619"/>
        <source>not scheduled yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="639"/>
        <source>cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="671"/>
        <source>to be cancelled (%1); the cancellation failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsScheduler</name>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="444"/>
        <source>row %1: the group “%2” is not one the scheduler knows (the Name must start with its number, 01 to 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="449"/>
        <source>row %1: “%2” is not a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="451"/>
        <source>row %1: “%2” is not a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="453"/>
        <source>row %1: “%2” is not a time of day like 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="455"/>
        <source>row %1: the schedule start date (SSD) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="531"/>
        <source>Send_SMS__c is not true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="533"/>
        <source>SMS_Error__c is set (“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="535"/>
        <source>Cancel_SMS_Sending__c is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="537"/>
        <source>the phone number is a landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="539"/>
        <source>there is no phone number (Guardian_1_Phone_Number_1__c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="542"/>
        <source>the clinic “%1” is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="544"/>
        <source>the clinic “%1” is Temporarily Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="546"/>
        <source>the clinic “%1” has no status (Account.Status__c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="547"/>
        <source>the clinic status “%1” is not one Switchboard knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="552"/>
        <source>SMS_Opt_In_II__c (educational messages) is not true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="554"/>
        <source>SMS_Opt_In__c (visit reminders) is not true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="566"/>
        <source>treatment stopped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="568"/>
        <source>treatment completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="570"/>
        <source>treatment suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="572"/>
        <source>no treatment is recorded (SMS_Treatment__c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="573"/>
        <source>the treatment “%1” is not one the table has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="594"/>
        <source>no registration date (Date_of_SMS_Registration__c, Registration_Date__c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="602"/>
        <source>the treatment is now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="606"/>
        <source>that brace problem is not recorded (Brace_Problems_Type__c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="612"/>
        <source>there is no next visit date (Next_Visit_Date_New__c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="614"/>
        <source>the visit of %1 took place (Last_Visit_Date__c %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="742"/>
        <source>the table&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="749"/>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="754"/>
        <source>no time zone: SMS_Timezone__c is empty and the country “%1” is not in the countries table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="757"/>
        <source>the time zone “%1” is not an IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="759"/>
        <source>the clinic&apos;s country “%1” is not in the countries table (no sender id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="785"/>
        <source>no schedule start date: %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="476"/>
        <source>was due on %1, which passed more than a day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="477"/>
        <source>beyond the 180-day horizon: scheduled by the run on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="814"/>
        <source>the visit of %1 has come: a reminder before it is no longer useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="823"/>
        <source>%1: row %2 has no %3 text; the English one is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="831"/>
        <source>row %1 has no %2 or English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="840"/>
        <source>not sent: the text needs %1, which has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="847"/>
        <source>its time had passed: sent at the next allowed moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="849"/>
        <source>moved into the 08:00–20:00 local window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="852"/>
        <source>no %1 text: sent in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="384"/>
        <source>the visit of %1 took place; the next is on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="385"/>
        <source>the appointment moved from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsSendTime</name>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="219"/>
        <source>The schedule start date is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="223"/>
        <source>The contact&apos;s time zone is missing or not a known IANA time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="227"/>
        <source>The current time is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="231"/>
        <source>A visit reminder needs the date of the appointment it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="239"/>
        <source>The clock time is blank and the default clock time is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="240"/>
        <source>The clock time “%1” is not a time of day written H:MM or HH:MM (00:00 to 23:59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="252"/>
        <source>The send date is outside the supported calendar range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="274"/>
        <source>The message was due at %1, which passed more than a day ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="290"/>
        <source>The reminder would be sent at %1, more than %2 days after the appointment on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="303"/>
        <source>The message is due at %1, more than %2 days ahead; a later run will schedule it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsTable</name>
    <message>
        <location filename="../core/sms/smstable.cpp" line="62"/>
        <source>The column “%1” appears twice in the header (line %2); a sheet has each column once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="121"/>
        <source>There is no SMS table “%1”; import one with `switchboard sms import FILE --table %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="134"/>
        <location filename="../core/sms/smstable.cpp" line="151"/>
        <location filename="../core/sms/smstable.cpp" line="517"/>
        <location filename="../core/sms/smstable.cpp" line="528"/>
        <location filename="../core/sms/smstable.cpp" line="550"/>
        <source>The store could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="281"/>
        <source>The file is not UTF-8 text; export the sheet as “CSV UTF-8”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="338"/>
        <source>Line %1: a quoted cell is followed by “%2” instead of a comma or the end of the line; a quote inside a quoted cell is written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="353"/>
        <source>Line %1: a quoted cell that begins here is never closed (a missing &quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="365"/>
        <source>The file is empty; the first line must be the header with the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="374"/>
        <source>Line %1: the row has %2 cells, but the header has %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="395"/>
        <source>Line %1: the file is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="399"/>
        <source>The JSON file must be an array of rows, one object per message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="407"/>
        <source>Row %1 of the JSON array is not an object with the sheet&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="436"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="509"/>
        <source>An SMS table needs a name (--table NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="511"/>
        <source>The table has no columns; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="126"/>
        <source>The SMS table “%1” has no version %2; see `switchboard sms versions --table %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="591"/>
        <source>Version %1 of the SMS table “%2” is damaged in the store; import the sheet again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="656"/>
        <source>The built-in SMS table is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="661"/>
        <source>The MiracleFeet sheet shipped with Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsValidate</name>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="237"/>
        <source>%1: the placeholder has no field name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="254"/>
        <source>before “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="255"/>
        <source>after “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="257"/>
        <source>%1: the name has a space %2; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="258"/>
        <source>%1: the name has an invisible character (%2) %3; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="264"/>
        <source>%1: field names are case-sensitive; write {%2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="281"/>
        <source>%1: “%2” is not a contact field the scheduler knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="283"/>
        <source>%1: “%2” is not a contact field the scheduler knows; did you mean {%3}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="288"/>
        <source>The name also contains an invisible character (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="333"/>
        <source>A “}” at character %1 has no “{” before it (after “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="353"/>
        <source>The “{” at character %1 is closed only %2 characters later, so it swallows “%3”; a closing “}” is probably missing or mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="366"/>
        <source>The “{” at character %1 is not closed before the next “{”; it swallows “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="370"/>
        <source>The “{” at character %1 is never closed; it swallows “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="447"/>
        <source>“%1” is not a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="451"/>
        <source>“%1” is not a whole number (the message&apos;s place in its group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="456"/>
        <source>“%1” is not a whole number of minutes (or blank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="461"/>
        <source>“%1” is not a time of day like 9:00 or 14:30 (or blank).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="470"/>
        <source>The English text is empty; English is what every other language falls back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="474"/>
        <source>The %1 translation is empty; contacts who read %1 would get the English text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="559"/>
        <source>This text needs at least %1 SMS segments even before its placeholders are filled in: “%2” (%3) is not in the GSM-7 alphabet, so it is sent as UCS-2, and its %4 characters exceed the 70 of one SMS (67 per segment when split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="563"/>
        <source>This text needs %1 SMS segments: “%2” (%3) is not in the GSM-7 alphabet, so it is sent as UCS-2, and its %4 characters exceed the 70 of one SMS (67 per segment when split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="570"/>
        <source>This text needs at least %1 SMS segments even before its placeholders are filled in: its %2 GSM-7 characters exceed the 160 of one SMS (153 per segment when split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="573"/>
        <source>This text needs %1 SMS segments: its %2 GSM-7 characters exceed the 160 of one SMS (153 per segment when split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="583"/>
        <source>The bulkId template is empty; Infobip needs it to find, reschedule and cancel this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="598"/>
        <source>The bulkId template contains “%1” (%2); use only letters, digits and punctuation without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="604"/>
        <source>The bulkId template has no placeholder, so every contact would get the same bulkId; add {CommCare_Case_ID__c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="610"/>
        <source>The bulkId template “%1” is already used by row %2; each row needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SmsView</name>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="25"/>
        <source>Mapping table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="26"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="27"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="28"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="29"/>
        <source>The Master Mapping Table: every message in every language, its timing and bulkId, with the problems found in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="31"/>
        <source>One message for one contact: the text, when it is sent (local and UTC) and how many SMS it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="33"/>
        <source>What the scheduler decided for each contact: planned, scheduled, sent, cancelled or skipped, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="35"/>
        <source>Sender id, time zone and default language per country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Spec</name>
    <message>
        <location filename="../core/project/specyaml.cpp" line="323"/>
        <source>a value cannot start here; put quotes around text that contains &quot;: &quot;, or fix the indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="326"/>
        <source>this line does not fit the mapping it is in; check its indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="328"/>
        <source>this line does not fit the list it is in; check its indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="330"/>
        <source>a { … } mapping is not closed; add the missing }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="331"/>
        <source>a [ … ] list is not closed; add the missing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="333"/>
        <location filename="../core/project/specyaml.cpp" line="663"/>
        <source>a tab is used for indentation; YAML indents with spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="335"/>
        <location filename="../core/project/specyaml.cpp" line="543"/>
        <source>a quoted text starting here is never closed; add the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="337"/>
        <location filename="../core/project/specyaml.cpp" line="374"/>
        <source>this alias refers to an anchor (&amp;name) that is not defined before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="339"/>
        <source>a list item (- ) cannot start here; check the indentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="344"/>
        <source>the YAML is not valid here (%1); check the indentation and quoting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="489"/>
        <source>merge keys (&lt;&lt;) are not supported; write the keys out in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="505"/>
        <source>the key &quot;%1&quot; appears twice in this mapping (first on line %2); remove or rename one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="636"/>
        <source>the file holds no YAML (only blank lines or comments); a project spec needs at least name: and workflows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="645"/>
        <source>a second YAML document starts here; a project spec is one document, so remove the extra ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="657"/>
        <source>the YAML is nested too deeply to be a project spec; is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="668"/>
        <source>the file cannot be parsed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="683"/>
        <source>the file is empty; a project spec needs at least name: and workflows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="723"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="724"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="725"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="726"/>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="744"/>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="763"/>
        <source>the file contains binary data (a NUL byte), not YAML text; is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="769"/>
        <source>the file is not UTF-8 text (byte 0x%1 here); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="48"/>
        <source>the file is %1 MB; a project spec is at most %2 MB — is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="172"/>
        <source>workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="176"/>
        <source>job %1 in workflow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="180"/>
        <source>trigger %1 in workflow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="184"/>
        <source>edge %1 in workflow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="196"/>
        <source>%1 of %2 must be text, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="203"/>
        <source>the keys of %1 must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="205"/>
        <source>a key of %1 is blank; give every entry a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="225"/>
        <location filename="../core/project/specreader.cpp" line="227"/>
        <source>%1 of %2 must be true or false, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="235"/>
        <source>openfn: of %1 must be a mapping (uuid: …), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="248"/>
        <source>the spec describes more than %1 workflows, jobs, triggers and edges; is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="258"/>
        <source>the file holds no project; a project spec needs at least name: and workflows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="260"/>
        <source>the top level must be a mapping with name: and workflows:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="283"/>
        <source>the file has both workflows: (a project) and steps: (a single workflow); keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="287"/>
        <location filename="../core/project/specreader.cpp" line="292"/>
        <location filename="../core/project/specreader.cpp" line="295"/>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="294"/>
        <source>the project has no name; add name: at the top of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="298"/>
        <source>the project has no workflows: section; add workflows: with the project&apos;s workflows under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="311"/>
        <source>the credential %1 is listed twice; remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="319"/>
        <source>credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="322"/>
        <source>%1 must be a mapping with name: and owner:, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="340"/>
        <source>each credential in the list must be a mapping with name: and owner:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="347"/>
        <location filename="../core/project/specreader.cpp" line="350"/>
        <source>a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="354"/>
        <source>a credential in the list has no name; add name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="360"/>
        <source>credentials must be a mapping of credential key to {name, owner}, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="388"/>
        <source>a workflow in a list needs steps: (the CLI format); classic workflows are a mapping of workflow key to workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="392"/>
        <source>two workflows have the id %1 (the first on line %2); give each workflow its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="400"/>
        <source>workflows must be a mapping of workflow key to workflow (or a list of workflows), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="414"/>
        <source>%1 must be a mapping with name:, jobs:, triggers: and edges:, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="438"/>
        <source>%1 of %2 must be a mapping of %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="443"/>
        <source>job key to job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="446"/>
        <source>the jobs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="451"/>
        <source>%1 is empty; it needs name:, adaptor: and body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="453"/>
        <source>%1 must be a mapping with name:, adaptor: and body:, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="476"/>
        <source>trigger key to trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="478"/>
        <source>the triggers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="483"/>
        <source>%1 is empty; it needs type: webhook or type: cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="485"/>
        <source>%1 must be a mapping with type: and enabled:, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="512"/>
        <source>&quot;source-&gt;target&quot; to edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="515"/>
        <source>the edges of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="520"/>
        <source>%1 is empty; it needs a source, target_job: and condition_type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="522"/>
        <source>%1 must be a mapping with a source, target_job: and condition_type:, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="572"/>
        <location filename="../core/project/specreader.cpp" line="574"/>
        <source>a workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="576"/>
        <source>a workflow has no id:; add one, e.g. id: commcare-to-salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="585"/>
        <source>steps of %1 must be a list of steps, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="600"/>
        <source>each step of %1 must be a mapping with id:, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="617"/>
        <source>a step of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="619"/>
        <source>a step of %1 has no id:; add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="621"/>
        <source>the step id %1 is used twice in %2 (first on line %3); give each step its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="694"/>
        <source>start of %1 names the step %2, which is not one of its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="706"/>
        <source>step %1 in workflow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="713"/>
        <source>next: of %1 names the step %2 twice; remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="717"/>
        <location filename="../core/project/specreader.cpp" line="1019"/>
        <source>%1 goes to the trigger %2; an edge can only go to a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="719"/>
        <source>%1 goes to the step %2, which is not in workflow %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="748"/>
        <source>%1 must be a mapping with condition:, label: and disabled:, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="776"/>
        <source>next: of %1 lists step ids; this entry is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="780"/>
        <source>next: of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="791"/>
        <source>the adaptor %1 of %2 is not of the form @openfn/language-&lt;name&gt;@&lt;version&gt;, e.g. @openfn/language-http@6.5.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="795"/>
        <source>the adaptor %1 of %2 has no version; write %3 with the version you use, or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="798"/>
        <source>the adaptor %1 of %2 has the version %3, which is neither a version number like 6.5.1 nor latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="809"/>
        <source>the body file of %1 does not exist: %2; fix the path (it is relative to the spec&apos;s folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="812"/>
        <source>the body path of %1 is a folder, not a file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="814"/>
        <source>the body file of %1 is %2 MB (%3); a job is at most %4 MB — is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="819"/>
        <source>cannot read the body file of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="824"/>
        <source>the body file of %1 (%2, line %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="827"/>
        <source>the body file of %1 is empty: %2; write the job&apos;s JavaScript in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="856"/>
        <source>%1 has no adaptor; add one such as adaptor: &apos;@openfn/language-common@latest&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="861"/>
        <source>%1 of %2 must be a credential key; Switchboard keeps secrets in the keychain, never in the spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="877"/>
        <source>%1 uses the credential %2, which is not listed under credentials:; add it there or fix the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="880"/>
        <source>%1 uses the credential %2, but the spec has no credentials: section; add one listing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="889"/>
        <source>%1 has no expression; add expression: with the job&apos;s JavaScript, or a file such as expression: ./%2.js</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="892"/>
        <source>%1 has no body; add body: with the job&apos;s JavaScript, or body: {path: file.js}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="901"/>
        <source>%1 has an empty %2; write the job&apos;s JavaScript there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="912"/>
        <source>%1 of %2 must be the JavaScript or {path: file.js}; this mapping has no path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="916"/>
        <source>%1 of %2 must be the JavaScript or {path: file.js}, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="931"/>
        <source>%1 has no type; add type: webhook or type: cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="933"/>
        <source>%1 has the type %2; Switchboard supports webhook and cron triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="939"/>
        <source>webhook_reply of %1 must be before_start or after_completion, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="946"/>
        <source>%1 is a cron trigger without cron_expression; add one such as cron_expression: &apos;0 6 * * *&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="950"/>
        <source>cron_expression of %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="972"/>
        <source>%1 has both source_trigger and source_job; an edge starts at one of them, so keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="996"/>
        <source>%1 has neither source_trigger nor source_job, and its key does not name a trigger or job of the workflow; add source_trigger: or source_job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1000"/>
        <source>%1 has no target_job, and its key does not end with a job of the workflow; add target_job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1008"/>
        <source>%1 starts at the trigger %2, but that is a job; write source_job: instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1009"/>
        <source>%1 starts at the trigger %2, which is not in workflow %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1014"/>
        <source>%1 starts at the job %2, but that is a trigger; write source_trigger: instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1015"/>
        <source>%1 starts at the job %2, which is not in workflow %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1020"/>
        <source>%1 goes to the job %2, which is not in workflow %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1024"/>
        <source>%1 has the condition_type %2; use always, on_job_success, on_job_failure or js_expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1032"/>
        <source>%1 has condition_type js_expression but no condition_expression; add the JavaScript condition, e.g. condition_expression: state.data.age &gt; 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1046"/>
        <source>webhook_response_config of %1 must be a mapping, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1054"/>
        <source>webhook_response_config is too large (more than %1 values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1095"/>
        <source>the keys in webhook_response_config must be text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1119"/>
        <source>the spec cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1127"/>
        <source>the file does not exist; check the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1129"/>
        <source>this is a folder; give the path of the spec file (openfn-…-spec.yaml) inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1134"/>
        <location filename="../core/project/specreader.cpp" line="1137"/>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="465"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="479"/>
        <source>job &quot;%1&quot; in workflow &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="483"/>
        <source>the body path %1 of %2 points outside the spec&apos;s folder; export writes job files only inside it, so make the path relative (e.g. jobs/%3.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="491"/>
        <source>%1 and %2 both keep their body in %3 but the bodies differ; give one of them its own file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="503"/>
        <source>cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="506"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::StepsModel</name>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="47"/>
        <source> (line %1, column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="48"/>
        <source> (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="68"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="69"/>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="70"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="71"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Store</name>
    <message>
        <location filename="../core/store/store.cpp" line="74"/>
        <source>No database path given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="77"/>
        <source>Cannot create the folder %1 for the database; check its permissions or choose another path with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="81"/>
        <source>%1 is a folder; --db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="93"/>
        <source>The store is closing; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="106"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="111"/>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="114"/>
        <source>Cannot switch %1 to write-ahead logging (it stayed in %2 mode); put the database on a local, writable disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="177"/>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="193"/>
        <source>The database refused to save (%1); nothing in this batch was written. Check free disk space and file permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="433"/>
        <source>%1 is not a Switchboard database (it has tables but no schema version); choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="440"/>
        <source>Cannot read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="453"/>
        <source>%1 was written by a newer Switchboard (schema %2; this build knows up to %3). Upgrade Switchboard to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="469"/>
        <source>Cannot start a transaction on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="482"/>
        <source>Migration to schema %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TriggerPanel</name>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="74"/>
        <source>Basic auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="74"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="79"/>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="80"/>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="86"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="101"/>
        <source>Type the user name the sending system will use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="103"/>
        <source>A user name cannot contain &quot;:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="105"/>
        <source>Choose a password of at least 12 characters, or leave it empty to generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="114"/>
        <source>&quot;%1&quot; is not a valid HTTP header name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="117"/>
        <source>The key needs a header of its own, such as x-api-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="176"/>
        <source>Leave empty to generate a strong one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="182"/>
        <source>Add basic auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="183"/>
        <source>The sending system will post with this user name and password (HTTP basic authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="185"/>
        <location filename="../ui/workflows/triggerpanel.cpp" line="206"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="187"/>
        <location filename="../ui/workflows/triggerpanel.cpp" line="208"/>
        <source>e.g. CommCare forwarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="190"/>
        <location filename="../ui/workflows/triggerpanel.cpp" line="211"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="191"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="192"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="203"/>
        <source>Add API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="204"/>
        <source>Switchboard makes a random key. The sending system sends it in this header with every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="212"/>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="223"/>
        <source>Rotate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="224"/>
        <source>The current secret of “%1” stops working at once. Give the new one to the sending system right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="227"/>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="230"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="232"/>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="243"/>
        <source>Remove auth method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="244"/>
        <source>Remove “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="245"/>
        <source>Requests that use it are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="248"/>
        <source>It is the last one: the webhook will be open, and anyone who knows the URL can post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="250"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="376"/>
        <source>● Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="377"/>
        <source>This trigger has changes that are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="379"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="383"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="402"/>
        <source>&amp;Enabled: start a run when this trigger fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="456"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="457"/>
        <source>Copy the URL to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="461"/>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="464"/>
        <source>Reply at once (when the request is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="465"/>
        <source>Reply when the run has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="466"/>
        <source>Re&amp;ply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="467"/>
        <source>Systems send an HTTP POST with a JSON body to this URL. Each request is stored and starts a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="479"/>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="480"/>
        <source>0 uses the default of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="485"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="486"/>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="487"/>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="490"/>
        <source>Larger requests are refused (HTTP 413). From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="498"/>
        <source>Largest &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="504"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="514"/>
        <source>Open: anyone who knows the URL can post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="528"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="528"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="528"/>
        <source>Sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="528"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="528"/>
        <source>Rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="538"/>
        <source>Add basic &amp;auth…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="540"/>
        <source>Add API &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="542"/>
        <source>R&amp;otate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="544"/>
        <source>Give the selected method a new secret; the old one stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="545"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="564"/>
        <source>minute hour day month weekday, e.g. 0 6 * * *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="566"/>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="573"/>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="577"/>
        <source>Last fired:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="580"/>
        <source>Next runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="609"/>
        <source>Run once now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="610"/>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="615"/>
        <source>&amp;Missed runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="618"/>
        <source>Start each run from the final state of the previous successful run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="621"/>
        <source>Otherwise each run starts from an empty state. Useful for jobs that keep a cursor, such as the time of the last record fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="623"/>
        <source>Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="644"/>
        <source>Cron trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="644"/>
        <source>Webhook trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="652"/>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="680"/>
        <source>The trigger&apos;s engine settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="711"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="713"/>
        <source>Never: the engine starts counting when it first sees this schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="746"/>
        <source>Times missed while no engine was running are skipped; the next run is at the next scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="748"/>
        <source>When times were missed while no engine was running, the workflow runs once as soon as an engine starts again, however many were missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="761"/>
        <source>The webhook&apos;s auth methods cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="785"/>
        <source>Add basic auth or an API key so that only the systems you give a secret to can post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="787"/>
        <source>Requests must carry one of these credentials; others are refused (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="854"/>
        <source>Basic auth not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="862"/>
        <source>Basic auth “%1” added. The webhook now refuses requests without a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="864"/>
        <source>Basic auth “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="878"/>
        <source>API key not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="886"/>
        <source>API key “%1” added. The webhook now refuses requests without a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="888"/>
        <source>API key “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="903"/>
        <source>“%1” not rotated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="910"/>
        <source>“%1” rotated: the previous secret no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="925"/>
        <source>“%1” not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="930"/>
        <source>“%1” removed. The webhook is open: anyone who knows the URL can post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="931"/>
        <source>“%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="987"/>
        <source>%1 (never happens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1011"/>
        <source>Trigger not saved: the schedule is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1015"/>
        <source>Trigger not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1033"/>
        <source>Trigger settings not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1038"/>
        <source>Trigger settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1055"/>
        <source>Webhook URL copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1062"/>
        <source>the cron trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1062"/>
        <source>the webhook trigger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TriggerTableModel</name>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="58"/>
        <source>Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="58"/>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="66"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="66"/>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="82"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="84"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="137"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="138"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="139"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="140"/>
        <source>Webhook URL or schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="141"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="142"/>
        <source>Next fire (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="143"/>
        <source>Next fire (local)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TriggersController</name>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="37"/>
        <source>replies when the run ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="38"/>
        <source>replies at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="55"/>
        <source>Could not load the triggers of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="73"/>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="77"/>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="97"/>
        <source>Could not change the trigger of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="100"/>
        <source>Trigger of “%1” enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="101"/>
        <source>Trigger of “%1” disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TriggersView</name>
    <message>
        <location filename="../ui/workflows/triggersview.cpp" line="36"/>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggersview.cpp" line="77"/>
        <source>No project yet. Use File → Import project… to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggersview.cpp" line="79"/>
        <source>%1 — webhooks: %2, cron triggers: %3. Double-click a trigger to open it in its workflow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::UnsavedPrompt</name>
    <message>
        <location filename="../ui/main/unsavedprompt.cpp" line="12"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/unsavedprompt.cpp" line="13"/>
        <source>Save your changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/unsavedprompt.cpp" line="15"/>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WebhookSecretDialog</name>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="276"/>
        <source>New secret for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="285"/>
        <source>Copy this secret now. It is shown only this once: Switchboard keeps only a fingerprint of it and cannot show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="302"/>
        <source>Webhook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="308"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="312"/>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="320"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="322"/>
        <source>Copy the secret to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="325"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="325"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="328"/>
        <source>The sending system uses HTTP basic authentication with this user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="330"/>
        <source>The sending system sends this key in the %1 header of every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="333"/>
        <source>If it is lost, use Rotate… to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="334"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="340"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WorkflowCard</name>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="356"/>
        <source>Show this workflow&apos;s work orders of the last 7 days in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="427"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="429"/>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="431"/>
        <source>cron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewwidgets.cpp" line="439"/>
        <source>%n lost</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewwidgets.cpp" line="441"/>
        <source>%n crashed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="442"/>
        <source>%1 in the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="443"/>
        <source>last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="443"/>
        <source>last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="453"/>
        <source>in the last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="453"/>
        <source>in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="461"/>
        <source>%1 runs %2 now. Click to show them in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="463"/>
        <source>%1 runs ended %2 %3. Click to show them in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="470"/>
        <source>No run ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="471"/>
        <source>%1 of %2 runs that ended %3 failed. Click to show the failures in History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="480"/>
        <source>Queue: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="481"/>
        <source>Queue: %1 waiting · %2 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="483"/>
        <source>Last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="485"/>
        <source>%1 UTC · %2 local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="489"/>
        <source>Last success: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="493"/>
        <source>Next fire: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="495"/>
        <source>Cron %1, evaluated in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="497"/>
        <source>Next fire: invalid cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="500"/>
        <source>Next fire: no cron trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="500"/>
        <source>Next fire: workflow disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WorkflowGraphView</name>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="41"/>
        <source>Workflow graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="121"/>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="124"/>
        <source>Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="135"/>
        <source>cron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="139"/>
        <source>replies when the run ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="140"/>
        <source>replies at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="142"/>
        <source>(disabled) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="367"/>
        <source>Disable edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="367"/>
        <source>Enable edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="483"/>
        <source>Select a workflow to see its graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WorkflowListModel</name>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="17"/>
        <source>cron %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="18"/>
        <source>webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="20"/>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="23"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="108"/>
        <source>%1 (key: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="126"/>
        <source>Enabled: triggers start runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="126"/>
        <source>Disabled: triggers are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="128"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="128"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="172"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="173"/>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="174"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="175"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WorkflowsController</name>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="31"/>
        <source>Could not load the project “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="43"/>
        <source>Could not read which workflows are enabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="75"/>
        <source>Could not enable “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="76"/>
        <source>Could not disable “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="81"/>
        <source>Workflow “%1” enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="81"/>
        <source>Workflow “%1” disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="91"/>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="96"/>
        <source>Job “%1” not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="99"/>
        <source>Job “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="109"/>
        <source>Trigger not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="112"/>
        <source>Trigger saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="131"/>
        <source>cron trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="131"/>
        <source>webhook trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="135"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="143"/>
        <source>Could not change the edge “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="147"/>
        <source>Edge “%1” enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="147"/>
        <source>Edge “%1” disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::WorkflowsView</name>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="50"/>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="83"/>
        <source>Automatic layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="84"/>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="85"/>
        <source>Top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="86"/>
        <source>How the graph is laid out; automatic picks what fits the view best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="89"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="90"/>
        <source>Fit the graph to the view (Ctrl+wheel zooms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="154"/>
        <location filename="../ui/workflows/workflowsview.cpp" line="259"/>
        <source>Select a job or trigger in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="174"/>
        <source>always: the next step runs in any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="175"/>
        <source>on success: runs when the step before succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="176"/>
        <source>on failure: runs when the step before failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="177"/>
        <source>a JavaScript condition, shown by its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="200"/>
        <source>Faded nodes and edges are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="201"/>
        <source>Right-click an edge to enable or disable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="256"/>
        <source>No project yet. Use File → Import project… to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="257"/>
        <source>The project could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="318"/>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="418"/>
        <source>Edge: %1
Condition: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="420"/>
        <source>Expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="421"/>
        <source>State: enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="421"/>
        <source>State: disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="423"/>
        <source>Disable edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="423"/>
        <source>Enable edge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::credentials</name>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="52"/>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="53"/>
        <source>Login URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="54"/>
        <source>https://login.salesforce.com, or https://test.salesforce.com for a sandbox org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="56"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="73"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="87"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="120"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="128"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="140"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="57"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="75"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="88"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="96"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="102"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="121"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="129"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="141"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="58"/>
        <source>Security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="59"/>
        <source>Sent by Salesforce when the password was last reset; empty when the server&apos;s address is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="61"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="123"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="135"/>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="62"/>
        <source>Such as 47.0; empty for the adaptor&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="63"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="64"/>
        <source>Instance URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="65"/>
        <source>The org&apos;s own address, such as https://example.my.salesforce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="68"/>
        <source>Either a user name, password and login URL, or an access token with its instance URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="69"/>
        <source>CommCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="70"/>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="71"/>
        <source>Project space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="72"/>
        <source>The project&apos;s domain, as in /a/&lt;domain&gt;/ in CommCare&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="74"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="82"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="76"/>
        <source>Application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="78"/>
        <source>An API key (preferred) or the user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="79"/>
        <source>Infobip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="80"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="108"/>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="81"/>
        <source>Your account&apos;s own address, such as https://xxxxx.api.infobip.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="85"/>
        <source>Primero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="86"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="94"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="100"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="119"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="127"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="133"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="139"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="89"/>
        <source>HTTP Basic instead of a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="90"/>
        <source>Send the user and password with every request instead of signing in for a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="93"/>
        <source>OSCaR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="95"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="101"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="99"/>
        <source>Hospital information system (HIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="103"/>
        <source>Check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="104"/>
        <source>Turn off only for a server with a self-signed certificate you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="107"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="109"/>
        <source>User name (Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="110"/>
        <source>Password (Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="111"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="112"/>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="114"/>
        <source>A JSON object of headers sent with every request, such as {&quot;X-API-Key&quot;: &quot;…&quot;}. Kept with the secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="117"/>
        <source>Basic (user name and password), a bearer token, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="118"/>
        <source>DHIS2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="122"/>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="125"/>
        <source>A user name and password, or a personal access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="126"/>
        <source>OpenMRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="132"/>
        <source>RapidPro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="134"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="138"/>
        <source>Community Health Toolkit (CHT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="144"/>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="145"/>
        <source>Any JSON object; all of it is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="226"/>
        <source>“%1” is not a credential type; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="231"/>
        <source>A raw JSON credential needs at least one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="242"/>
        <source>A %1 credential has no field “%2”; did you mean “%3”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="254"/>
        <source>%1 must be text, an address such as https://example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="262"/>
        <source>%1 “%2” is not a web address; write it in full, such as https://example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="268"/>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="272"/>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="276"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="355"/>
        <source>%1 must be a JSON object, such as {&quot;X-API-Key&quot;: &quot;…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="280"/>
        <source>%1 must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="285"/>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="291"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="309"/>
        <source>A Basic password needs its user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="336"/>
        <source>%1 must be true or false, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="345"/>
        <source>%1 must be a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::sandbox::Cht</name>
    <message>
        <location filename="../core/sandbox/chtsystem.cpp" line="91"/>
        <source>user %1, password %2 (HTTP Basic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::sandbox::Dhis2</name>
    <message>
        <location filename="../core/sandbox/dhis2system.cpp" line="252"/>
        <source>user %1, password %2 (HTTP Basic), or Authorization: ApiToken %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::sandbox::His</name>
    <message>
        <location filename="../core/sandbox/hissystem.cpp" line="214"/>
        <source>email %1, password %2 (POST /Users/login, then ?access_token=&lt;id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::sandbox::OpenMrs</name>
    <message>
        <location filename="../core/sandbox/openmrssystem.cpp" line="158"/>
        <source>user %1, password %2 (HTTP Basic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::sandbox::Oscar</name>
    <message>
        <location filename="../core/sandbox/oscarsystem.cpp" line="92"/>
        <source>email %1, password %2 (POST /api/v1/admin_auth/sign_in, then send the access-token, client and uid headers)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::sandbox::Primero</name>
    <message>
        <location filename="../core/sandbox/primerosystem.cpp" line="403"/>
        <source>user %1, password %2 (token from POST /api/v2/tokens, or HTTP Basic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::sandbox::RapidPro</name>
    <message>
        <location filename="../core/sandbox/rapidprosystem.cpp" line="109"/>
        <source>API token %1 (header Authorization: Token …)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>sb::ClinicService</name>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="58"/>
        <source>%1 SMS cancelled, %2 scheduled again, for %3 of %4 patients</source>
        <translation>%1 SMS annulés, %2 reprogrammés, pour %3 patients sur %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/clinics/clinicservice.cpp" line="64"/>
        <source>; %n contact(s) still to re-plan</source>
        <translation>
            <numerusform> ; %n contact encore à replanifier</numerusform>
            <numerusform> ; %n contacts encore à replanifier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="103"/>
        <location filename="../core/clinics/clinicservice.cpp" line="116"/>
        <source>The projects could not be read from the store.</source>
        <translation>Impossible de lire les projets depuis la base de données.</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="105"/>
        <source>No project schedules SMS: clinics need a project with a job on @switchboard/language-sms (its Infobip credential) and one on @openfn/language-salesforce (`switchboard demo` adds one).</source>
        <translation>Aucun projet ne programme de SMS : les cliniques ont besoin d’un projet avec un job sur @switchboard/language-sms (son jeu d’identifiants Infobip) et un autre sur @openfn/language-salesforce (`switchboard demo` en ajoute un).</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="118"/>
        <source>The project “%1” has no job on @openfn/language-salesforce with a credential: Switchboard reads the clinics with that credential.</source>
        <translation>Le projet « %1 » n’a aucun job sur @openfn/language-salesforce avec un jeu d’identifiants : Switchboard lit les cliniques avec ce jeu d’identifiants.</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="126"/>
        <source>The %1 credential “%2” of project “%3” (%4 environment): %5</source>
        <translation>Le jeu d’identifiants %1 « %2 » du projet « %3 » (environnement %4) : %5</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="228"/>
        <source>“%1” is not a clinic status; use one of: %2.</source>
        <translation>« %1 » n’est pas un statut de clinique ; utilisez l’un des suivants : %2.</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="234"/>
        <source>The clinic could not be read from Salesforce: %1</source>
        <translation>Impossible de lire la clinique depuis Salesforce : %1</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="236"/>
        <source>Salesforce has no clinic (Account) called “%1”.</source>
        <translation>Salesforce n’a aucune clinique (Account) nommée « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="238"/>
        <source>Salesforce has %1 Accounts called “%2”; change the status in Salesforce.</source>
        <translation>Salesforce a %1 Accounts nommés « %2 » ; changez le statut dans Salesforce.</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="242"/>
        <location filename="../core/clinics/clinicservice.cpp" line="288"/>
        <source>The clinic&apos;s contacts could not be read from Salesforce: %1</source>
        <translation>Impossible de lire les contacts de la clinique depuis Salesforce : %1</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="259"/>
        <source>Salesforce did not take the new status, so nothing was changed: %1</source>
        <translation>Salesforce n’a pas accepté le nouveau statut ; rien n’a donc été modifié : %1</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="270"/>
        <source>Salesforce has the new status, but Switchboard could not record it: %1</source>
        <translation>Salesforce a le nouveau statut, mais Switchboard n’a pas pu l’enregistrer : %1</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="343"/>
        <source>The clinics could not be read from Salesforce: %1</source>
        <translation>Impossible de lire les cliniques depuis Salesforce : %1</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="347"/>
        <source>The clinics&apos; patients could not be counted in Salesforce: %1</source>
        <translation>Impossible de compter les patients des cliniques dans Salesforce : %1</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="370"/>
        <source>syncClinics needs the Accounts (an array, or a query result with records).</source>
        <translation>syncClinics a besoin des Accounts (un tableau, ou un résultat de requête avec records).</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicservice.cpp" line="375"/>
        <source>state.configuration needs the Infobip credential&apos;s baseUrl and apiKey (clinics whose status changed are re-planned).</source>
        <translation>state.configuration a besoin des champs baseUrl et apiKey du jeu d’identifiants Infobip (les cliniques dont le statut a changé sont replanifiées).</translation>
    </message>
</context>
<context>
    <name>sb::ClinicStatusDialog</name>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="44"/>
        <source>Change the status of %1</source>
        <translation>Changer le statut de %1</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="47"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="48"/>
        <source>Now:</source>
        <translation>Actuellement :</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="54"/>
        <source>&amp;New status:</source>
        <translation>&amp;Nouveau statut :</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="64"/>
        <source>Show the bulkIds</source>
        <translation>Afficher les bulkIds</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="77"/>
        <source>Changing writes Status__c to Salesforce first; only when Salesforce takes it are the messages cancelled or scheduled in Infobip. Nobody has to be re-enrolled.</source>
        <translation>Le changement écrit d’abord Status__c dans Salesforce ; ce n’est que lorsque Salesforce l’accepte que les messages sont annulés ou programmés dans Infobip. Personne n’a besoin d’être réinscrit.</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="84"/>
        <source>&amp;Change status</source>
        <translation>&amp;Changer le statut</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="119"/>
        <source>Its patients will get %1.</source>
        <translation>Ses patients recevront %1.</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="124"/>
        <source>&lt;p&gt;Working out what this change does: reading the clinic&apos;s patients from Salesforce and their SMS plans…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Calcul de l’effet de ce changement : lecture des patients de la clinique depuis Salesforce et de leurs plans SMS…&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="142"/>
        <source>&lt;p&gt;&lt;b&gt;The effect could not be worked out.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Impossible de calculer l’effet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Rien n’a été modifié.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="150"/>
        <source>&lt;p&gt;&lt;b&gt;Salesforce has this clinic as %1&lt;/b&gt;: it was changed there since the last sync. The change starts from what Salesforce has.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Salesforce indique %1 pour cette clinique&lt;/b&gt; : le statut y a été modifié depuis la dernière synchronisation. Le changement part de ce qu’indique Salesforce.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="154"/>
        <source>&lt;p&gt;Salesforce already has %1: there is nothing to change. Sync now records the status and re-plans the clinic&apos;s patients.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Salesforce indique déjà %1 : il n’y a rien à changer. Synchroniser enregistre le statut et replanifie les patients de la clinique.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="160"/>
        <source>&lt;p&gt;%1 → &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 → &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="163"/>
        <source>Educational</source>
        <translation>Éducatifs</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="163"/>
        <source>Visit reminders</source>
        <translation>Rappels de visite</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="165"/>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="167"/>
        <source>Scheduled (again)</source>
        <translation>Programmés (à nouveau)</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="168"/>
        <source>&lt;p&gt;For %1 of the clinic&apos;s %2 patients.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour %1 des %2 patients de la clinique.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="170"/>
        <source>&lt;p&gt;%n patient(s) have no stored SMS plan yet: whatever the rules cancel for them is looked up in Infobip and cancelled if it is pending.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n patient n’a pas encore de plan SMS enregistré : ce que les règles annulent pour lui est recherché dans Infobip et annulé s’il est en attente.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n patients n’ont pas encore de plan SMS enregistré : ce que les règles annulent pour eux est recherché dans Infobip et annulé s’il est en attente.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="174"/>
        <source>&lt;p&gt;No message changes: the status is recorded in Salesforce and here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun message ne change : le statut est enregistré dans Salesforce et ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="181"/>
        <source>cancel</source>
        <translation>annuler</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="181"/>
        <source>schedule</source>
        <translation>programmer</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="182"/>
        <source>educational</source>
        <translation>éducatif</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicstatusdialog.cpp" line="182"/>
        <source>visit reminder</source>
        <translation>rappel de visite</translation>
    </message>
</context>
<context>
    <name>sb::Clinics</name>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="25"/>
        <source>The clinics could not be read from the store.</source>
        <translation>Impossible de lire les cliniques depuis la base de données.</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="54"/>
        <location filename="../core/clinics/clinicstore.cpp" line="64"/>
        <location filename="../core/clinics/clinicstore.cpp" line="238"/>
        <source>The status change could not be recorded: %1</source>
        <translation>Impossible d’enregistrer le changement de statut : %1</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="78"/>
        <source>every SMS</source>
        <translation>tous les SMS</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="80"/>
        <source>educational SMS only, no visit reminders</source>
        <translation>uniquement les SMS éducatifs, aucun rappel de visite</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="82"/>
        <source>no SMS</source>
        <translation>aucun SMS</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="83"/>
        <source>no SMS (a status the scheduler does not know)</source>
        <translation>aucun SMS (un statut que le planificateur ne connaît pas)</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="119"/>
        <source>Salesforce (found by a sync)</source>
        <translation>Salesforce (détecté par une synchronisation)</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="121"/>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="123"/>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="165"/>
        <source>More than one clinic is called “%1”.</source>
        <translation>Plusieurs cliniques s’appellent « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="167"/>
        <source>No clinic is known yet: run `switchboard clinics sync` (or Sync now on the Clinics page) to fetch them from Salesforce.</source>
        <translation>Aucune clinique n’est encore connue : lancez `switchboard clinics sync` (ou Synchroniser dans la page Cliniques) pour les récupérer depuis Salesforce.</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="169"/>
        <source>No clinic is called “%1”; `switchboard clinics` lists them.</source>
        <translation>Aucune clinique ne s’appelle « %1 » ; `switchboard clinics` les liste.</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="180"/>
        <location filename="../core/clinics/clinicstore.cpp" line="189"/>
        <source>The clinics could not be saved: %1</source>
        <translation>Impossible d’enregistrer les cliniques : %1</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="225"/>
        <source>The clinic&apos;s status could not be saved: %1</source>
        <translation>Impossible d’enregistrer le statut de la clinique : %1</translation>
    </message>
    <message>
        <location filename="../core/clinics/clinicstore.cpp" line="296"/>
        <location filename="../core/clinics/clinicstore.cpp" line="305"/>
        <source>The pending re-plans could not be saved: %1</source>
        <translation>Impossible d’enregistrer les replanifications en attente : %1</translation>
    </message>
</context>
<context>
    <name>sb::ClinicsModel</name>
    <message numerus="yes">
        <location filename="../ui/clinics/clinicsmodel.cpp" line="83"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="92"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="94"/>
        <source>The last status change could not re-plan these contacts; select the clinic and press Retry.</source>
        <translation>Le dernier changement de statut n’a pas pu replanifier ces contacts ; sélectionnez la clinique et cliquez sur Relancer la replanification.</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="96"/>
        <source>%1 (Salesforce %2, CAST location %3)</source>
        <translation>%1 (Salesforce %2, site CAST %3)</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="110"/>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="111"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="112"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="113"/>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="114"/>
        <source>Pending educational</source>
        <translation>Éducatifs en attente</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="115"/>
        <source>Pending reminders</source>
        <translation>Rappels en attente</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="116"/>
        <source>To re-plan</source>
        <translation>À replanifier</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsmodel.cpp" line="117"/>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
</context>
<context>
    <name>sb::ClinicsView</name>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="67"/>
        <source>Search clinics by name or country</source>
        <translation>Rechercher des cliniques par nom ou pays</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="74"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="75"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="79"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="81"/>
        <source>Read the clinics from Salesforce now; a status changed there is recorded and re-planned</source>
        <translation>Lire maintenant les cliniques depuis Salesforce ; un statut modifié là-bas est enregistré et replanifié</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="83"/>
        <source>&amp;Change status…</source>
        <translation>&amp;Changer le statut…</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="85"/>
        <source>Change the selected clinic&apos;s status; what it does to SMS is shown before anything changes</source>
        <translation>Changer le statut de la clinique sélectionnée ; son effet sur les SMS est affiché avant toute modification</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="87"/>
        <source>&amp;Retry re-planning</source>
        <translation>&amp;Relancer la replanification</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="89"/>
        <source>Re-plan the selected clinic&apos;s contacts again (a change could not re-plan them all)</source>
        <translation>Replanifier à nouveau les contacts de la clinique sélectionnée (un changement n’a pas pu tous les replanifier)</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="142"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="142"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="142"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="142"/>
        <source>What it did</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="142"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="247"/>
        <source>No clinics yet: Sync now reads them from Salesforce.</source>
        <translation>Pas encore de clinique : Synchroniser les lit depuis Salesforce.</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="252"/>
        <source>%1 of %2 clinics, %3 patients</source>
        <translation>%1 cliniques sur %2, %3 patients</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="302"/>
        <source>Select a clinic to see its history of status changes.</source>
        <translation>Sélectionnez une clinique pour voir l’historique de ses changements de statut.</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="308"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="318"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="318"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="331"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clinics/clinicsview.cpp" line="332"/>
        <source>&lt;b&gt;%n contact(s) still to re-plan&lt;/b&gt; after the last change (press Retry re-planning):</source>
        <translation>
            <numerusform>&lt;b&gt;%n contact encore à replanifier&lt;/b&gt; après le dernier changement (cliquez sur Relancer la replanification) :</numerusform>
            <numerusform>&lt;b&gt;%n contacts encore à replanifier&lt;/b&gt; après le dernier changement (cliquez sur Relancer la replanification) :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="370"/>
        <source>Reading the clinics from Salesforce…</source>
        <translation>Lecture des cliniques depuis Salesforce…</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="400"/>
        <source>The sync failed: %1</source>
        <translation>La synchronisation a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clinics/clinicsview.cpp" line="402"/>
        <source>%n clinic(s) read from Salesforce; no status changed since the last sync.</source>
        <translation>
            <numerusform>%n clinique lue depuis Salesforce ; aucun statut n’a changé depuis la dernière synchronisation.</numerusform>
            <numerusform>%n cliniques lues depuis Salesforce ; aucun statut n’a changé depuis la dernière synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="406"/>
        <source>%1 clinic(s) read; %2 status change(s) made in Salesforce were applied: %3 SMS cancelled, %4 scheduled, %5 contact(s) still to re-plan.</source>
        <translation>Cliniques lues : %1 ; changements de statut faits dans Salesforce appliqués : %2 ; SMS annulés : %3, programmés : %4 ; contacts encore à replanifier : %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clinics/clinicsview.cpp" line="456"/>
        <source>%1 %2: %3 SMS cancelled, %4 scheduled; %n contact(s) could not be re-planned yet — the clinic lists them; press Retry re-planning.</source>
        <translation>
            <numerusform>%1 : %2 ; %3 SMS annulés, %4 programmés ; %n contact n’a pas encore pu être replanifié — la clinique l’affiche ; cliquez sur Relancer la replanification.</numerusform>
            <numerusform>%1 : %2 ; %3 SMS annulés, %4 programmés ; %n contacts n’ont pas encore pu être replanifiés — la clinique les affiche ; cliquez sur Relancer la replanification.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="464"/>
        <source>%1 %2: %3 SMS cancelled, %4 scheduled, for %5 of %6 patients.</source>
        <translation>%1 : %2 ; %3 SMS annulés, %4 programmés, pour %5 patients sur %6.</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="478"/>
        <source>Changing %1 to %2: writing to Salesforce, then re-planning its patients&apos; SMS…</source>
        <translation>Passage de %1 à %2 : écriture dans Salesforce, puis replanification des SMS de ses patients…</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="499"/>
        <source>The status was not changed: %1</source>
        <translation>Le statut n’a pas été modifié : %1</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="501"/>
        <source>is now %1</source>
        <translation>statut désormais %1</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="533"/>
        <source>Re-planning failed: %1</source>
        <translation>La replanification a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/clinics/clinicsview.cpp" line="535"/>
        <source>re-planned</source>
        <translation>replanification effectuée</translation>
    </message>
</context>
<context>
    <name>sb::CodeEditor</name>
    <message>
        <location filename="../ui/workflows/codeeditor.cpp" line="45"/>
        <source>Job code</source>
        <translation>Code du job</translation>
    </message>
</context>
<context>
    <name>sb::ConnectionTest</name>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="236"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="237"/>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="244"/>
        <source>%1 answered HTTP %2 with %3 instead of JSON; check the URL.</source>
        <translation>%1 a répondu HTTP %2 avec %3 au lieu de JSON ; vérifiez l’URL.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="245"/>
        <source>an untyped body</source>
        <translation>un corps sans type</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="278"/>
        <source>Salesforce refused the access token (expired or revoked).</source>
        <translation>Salesforce a refusé le jeton d’accès (expiré ou révoqué).</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="287"/>
        <location filename="../core/credentials/connectiontest.cpp" line="315"/>
        <source>Signed in to Salesforce as %1 (%2).</source>
        <translation>Connecté à Salesforce en tant que %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="306"/>
        <source>%1 answered HTTP %2 but not with a Salesforce login; check the login URL.</source>
        <translation>%1 a répondu HTTP %2, mais pas avec une connexion Salesforce ; vérifiez l’URL de connexion.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="321"/>
        <source>Salesforce refused the login: wrong user name, password or security token.</source>
        <translation>Salesforce a refusé la connexion : nom d’utilisateur, mot de passe ou jeton de sécurité incorrect.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="324"/>
        <source>Salesforce refused the login: %1</source>
        <translation>Salesforce a refusé la connexion : %1</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="326"/>
        <source>Salesforce answered the login with an error: %1</source>
        <translation>Salesforce a répondu à la connexion par une erreur : %1</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="343"/>
        <source>CommCare refused the login of %1: wrong user name or API key.</source>
        <translation>CommCare a refusé la connexion de %1 : nom d’utilisateur ou clé d’API incorrect.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="344"/>
        <source>CommCare refused the login of %1: wrong user name or password.</source>
        <translation>CommCare a refusé la connexion de %1 : nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="346"/>
        <source>CommCare refused %1 access to project %2.</source>
        <translation>CommCare a refusé à %1 l’accès au projet %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="348"/>
        <source>CommCare has no project space %1.</source>
        <translation>CommCare n’a pas d’espace de projet %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="353"/>
        <source>Signed in to CommCare project %1 as %2.</source>
        <translation>Connecté au projet CommCare %1 en tant que %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="364"/>
        <source>Infobip refused the API key.</source>
        <translation>Infobip a refusé la clé d’API.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="371"/>
        <source>Infobip API key accepted.</source>
        <translation>Clé d’API Infobip acceptée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="372"/>
        <source>Infobip API key accepted; balance %1 %2.</source>
        <translation>Clé d’API Infobip acceptée ; solde %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="385"/>
        <source>Primero refused the login of %1: wrong user name or password.</source>
        <translation>Primero a refusé la connexion de %1 : nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="395"/>
        <location filename="../core/credentials/connectiontest.cpp" line="410"/>
        <source>Signed in to Primero as %1.</source>
        <translation>Connecté à Primero en tant que %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="409"/>
        <source>Primero accepted the login of %1 but sent no token.</source>
        <translation>Primero a accepté la connexion de %1, mais n’a envoyé aucun jeton.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="422"/>
        <source>OSCaR refused the sign-in of %1: wrong email or password.</source>
        <translation>OSCaR a refusé la connexion de %1 : e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="426"/>
        <source>%1 answered the sign-in without an access-token header; check the URL.</source>
        <translation>%1 a répondu à la connexion sans en-tête access-token ; vérifiez l’URL.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="427"/>
        <source>Signed in to OSCaR as %1.</source>
        <translation>Connecté à OSCaR en tant que %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="440"/>
        <source>HIS refused the login of %1: wrong email or password.</source>
        <translation>Le HIS a refusé la connexion de %1 : e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="442"/>
        <source>%1 has no Users/login; the URL must be the API root, such as https://his.example.org/api.</source>
        <translation>%1 n’a pas de Users/login ; l’URL doit être la racine de l’API, par exemple https://his.example.org/api.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="449"/>
        <source>HIS accepted the login of %1 but sent no token.</source>
        <translation>Le HIS a accepté la connexion de %1, mais n’a envoyé aucun jeton.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="450"/>
        <source>Signed in to HIS as %1.</source>
        <translation>Connecté au HIS en tant que %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="460"/>
        <source>The server refused the login (HTTP %1).</source>
        <translation>Le serveur a refusé la connexion (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="463"/>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="493"/>
        <source>DHIS2 refused the personal access token.</source>
        <translation>DHIS2 a refusé le jeton d’accès personnel.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="494"/>
        <source>DHIS2 refused the login of %1: wrong user name or password.</source>
        <translation>DHIS2 a refusé la connexion de %1 : nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="505"/>
        <source>Signed in to DHIS2 as %1.</source>
        <translation>Connecté à DHIS2 en tant que %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="517"/>
        <source>OpenMRS refused the login of %1: wrong user name or password.</source>
        <translation>OpenMRS a refusé la connexion de %1 : nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="531"/>
        <source>Signed in to OpenMRS as %1.</source>
        <translation>Connecté à OpenMRS en tant que %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="543"/>
        <source>RapidPro refused the API token.</source>
        <translation>RapidPro a refusé le jeton d’API.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="555"/>
        <source>RapidPro token accepted for workspace %1.</source>
        <translation>Jeton RapidPro accepté pour l’espace de travail %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="567"/>
        <source>CHT refused the login of %1: wrong user name or password.</source>
        <translation>CHT a refusé la connexion de %1 : nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="579"/>
        <source>Signed in to CHT as %1.</source>
        <translation>Connecté à CHT en tant que %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="591"/>
        <source>A raw JSON credential has no system to test against.</source>
        <translation>Un jeu d’identifiants JSON brut n’a aucun système auquel se connecter pour un test.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="602"/>
        <source>Instance URL is required with an access token.</source>
        <translation>L’URL d’instance est obligatoire avec un jeton d’accès.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="619"/>
        <source>Base URL is required to test an HTTP credential.</source>
        <translation>L’URL de base est obligatoire pour tester un jeu d’identifiants HTTP.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="632"/>
        <source>Switchboard has no connection test for %1 credentials.</source>
        <translation>Switchboard n’a pas de test de connexion pour les jeux d’identifiants %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="702"/>
        <location filename="../core/credentials/connectiontest.cpp" line="740"/>
        <source>No answer from %1 within %2 s.</source>
        <translation>Aucune réponse de %1 en %2 s.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="736"/>
        <source>Host unreachable: %1 refused the connection.</source>
        <translation>Hôte injoignable : %1 a refusé la connexion.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="738"/>
        <source>Host unreachable: unknown host %1.</source>
        <translation>Hôte injoignable : hôte inconnu %1.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="746"/>
        <source>%1 closed the connection without answering; check the address and whether it needs https.</source>
        <translation>%1 a fermé la connexion sans répondre ; vérifiez l’adresse et si elle nécessite https.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="750"/>
        <source>%1 is not an http or https address.</source>
        <translation>%1 n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="757"/>
        <source>Host unreachable: %1 (%2).</source>
        <translation>Hôte injoignable : %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="758"/>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="766"/>
        <source>The certificate of %1 was not accepted (%2); if you trust this server, turn off “%3”.</source>
        <translation>Le certificat de %1 n’a pas été accepté (%2) ; si vous faites confiance à ce serveur, désactivez « %3 ».</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="768"/>
        <source>The certificate of %1 was not accepted (%2).</source>
        <translation>Le certificat de %1 n’a pas été accepté (%2).</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="771"/>
        <source>The secure connection (TLS) to %1 failed (%2); if the certificate is the problem and you trust this server, turn off “%3”.</source>
        <translation>La connexion sécurisée (TLS) à %1 a échoué (%2) ; si le problème vient du certificat et que vous faites confiance à ce serveur, désactivez « %3 ».</translation>
    </message>
    <message>
        <location filename="../core/credentials/connectiontest.cpp" line="773"/>
        <source>The secure connection (TLS) to %1 failed (%2); check that the server speaks https there.</source>
        <translation>La connexion sécurisée (TLS) à %1 a échoué (%2) ; vérifiez que le serveur utilise bien https à cette adresse.</translation>
    </message>
</context>
<context>
    <name>sb::CredentialAuditModel</name>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="236"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="237"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="238"/>
        <source>What</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>sb::CredentialDialog</name>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="88"/>
        <source>Edit “%1” for %2</source>
        <translation>Modifier « %1 » pour %2</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="89"/>
        <source>New credential for %1</source>
        <translation>Nouveau jeu d’identifiants pour %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="101"/>
        <source>Such as “Salesforce production”</source>
        <translation>Par exemple « Salesforce production »</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="102"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="112"/>
        <source>Change type…</source>
        <translation>Changer de type…</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="113"/>
        <source>A different type replaces every field of this environment&apos;s login.</source>
        <translation>Un autre type remplace tous les champs des identifiants de connexion de cet environnement.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="115"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="121"/>
        <source>Empty: you</source>
        <translation>Vide : vous</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="122"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire :</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="126"/>
        <source>These fields are the login jobs get when the project runs in the %1 environment.</source>
        <translation>Ces champs sont les identifiants de connexion que reçoivent les jobs quand le projet tourne dans l’environnement %1.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="127"/>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="151"/>
        <source>&amp;Reveal secrets</source>
        <translation>&amp;Afficher les secrets</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="153"/>
        <source>Show the stored secrets in clear text. Every reveal is written to the audit.</source>
        <translation>Afficher en clair les secrets enregistrés. Chaque affichage est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="155"/>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="157"/>
        <source>Sign in with what is typed here (stored secrets for the secret fields left empty). Nothing is saved.</source>
        <translation>Se connecter avec ce qui est saisi ici (les secrets enregistrés servent pour les champs secrets laissés vides). Rien n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="265"/>
        <source>Stored — leave empty to keep</source>
        <translation>Enregistré — laisser vide pour conserver</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="282"/>
        <source>JSON:</source>
        <translation>JSON :</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="357"/>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire) :</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="357"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="377"/>
        <source>This is not valid JSON (%1 at character %2).</source>
        <translation>Ce n’est pas du JSON valide (%1 au caractère %2).</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="378"/>
        <source>Write one JSON object, such as {&quot;apiKey&quot;: &quot;…&quot;}.</source>
        <translation>Écrivez un seul objet JSON, par exemple {&quot;apiKey&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="404"/>
        <source>%1 must be a JSON object, such as {&quot;X-API-Key&quot;: &quot;…&quot;}.</source>
        <translation>%1 doit être un objet JSON, par exemple {&quot;X-API-Key&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="427"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="500"/>
        <source>Give the credential a name; jobs bind it by that name.</source>
        <translation>Donnez un nom au jeu d’identifiants ; les jobs s’y rattachent par ce nom.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="538"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="548"/>
        <source>A credential named “%1” already exists in this project; give this one another name, or edit that one.</source>
        <translation>Un jeu d’identifiants nommé « %1 » existe déjà dans ce projet ; donnez un autre nom à celui-ci, ou modifiez l’existant.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="562"/>
        <source>The secret was saved, but the new name was not: %1</source>
        <translation>Le secret a été enregistré, mais pas le nouveau nom : %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="584"/>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="611"/>
        <source>The secrets could not be read: %1</source>
        <translation>Impossible de lire les secrets : %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="628"/>
        <source>Secrets shown in clear text; this reveal was written to the audit.</source>
        <translation>Secrets affichés en clair ; cet affichage a été consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="657"/>
        <source>The stored secrets could not be read for the test: %1</source>
        <translation>Impossible de lire les secrets enregistrés pour le test : %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialdialog.cpp" line="676"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>sb::CredentialSource</name>
    <message>
        <location filename="../core/engine/credentialsource.cpp" line="30"/>
        <source>The project is in the sandbox environment, but the built-in sandbox is not running. Start it from the Sandbox view, or run `switchboard sandbox`.</source>
        <translation>Le projet est dans l’environnement « bac à sable », mais le bac à sable intégré n’est pas démarré. Démarrez-le depuis la vue Bac à sable, ou lancez `switchboard sandbox`.</translation>
    </message>
    <message>
        <location filename="../core/engine/credentialsource.cpp" line="34"/>
        <source>A credential of type “%1” has no login in the sandbox; give it the type of the system it logs in to (salesforce, commcare, infobip, primero, oscar, his, rapidpro, cht, openmrs or dhis2), or store a secret for the sandbox environment.</source>
        <translation>Un jeu d’identifiants de type « %1 » n’a pas d’identifiants de connexion dans le bac à sable ; donnez-lui le type du système auquel il se connecte (salesforce, commcare, infobip, primero, oscar, his, rapidpro, cht, openmrs ou dhis2), ou enregistrez un secret pour l’environnement « bac à sable ».</translation>
    </message>
</context>
<context>
    <name>sb::Credentials</name>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="119"/>
        <source>The keychain has no secret for the credential “%1” in the “%2” environment any more (it was removed outside Switchboard, or this is another user or machine). Set it again under Credentials, or with `switchboard credentials set`.</source>
        <translation>Le trousseau ne contient plus de secret pour le jeu d’identifiants « %1 » dans l’environnement « %2 » (il a été supprimé en dehors de Switchboard, ou il s’agit d’un autre utilisateur ou d’une autre machine). Définissez-le à nouveau dans la vue Identifiants, ou avec `switchboard credentials set`.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="122"/>
        <source>The secret of the credential “%1” (%2) could not be read: %3</source>
        <translation>Impossible de lire le secret du jeu d’identifiants « %1 » (%2) : %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="135"/>
        <source>The keychain entry of the credential “%1” (%2) is not what Switchboard wrote; set the credential again.</source>
        <translation>L’entrée du trousseau pour le jeu d’identifiants « %1 » (%2) ne correspond pas à ce que Switchboard a écrit ; définissez à nouveau le jeu d’identifiants.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="178"/>
        <location filename="../core/credentials/credentialstore.cpp" line="296"/>
        <location filename="../core/credentials/credentialstore.cpp" line="317"/>
        <location filename="../core/credentials/credentialstore.cpp" line="326"/>
        <location filename="../core/credentials/credentialstore.cpp" line="649"/>
        <source>The store could not be read.</source>
        <translation>Impossible de lire la base de données.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="180"/>
        <location filename="../core/credentials/credentialstore.cpp" line="346"/>
        <location filename="../core/credentials/credentialstore.cpp" line="582"/>
        <source>There is no credential “%1”.</source>
        <translation>Il n’y a aucun jeu d’identifiants « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="184"/>
        <source>Several projects have a credential “%1”; name the project with --project.</source>
        <translation>Plusieurs projets ont un jeu d’identifiants « %1 » ; indiquez le projet avec --project.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="205"/>
        <source>secret missing</source>
        <translation>secret manquant</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="206"/>
        <source>in the keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="207"/>
        <source>from the secrets file</source>
        <translation>depuis le fichier de secrets</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="208"/>
        <source>from an environment variable</source>
        <translation>depuis une variable d’environnement</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="209"/>
        <source>built-in sandbox login</source>
        <translation>identifiants du bac à sable intégré</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="264"/>
        <source>Created “%1” (%2) for %3</source>
        <translation>« %1 » (%2) créé pour %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="266"/>
        <source>Added a %2 secret to “%1”: %3</source>
        <translation>Secret %2 ajouté à « %1 » : %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="268"/>
        <source>Updated “%1” for %2</source>
        <translation>« %1 » modifié pour %2</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="269"/>
        <source>Updated “%1” for %2: %3</source>
        <translation>« %1 » modifié pour %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="271"/>
        <source>Deleted “%1”</source>
        <translation>« %1 » supprimé</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="271"/>
        <source>Deleted the %2 secret of “%1”</source>
        <translation>Secret %2 de « %1 » supprimé</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="273"/>
        <source>Tested “%1” on %2: %3</source>
        <translation>« %1 » testé sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="275"/>
        <source>Revealed the %2 secret of “%1”</source>
        <translation>Secret %2 de « %1 » affiché en clair</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="277"/>
        <source>Switched project “%1” from %2 to %3</source>
        <translation>Projet « %1 » passé de %2 à %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="280"/>
        <source>Changed the name, owner or type of “%1”</source>
        <translation>Nom, propriétaire ou type de « %1 » modifié</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="368"/>
        <source>Name the environment the secret is for, such as production, staging or sandbox.</source>
        <translation>Indiquez l’environnement auquel le secret est destiné, par exemple production, staging ou sandbox.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="370"/>
        <source>A credential needs a key (the name jobs bind it by).</source>
        <translation>Un jeu d’identifiants doit avoir une clé (le nom par lequel les jobs s’y rattachent).</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="376"/>
        <location filename="../core/credentials/credentialstore.cpp" line="627"/>
        <source>That project does not exist.</source>
        <translation>Ce projet n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="388"/>
        <source>A new credential needs a type (%1).</source>
        <translation>Un nouveau jeu d’identifiants doit avoir un type (%1).</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="406"/>
        <source>“%1” was not saved, and nothing was written elsewhere: %2</source>
        <translation>« %1 » n’a pas été enregistré, et rien n’a été écrit ailleurs : %2</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="423"/>
        <source>The %1 credential “%2” was not saved: %3</source>
        <translation>Le jeu d’identifiants %1 « %2 » n’a pas été enregistré : %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="445"/>
        <source>The secret of “%1” was not saved, and nothing was written elsewhere: %2</source>
        <translation>Le secret de « %1 » n’a pas été enregistré, et rien n’a été écrit ailleurs : %2</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="449"/>
        <source>The old secret of “%1” could not be removed from the keychain: %2</source>
        <translation>Impossible de retirer du trousseau l’ancien secret de « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="509"/>
        <source>The credential “%1” has no secret for the “%2” environment (secret missing).</source>
        <translation>Le jeu d’identifiants « %1 » n’a pas de secret pour l’environnement « %2 » (secret manquant).</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="533"/>
        <source>“%1” was not deleted: its %2 secret could not be removed from the keychain: %3</source>
        <translation>« %1 » n’a pas été supprimé : son secret %2 n’a pas pu être retiré du trousseau : %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="554"/>
        <source>The credential “%1” has nothing stored for the “%2” environment.</source>
        <translation>Le jeu d’identifiants « %1 » n’a rien d’enregistré pour l’environnement « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="558"/>
        <source>The %2 secret of “%1” could not be removed from the keychain: %3</source>
        <translation>Impossible de retirer du trousseau le secret %2 de « %1 » : %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="577"/>
        <source>A credential needs a name.</source>
        <translation>Un jeu d’identifiants doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="623"/>
        <source>An environment needs a name, such as production, staging or sandbox.</source>
        <translation>Un environnement doit avoir un nom, par exemple production, staging ou sandbox.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="698"/>
        <source>The project of this job is gone.</source>
        <translation>Le projet de ce job n’existe plus.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="706"/>
        <source>The job names the credential “%1”, which its project does not have.</source>
        <translation>Le job désigne le jeu d’identifiants « %1 », que son projet ne possède pas.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="729"/>
        <source>The credential “%1” (%2) could not be read: %3</source>
        <translation>Impossible de lire le jeu d’identifiants « %1 » (%2) : %3</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialstore.cpp" line="750"/>
        <source>The credential “%1” has no secret for the “%2” environment (secret missing). Fill it in under Credentials, or run `switchboard credentials set %3 --env %2 FIELD=VALUE…`.</source>
        <translation>Le jeu d’identifiants « %1 » n’a pas de secret pour l’environnement « %2 » (secret manquant). Renseignez-le dans la vue Identifiants, ou lancez `switchboard credentials set %3 --env %2 CHAMP=VALEUR…`.</translation>
    </message>
</context>
<context>
    <name>sb::CredentialsModel</name>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="26"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="72"/>
        <source>incomplete: %1</source>
        <translation>incomplet : %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="103"/>
        <source>%1 (key: %2)</source>
        <translation>%1 (clé : %2)</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="116"/>
        <source>Nothing is stored for %1: jobs using it fail with “secret missing”. Use Edit… to enter it.</source>
        <translation>Rien n’est enregistré pour %1 : les jobs qui l’utilisent échouent avec « secret manquant ». Utilisez Modifier… pour le saisir.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="119"/>
        <source>Secret fields kept in the keychain: %1</source>
        <translation>Champs secrets conservés dans le trousseau : %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="129"/>
        <source>no job</source>
        <translation>aucun job</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="131"/>
        <source>1 job</source>
        <translation>1 job</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/credentials/credentialsmodel.cpp" line="131"/>
        <source>%n jobs</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="153"/>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="165"/>
        <source>%1 (tested %2)</source>
        <translation>%1 (testé le %2)</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="178"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="179"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="180"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="181"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="182"/>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="183"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="184"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsmodel.cpp" line="185"/>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
</context>
<context>
    <name>sb::CredentialsView</name>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="99"/>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="110"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="114"/>
        <source>The environment whose secrets every job of the project uses. Choosing another asks first.</source>
        <translation>L’environnement dont tous les jobs du projet utilisent les secrets. En choisir un autre demande d’abord confirmation.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="132"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="134"/>
        <source>Add a credential with a typed form for its system</source>
        <translation>Ajouter un jeu d’identifiants avec un formulaire adapté à son système</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="135"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="137"/>
        <source>Change the selected credential&apos;s fields for this environment (double-click)</source>
        <translation>Modifier les champs du jeu d’identifiants sélectionné pour cet environnement (double-clic)</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="138"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="140"/>
        <source>Sign in to the system with the stored login and record the result</source>
        <translation>Se connecter au système avec les identifiants enregistrés et consigner le résultat</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="141"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="143"/>
        <source>Delete this environment&apos;s secret or the whole credential; asks first</source>
        <translation>Supprimer le secret de cet environnement ou tout le jeu d’identifiants ; demande d’abord confirmation</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/credentials/credentialsview.cpp" line="179"/>
        <source>%n jobs</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="180"/>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="190"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="303"/>
        <source>The credentials could not be read: %1</source>
        <translation>Impossible de lire les jeux d’identifiants : %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="352"/>
        <source>%1 (active)</source>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="354"/>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="364"/>
        <source>No project yet: import one (File › Import project…) to manage its credentials.</source>
        <translation>Pas encore de projet : importez-en un (Fichier › Importer un projet…) pour gérer ses jeux d’identifiants.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="369"/>
        <source>Every job of “%1” uses the %2 secrets listed here.</source>
        <translation>Tous les jobs de « %1 » utilisent les secrets %2 listés ici.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="373"/>
        <source>Only showing the %1 secrets: the jobs of “%2” still use %3.</source>
        <translation>Seuls les secrets %1 sont affichés : les jobs de « %2 » utilisent toujours %3.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="377"/>
        <source>Switch to %1…</source>
        <translation>Passer à %1…</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="402"/>
        <source>Other environment</source>
        <translation>Autre environnement</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="403"/>
        <source>Name of the environment (such as training or uat):</source>
        <translation>Nom de l’environnement (par exemple training ou uat) :</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="425"/>
        <source>Switch environment</source>
        <translation>Changer d’environnement</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="426"/>
        <source>Switch project “%1” to %2? Every job of the project will use its %2 secrets at once.</source>
        <translation>Passer le projet « %1 » à %2 ? Tous les jobs du projet utiliseront immédiatement ses secrets %2.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="429"/>
        <source>It now uses %1. Credentials without a %2 secret make their jobs fail with “secret missing”.</source>
        <translation>Il utilise actuellement %1. Les jeux d’identifiants sans secret %2 feront échouer leurs jobs avec « secret manquant ».</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="431"/>
        <source>Switch to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="432"/>
        <source>Only show its secrets</source>
        <translation>Afficher seulement ses secrets</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="433"/>
        <source>List and edit the %1 secrets without changing what the jobs use.</source>
        <translation>Lister et modifier les secrets %1 sans changer ce qu’utilisent les jobs.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="447"/>
        <source>Switching “%1” to %2…</source>
        <translation>Passage de « %1 » à %2…</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="455"/>
        <source>The environment was not switched: %1</source>
        <translation>L’environnement n’a pas été changé : %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="461"/>
        <source>Project “%1” now uses its %2 secrets.</source>
        <translation>Le projet « %1 » utilise désormais ses secrets %2.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="517"/>
        <source>Credential “%1” created for %2; its secret is in the keychain.</source>
        <translation>Jeu d’identifiants « %1 » créé pour %2 ; son secret est dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="518"/>
        <source>Credential “%1” saved for %2.</source>
        <translation>Jeu d’identifiants « %1 » enregistré pour %2.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="550"/>
        <source>“%1” uses the built-in sandbox&apos;s own login in %2: nothing to test.</source>
        <translation>« %1 » utilise les identifiants propres au bac à sable intégré dans %2 : rien à tester.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="555"/>
        <source>“%1” has no %2 secret to test: use Edit… to enter it.</source>
        <translation>« %1 » n’a pas de secret %2 à tester : utilisez Modifier… pour le saisir.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="562"/>
        <source>Testing “%1” on %2…</source>
        <translation>Test de « %1 » sur %2…</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="578"/>
        <source>“%1” could not be tested: %2</source>
        <translation>Impossible de tester « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="592"/>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="596"/>
        <source>The test result was not recorded: %1</source>
        <translation>Le résultat du test n’a pas été consigné : %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="612"/>
        <source>Delete credential</source>
        <translation>Supprimer le jeu d’identifiants</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="612"/>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="617"/>
        <source>No job uses it.</source>
        <translation>Aucun job ne l’utilise.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/credentials/credentialsview.cpp" line="622"/>
        <source>These jobs use it and would lose it:</source>
        <translation>
            <numerusform>Ce job l’utilise et le perdrait :</numerusform>
            <numerusform>Ces jobs l’utilisent et le perdraient :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="624"/>
        <source>Deleting only the %1 secret makes them fail with “secret missing” while the project runs on %1; deleting the whole credential makes them fail in every environment.</source>
        <translation>Supprimer seulement le secret %1 les fait échouer avec « secret manquant » tant que le projet tourne sur %1 ; supprimer tout le jeu d’identifiants les fait échouer dans tous les environnements.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="631"/>
        <source>Delete the %1 secret only</source>
        <translation>Supprimer seulement le secret %1</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="632"/>
        <source>Delete the whole credential</source>
        <translation>Supprimer tout le jeu d’identifiants</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="656"/>
        <source>Deleted the %1 secret of “%2”.</source>
        <translation>Secret %1 de « %2 » supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/credentials/credentialsview.cpp" line="657"/>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
</context>
<context>
    <name>sb::CronExpression</name>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="20"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="21"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="22"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="23"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="24"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="25"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="26"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="27"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="28"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="29"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="30"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="31"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="34"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="35"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="36"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="37"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="38"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="39"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="40"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="55"/>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="56"/>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="57"/>
        <source>day-of-month</source>
        <translation>jour-du-mois</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="58"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="59"/>
        <source>day-of-week</source>
        <translation>jour-de-semaine</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="95"/>
        <source>%1 field: %2 is out of range %3–%4</source>
        <translation>champ %1 : %2 est hors de la plage %3–%4</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="112"/>
        <source>%1 field: &quot;%2&quot; is not a month number (1–12) or name (JAN–DEC)</source>
        <translation>champ %1 : « %2 » n’est ni un numéro de mois (1–12) ni un nom de mois (JAN–DEC)</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="117"/>
        <source>%1 field: &quot;%2&quot; is not a weekday number (0–7) or name (SUN–SAT)</source>
        <translation>champ %1 : « %2 » n’est ni un numéro de jour de la semaine (0–7) ni un nom de jour (SUN–SAT)</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="122"/>
        <source>%1 field: &quot;%2&quot; is not a number</source>
        <translation>champ %1 : « %2 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="141"/>
        <source>%1 field: range %2 goes backwards; write Sunday as 7 at the end of a range, e.g. %3-7</source>
        <translation>champ %1 : la plage %2 est à l’envers ; écrivez dimanche sous la forme 7 à la fin d’une plage, p. ex. %3-7</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="147"/>
        <source>%1 field: range %2 goes backwards; write Sunday as 0 at the start of a range, e.g. 0-%3</source>
        <translation>champ %1 : la plage %2 est à l’envers ; écrivez dimanche sous la forme 0 au début d’une plage, p. ex. 0-%3</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="161"/>
        <source>%1 field: range %2 goes backwards; split it in two, e.g. %3</source>
        <translation>champ %1 : la plage %2 est à l’envers ; coupez-la en deux, p. ex. %3</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="175"/>
        <source>%1 field: &quot;%2&quot; has more than one &quot;/&quot;</source>
        <translation>champ %1 : « %2 » contient plus d’un « / »</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="180"/>
        <source>%1 field: &quot;%2&quot; needs a start before &quot;/&quot;, e.g. */%3</source>
        <translation>champ %1 : « %2 » doit avoir un début avant « / », p. ex. */%3</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="186"/>
        <source>%1 field: &quot;%2&quot; needs a step number after &quot;/&quot;, e.g. %2%3</source>
        <translation>champ %1 : « %2 » doit avoir un pas après « / », p. ex. %2%3</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="193"/>
        <source>%1 field: step &quot;%2&quot; in &quot;%3&quot; is not a whole number</source>
        <translation>champ %1 : le pas « %2 » dans « %3 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="200"/>
        <source>%1 field: step 0 in &quot;%2&quot; must be 1 or more</source>
        <translation>champ %1 : le pas 0 dans « %2 » doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="215"/>
        <source>%1 field: &quot;%2&quot; is not valid; use * alone or */step</source>
        <translation>champ %1 : « %2 » n’est pas valide ; utilisez * seul ou */pas</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="223"/>
        <source>%1 field: &quot;%2&quot; is not a valid range; write it as start-end, e.g. %3-%4</source>
        <translation>champ %1 : « %2 » n’est pas une plage valide ; écrivez-la sous la forme début-fin, p. ex. %3-%4</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="254"/>
        <source>%1 field: list &quot;%2&quot; has an empty item; remove the extra comma</source>
        <translation>champ %1 : la liste « %2 » contient un élément vide ; supprimez la virgule en trop</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="322"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="324"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="326"/>
        <location filename="../core/scheduler/cronexpression.cpp" line="688"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="352"/>
        <source>%1, %2, %3, …, %4</source>
        <translation>%1, %2, %3, …, %4</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="363"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="366"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="407"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="412"/>
        <source>every minute</source>
        <translation>toutes les minutes</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="414"/>
        <source>every %1 minutes</source>
        <translation>toutes les %1 minutes</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="416"/>
        <source>at minute %1 of every hour</source>
        <translation>à la minute %1 de chaque heure</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="417"/>
        <source>at minutes %1 of every hour</source>
        <translation>aux minutes %1 de chaque heure</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="423"/>
        <source>every minute from %1 to %2</source>
        <translation>toutes les minutes de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="427"/>
        <source>every %1 minutes from %2 to %3</source>
        <translation>toutes les %1 minutes de %2 à %3</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="432"/>
        <source>every hour from %1 to %2</source>
        <translation>toutes les heures de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="436"/>
        <source>every %1 hours from %2 to %3</source>
        <translation>toutes les %1 heures de %2 à %3</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="444"/>
        <source>every minute during hour %1</source>
        <translation>toutes les minutes pendant l’heure %1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="445"/>
        <source>every minute during hours %1</source>
        <translation>toutes les minutes pendant les heures %1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="448"/>
        <source>every %1 minutes during hour %2</source>
        <translation>toutes les %1 minutes pendant l’heure %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="450"/>
        <source>every %1 minutes during hours %2</source>
        <translation>toutes les %1 minutes pendant les heures %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="454"/>
        <source>at minute %1</source>
        <translation>à la minute %1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="455"/>
        <source>at minutes %1</source>
        <translation>aux minutes %1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="457"/>
        <source>%1 past hour %2</source>
        <translation>%1 de l’heure %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="458"/>
        <source>%1 past hours %2</source>
        <translation>%1 des heures %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="491"/>
        <source>unknown shortcut &quot;%1&quot;; use @hourly, @daily, @midnight, @weekly, @monthly, @yearly or @annually</source>
        <translation>raccourci « %1 » inconnu ; utilisez @hourly, @daily, @midnight, @weekly, @monthly, @yearly ou @annually</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="499"/>
        <source>the schedule is empty; expected 5 fields (minute hour day-of-month month day-of-week), e.g. 0 0 * * *</source>
        <translation>la planification est vide ; 5 champs sont attendus (minute heure jour-du-mois mois jour-de-semaine), p. ex. 0 0 * * *</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="504"/>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), found %1 in &quot;%2&quot;</source>
        <translation>5 champs sont attendus (minute heure jour-du-mois mois jour-de-semaine), mais « %2 » en contient %1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="642"/>
        <source>never: day %1 does not exist in %2</source>
        <translation>jamais : le jour %1 n’existe pas en %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="644"/>
        <source>never: days %1 do not exist in %2</source>
        <translation>jamais : les jours %1 n’existent pas en %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="656"/>
        <source>on day %1 of every month</source>
        <translation>le %1 de chaque mois</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="657"/>
        <source>on days %1 of every month</source>
        <translation>les %1 de chaque mois</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="660"/>
        <source>on %1 %2</source>
        <translation>le %1 %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="661"/>
        <source>on days %1 of %2</source>
        <translation>les %1 %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="663"/>
        <source>on day %1 in %2</source>
        <translation>le %1 du mois en %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="664"/>
        <source>on days %1 in %2</source>
        <translation>les %1 du mois en %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="669"/>
        <source>every %1</source>
        <translation>chaque %1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="670"/>
        <source>on %1</source>
        <translation>les %1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="672"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="676"/>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="677"/>
        <source>every day in %1</source>
        <translation>tous les jours en %1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="678"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="699"/>
        <source>%1, but only if that day is a %2</source>
        <translation>%1, mais seulement si ce jour est un %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="703"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/scheduler/cronexpression.cpp" line="705"/>
        <source>%1 (leap years only)</source>
        <translation>%1 (années bissextiles uniquement)</translation>
    </message>
</context>
<context>
    <name>sb::DataclipPanel</name>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="102"/>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="107"/>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="112"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="113"/>
        <source>Copy the %1 as JSON</source>
        <translation>Copier « %1 » au format JSON</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="114"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="115"/>
        <source>Save the %1 to a JSON file</source>
        <translation>Enregistrer « %1 » dans un fichier JSON</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="141"/>
        <source>Save %1</source>
        <translation>Enregistrer « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="142"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="147"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="149"/>
        <source>Nothing selected.</source>
        <translation>Aucune sélection.</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="177"/>
        <source>%1 bytes; the text shows the beginning, Save keeps it all.</source>
        <translation>%1 octets ; le texte n’en montre que le début, Enregistrer conserve le tout.</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="179"/>
        <source>Not JSON; shown as text.</source>
        <translation>Pas du JSON ; affiché en texte brut.</translation>
    </message>
</context>
<context>
    <name>sb::Demo</name>
    <message>
        <location filename="../core/project/demoproject.cpp" line="19"/>
        <source>The demo project is missing from this build.</source>
        <translation>Le projet de démonstration est absent de cette version.</translation>
    </message>
    <message>
        <location filename="../core/project/demoproject.cpp" line="117"/>
        <source>The demo input %1 is missing from this build.</source>
        <translation>L’entrée de démonstration %1 manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>sb::Edge</name>
    <message>
        <location filename="../core/project/model.cpp" line="88"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <location filename="../core/project/model.cpp" line="89"/>
        <source>on success</source>
        <translation>en cas de succès</translation>
    </message>
    <message>
        <location filename="../core/project/model.cpp" line="90"/>
        <source>on failure</source>
        <translation>en cas d’échec</translation>
    </message>
</context>
<context>
    <name>sb::Engine</name>
    <message>
        <location filename="../core/engine/engine.cpp" line="149"/>
        <source>Lost: the engine that took this run is unknown and no longer running.</source>
        <translation>Perdue : le moteur qui avait pris cette exécution est inconnu et ne tourne plus.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="151"/>
        <source>Lost: the %1 engine running it (pid %2 on %3, started %4) stopped without finishing it; it was last seen at %5. Retry to run it again.</source>
        <translation>Perdue : le moteur %1 qui l’exécutait (pid %2 sur %3, démarré le %4) s’est arrêté sans la terminer ; il a été vu pour la dernière fois le %5. Relancez-la pour l’exécuter à nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="175"/>
        <source>%n run(s) left unfinished by a previous engine marked lost.</source>
        <translation>
            <numerusform>%n exécution laissée inachevée par un moteur précédent a été marquée perdue.</numerusform>
            <numerusform>%n exécutions laissées inachevées par un moteur précédent ont été marquées perdues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="251"/>
        <source>Could not claim runs: %1</source>
        <translation>Impossible de prendre en charge des exécutions : %1</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="300"/>
        <source>Run %1 (work order %2): %3</source>
        <translation>Exécution %1 (ordre de travail %2) : %3</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="301"/>
        <source>Run %1 (work order %2): %3 (%4)</source>
        <translation>Exécution %1 (ordre de travail %2) : %3 (%4)</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="336"/>
        <source>Lost: no result %1 s after it started (run time limit %2 s plus %3 s grace); the worker running it did not report back. Retry to run it again.</source>
        <translation>Perdue : aucun résultat %1 s après son démarrage (limite de durée d’exécution de %2 s plus %3 s de marge) ; le worker qui l’exécutait ne s’est pas manifesté. Relancez-la pour l’exécuter à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="373"/>
        <source>Retention purge failed: %1</source>
        <translation>La purge de rétention a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="375"/>
        <source>Retention purge erased the data of %n work order(s).</source>
        <translation>
            <numerusform>La purge de rétention a effacé les données de %n ordre de travail.</numerusform>
            <numerusform>La purge de rétention a effacé les données de %n ordres de travail.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="418"/>
        <source>Engine stopped.</source>
        <translation>Moteur arrêté.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="452"/>
        <source>Another Switchboard engine (pid %1 on %2) already runs on %3; only one may. Stop it first, or open the console to watch it.</source>
        <translation>Un autre moteur Switchboard (pid %1 sur %2) tourne déjà sur %3 ; un seul est permis. Arrêtez-le d’abord, ou ouvrez la console pour le suivre.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="456"/>
        <source>Cannot create the engine lock file %1; check the folder&apos;s permissions.</source>
        <translation>Impossible de créer le fichier de verrou du moteur %1 ; vérifiez les permissions du dossier.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="537"/>
        <source>Receiving webhooks on %1/i/…</source>
        <translation>Réception des webhooks sur %1/i/…</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/engine.cpp" line="552"/>
        <source>Engine %1 started: %n worker(s).</source>
        <translation>
            <numerusform>Moteur %1 démarré : %n worker.</numerusform>
            <numerusform>Moteur %1 démarré : %n workers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="564"/>
        <source>No engine is running on this database.</source>
        <translation>Aucun moteur ne tourne sur cette base de données.</translation>
    </message>
    <message>
        <location filename="../core/engine/engine.cpp" line="616"/>
        <source>Stopping: no new runs; waiting up to %1 s for running steps.</source>
        <translation>Arrêt en cours : plus de nouvelles exécutions ; attente des étapes en cours pendant %1 s au plus.</translation>
    </message>
    <message>
        <location filename="../core/engine/enginesettings.cpp" line="41"/>
        <source>A workflow&apos;s concurrency is 0 (no limit) to 1000 runs at once.</source>
        <translation>La concurrence d’un workflow va de 0 (sans limite) à 1000 exécutions simultanées.</translation>
    </message>
    <message>
        <location filename="../core/engine/enginesettings.cpp" line="75"/>
        <source>A listen address is HOST:PORT, for example 127.0.0.1:4000 (got &quot;%1&quot;).</source>
        <translation>Une adresse d’écoute est de la forme HÔTE:PORT, par exemple 127.0.0.1:4000 (reçu : « %1 »).</translation>
    </message>
    <message>
        <location filename="../core/engine/enginesettings.cpp" line="100"/>
        <source>The input is not valid JSON (line %1, column %2).</source>
        <translation>L’entrée n’est pas du JSON valide (ligne %1, colonne %2).</translation>
    </message>
    <message>
        <location filename="../core/engine/enginesettings.cpp" line="103"/>
        <source>The input must be a JSON object, such as {&quot;data&quot;: {…}}.</source>
        <translation>L’entrée doit être un objet JSON, comme {&quot;data&quot;: {…}}.</translation>
    </message>
    <message>
        <location filename="../core/engine/crontrigger.cpp" line="93"/>
        <source>Cron: cannot read triggers: %1</source>
        <translation>Cron : impossible de lire les déclencheurs : %1</translation>
    </message>
    <message>
        <location filename="../core/engine/crontrigger.cpp" line="125"/>
        <source>Cron fire %1</source>
        <translation>Déclenchement cron %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/crontrigger.cpp" line="127"/>
        <source>Cron of &quot;%1&quot;: skipped %n fire(s) missed while no engine ran (last: %2), as the trigger asks.</source>
        <translation>
            <numerusform>Cron de « %1 » : %n déclenchement manqué pendant qu’aucun moteur ne tournait a été ignoré (dernier : %2), comme le demande le déclencheur.</numerusform>
            <numerusform>Cron de « %1 » : %n déclenchements manqués pendant qu’aucun moteur ne tournait ont été ignorés (dernier : %2), comme le demande le déclencheur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/crontrigger.cpp" line="132"/>
        <source>Missed cron fire %1 (%n missed), run once now</source>
        <translation>
            <numerusform>Déclenchement cron manqué %1 (%n manqué), exécuté une fois maintenant</numerusform>
            <numerusform>Déclenchement cron manqué %1 (%n manqués), exécuté une fois maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/crontrigger.cpp" line="134"/>
        <source>Cron of &quot;%1&quot;: %n fire(s) missed while no engine ran; running once now.</source>
        <translation>
            <numerusform>Cron de « %1 » : %n déclenchement manqué pendant qu’aucun moteur ne tournait ; exécution unique maintenant.</numerusform>
            <numerusform>Cron de « %1 » : %n déclenchements manqués pendant qu’aucun moteur ne tournait ; exécution unique maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/crontrigger.cpp" line="186"/>
        <source>Cron: could not record a fire: %1</source>
        <translation>Cron : impossible d’enregistrer un déclenchement : %1</translation>
    </message>
    <message>
        <location filename="../core/engine/retention.cpp" line="52"/>
        <source>keep everything</source>
        <translation>tout conserver</translation>
    </message>
    <message>
        <location filename="../core/engine/retention.cpp" line="54"/>
        <source>keep data only for failures</source>
        <translation>ne conserver les données que pour les échecs</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/engine/retention.cpp" line="56"/>
        <source>erase data after %n day(s)</source>
        <translation>
            <numerusform>effacer les données après %n jour</numerusform>
            <numerusform>effacer les données après %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/engine/retention.cpp" line="79"/>
        <source>Choose between 1 and 3650 days for erasing data.</source>
        <translation>Choisissez entre 1 et 3650 jours pour l’effacement des données.</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="41"/>
        <source>Work order %1 does not exist.</source>
        <translation>L’ordre de travail %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="47"/>
        <source>Work order %1 belongs to workflow &quot;%2&quot;, which was removed from the project.</source>
        <translation>L’ordre de travail %1 appartient au workflow « %2 », qui a été supprimé du projet.</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="55"/>
        <source>Work order %1 already has run %2 %3; wait for it to finish or cancel it.</source>
        <translation>L’ordre de travail %1 a déjà l’exécution %2 %3 ; attendez qu’elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="58"/>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="59"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="73"/>
        <source>Job &quot;%1&quot; is not in workflow &quot;%2&quot; any more; retry from the start or from another step.</source>
        <translation>Le job « %1 » n’est plus dans le workflow « %2 » ; relancez depuis le début ou depuis une autre étape.</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="83"/>
        <source>Step &quot;%1&quot; never ran in work order %2, so there is no input to retry it from. Retry from the start instead.</source>
        <translation>L’étape « %1 » ne s’est jamais exécutée dans l’ordre de travail %2 ; il n’y a donc pas d’entrée à partir de laquelle la relancer. Relancez plutôt depuis le début.</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="93"/>
        <source>The input of work order %1 is no longer in the store, so it cannot be retried.</source>
        <translation>L’entrée de l’ordre de travail %1 n’est plus dans la base de données ; il ne peut donc pas être relancé.</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="98"/>
        <source>its input</source>
        <translation>son entrée</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="98"/>
        <source>the input of step &quot;%1&quot;</source>
        <translation>l’entrée de l’étape « %1 »</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="99"/>
        <source>Work order %1 cannot be retried: %2 was erased on %3 by the project&apos;s retention policy (%4).</source>
        <translation>L’ordre de travail %1 ne peut pas être relancé : %2 a été effacée le %3 par la politique de rétention du projet (%4).</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="115"/>
        <source>The database refused to save the retry: %1</source>
        <translation>La base de données a refusé d’enregistrer la relance : %1</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="132"/>
        <source>Cancelled before it started.</source>
        <translation>Annulée avant son démarrage.</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="159"/>
        <source>Run %1 does not exist.</source>
        <translation>L’exécution %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/engine/retry.cpp" line="270"/>
        <source>Work order %1 had no queued run.</source>
        <translation>L’ordre de travail %1 n’avait aucune exécution en file d’attente.</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="130"/>
        <location filename="../core/engine/workorders.cpp" line="28"/>
        <source>The database refused to save: %1</source>
        <translation>La base de données a refusé l’enregistrement : %1</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="167"/>
        <source>The database refused to save log lines: %1</source>
        <translation>La base de données a refusé d’enregistrer les lignes de journal : %1</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="249"/>
        <source>The input of this run was erased on %1 by the project&apos;s retention policy.</source>
        <translation>L’entrée de cette exécution a été effacée le %1 par la politique de rétention du projet.</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="253"/>
        <source>The input of this run is missing from the store.</source>
        <translation>L’entrée de cette exécution est absente de la base de données.</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="258"/>
        <source>The workflow has no stored version to run.</source>
        <translation>Le workflow n’a aucune version enregistrée à exécuter.</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="349"/>
        <source>The condition of the edge to &quot;%1&quot; (%2) could not be evaluated, so the edge was not followed: %3</source>
        <translation>La condition du lien vers « %1 » (%2) n’a pas pu être évaluée ; le lien n’a donc pas été suivi : %3</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="380"/>
        <source>Stopped after %1 steps: the workflow&apos;s edges keep activating jobs.</source>
        <translation>Arrêtée après %1 étapes : les liens du workflow activent des jobs sans fin.</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="388"/>
        <source>Job &quot;%1&quot; is not in the version of the workflow this run uses.</source>
        <translation>Le job « %1 » n’est pas dans la version du workflow qu’utilise cette exécution.</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="442"/>
        <source>The engine was stopped while this step ran.</source>
        <translation>Le moteur a été arrêté pendant l’exécution de cette étape.</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="482"/>
        <source>The engine was stopped while step &quot;%1&quot; ran; it was queued again from that step.</source>
        <translation>Le moteur a été arrêté pendant l’exécution de l’étape « %1 » ; l’exécution a été remise en file d’attente à partir de cette étape.</translation>
    </message>
    <message>
        <location filename="../core/engine/runexecutor.cpp" line="540"/>
        <source>The engine stopped this run; see its log.</source>
        <translation>Le moteur a arrêté cette exécution ; consultez son journal.</translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="46"/>
        <source>Trigger &quot;%1&quot; of workflow &quot;%2&quot; is not in project &quot;%3&quot;.</source>
        <translation>Le déclencheur « %1 » du workflow « %2 » n’est pas dans le projet « %3 ».</translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="61"/>
        <location filename="../core/engine/triggersettings.cpp" line="97"/>
        <location filename="../core/engine/triggersettings.cpp" line="142"/>
        <source>Trigger %1 does not exist.</source>
        <translation>Le déclencheur %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="74"/>
        <source>Missed fires are either run once now (run_once) or skipped (skip), not &quot;%1&quot;.</source>
        <translation>Les déclenchements manqués sont soit exécutés une fois maintenant (run_once), soit ignorés (skip), pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="78"/>
        <source>The maximum body size must be between %1 and %2 (%3 was asked).</source>
        <translation>La taille maximale du corps doit être comprise entre %1 et %2 (%3 demandé).</translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="144"/>
        <source>Only webhook triggers have a URL.</source>
        <translation>Seuls les déclencheurs webhook ont une URL.</translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="162"/>
        <location filename="../core/engine/triggersettings.cpp" line="166"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="164"/>
        <location filename="../core/engine/triggersettings.cpp" line="168"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../core/engine/triggersettings.cpp" line="169"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../core/engine/workflowplan.cpp" line="67"/>
        <source>The stored workflow version is damaged (not a JSON object); save the workflow again to make a new version.</source>
        <translation>La version enregistrée du workflow est endommagée (pas un objet JSON) ; enregistrez à nouveau le workflow pour créer une nouvelle version.</translation>
    </message>
</context>
<context>
    <name>sb::FindBar</name>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="21"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="30"/>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="33"/>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="37"/>
        <location filename="../ui/workflows/findbar.cpp" line="226"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="39"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="42"/>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="45"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="228"/>
        <source>Matches: %1</source>
        <translation>Résultats : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="230"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>sb::GraphEdgeItem</name>
    <message>
        <location filename="../ui/workflows/graphedgeitem.cpp" line="45"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
</context>
<context>
    <name>sb::HeadlessSecrets</name>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="74"/>
        <location filename="../core/credentials/headlesssecrets.cpp" line="83"/>
        <source>The secrets file %1 cannot be read: %2.</source>
        <translation>Impossible de lire le fichier de secrets %1 : %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="76"/>
        <source>The secrets file %1 belongs to another user; it must belong to the user Switchboard runs as (chown it to that user).</source>
        <translation>Le fichier de secrets %1 appartient à un autre utilisateur ; il doit appartenir à l’utilisateur sous lequel Switchboard s’exécute (attribuez-le-lui avec chown).</translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="79"/>
        <source>The secrets file %1 can be read by other users (mode %2); Switchboard refuses it. Run `chmod 600 %1`.</source>
        <translation>Le fichier de secrets %1 est lisible par d’autres utilisateurs (mode %2) ; Switchboard le refuse. Lancez `chmod 600 %1`.</translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="90"/>
        <source>The secrets file %1 must map credential keys to environments to fields.</source>
        <translation>Le fichier de secrets %1 doit associer des clés d’identifiants à des environnements, et chaque environnement à des champs.</translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="94"/>
        <source>In the secrets file %1, “%2” must map environments to fields.</source>
        <translation>Dans le fichier de secrets %1, « %2 » doit associer des environnements à des champs.</translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="98"/>
        <source>In the secrets file %1, “%2” → “%3” must be a mapping of fields to values.</source>
        <translation>Dans le fichier de secrets %1, « %2 » → « %3 » doit être un mapping de champs vers des valeurs.</translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="104"/>
        <source>The secrets file %1 is not valid YAML (line %2, column %3).</source>
        <translation>Le fichier de secrets %1 n’est pas du YAML valide (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <location filename="../core/credentials/headlesssecrets.cpp" line="176"/>
        <source>The environment variable %1 must hold the credential as a JSON object, such as {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}.</source>
        <translation>La variable d’environnement %1 doit contenir le jeu d’identifiants sous forme d’objet JSON, par exemple {&quot;username&quot;: &quot;…&quot;, &quot;password&quot;: &quot;…&quot;}.</translation>
    </message>
</context>
<context>
    <name>sb::History</name>
    <message>
        <location filename="../core/history/historyfilter.cpp" line="65"/>
        <location filename="../core/history/historyquery.cpp" line="28"/>
        <source>Cannot read the run history: %1</source>
        <translation>Impossible de lire l’historique des exécutions : %1</translation>
    </message>
    <message>
        <location filename="../core/history/historyquery.cpp" line="154"/>
        <source>Work order %1 does not exist.</source>
        <translation>L’ordre de travail %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/history/historyquery.cpp" line="232"/>
        <source>Dataclip %1 does not exist.</source>
        <translation>Le dataclip %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/history/historyquery.cpp" line="261"/>
        <source>Erased on %1 by the retention policy.</source>
        <translation>Données effacées le %1 par la politique de rétention.</translation>
    </message>
    <message>
        <location filename="../core/history/searchindex.cpp" line="69"/>
        <source>Cannot index work order %1 for search: %2</source>
        <translation>Impossible d’indexer l’ordre de travail %1 pour la recherche : %2</translation>
    </message>
</context>
<context>
    <name>sb::HistoryModel</name>
    <message numerus="yes">
        <location filename="../ui/history/historymodel.cpp" line="191"/>
        <source>%1 (%n runs)</source>
        <translation>
            <numerusform>%1 (%n exécution)</numerusform>
            <numerusform>%1 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="218"/>
        <source>Work order %1</source>
        <translation>Ordre de travail %1</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="233"/>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="234"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="235"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="236"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="237"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="238"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>sb::HistoryView</name>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="49"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="50"/>
        <source>Claimed</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="51"/>
        <location filename="../ui/history/statestyle.cpp" line="84"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="52"/>
        <location filename="../ui/history/statestyle.cpp" line="85"/>
        <source>Success</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="53"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="54"/>
        <source>Crashed</source>
        <translation>Plantée</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="55"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="56"/>
        <source>Killed</source>
        <translation>Tuée</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="57"/>
        <location filename="../ui/history/statestyle.cpp" line="90"/>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="58"/>
        <location filename="../ui/history/statestyle.cpp" line="91"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="86"/>
        <source>Fail</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="87"/>
        <source>Crash</source>
        <translation>Plantée</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="88"/>
        <source>Cancel</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="89"/>
        <source>Kill</source>
        <translation>Tuée</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="117"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="119"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="122"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/history/statestyle.cpp" line="123"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="112"/>
        <source>Show only work orders in this state (several may be chosen).</source>
        <translation>N’afficher que les ordres de travail dans cet état (plusieurs choix possibles).</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="123"/>
        <location filename="../ui/history/historyview.cpp" line="283"/>
        <source>All workflows</source>
        <translation>Tous les workflows</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="124"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="127"/>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="128"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="129"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="130"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="131"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="132"/>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="133"/>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="143"/>
        <source>Received on or after this day</source>
        <translation>Reçus à partir de ce jour</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="144"/>
        <source>Received on or before this day</source>
        <translation>Reçus jusqu’à ce jour inclus</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="146"/>
        <source>Search inputs, outputs and logs (&quot;exact phrase&quot;, prefix*)</source>
        <translation>Rechercher dans les entrées, sorties et journaux (&quot;phrase exacte&quot;, préfixe*)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="148"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="165"/>
        <source>Workflow:</source>
        <translation>Workflow :</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="167"/>
        <source>Received:</source>
        <translation>Réception :</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="223"/>
        <source>Retry from start</source>
        <translation>Relancer depuis le début</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="224"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="225"/>
        <source>Queue a new run of each selected work order from its input (%1)</source>
        <translation>Mettre en file d’attente une nouvelle exécution de chaque ordre de travail sélectionné à partir de son entrée (%1)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="228"/>
        <source>Retry from step…</source>
        <translation>Relancer depuis une étape…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="229"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="230"/>
        <source>Queue a new run from a chosen job, with the input that job had (%1)</source>
        <translation>Mettre en file d’attente une nouvelle exécution à partir d’un job choisi, avec l’entrée qu’avait ce job (%1)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="233"/>
        <source>Cancel queued</source>
        <translation>Annuler la mise en file</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="234"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="235"/>
        <source>Cancel the queued runs of the selected work orders; running ones continue (%1)</source>
        <translation>Annuler les exécutions en file d’attente des ordres de travail sélectionnés ; celles en cours continuent (%1)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="238"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="239"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="240"/>
        <source>Save every work order matching the filter as CSV (%1)</source>
        <translation>Enregistrer au format CSV tous les ordres de travail correspondant au filtre (%1)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="246"/>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="247"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="292"/>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="439"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="441"/>
        <source>All %1 matching work orders selected</source>
        <translation>Les %1 ordres de travail correspondants sont sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="443"/>
        <source>%1 selected of %2 matching</source>
        <translation>%1 sélectionnés sur %2 correspondants</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="445"/>
        <source>%1 matching work orders</source>
        <translation>%1 ordres de travail correspondants</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="448"/>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="451"/>
        <source>Select all %1 matching</source>
        <translation>Sélectionner les %1 correspondants</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="452"/>
        <source>Select all matching</source>
        <translation>Sélectionner tous les correspondants</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="490"/>
        <source>Retry from a step needs work orders of one workflow: choose the workflow in the filter or select rows of one workflow.</source>
        <translation>Relancer depuis une étape demande des ordres de travail d’un seul workflow : choisissez le workflow dans le filtre ou sélectionnez des lignes d’un seul workflow.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="500"/>
        <source>This workflow has no jobs.</source>
        <translation>Ce workflow n’a aucun job.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="505"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="507"/>
        <source>Retry from step</source>
        <translation>Relancer depuis une étape</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="508"/>
        <source>Start the new runs at this job, with the input it had:</source>
        <translation>Démarrer les nouvelles exécutions à ce job, avec l’entrée qu’il avait :</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="550"/>
        <source>Asked %1, queued %2.</source>
        <translation>Demandés : %1, mis en file d’attente : %2.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="551"/>
        <source>Asked %1, cancelled %2.</source>
        <translation>Demandés : %1, annulés : %2.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="558"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="560"/>
        <source>%1 skipped (%2)</source>
        <translation>%1 ignorés (%2)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="564"/>
        <source>Stopped before %1 were tried.</source>
        <translation>Arrêté avant d’avoir tenté les %1 restants.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="571"/>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="571"/>
        <source>history.csv</source>
        <translation>historique.csv</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="572"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="617"/>
        <source>Exported %1 work orders to %2.</source>
        <translation>%1 ordres de travail exportés vers %2.</translation>
    </message>
    <message>
        <location filename="../ui/history/historyview.cpp" line="620"/>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>sb::HttpClient</name>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="190"/>
        <source>The request was stopped before it was sent.</source>
        <translation>La requête a été arrêtée avant d’être envoyée.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="285"/>
        <source>No complete answer from %1 within %2 s; the request was given up.</source>
        <translation>Aucune réponse complète de %1 en %2 s ; la requête a été abandonnée.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="290"/>
        <source>The request to %1 was stopped.</source>
        <translation>La requête vers %1 a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="295"/>
        <source>The answer from %1 is larger than %2 MB; it was not read.</source>
        <translation>La réponse de %1 dépasse %2 Mo ; elle n’a pas été lue.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="304"/>
        <source>Could not connect to %1: connection refused (is the server running, and is the port right?).</source>
        <translation>Impossible de se connecter à %1 : connexion refusée (le serveur tourne-t-il, et le port est-il le bon ?).</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="308"/>
        <source>Could not connect to %1: the host name %2 was not found.</source>
        <translation>Impossible de se connecter à %1 : le nom d’hôte %2 est introuvable.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="312"/>
        <source>Could not connect to %1: the connection timed out.</source>
        <translation>Impossible de se connecter à %1 : le délai de connexion a expiré.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="316"/>
        <source>%1 closed the connection before it answered.</source>
        <translation>%1 a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="322"/>
        <source>The secure connection to %1 failed: %2.</source>
        <translation>La connexion sécurisée à %1 a échoué : %2.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="323"/>
        <source>The certificate of %1 was not accepted: %2. If this server uses a self-signed certificate on purpose, turn certificate checks off for its credential.</source>
        <translation>Le certificat de %1 n’a pas été accepté : %2. Si ce serveur utilise volontairement un certificat auto-signé, désactivez la vérification des certificats pour son jeu d’identifiants.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="327"/>
        <source>The request to %1 failed: %2.</source>
        <translation>La requête vers %1 a échoué : %2.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobhttp.cpp" line="357"/>
        <source>%1 redirected more than %2 times; the request was given up.</source>
        <translation>%1 a redirigé plus de %2 fois ; la requête a été abandonnée.</translation>
    </message>
</context>
<context>
    <name>sb::ImportController</name>
    <message>
        <location filename="../ui/workflows/importcontroller.cpp" line="48"/>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importcontroller.cpp" line="75"/>
        <source>There is nothing to import: choose a spec file first.</source>
        <translation>Rien à importer : choisissez d’abord un fichier de spécification.</translation>
    </message>
</context>
<context>
    <name>sb::ImportDialog</name>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="29"/>
        <location filename="../ui/workflows/importdialog.cpp" line="99"/>
        <source>Import project</source>
        <translation>Importer un projet</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="33"/>
        <source>Import an OpenFn project spec file (openfn-…-spec.yaml). Nothing changes until you apply the import.</source>
        <translation>Importez un fichier de spécification de projet OpenFn (openfn-…-spec.yaml). Rien ne change tant que vous n’appliquez pas l’import.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="43"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="44"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="46"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="85"/>
        <source>&amp;Apply import</source>
        <translation>&amp;Appliquer l’import</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="100"/>
        <source>OpenFn project spec (*.yaml *.yml);;All files (*)</source>
        <translation>Spécification de projet OpenFn (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="114"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="122"/>
        <source>This file cannot be imported. Fix the error below and choose it again.</source>
        <translation>Ce fichier ne peut pas être importé. Corrigez l’erreur ci-dessous et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="132"/>
        <source>Could not compare with the stored project: %1</source>
        <translation>Impossible de comparer avec le projet enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="142"/>
        <source>No changes: the project “%1” in the store is already the same as this file.</source>
        <translation>Aucune modification : le projet « %1 » enregistré est déjà identique à ce fichier.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="148"/>
        <source>New project “%1”: %2</source>
        <translation>Nouveau projet « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="149"/>
        <source>Changes to “%1”: %2</source>
        <translation>Modifications de « %1 » : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workflows/importdialog.cpp" line="152"/>
        <source>%n job(s) use an adaptor this Switchboard does not have; they will fail until changed.</source>
        <translation>
            <numerusform>%n job utilise un adaptateur que ce Switchboard ne possède pas ; il échouera tant qu’il n’aura pas été modifié.</numerusform>
            <numerusform>%n jobs utilisent un adaptateur que ce Switchboard ne possède pas ; ils échoueront tant qu’ils n’auront pas été modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="182"/>
        <source>The import failed and nothing was changed: %1</source>
        <translation>L’import a échoué et rien n’a été modifié : %1</translation>
    </message>
</context>
<context>
    <name>sb::ImportPreviewModel</name>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="30"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="31"/>
        <source>Credential</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="32"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="33"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="34"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="35"/>
        <source>Edge</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="47"/>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="52"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="64"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="65"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="66"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="78"/>
        <source>Project “%1”</source>
        <translation>Projet « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="91"/>
        <source>Workflow “%1”</source>
        <translation>Workflow « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="187"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="206"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="207"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="208"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>sb::Inbox</name>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="61"/>
        <source>Trigger %1 does not exist.</source>
        <translation>Le déclencheur %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="63"/>
        <source>Only webhook triggers have auth methods.</source>
        <translation>Seuls les déclencheurs webhook ont des méthodes d’authentification.</translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="178"/>
        <source>A basic-auth user name is required and cannot contain &quot;:&quot;.</source>
        <translation>Un nom d’utilisateur d’authentification basique est obligatoire et ne peut pas contenir « : ».</translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="180"/>
        <location filename="../core/inbox/webhookauth.cpp" line="216"/>
        <source>Choose a password of at least 12 characters, or leave it empty to generate one.</source>
        <translation>Choisissez un mot de passe d’au moins 12 caractères, ou laissez le champ vide pour en générer un.</translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="184"/>
        <source>Basic auth (%1)</source>
        <translation>Authentification basique (%1)</translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="197"/>
        <source>&quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>« %1 » n’est pas un nom d’en-tête HTTP valide.</translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="200"/>
        <source>The API key cannot travel in the %1 header; use a header of its own such as x-api-key.</source>
        <translation>La clé d’API ne peut pas passer dans l’en-tête %1 ; utilisez un en-tête dédié comme x-api-key.</translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="205"/>
        <source>API key (%1)</source>
        <translation>Clé d’API (%1)</translation>
    </message>
    <message>
        <location filename="../core/inbox/webhookauth.cpp" line="110"/>
        <source>That auth method no longer exists.</source>
        <translation>Cette méthode d’authentification n’existe plus.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="299"/>
        <source>Switchboard is stopping; the work order was saved and will run.</source>
        <translation>Switchboard est en cours d’arrêt ; l’ordre de travail a été enregistré et sera exécuté.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="309"/>
        <source>&quot;%1&quot; is not an IP address to listen on; use for example 127.0.0.1 or 0.0.0.0.</source>
        <translation>« %1 » n’est pas une adresse IP d’écoute ; utilisez par exemple 127.0.0.1 ou 0.0.0.0.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="316"/>
        <source>The request headers are larger than %1 KB.</source>
        <translation>Les en-têtes de la requête dépassent %1 Ko.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="317"/>
        <source>The body (%1 bytes) is larger than the limit of %2 bytes.</source>
        <translation>Le corps (%1 octets) dépasse la limite de %2 octets.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="344"/>
        <source>Cannot receive webhooks on %1:%2 (%3). Another program (or another Switchboard) may use that port; choose another with --listen HOST:PORT.</source>
        <translation>Impossible de recevoir des webhooks sur %1:%2 (%3). Un autre programme (ou un autre Switchboard) utilise peut-être ce port ; choisissez-en un autre avec --listen HÔTE:PORT.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="444"/>
        <location filename="../core/inbox/inboxserver.cpp" line="453"/>
        <source>No webhook trigger has the path %1.</source>
        <translation>Aucun déclencheur webhook n’a le chemin %1.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="458"/>
        <source>Webhooks take POST; this request used another method.</source>
        <translation>Les webhooks acceptent POST ; cette requête a utilisé une autre méthode.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="463"/>
        <source>Workflow &quot;%1&quot; is disabled.</source>
        <translation>Le workflow « %1 » est désactivé.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="464"/>
        <source>The webhook trigger of &quot;%1&quot; is disabled.</source>
        <translation>Le déclencheur webhook de « %1 » est désactivé.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="494"/>
        <source>No valid API key header was sent.</source>
        <translation>Aucun en-tête de clé d’API valide n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="495"/>
        <source>No credentials were sent; this trigger needs basic auth or an API key.</source>
        <translation>Aucun identifiant n’a été envoyé ; ce déclencheur exige une authentification basique ou une clé d’API.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="497"/>
        <source>The credentials sent match none of this trigger&apos;s auth methods.</source>
        <translation>Les identifiants envoyés ne correspondent à aucune des méthodes d’authentification de ce déclencheur.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="508"/>
        <source>The body (%1 bytes) is larger than this trigger&apos;s limit of %2 bytes.</source>
        <translation>Le corps (%1 octets) dépasse la limite de %2 octets de ce déclencheur.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="554"/>
        <source>The body is empty; send a JSON document.</source>
        <translation>Le corps est vide ; envoyez un document JSON.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="555"/>
        <source>The body is not JSON: error at line %1, column %2 (byte %3).</source>
        <translation>Le corps n’est pas du JSON : erreur à la ligne %1, colonne %2 (octet %3).</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="629"/>
        <source>Switchboard could not save this request (%1); nothing was accepted, send it again.</source>
        <translation>Switchboard n’a pas pu enregistrer cette requête (%1) ; rien n’a été accepté, renvoyez-la.</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="654"/>
        <source>accepted; the run did not finish in time for this reply</source>
        <translation>acceptée ; l’exécution ne s’est pas terminée à temps pour cette réponse</translation>
    </message>
    <message>
        <location filename="../core/inbox/inboxserver.cpp" line="727"/>
        <source>The run ended %1.</source>
        <translation>L’exécution s’est terminée à l’état %1.</translation>
    </message>
    <message>
        <location filename="../core/inbox/messagequery.cpp" line="31"/>
        <source>Cannot read the inbox: %1</source>
        <translation>Impossible de lire la boîte de réception : %1</translation>
    </message>
    <message>
        <location filename="../core/inbox/messagequery.cpp" line="279"/>
        <location filename="../core/inbox/messagequery.cpp" line="290"/>
        <source>Request %1 is not in the inbox.</source>
        <translation>La requête %1 n’est pas dans la boîte de réception.</translation>
    </message>
    <message>
        <location filename="../core/inbox/messagequery.cpp" line="313"/>
        <location filename="../core/inbox/messagequery.cpp" line="326"/>
        <source>The body is no longer stored.</source>
        <translation>Le corps n’est plus conservé.</translation>
    </message>
    <message>
        <location filename="../core/inbox/messagequery.cpp" line="315"/>
        <source>The body was too large to keep; nothing of it was stored.</source>
        <translation>Le corps était trop volumineux pour être conservé ; rien n’en a été enregistré.</translation>
    </message>
    <message>
        <location filename="../core/inbox/messagequery.cpp" line="317"/>
        <source>Refused requests are recorded without their body.</source>
        <translation>Les requêtes refusées sont enregistrées sans leur corps.</translation>
    </message>
</context>
<context>
    <name>sb::InboxModel</name>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="219"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="225"/>
        <source>Work order %1</source>
        <translation>Ordre de travail %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="253"/>
        <source>Request %1, received %2 UTC from %3</source>
        <translation>Requête %1, reçue le %2 UTC depuis %3</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="256"/>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="259"/>
        <source>Workflow &quot;%1&quot;, trigger &quot;%2&quot;</source>
        <translation>Workflow « %1 », déclencheur « %2 »</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="260"/>
        <source>No webhook trigger has this path.</source>
        <translation>Aucun déclencheur webhook n’a ce chemin.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="262"/>
        <source>HTTP status of the reply sent</source>
        <translation>Statut HTTP de la réponse envoyée</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="263"/>
        <source>The reply waits for the run to finish.</source>
        <translation>La réponse attend la fin de l’exécution.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="264"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="266"/>
        <source>Accepted: work order %1 was created (double-click to open it).</source>
        <translation>Acceptée : l’ordre de travail %1 a été créé (double-cliquez pour l’ouvrir).</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="284"/>
        <source>When the request arrived, in local time</source>
        <translation>Heure d’arrivée de la requête, en heure locale</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="290"/>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="291"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="292"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="293"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="294"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="295"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="296"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxmodel.cpp" line="297"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>sb::InboxView</name>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="32"/>
        <location filename="../ui/inbox/inboxview.cpp" line="699"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="33"/>
        <source>Auth failed</source>
        <translation>Échec d’authentification</translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="34"/>
        <source>Trigger disabled</source>
        <translation>Déclencheur désactivé</translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="35"/>
        <source>Unknown path</source>
        <translation>Chemin inconnu</translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="36"/>
        <source>Too large</source>
        <translation>Trop volumineuse</translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="37"/>
        <source>Not JSON</source>
        <translation>Pas du JSON</translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="38"/>
        <source>Filtered out</source>
        <translation>Filtrée</translation>
    </message>
    <message>
        <location filename="../ui/inbox/outcomestyle.cpp" line="39"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="105"/>
        <location filename="../ui/inbox/inboxview.cpp" line="530"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="116"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="122"/>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="125"/>
        <source>Refused (any reason)</source>
        <translation>Refusées (tout motif)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="133"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="135"/>
        <location filename="../ui/inbox/inboxview.cpp" line="379"/>
        <source>All triggers</source>
        <translation>Tous les déclencheurs</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="140"/>
        <location filename="../ui/inbox/inboxview.cpp" line="694"/>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="141"/>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="142"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="143"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="144"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="145"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="150"/>
        <source>Path contains…</source>
        <translation>Le chemin contient…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="152"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="173"/>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="175"/>
        <source>Trigger:</source>
        <translation>Déclencheur :</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="177"/>
        <source>Received:</source>
        <translation>Réception :</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="207"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="207"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="241"/>
        <location filename="../ui/inbox/inboxview.cpp" line="675"/>
        <location filename="../ui/inbox/inboxview.cpp" line="746"/>
        <source>Open work order</source>
        <translation>Ouvrir l’ordre de travail</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="243"/>
        <source>Show the runs, steps and logs of the work order this request created</source>
        <translation>Afficher les exécutions, étapes et journaux de l’ordre de travail créé par cette requête</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="273"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="276"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="276"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="292"/>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="312"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="332"/>
        <location filename="../ui/inbox/inboxview.cpp" line="640"/>
        <source>Select a request to see its headers, body and reply.</source>
        <translation>Sélectionnez une requête pour voir ses en-têtes, son corps et sa réponse.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="383"/>
        <location filename="../ui/inbox/inboxview.cpp" line="563"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="388"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="425"/>
        <source>Trigger %1 (removed)</source>
        <translation>Déclencheur %1 (supprimé)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="439"/>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="440"/>
        <source>Before %1</source>
        <translation>Avant le %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="441"/>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="538"/>
        <source>%1 shown</source>
        <translation>%1 affichées</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="540"/>
        <source>1 request</source>
        <translation>1 requête</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="540"/>
        <source>%1 requests</source>
        <translation>%1 requêtes</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="541"/>
        <source>%1 accepted</source>
        <translation>%1 acceptées</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="542"/>
        <source>%1 refused</source>
        <translation>%1 refusées</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="565"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="684"/>
        <source>no reply yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="694"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="695"/>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="695"/>
        <source>unknown address</source>
        <translation>adresse inconnue</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="696"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="696"/>
        <source>%1 (trigger &quot;%2&quot;)</source>
        <translation>%1 (déclencheur « %2 »)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="697"/>
        <source>none: no webhook trigger has this path</source>
        <translation>aucun : aucun déclencheur webhook n’a ce chemin</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="699"/>
        <source>Work order %1 created</source>
        <translation>Ordre de travail %1 créé</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="701"/>
        <source>%1; its state: %2</source>
        <translation>%1 ; son état : %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="702"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="704"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="707"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="707"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="718"/>
        <source>(hidden: a secret)</source>
        <translation>(masqué : secret)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="720"/>
        <source>Switchboard never stores or shows credentials sent with a request.</source>
        <translation>Switchboard n’enregistre ni n’affiche jamais les identifiants envoyés avec une requête.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="734"/>
        <source>%1 bytes; the beginning is shown.</source>
        <translation>%1 octets ; seul le début est affiché.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="739"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="740"/>
        <source>waiting for the run to finish</source>
        <translation>en attente de la fin de l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="742"/>
        <source>The reply had no body.</source>
        <translation>La réponse n’avait pas de corps.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="743"/>
        <source>The reply is sent when the run finishes.</source>
        <translation>La réponse est envoyée à la fin de l’exécution.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/inboxview.cpp" line="746"/>
        <source>Open work order %1</source>
        <translation>Ouvrir l’ordre de travail %1</translation>
    </message>
</context>
<context>
    <name>sb::JobEditor</name>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="46"/>
        <source>● Modified</source>
        <translation>● Modifié</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="48"/>
        <source>This job has changes that are not saved</source>
        <translation>Ce job a des modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="51"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="54"/>
        <source>Check and save the job (%1)</source>
        <translation>Vérifier et enregistrer le job (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="56"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="57"/>
        <source>Discard the changes and show the saved job</source>
        <translation>Abandonner les modifications et afficher le job enregistré</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="85"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="93"/>
        <source>The adaptor package: @openfn/language-&lt;name&gt;</source>
        <translation>Le paquet de l’adaptateur : @openfn/language-&lt;nom&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="96"/>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="97"/>
        <source>A version such as 4.0.5, or latest</source>
        <translation>Une version comme 4.0.5, ou latest</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="98"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="103"/>
        <source>&amp;Adaptor:</source>
        <translation>&amp;Adaptateur :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="109"/>
        <source>&amp;Credential:</source>
        <translation>&amp;Identifiants :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="129"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="134"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="140"/>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="152"/>
        <source>key: %1</source>
        <translation>clé : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="233"/>
        <source>the job “%1”</source>
        <translation>le job « %1 »</translation>
    </message>
</context>
<context>
    <name>sb::JobRuntime</name>
    <message numerus="yes">
        <location filename="../core/runtime/jobruntime.cpp" line="67"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="68"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="74"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="76"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/jobruntime.cpp" line="77"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="190"/>
        <source>%1 (line %2, column %3): %4</source>
        <translation>%1 (ligne %2, colonne %3) : %4</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="192"/>
        <source>%1 (line %2): %3</source>
        <translation>%1 (ligne %2) : %3</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="427"/>
        <source>“%1” is not an http:// or https:// address a request can be sent to.</source>
        <translation>« %1 » n’est pas une adresse http:// ou https:// à laquelle une requête peut être envoyée.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="438"/>
        <source>The header “%1” has a name or value a request cannot carry (a line break or a colon in the name).</source>
        <translation>L’en-tête « %1 » a un nom ou une valeur qu’une requête ne peut pas transporter (un saut de ligne, ou un deux-points dans le nom).</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="528"/>
        <source>syncClinics needs Switchboard&apos;s store; run the job in the engine, or with run-job --db PATH.</source>
        <translation>syncClinics a besoin de la base de données de Switchboard ; exécutez le job dans le moteur, ou avec run-job --db PATH.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="613"/>
        <source>The JavaScript engine could not start.</source>
        <translation>Le moteur JavaScript n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="618"/>
        <source>The JavaScript engine could not create a context (out of memory?).</source>
        <translation>Le moteur JavaScript n’a pas pu créer de contexte (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="625"/>
        <source>The JavaScript engine could not initialise its built-in library.</source>
        <translation>Le moteur JavaScript n’a pas pu initialiser sa bibliothèque intégrée.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="709"/>
        <source>The answer to an HTTP request could not be handed to the job: %1</source>
        <translation>La réponse à une requête HTTP n’a pas pu être transmise au job : %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="767"/>
        <source>The result of a native task could not be handed to the job: %1</source>
        <translation>Le résultat d’une tâche native n’a pas pu être transmis au job : %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="886"/>
        <source>This build of Switchboard lacks the script %1.</source>
        <translation>Cette version compilée de Switchboard ne contient pas le script %1.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="900"/>
        <source>The built-in script %1 does not compile: %2</source>
        <translation>Le script intégré %1 ne compile pas : %2</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="938"/>
        <location filename="../core/runtime/jobruntime.cpp" line="947"/>
        <location filename="../core/runtime/jobruntime.cpp" line="955"/>
        <location filename="../core/runtime/jobruntime.cpp" line="961"/>
        <source>The job runtime could not start: %1</source>
        <translation>L’environnement d’exécution des jobs n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1030"/>
        <location filename="../core/runtime/jobruntime.cpp" line="1035"/>
        <source>The job compiler could not start: %1</source>
        <translation>Le compilateur de jobs n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1046"/>
        <source>The job compiler failed: %1</source>
        <translation>Le compilateur de jobs a échoué : %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1157"/>
        <source>The credential is not a JSON object; the step cannot start.</source>
        <translation>Le jeu d’identifiants n’est pas un objet JSON ; l’étape ne peut pas démarrer.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1218"/>
        <source>The engine stopped the step without an error to report.</source>
        <translation>Le moteur a arrêté l’étape sans signaler d’erreur.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1199"/>
        <location filename="../core/runtime/jobruntime.cpp" line="1257"/>
        <source>The step could not be prepared: %1</source>
        <translation>L’étape n’a pas pu être préparée : %1</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1270"/>
        <source>The input state is not a JSON object.</source>
        <translation>L’état d’entrée n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1420"/>
        <source>The step ran longer than its limit of %1 and was stopped.</source>
        <translation>L’étape a dépassé sa limite de temps de %1 et a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1424"/>
        <source>The step used more than its memory limit of %1 and was stopped.</source>
        <translation>L’étape a dépassé sa limite de mémoire de %1 et a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1427"/>
        <source>The step was cancelled.</source>
        <translation>L’étape a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1431"/>
        <source>An operation is waiting for a promise that can never settle: nothing it could wait for (a timer or a request) is pending. The step was stopped at once instead of at its time limit.</source>
        <translation>Une opération attend une promesse qui ne pourra jamais être résolue ni rejetée : rien de ce qu’elle pourrait attendre (un minuteur ou une requête) n’est en cours. L’étape a été arrêtée tout de suite au lieu d’attendre sa limite de temps.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1437"/>
        <source>The final state is larger than the limit of %1, so it was not kept.</source>
        <translation>L’état final dépasse la limite de %1 ; il n’a donc pas été conservé.</translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1452"/>
        <source>The engine stopped the step without saying why.</source>
        <translation>Le moteur a arrêté l’étape sans en indiquer la raison.</translation>
    </message>
    <message>
        <location filename="../core/runtime/adaptors.cpp" line="61"/>
        <source>“%1” is not an adaptor name; write it as @openfn/language-NAME@VERSION.</source>
        <translation>« %1 » n’est pas un nom d’adaptateur ; écrivez-le sous la forme @openfn/language-NOM@VERSION.</translation>
    </message>
    <message>
        <location filename="../core/runtime/adaptors.cpp" line="71"/>
        <source>Switchboard cannot run %1 version %2: it supports versions %3.x to %4.x.</source>
        <translation>Switchboard ne peut pas exécuter %1 en version %2 : il prend en charge les versions %3.x à %4.x.</translation>
    </message>
    <message>
        <location filename="../core/runtime/adaptors.cpp" line="77"/>
        <source>Switchboard has no adaptor %1 yet; the jobs that use it cannot run.</source>
        <translation>Switchboard n’a pas encore d’adaptateur %1 ; les jobs qui l’utilisent ne peuvent pas s’exécuter.</translation>
    </message>
</context>
<context>
    <name>sb::JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/history/jsontreemodel.cpp" line="128"/>
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/jsontreemodel.cpp" line="130"/>
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/jsontreemodel.cpp" line="156"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/history/jsontreemodel.cpp" line="157"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/history/jsontreemodel.cpp" line="158"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>sb::Keychain</name>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="30"/>
        <source>Start Switchboard from a desktop session, or run it under `dbus-run-session` with an unlocked gnome-keyring-daemon; on a headless server put the secrets in the secrets file or in environment variables instead (see the README, “Secrets on a headless server”).</source>
        <translation>Démarrez Switchboard depuis une session de bureau, ou lancez-le sous `dbus-run-session` avec un gnome-keyring-daemon déverrouillé ; sur un serveur sans interface graphique, placez plutôt les secrets dans le fichier de secrets ou dans des variables d’environnement (voir le README, « Secrets on a headless server »).</translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="76"/>
        <source>The keychain is locked. Unlock it (log in to the desktop session, or open “Passwords and Keys” and unlock the Login keyring), then try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (connectez-vous à la session de bureau, ou ouvrez « Mots de passe et clés » et déverrouillez le trousseau de connexion, « Login »), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="83"/>
        <source>The keychain has no such entry.</source>
        <translation>Le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="89"/>
        <source>Access to the keychain was refused at its prompt; allow Switchboard and try again.</source>
        <translation>L’accès au trousseau a été refusé dans sa fenêtre de confirmation ; autorisez Switchboard et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="93"/>
        <source>The keychain refused access: %1. Unlock it or allow Switchboard, then try again.</source>
        <translation>Le trousseau a refusé l’accès : %1. Déverrouillez-le ou autorisez Switchboard, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="98"/>
        <source>No OS keychain is available here (%1). %2</source>
        <translation>Aucun trousseau du système n’est disponible ici (%1). %2</translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="103"/>
        <source>The OS keychain cannot be reached: there is no D-Bus session. %1</source>
        <translation>Le trousseau du système est injoignable : il n’y a pas de session D-Bus. %1</translation>
    </message>
    <message>
        <location filename="../core/credentials/keychain.cpp" line="106"/>
        <source>The keychain failed: %1.</source>
        <translation>Échec du trousseau : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/credentials/keychain.cpp" line="181"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>Le trousseau n’a pas répondu en %n seconde ; il attend peut-être que vous le déverrouilliez.</numerusform>
            <numerusform>Le trousseau n’a pas répondu en %n secondes ; il attend peut-être que vous le déverrouilliez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::LogModel</name>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="141"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="142"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="143"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="144"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>sb::MainController</name>
    <message>
        <location filename="../ui/main/maincontroller.cpp" line="66"/>
        <source>There is no project to export.</source>
        <translation>Il n’y a aucun projet à exporter.</translation>
    </message>
    <message>
        <location filename="../ui/main/maincontroller.cpp" line="74"/>
        <source>Project “%1” exported to %2.</source>
        <translation>Projet « %1 » exporté vers %2.</translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="56"/>
        <location filename="../ui/main/mainwindow.cpp" line="453"/>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="116"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="185"/>
        <source>Work order %1 queued; it runs before triggered work.</source>
        <translation>Ordre de travail %1 mis en file d’attente ; il passe avant le travail déclenché.</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="195"/>
        <source>Project settings saved.</source>
        <translation>Paramètres du projet enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="213"/>
        <source>Webhooks are not received: %1</source>
        <translation>Les webhooks ne sont pas reçus : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="214"/>
        <source>Engine: %n worker(s), no webhooks</source>
        <translation>
            <numerusform>Moteur : %n worker, sans webhooks</numerusform>
            <numerusform>Moteur : %n workers, sans webhooks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="216"/>
        <source>Engine: %n worker(s), webhooks on %1:%2</source>
        <translation>
            <numerusform>Moteur : %n worker, webhooks sur %1:%2</numerusform>
            <numerusform>Moteur : %n workers, webhooks sur %1:%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/mainwindow.cpp" line="219"/>
        <source>Engine: %n worker(s)</source>
        <translation>
            <numerusform>Moteur : %n worker</numerusform>
            <numerusform>Moteur : %n workers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="220"/>
        <source>This console runs the engine: webhooks, cron and workers.</source>
        <translation>Cette console fait tourner le moteur : webhooks, cron et workers.</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="225"/>
        <source>Engine: %1 process %2</source>
        <translation>Moteur : processus %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="226"/>
        <source>Another Switchboard process (%1, pid %2 on %3%4) runs the engine on this database. This console shows its runs live; retries you ask for are run by it.</source>
        <translation>Un autre processus Switchboard (%1, pid %2 sur %3%4) fait tourner le moteur sur cette base de données. Cette console affiche ses exécutions en direct ; les relances que vous demandez sont exécutées par lui.</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="232"/>
        <source>, webhooks on %1</source>
        <translation>, webhooks sur %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="235"/>
        <source>Engine: not running</source>
        <translation>Moteur : arrêté</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="238"/>
        <source>The engine did not start, so no webhook, cron or run is processed: %1</source>
        <translation>Le moteur n’a pas démarré ; aucun webhook, cron ni exécution n’est donc traité : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="246"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="254"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="255"/>
        <source>Runs of each workflow in the last 24 hours and 7 days (Ctrl+1)</source>
        <translation>Exécutions de chaque workflow sur les dernières 24 heures et les 7 derniers jours (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="256"/>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="258"/>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="257"/>
        <source>Workflows, their graphs, jobs and triggers (Ctrl+2)</source>
        <translation>Les workflows, leurs graphes, jobs et déclencheurs (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="259"/>
        <source>Every webhook and cron trigger of the project (Ctrl+3)</source>
        <translation>Tous les webhooks et déclencheurs cron du projet (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="260"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="261"/>
        <source>Work orders and runs: filter, search, retry (Ctrl+4)</source>
        <translation>Ordres de travail et exécutions : filtrer, rechercher, relancer (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="262"/>
        <source>Run detail</source>
        <translation>Détail d’exécution</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="263"/>
        <source>Steps, logs and data of the work order opened from History (Ctrl+5)</source>
        <translation>Étapes, journaux et données de l’ordre de travail ouvert depuis l’historique (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="269"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="270"/>
        <source>Every webhook request received, accepted or refused, with the reason (Ctrl+6)</source>
        <translation>Chaque requête webhook reçue, acceptée ou refusée, avec le motif (Ctrl+6)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="272"/>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="273"/>
        <source>The emulated external systems: their records, the requests they received, fault knobs (Ctrl+7)</source>
        <translation>Les systèmes externes émulés : leurs enregistrements, les requêtes qu’ils ont reçues, les pannes simulées (Ctrl+7)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="276"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="277"/>
        <source>Logins to the external systems per environment, the active environment, tests and the audit of changes (Ctrl+8)</source>
        <translation>Identifiants de connexion aux systèmes externes par environnement, environnement actif, tests et audit des modifications (Ctrl+8)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="280"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="281"/>
        <source>The SMS Master Mapping Table, Preview, each contact&apos;s SMS plan and the countries table (Ctrl+9)</source>
        <translation>La table de correspondance principale des SMS, l’aperçu, le plan SMS de chaque contact et la table des pays (Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="283"/>
        <source>Clinics</source>
        <translation>Cliniques</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="284"/>
        <source>Every clinic with its status, patients and pending SMS; change a status and see what it does to SMS first (Ctrl+0)</source>
        <translation>Chaque clinique avec son statut, ses patients et ses SMS en attente ; changer un statut en voyant d’abord son effet sur les SMS (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="300"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="301"/>
        <source>&amp;Import project…</source>
        <translation>&amp;Importer un projet…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="305"/>
        <source>Import an OpenFn project spec file (Ctrl+I)</source>
        <translation>Importer un fichier de spécification de projet OpenFn (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="306"/>
        <source>&amp;Export project…</source>
        <translation>&amp;Exporter le projet…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="310"/>
        <source>Write the project as an OpenFn spec file (Ctrl+E)</source>
        <translation>Écrire le projet dans un fichier de spécification OpenFn (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="312"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="317"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="318"/>
        <source>&amp;Run workflow now…</source>
        <translation>&amp;Exécuter un workflow maintenant…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="321"/>
        <source>Start a workflow by hand with an input you type (Ctrl+Shift+R)</source>
        <translation>Démarrer un workflow manuellement avec une entrée que vous saisissez (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="322"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="324"/>
        <source>Data retention and how many runs of each workflow may run at once</source>
        <translation>Rétention des données et nombre d’exécutions simultanées de chaque workflow</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="326"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="327"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="331"/>
        <source>Read the project again from the database (F5)</source>
        <translation>Relire le projet depuis la base de données (F5)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="333"/>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="335"/>
        <source>&amp;Workflows</source>
        <translation>&amp;Workflows</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="337"/>
        <source>&amp;Triggers</source>
        <translation>&amp;Déclencheurs</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="339"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="341"/>
        <source>R&amp;un detail</source>
        <translation>Détail d’e&amp;xécution</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="343"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="345"/>
        <source>&amp;Sandbox</source>
        <translation>Bac à &amp;sable</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="347"/>
        <source>&amp;Credentials</source>
        <translation>&amp;Identifiants</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="349"/>
        <source>S&amp;MS</source>
        <translation>S&amp;MS</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="351"/>
        <source>&amp;Clinics</source>
        <translation>&amp;Cliniques</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="354"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="355"/>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="358"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="371"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="451"/>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="451"/>
        <source>Project: %1</source>
        <translation>Projet : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="453"/>
        <source>%1 — Switchboard</source>
        <translation>%1 — Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="500"/>
        <source>Imported “%1”: %2.</source>
        <translation>« %1 » importé : %2.</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="506"/>
        <source>Export project</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="507"/>
        <source>OpenFn project spec (*.yaml *.yml)</source>
        <translation>Spécification de projet OpenFn (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="516"/>
        <source>Export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="536"/>
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="537"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;An administrator console for OpenFn-style integration projects: workflows, jobs, triggers and their runs, locally.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Une console d’administration pour les projets d’intégration de type OpenFn : workflows, jobs, déclencheurs et leurs exécutions, en local.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::MappingCellDelegate</name>
    <message>
        <location filename="../ui/sms/mappingtablegrid.cpp" line="69"/>
        <source>Enter saves the cell, Shift+Enter starts a new line, Escape cancels</source>
        <translation>Entrée enregistre la cellule, Maj+Entrée insère un saut de ligne, Échap annule</translation>
    </message>
</context>
<context>
    <name>sb::MappingDiffModel</name>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="140"/>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="141"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="151"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="152"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="153"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="154"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>sb::MappingProblemsModel</name>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="406"/>
        <source>Unknown placeholder</source>
        <translation>Variable inconnue</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="408"/>
        <source>Unbalanced braces</source>
        <translation>Accolades non appariées</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="410"/>
        <source>Missing translation</source>
        <translation>Traduction manquante</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="412"/>
        <source>More than one SMS</source>
        <translation>Plus d’un SMS</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="414"/>
        <source>Duplicate bulkId</source>
        <translation>bulkId en double</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="416"/>
        <source>Bad bulkId template</source>
        <translation>Modèle de bulkId invalide</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="418"/>
        <source>Bad number</source>
        <translation>Nombre invalide</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="427"/>
        <source>1 unknown placeholder</source>
        <translation>1 variable inconnue</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="427"/>
        <source>%n unknown placeholders</source>
        <translation>
            <numerusform>%n variable inconnue</numerusform>
            <numerusform>%n variables inconnues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="429"/>
        <source>1 unbalanced brace</source>
        <translation>1 accolade non appariée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="429"/>
        <source>%n unbalanced braces</source>
        <translation>
            <numerusform>%n accolade non appariée</numerusform>
            <numerusform>%n accolades non appariées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="431"/>
        <source>1 missing translation</source>
        <translation>1 traduction manquante</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="431"/>
        <source>%n missing translations</source>
        <translation>
            <numerusform>%n traduction manquante</numerusform>
            <numerusform>%n traductions manquantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="433"/>
        <source>1 text longer than one SMS</source>
        <translation>1 texte plus long qu’un SMS</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="433"/>
        <source>%n texts longer than one SMS</source>
        <translation>
            <numerusform>%n texte plus long qu’un SMS</numerusform>
            <numerusform>%n textes plus longs qu’un SMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="435"/>
        <source>1 duplicate bulkId</source>
        <translation>1 bulkId en double</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="435"/>
        <source>%n duplicate bulkIds</source>
        <translation>
            <numerusform>%n bulkId en double</numerusform>
            <numerusform>%n bulkId en double</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="437"/>
        <source>1 bad bulkId template</source>
        <translation>1 modèle de bulkId invalide</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="437"/>
        <source>%n bad bulkId templates</source>
        <translation>
            <numerusform>%n modèle de bulkId invalide</numerusform>
            <numerusform>%n modèles de bulkId invalides</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="439"/>
        <source>1 bad number</source>
        <translation>1 nombre invalide</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="439"/>
        <source>%n bad numbers</source>
        <translation>
            <numerusform>%n nombre invalide</numerusform>
            <numerusform>%n nombres invalides</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="440"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="499"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="500"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="501"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="502"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>sb::MappingTableModel</name>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="213"/>
        <source>%n SMS (Unicode, %1 characters)</source>
        <translation>
            <numerusform>%n SMS (Unicode, %1 caractères)</numerusform>
            <numerusform>%n SMS (Unicode, %1 caractères)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtablemodel.cpp" line="214"/>
        <source>%n SMS (GSM-7, %1 characters)</source>
        <translation>
            <numerusform>%n SMS (GSM-7, %1 caractères)</numerusform>
            <numerusform>%n SMS (GSM-7, %1 caractères)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="276"/>
        <source>Message text in %1</source>
        <translation>Texte du message en %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtablemodel.cpp" line="292"/>
        <source>Edit %1, row %2</source>
        <translation>Modifier %1, ligne %2</translation>
    </message>
</context>
<context>
    <name>sb::MappingTableVersionsDialog</name>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="167"/>
        <source>Versions of “%1”</source>
        <translation>Versions de « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="170"/>
        <source>Every import and every save is a version. Select two versions and compare them cell by cell, or open one in the editor.</source>
        <translation>Chaque import et chaque enregistrement crée une version. Sélectionnez deux versions et comparez-les cellule par cellule, ou ouvrez-en une dans l’éditeur.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="193"/>
        <source>Select two versions and press Compare.</source>
        <translation>Sélectionnez deux versions et cliquez sur Comparer.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="214"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="216"/>
        <source>Compare the two selected versions cell by cell</source>
        <translation>Comparer cellule par cellule les deux versions sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="217"/>
        <source>&amp;Open in editor</source>
        <translation>&amp;Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="219"/>
        <source>Show the selected version in the editor</source>
        <translation>Afficher la version sélectionnée dans l’éditeur</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="294"/>
        <source>Versions %1 and %2 are the same.</source>
        <translation>Les versions %1 et %2 sont identiques.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="297"/>
        <source>1 cell differs between version %1 and version %2.</source>
        <translation>1 cellule diffère entre la version %1 et la version %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="298"/>
        <source>%n cells differ between version %1 and version %2.</source>
        <translation>
            <numerusform>%n cellule diffère entre la version %1 et la version %2.</numerusform>
            <numerusform>%n cellules diffèrent entre la version %1 et la version %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::MappingTableView</name>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="112"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="119"/>
        <location filename="../ui/sms/mappingtableview.cpp" line="130"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="119"/>
        <source>Undo “%1” (Ctrl+Z)</source>
        <translation>Annuler « %1 » (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="121"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="128"/>
        <location filename="../ui/sms/mappingtableview.cpp" line="131"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="128"/>
        <source>Redo “%1” (Ctrl+Shift+Z)</source>
        <translation>Rétablir « %1 » (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="158"/>
        <source>No Master Mapping Table yet</source>
        <translation>Pas encore de table de correspondance principale</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="164"/>
        <source>Import the sheet&apos;s CSV export (in Google Sheets: File → Download → Comma-separated values) or the JSON the converter produced. Switchboard checks every text, keeps each import as a version, and the scheduler uses the version you publish.</source>
        <translation>Importez l’export CSV de la feuille (dans Google Sheets : Fichier → Télécharger → Valeurs séparées par des virgules) ou le JSON produit par le convertisseur. Switchboard vérifie chaque texte et conserve chaque import comme une version ; le planificateur utilise la version que vous publiez.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="178"/>
        <location filename="../ui/sms/mappingtableview.cpp" line="239"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="198"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="204"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="208"/>
        <source>Every import and save is a version; the published one is what the scheduler uses</source>
        <translation>Chaque import et chaque enregistrement crée une version ; le planificateur utilise la version publiée</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="216"/>
        <source>● Unsaved edits</source>
        <translation>● Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="218"/>
        <source>Save them as a new version (Ctrl+S). A saved version is used by the scheduler only once it is published.</source>
        <translation>Enregistrez-les comme nouvelle version (Ctrl+S). Le planificateur n’utilise une version enregistrée qu’une fois qu’elle est publiée.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="241"/>
        <source>Read the sheet&apos;s CSV export or the converter&apos;s JSON as a new version (not published)</source>
        <translation>Lire l’export CSV de la feuille ou le JSON du convertisseur comme nouvelle version (non publiée)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="243"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="245"/>
        <source>Write the grid, with any unsaved edits, as CSV the sheet can import</source>
        <translation>Écrire la grille, avec les modifications non enregistrées, dans un CSV que la feuille peut importer</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="247"/>
        <source>&amp;Save version…</source>
        <translation>&amp;Enregistrer la version…</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="249"/>
        <source>Save the grid as the next version, with a note (Ctrl+S)</source>
        <translation>Enregistrer la grille comme version suivante, avec une note (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="251"/>
        <source>Versi&amp;ons…</source>
        <translation>Versi&amp;ons…</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="253"/>
        <source>Every version with its note; compare two of them cell by cell</source>
        <translation>Toutes les versions avec leur note ; comparer deux d’entre elles cellule par cellule</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="255"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="257"/>
        <source>Make the shown version the one the scheduler uses from its next run</source>
        <translation>Faire de la version affichée celle que le planificateur utilise dès sa prochaine exécution</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="265"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="275"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="279"/>
        <source>Show one language&apos;s texts next to the key columns</source>
        <translation>Afficher les textes d’une langue à côté des colonnes clés</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="288"/>
        <source>Search every cell (Ctrl+F)</source>
        <translation>Rechercher dans toutes les cellules (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="331"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="336"/>
        <source>S&amp;how:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="360"/>
        <source>Click a problem to go to its cell</source>
        <translation>Cliquez sur un problème pour aller à sa cellule</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="398"/>
        <source>Could not read the SMS tables: %1</source>
        <translation>Impossible de lire les tables SMS : %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="442"/>
        <source>Could not read the versions of “%1”: %2</source>
        <translation>Impossible de lire les versions de « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="443"/>
        <source>it has none</source>
        <translation>elle n’en a aucune</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="452"/>
        <source>Could not read version %1 of “%2”: %3</source>
        <translation>Impossible de lire la version %1 de « %2 » : %3</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="486"/>
        <source>“%2” as a new version (the edits of version %1)</source>
        <translation>« %2 » comme nouvelle version (les modifications de la version %1)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="521"/>
        <source>%1 · published</source>
        <translation>%1 · publiée</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="524"/>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="525"/>
        <source>Created %1: %2</source>
        <translation>Créée le %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="540"/>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="549"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="560"/>
        <source>Nothing is published: the scheduler sends nothing from this table yet.</source>
        <translation>Rien n’est publié : le planificateur n’envoie encore rien à partir de cette table.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="562"/>
        <source>This version is published: the scheduler uses it.</source>
        <translation>Cette version est publiée : le planificateur l’utilise.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="563"/>
        <source>Not published: the scheduler uses version %1.</source>
        <translation>Non publiée : le planificateur utilise la version %1.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="570"/>
        <source>An older version (the newest is %1).</source>
        <translation>Une version antérieure (la plus récente est la %1).</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="585"/>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="585"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="587"/>
        <source>%1 of %n messages</source>
        <translation>
            <numerusform>%1 sur %n message</numerusform>
            <numerusform>%1 sur %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="596"/>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="601"/>
        <source>1 problem: %1</source>
        <translation>1 problème : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="601"/>
        <source>%n problems: %1</source>
        <translation>
            <numerusform>%n problème : %1</numerusform>
            <numerusform>%n problèmes : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="607"/>
        <source>All problems (%1)</source>
        <translation>Tous les problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="614"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="800"/>
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>Coller dans %n cellule</numerusform>
            <numerusform>Coller dans %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="810"/>
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Effacer %n cellule</numerusform>
            <numerusform>Effacer %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="848"/>
        <source>Could not import %1: %2</source>
        <translation>Impossible d’importer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="852"/>
        <source>Could not import %1: it has no messages.</source>
        <translation>Impossible d’importer %1 : le fichier ne contient aucun message.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="856"/>
        <source>Could not import %1: it has no language column (English, French …). Is it the Master Mapping Table?</source>
        <translation>Impossible d’importer %1 : le fichier n’a aucune colonne de langue (English, French …). S’agit-il bien de la table de correspondance principale ?</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="866"/>
        <source>Imported from %1</source>
        <translation>Importée depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="868"/>
        <source>Could not save the import: %1</source>
        <translation>Impossible d’enregistrer l’import : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="876"/>
        <source>Imported %n messages from %1 as version %2. %3</source>
        <translation>
            <numerusform>%n message importé depuis %1 comme version %2. %3</numerusform>
            <numerusform>%n messages importés depuis %1 comme version %2. %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="888"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="891"/>
        <source>Exported version %1 with the unsaved edits to %2.</source>
        <translation>Version %1 exportée avec les modifications non enregistrées vers %2.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="892"/>
        <source>Exported version %1 to %2.</source>
        <translation>Version %1 exportée vers %2.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="904"/>
        <source>Could not save: %1</source>
        <translation>Impossible d’enregistrer : %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="912"/>
        <source>Saved as version %1. %2</source>
        <translation>Enregistrée comme version %1. %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="922"/>
        <source>Save the edits as a new version first: only a saved version can be published.</source>
        <translation>Enregistrez d’abord les modifications comme nouvelle version : seule une version enregistrée peut être publiée.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="927"/>
        <source>Version %1 is already the one the scheduler uses.</source>
        <translation>La version %1 est déjà celle qu’utilise le planificateur.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="935"/>
        <source>The scheduler will use version %1 of “%2” from its next run.</source>
        <translation>Le planificateur utilisera la version %1 de « %2 » dès sa prochaine exécution.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/mappingtableview.cpp" line="937"/>
        <source>This version still has %n error(s) (unknown placeholders, broken braces or bulkIds); affected messages may go out wrong.</source>
        <translation>
            <numerusform>Cette version contient encore %n erreur (variables inconnues, accolades ou bulkId défectueux) ; les messages concernés risquent de partir erronés.</numerusform>
            <numerusform>Cette version contient encore %n erreurs (variables inconnues, accolades ou bulkId défectueux) ; les messages concernés risquent de partir erronés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="940"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="945"/>
        <source>Could not publish: %1</source>
        <translation>Impossible de publier : %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="952"/>
        <source>Version %1 is published: the scheduler uses it from its next run.</source>
        <translation>La version %1 est publiée : le planificateur l’utilise dès sa prochaine exécution.</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="975"/>
        <source>Import the Master Mapping Table</source>
        <translation>Importer la table de correspondance principale</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="976"/>
        <source>Sheet exports (*.csv *.json);;All files (*)</source>
        <translation>Exports de feuille (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="985"/>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="987"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="1000"/>
        <source>Save as a new version</source>
        <translation>Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableview.cpp" line="1001"/>
        <source>Note for the versions list (what changed):</source>
        <translation>Note pour la liste des versions (ce qui a changé) :</translation>
    </message>
</context>
<context>
    <name>sb::MappingVersionsModel</name>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="80"/>
        <source>%1 (published)</source>
        <translation>%1 (publiée)</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="82"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="94"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="95"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="96"/>
        <source>Last published</source>
        <translation>Dernière publication</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="97"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../ui/sms/mappingtableversionsdialog.cpp" line="98"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>sb::MessageBanner</name>
    <message>
        <location filename="../ui/main/messagebanner.cpp" line="44"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/main/messagebanner.cpp" line="55"/>
        <location filename="../ui/main/messagebanner.cpp" line="56"/>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>sb::NextFiresModel</name>
    <message>
        <location filename="../ui/workflows/nextfiresmodel.cpp" line="63"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../ui/workflows/nextfiresmodel.cpp" line="64"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
</context>
<context>
    <name>sb::OverviewStats</name>
    <message>
        <location filename="../core/overview/overviewstats.cpp" line="26"/>
        <source>Cannot read the run overview: %1</source>
        <translation>Impossible de lire la vue d’ensemble des exécutions : %1</translation>
    </message>
</context>
<context>
    <name>sb::OverviewView</name>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="48"/>
        <source>%1 % failed</source>
        <translation>%1 % d’échecs</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="72"/>
        <source>Last 24 h</source>
        <translation>Dernières 24 h</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="72"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="86"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="87"/>
        <source>%1 UTC · %2 local</source>
        <translation>%1 UTC · %2 heure locale</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="94"/>
        <source>in less than a minute</source>
        <translation>dans moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewwidgets.cpp" line="96"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="98"/>
        <source>in %1 h %2 min</source>
        <translation>dans %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewwidgets.cpp" line="99"/>
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="317"/>
        <source>Runs in state “%1” now.</source>
        <translation>Exécutions actuellement à l’état « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="318"/>
        <source>Runs that ended “%1” in the window.</source>
        <translation>Exécutions terminées à l’état « %1 » dans la période.</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="321"/>
        <source>Failure rate</source>
        <translation>Taux d’échec</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="324"/>
        <source>Failed, crashed, killed, exception and lost runs over the runs that ended (cancelled runs left out).</source>
        <translation>Exécutions échouées, plantées, tuées, en exception et perdues, rapportées aux exécutions terminées (hors exécutions annulées).</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="38"/>
        <source>No workflows yet. Import a project (File → Import project…) to see its runs here.</source>
        <translation>Aucun workflow pour l’instant. Importez un projet (Fichier → Importer un projet…) pour voir ses exécutions ici.</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="65"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="127"/>
        <source>success</source>
        <translation>réussies</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="128"/>
        <source>failed</source>
        <translation>échouées</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="129"/>
        <source>crashed</source>
        <translation>plantées</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="130"/>
        <source>killed</source>
        <translation>tuées</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="131"/>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="132"/>
        <source>lost</source>
        <translation>perdues</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="133"/>
        <source>cancelled</source>
        <translation>annulées</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="134"/>
        <source>available</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="135"/>
        <source>claimed</source>
        <translation>prises en charge</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="136"/>
        <source>started</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="145"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewview.cpp" line="147"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewview.cpp" line="149"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewview.cpp" line="150"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewview.cpp" line="229"/>
        <source>%n workflow(s)</source>
        <translation>
            <numerusform>%n workflow</numerusform>
            <numerusform>%n workflows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="230"/>
        <source> · last 24 h: %1 runs</source>
        <translation> · dernières 24 h : %1 exécutions</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="232"/>
        <source>, %1 % failed</source>
        <translation>, %1 % d’échecs</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="233"/>
        <source> · queue: %1 waiting, %2 running</source>
        <translation> · file d’attente : %1 en attente, %2 en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewview.cpp" line="235"/>
        <source> · &lt;b&gt;%n workflow(s) with lost or crashed runs&lt;/b&gt;</source>
        <translation>
            <numerusform> · &lt;b&gt;%n workflow avec des exécutions perdues ou plantées&lt;/b&gt;</numerusform>
            <numerusform> · &lt;b&gt;%n workflows avec des exécutions perdues ou plantées&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="237"/>
        <source>Updated %1 · %2 ms</source>
        <translation>Mis à jour à %1 · %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewview.cpp" line="245"/>
        <source>Could not refresh: %1</source>
        <translation>Actualisation impossible : %1</translation>
    </message>
</context>
<context>
    <name>sb::ProjectDiff</name>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="145"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="146"/>
        <source>credential</source>
        <translation>identifiants</translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="147"/>
        <source>workflow</source>
        <translation>workflow</translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="148"/>
        <source>job</source>
        <translation>job</translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="149"/>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="150"/>
        <source>edge</source>
        <translation>lien</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="194"/>
        <source>%n project(s) added</source>
        <translation>
            <numerusform>%n projet ajouté</numerusform>
            <numerusform>%n projets ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="195"/>
        <source>%n project(s) changed</source>
        <translation>
            <numerusform>%n projet modifié</numerusform>
            <numerusform>%n projets modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="196"/>
        <source>%n project(s) removed</source>
        <translation>
            <numerusform>%n projet supprimé</numerusform>
            <numerusform>%n projets supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="197"/>
        <source>%n credential(s) added</source>
        <translation>
            <numerusform>%n jeu d’identifiants ajouté</numerusform>
            <numerusform>%n jeux d’identifiants ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="198"/>
        <source>%n credential(s) changed</source>
        <translation>
            <numerusform>%n jeu d’identifiants modifié</numerusform>
            <numerusform>%n jeux d’identifiants modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="199"/>
        <source>%n credential(s) removed</source>
        <translation>
            <numerusform>%n jeu d’identifiants supprimé</numerusform>
            <numerusform>%n jeux d’identifiants supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="200"/>
        <source>%n workflow(s) added</source>
        <translation>
            <numerusform>%n workflow ajouté</numerusform>
            <numerusform>%n workflows ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="201"/>
        <source>%n workflow(s) changed</source>
        <translation>
            <numerusform>%n workflow modifié</numerusform>
            <numerusform>%n workflows modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="202"/>
        <source>%n workflow(s) removed</source>
        <translation>
            <numerusform>%n workflow supprimé</numerusform>
            <numerusform>%n workflows supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="203"/>
        <source>%n job(s) added</source>
        <translation>
            <numerusform>%n job ajouté</numerusform>
            <numerusform>%n jobs ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="204"/>
        <source>%n job(s) changed</source>
        <translation>
            <numerusform>%n job modifié</numerusform>
            <numerusform>%n jobs modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="205"/>
        <source>%n job(s) removed</source>
        <translation>
            <numerusform>%n job supprimé</numerusform>
            <numerusform>%n jobs supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="206"/>
        <source>%n trigger(s) added</source>
        <translation>
            <numerusform>%n déclencheur ajouté</numerusform>
            <numerusform>%n déclencheurs ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="207"/>
        <source>%n trigger(s) changed</source>
        <translation>
            <numerusform>%n déclencheur modifié</numerusform>
            <numerusform>%n déclencheurs modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="208"/>
        <source>%n trigger(s) removed</source>
        <translation>
            <numerusform>%n déclencheur supprimé</numerusform>
            <numerusform>%n déclencheurs supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="209"/>
        <source>%n edge(s) added</source>
        <translation>
            <numerusform>%n lien ajouté</numerusform>
            <numerusform>%n liens ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="210"/>
        <source>%n edge(s) changed</source>
        <translation>
            <numerusform>%n lien modifié</numerusform>
            <numerusform>%n liens modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="211"/>
        <source>%n edge(s) removed</source>
        <translation>
            <numerusform>%n lien supprimé</numerusform>
            <numerusform>%n liens supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="221"/>
        <source>no changes</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="231"/>
        <source>Job “%1” of workflow “%2” cannot run: %3</source>
        <translation>Le job « %1 » du workflow « %2 » ne peut pas s’exécuter : %3</translation>
    </message>
</context>
<context>
    <name>sb::ProjectSettingsDialog</name>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="31"/>
        <source>Settings of %1</source>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="38"/>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="39"/>
        <source>staging</source>
        <translation>préproduction</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="40"/>
        <source>sandbox (the built-in emulated systems)</source>
        <translation>bac à sable (les systèmes émulés intégrés)</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="41"/>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="42"/>
        <source>Every job of the project uses its credentials&apos; logins for this environment. In “sandbox” they log in to the built-in sandbox, which this console starts.</source>
        <translation>Chaque job du projet utilise les identifiants de connexion de ses jeux d’identifiants pour cet environnement. Avec « bac à sable », ils se connectent au bac à sable intégré, que cette console démarre.</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="49"/>
        <source>Keep everything</source>
        <translation>Tout conserver</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="50"/>
        <source>Keep data only for failures</source>
        <translation>Ne conserver les données que pour les échecs</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="51"/>
        <source>Erase data after a number of days</source>
        <translation>Effacer les données après un nombre de jours</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="55"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="56"/>
        <source>Run data:</source>
        <translation>Données d’exécution :</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="57"/>
        <source>Erase after:</source>
        <translation>Effacer après :</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="58"/>
        <source>Data means the inputs and outputs of runs (dataclips). Runs, steps, errors and log lines are kept, so history still explains what happened. Erased inputs cannot be retried.</source>
        <translation>Les données sont les entrées et sorties des exécutions (dataclips). Les exécutions, étapes, erreurs et lignes de journal sont conservées, pour que l’historique explique toujours ce qui s’est passé. Les entrées effacées ne peuvent pas être relancées.</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="66"/>
        <source>Runs of each workflow at once (0 = no limit):</source>
        <translation>Exécutions simultanées de chaque workflow (0 = sans limite) :</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="69"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="69"/>
        <source>At once</source>
        <translation>Simultanées</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="117"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>sb::ProjectStore</name>
    <message>
        <location filename="../core/project/projectstore.cpp" line="44"/>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="84"/>
        <location filename="../core/project/projectstore.cpp" line="238"/>
        <location filename="../core/project/projectstore.cpp" line="548"/>
        <source>Workflow &quot;%1&quot; is not in project &quot;%2&quot;.</source>
        <translation>Le workflow « %1 » n’est pas dans le projet « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="94"/>
        <source>There is no project named &quot;%1&quot; in this store.</source>
        <translation>Il n’y a aucun projet nommé « %1 » dans cette base de données.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="328"/>
        <source>Edge &quot;%1&quot; points to job &quot;%2&quot;, which is not in workflow &quot;%3&quot;.</source>
        <translation>Le lien « %1 » pointe vers le job « %2 », qui n’est pas dans le workflow « %3 ».</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="551"/>
        <source>Job &quot;%1&quot; is not in workflow &quot;%2&quot;; it may have been removed by an import.</source>
        <translation>Le job « %1 » n’est pas dans le workflow « %2 » ; il a peut-être été supprimé par un import.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="584"/>
        <source>The cron expression is not valid: %1</source>
        <translation>L’expression cron n’est pas valide : %1</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="588"/>
        <source>Reply mode must be before_start or after_completion.</source>
        <translation>Le mode de réponse doit être before_start ou after_completion.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="591"/>
        <source>The custom path &quot;%1&quot; may only use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;~&apos; and &apos;/&apos; between segments.</source>
        <translation>Le chemin personnalisé « %1 » ne peut utiliser que des lettres, des chiffres, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;~&apos; et &apos;/&apos; entre les segments.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="604"/>
        <location filename="../core/project/projectstore.cpp" line="677"/>
        <source>Trigger &quot;%1&quot; is not in workflow &quot;%2&quot;.</source>
        <translation>Le déclencheur « %1 » n’est pas dans le workflow « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="626"/>
        <source>Edge &quot;%1&quot; is not in workflow &quot;%2&quot;.</source>
        <translation>Le lien « %1 » n’est pas dans le workflow « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="683"/>
        <source>The job needs a name.</source>
        <translation>Le job doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="685"/>
        <source>Job &quot;%1&quot; has no code; write at least one operation, e.g. fn(state =&gt; state);</source>
        <translation>Le job « %1 » n’a pas de code ; écrivez au moins une opération, p. ex. fn(state =&gt; state);</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="688"/>
        <source>Adaptor &quot;%1&quot; is not of the form @openfn/language-&lt;name&gt;@&lt;version&gt;, e.g. @openfn/language-http@6.5.1.</source>
        <translation>L’adaptateur « %1 » n’est pas de la forme @openfn/language-&lt;name&gt;@&lt;version&gt;, p. ex. @openfn/language-http@6.5.1.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="695"/>
        <source>Credential &quot;%1&quot; is not defined in project &quot;%2&quot;.</source>
        <translation>Le jeu d’identifiants « %1 » n’est pas défini dans le projet « %2 ».</translation>
    </message>
</context>
<context>
    <name>sb::RunDetailView</name>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="223"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="231"/>
        <source>Retry from start</source>
        <translation>Relancer depuis le début</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="232"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="233"/>
        <source>Queue a new run of this work order from its input (%1)</source>
        <translation>Mettre en file d’attente une nouvelle exécution de cet ordre de travail à partir de son entrée (%1)</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="236"/>
        <source>Retry from this step</source>
        <translation>Relancer depuis cette étape</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="237"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="238"/>
        <source>Queue a new run starting at the selected step, with the input it had (%1)</source>
        <translation>Mettre en file d’attente une nouvelle exécution commençant à l’étape sélectionnée, avec l’entrée qu’elle avait (%1)</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="241"/>
        <source>Run:</source>
        <translation>Exécution :</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="281"/>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="282"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="283"/>
        <source>Warn</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="284"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="291"/>
        <source>Search log lines</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="298"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="299"/>
        <source>Copy the selected log lines, or all shown when none is selected</source>
        <translation>Copier les lignes de journal sélectionnées, ou toutes celles affichées si aucune n’est sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="334"/>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="335"/>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="336"/>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="337"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="338"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="371"/>
        <source>Work order %1</source>
        <translation>Ordre de travail %1</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="415"/>
        <source>Work order %1 · %2 · %3 · received %4</source>
        <translation>Ordre de travail %1 · %2 · %3 · reçu le %4</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="422"/>
        <source>Run %1 · %2 · %3</source>
        <translation>Exécution %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="424"/>
        <source> · from %1</source>
        <translation> · depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="547"/>
        <source>This step has no recorded input.</source>
        <translation>Cette étape n’a pas d’entrée enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="548"/>
        <source>The step is still running.</source>
        <translation>L’étape est encore en cours.</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="549"/>
        <source>This step has no recorded output.</source>
        <translation>Cette étape n’a pas de sortie enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="606"/>
        <source>Queued run %1 from the start.</source>
        <translation>Exécution %1 mise en file d’attente depuis le début.</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailview.cpp" line="607"/>
        <source>Queued run %1 from step %2.</source>
        <translation>Exécution %1 mise en file d’attente depuis l’étape %2.</translation>
    </message>
</context>
<context>
    <name>sb::RunNowDialog</name>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="159"/>
        <source>Run a workflow now</source>
        <translation>Exécuter un workflow maintenant</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="167"/>
        <source>Workflow:</source>
        <translation>Workflow :</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="169"/>
        <source>Input state (JSON object; the job sees it as state):</source>
        <translation>État d’entrée (objet JSON ; le job le voit comme state) :</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="181"/>
        <source>Run now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message>
        <location filename="../ui/main/projectsettingsdialog.cpp" line="192"/>
        <source>This project has no workflow to run.</source>
        <translation>Ce projet n’a aucun workflow à exécuter.</translation>
    </message>
</context>
<context>
    <name>sb::SalesforceClient</name>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="86"/>
        <source>Salesforce at %1 did not answer (%2).</source>
        <translation>Salesforce (%1) n’a pas répondu (%2).</translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="105"/>
        <source>Salesforce refused the session while %1 (HTTP 401, %2); check the Salesforce credential.</source>
        <translation>Salesforce a refusé la session lors de %1 (HTTP 401, %2) ; vérifiez le jeu d’identifiants Salesforce.</translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="106"/>
        <source>Salesforce answered HTTP %1 while %2: %3</source>
        <translation>Salesforce a répondu HTTP %1 lors de %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="115"/>
        <source>The Salesforce credential has an access token but no instance_url.</source>
        <translation>Le jeu d’identifiants Salesforce a un jeton d’accès mais pas d’instance_url.</translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="122"/>
        <source>The Salesforce credential has neither a user name nor an access token.</source>
        <translation>Le jeu d’identifiants Salesforce n’a ni nom d’utilisateur ni jeton d’accès.</translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="141"/>
        <source>Salesforce refused the login: wrong user name, password or security token.</source>
        <translation>Salesforce a refusé la connexion : nom d’utilisateur, mot de passe ou jeton de sécurité incorrect.</translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="143"/>
        <source>Salesforce did not accept the login (HTTP %1): %2</source>
        <translation>Salesforce n’a pas accepté la connexion (HTTP %1) : %2</translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="167"/>
        <source>querying</source>
        <translation>la requête</translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="171"/>
        <source>Salesforce answered a query with something that is not JSON.</source>
        <translation>Salesforce a répondu à une requête par autre chose que du JSON.</translation>
    </message>
    <message>
        <location filename="../core/clinics/salesforceclient.cpp" line="191"/>
        <source>updating %1 %2</source>
        <translation>la mise à jour de %1 %2</translation>
    </message>
</context>
<context>
    <name>sb::Sandbox</name>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="65"/>
        <source>Too many requests (sandbox fault knob).</source>
        <translation>Trop de requêtes (panne simulée du bac à sable).</translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="66"/>
        <source>Internal server error (sandbox fault knob).</source>
        <translation>Erreur interne du serveur (panne simulée du bac à sable).</translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="224"/>
        <source>No emulated system at /%1; systems: %2</source>
        <translation>Aucun système émulé à /%1 ; systèmes : %2</translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="228"/>
        <source>The body (%1 bytes) is larger than the sandbox&apos;s limit of %2 bytes.</source>
        <translation>Le corps (%1 octets) dépasse la limite de %2 octets du bac à sable.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="387"/>
        <source>The sandbox is already running on %1.</source>
        <translation>Le bac à sable tourne déjà sur %1.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="392"/>
        <source>&quot;%1&quot; is not an IP address to listen on; use for example 127.0.0.1.</source>
        <translation>« %1 » n’est pas une adresse IP d’écoute ; utilisez par exemple 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../core/sandbox/sandbox.cpp" line="398"/>
        <source>Cannot start the sandbox on %1:%2 (%3). Another program may use that port; choose another port with --listen HOST:PORT.</source>
        <translation>Impossible de démarrer le bac à sable sur %1:%2 (%3). Un autre programme utilise peut-être ce port ; choisissez-en un autre avec --listen HÔTE:PORT.</translation>
    </message>
</context>
<context>
    <name>sb::SandboxCommCare</name>
    <message>
        <location filename="../core/sandbox/commcaresystem.cpp" line="156"/>
        <source>CommCare</source>
        <translation>CommCare</translation>
    </message>
    <message>
        <location filename="../core/sandbox/commcaresystem.cpp" line="170"/>
        <source>project %1, user %2, API key %3 (or password %4)</source>
        <translation>projet %1, utilisateur %2, clé d’API %3 (ou mot de passe %4)</translation>
    </message>
</context>
<context>
    <name>sb::SandboxInfobip</name>
    <message>
        <location filename="../core/sandbox/infobipsystem.cpp" line="112"/>
        <source>Infobip</source>
        <translation>Infobip</translation>
    </message>
    <message>
        <location filename="../core/sandbox/infobipsystem.cpp" line="119"/>
        <source>header &quot;Authorization: App %1&quot;</source>
        <translation>en-tête « Authorization: App %1 »</translation>
    </message>
</context>
<context>
    <name>sb::SandboxRecordsModel</name>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="390"/>
        <source>This record has no “%1”.</source>
        <translation>Cet enregistrement n’a pas de « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="418"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="420"/>
        <source>The key the sandbox stores the record under (unique in the collection)</source>
        <translation>La clé sous laquelle le bac à sable stocke l’enregistrement (unique dans la collection)</translation>
    </message>
</context>
<context>
    <name>sb::SandboxRequestsModel</name>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="118"/>
        <source>(%1 bytes of binary data)</source>
        <translation>(%1 octets de données binaires)</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="433"/>
        <source>no answer (timeout fault)</source>
        <translation>aucune réponse (panne simulée : délai dépassé)</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="543"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="544"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="545"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="546"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>sb::SandboxSalesforce</name>
    <message>
        <location filename="../core/sandbox/salesforcesystem.cpp" line="133"/>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <location filename="../core/sandbox/salesforcesystem.cpp" line="146"/>
        <source>user %1, password %2, security token %3 (OAuth client id %4, secret %5)</source>
        <translation>utilisateur %1, mot de passe %2, jeton de sécurité %3 (client OAuth : id %4, secret %5)</translation>
    </message>
</context>
<context>
    <name>sb::SandboxSystemsModel</name>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="128"/>
        <source>None: answer normally</source>
        <translation>Aucune : répondre normalement</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="130"/>
        <source>429 Too many requests</source>
        <translation>429 Trop de requêtes</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="132"/>
        <source>500 Server error</source>
        <translation>500 Erreur du serveur</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="134"/>
        <source>Timeout: no answer</source>
        <translation>Délai dépassé : aucune réponse</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="142"/>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="145"/>
        <source>429 × %n</source>
        <translation>
            <numerusform>429 × %n</numerusform>
            <numerusform>429 × %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="147"/>
        <source>500 × %n</source>
        <translation>
            <numerusform>500 × %n</numerusform>
            <numerusform>500 × %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="149"/>
        <source>timeout × %n</source>
        <translation>
            <numerusform>délai dépassé × %n</numerusform>
            <numerusform>délai dépassé × %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="230"/>
        <source>The next %n call(s) fail: %1</source>
        <translation>
            <numerusform>Le prochain appel échoue (encore %n) : %1</numerusform>
            <numerusform>Les %n prochains appels échouent : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="231"/>
        <source>Every call is answered normally.</source>
        <translation>Chaque appel reçoit une réponse normale.</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="233"/>
        <source>Requests this system answered since the console started</source>
        <translation>Requêtes auxquelles ce système a répondu depuis le démarrage de la console</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="234"/>
        <source>%1 at %2
Login: %3</source>
        <translation>%1 à %2
Connexion : %3</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="257"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="258"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="259"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxmodels.cpp" line="260"/>
        <source>Fault</source>
        <translation>Panne</translation>
    </message>
</context>
<context>
    <name>sb::SandboxView</name>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="93"/>
        <source>Reset sandbox</source>
        <translation>Réinitialiser le bac à sable</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="94"/>
        <source>Reset the sandbox?</source>
        <translation>Réinitialiser le bac à sable ?</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="95"/>
        <source>This erases every record the sandbox holds, in every system, including what jobs wrote to it, and seeds it again with the demo records. Every fault knob is turned off.</source>
        <translation>Cette opération efface tous les enregistrements du bac à sable, dans tous les systèmes, y compris ce que les jobs y ont écrit, puis le remplit à nouveau avec les enregistrements de démonstration. Toutes les pannes simulées sont désactivées.</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="98"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="144"/>
        <source>The sandbox is not running</source>
        <translation>Le bac à sable n’est pas démarré</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="164"/>
        <source>Start sandbox</source>
        <translation>Démarrer le bac à sable</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="166"/>
        <source>Start the emulated systems on this computer for this console</source>
        <translation>Démarrer les systèmes émulés sur cet ordinateur pour cette console</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="191"/>
        <source>Reset sandbox…</source>
        <translation>Réinitialiser le bac à sable…</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="193"/>
        <source>Erase every record of every system and seed the sandbox again</source>
        <translation>Effacer tous les enregistrements de tous les systèmes et remplir à nouveau le bac à sable</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="209"/>
        <source>Emulated systems</source>
        <translation>Systèmes émulés</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="218"/>
        <location filename="../ui/sandbox/sandboxview.cpp" line="339"/>
        <location filename="../ui/sandbox/sandboxview.cpp" line="403"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="221"/>
        <source>Fault</source>
        <translation>Panne</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="255"/>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="263"/>
        <source>Copy URL</source>
        <translation>Copier l’URL</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="265"/>
        <source>Copy the system&apos;s URL, for a credential or a job</source>
        <translation>Copier l’URL du système, pour un jeu d’identifiants ou un job</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="269"/>
        <source>the URL</source>
        <translation>l’URL</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="275"/>
        <source>Copy configuration</source>
        <translation>Copier la configuration</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="277"/>
        <source>Copy the adaptor configuration (JSON) that reaches this system</source>
        <translation>Copier la configuration d’adaptateur (JSON) qui permet d’atteindre ce système</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="283"/>
        <source>the configuration</source>
        <translation>la configuration</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="286"/>
        <source>Login:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="291"/>
        <source>The login this system accepts (sandbox credentials, not real ones)</source>
        <translation>Les identifiants de connexion que ce système accepte (ceux du bac à sable, pas de vrais identifiants)</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="295"/>
        <source>Fault knob</source>
        <translation>Panne simulée</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="297"/>
        <source>Make the next calls to this system fail, to see how workflows handle rate limits, server errors and timeouts</source>
        <translation>Faire échouer les prochains appels à ce système, pour voir comment les workflows gèrent les limites de débit, les erreurs du serveur et les dépassements de délai</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="301"/>
        <source>&amp;Answer with:</source>
        <translation>&amp;Répondre par :</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="308"/>
        <source>&amp;Fail the next:</source>
        <translation>&amp;Faire échouer les prochains :</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="313"/>
        <source> calls</source>
        <translation> appels</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="316"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="338"/>
        <location filename="../ui/sandbox/sandboxview.cpp" line="374"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="349"/>
        <source>&amp;Collection:</source>
        <translation>&amp;Collection :</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="384"/>
        <source>Select a record to see it as JSON.</source>
        <translation>Sélectionnez un enregistrement pour le voir au format JSON.</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="412"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="440"/>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="443"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="443"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="456"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="536"/>
        <source>The sandbox answers at %1, one path per system.</source>
        <translation>Le bac à sable répond à l’adresse %1, avec un chemin par système.</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="541"/>
        <source>The sandbox has stopped.</source>
        <translation>Le bac à sable s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="542"/>
        <source>The sandbox emulates, on this computer, the external systems the adaptors talk to (Salesforce, CommCare, Infobip, DHIS2 …), so that workflows can be tried and demonstrated without touching real data. It runs when the project&apos;s environment is “sandbox”.</source>
        <translation>Le bac à sable émule, sur cet ordinateur, les systèmes externes avec lesquels dialoguent les adaptateurs (Salesforce, CommCare, Infobip, DHIS2 …), afin que les workflows puissent être essayés et montrés sans toucher à de vraies données. Il fonctionne quand l’environnement du projet est « bac à sable ».</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="604"/>
        <source>Select a system</source>
        <translation>Sélectionnez un système</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="699"/>
        <source>This system holds no records.</source>
        <translation>Ce système ne contient aucun enregistrement.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxview.cpp" line="723"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="753"/>
        <source>Select a request to see its headers and body.</source>
        <translation>Sélectionnez une requête pour voir ses en-têtes et son corps.</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="759"/>
        <source>%1 %2 — answered %3 at %4</source>
        <translation>%1 %2 — réponse %3, le %4</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="772"/>
        <source>Credentials are not shown, even the sandbox&apos;s.</source>
        <translation>Les identifiants ne sont pas affichés, même ceux du bac à sable.</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="778"/>
        <source>The request had no body.</source>
        <translation>La requête n’avait pas de corps.</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="802"/>
        <source>Off: every call to %1 is answered normally.</source>
        <translation>Désactivée : chaque appel à %1 reçoit une réponse normale.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sandbox/sandboxview.cpp" line="806"/>
        <source>On: the next %n call(s) to %1 fail with %2.</source>
        <translation>
            <numerusform>Activée : le prochain appel à %1 échoue avec %2 (encore %n).</numerusform>
            <numerusform>Activée : les %n prochains appels à %1 échouent avec %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="833"/>
        <source>The sandbox was reset: every system holds its seed records again and every fault knob is off.</source>
        <translation>Le bac à sable a été réinitialisé : chaque système contient de nouveau ses enregistrements de départ et toutes les pannes simulées sont désactivées.</translation>
    </message>
    <message>
        <location filename="../ui/sandbox/sandboxview.cpp" line="842"/>
        <source>Copied %1 of %2.</source>
        <translation>Copié : %1 de %2.</translation>
    </message>
</context>
<context>
    <name>sb::SmsCountries</name>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="60"/>
        <source>Line 1: unknown column “%1”; the columns are %2.</source>
        <translation>Ligne 1 : colonne « %1 » inconnue ; les colonnes sont %2.</translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="68"/>
        <source>Line 1: the column “%1” is missing; the columns are %2.</source>
        <translation>Ligne 1 : la colonne « %1 » manque ; les colonnes sont %2.</translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="87"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="90"/>
        <source>the country name is empty.</source>
        <translation>le nom du pays est vide.</translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="92"/>
        <source>“%1” is listed twice.</source>
        <translation>« %1 » figure deux fois.</translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="96"/>
        <source>the dial code “%1” of %2 is not 1 to 4 digits (write 234, not +234).</source>
        <translation>l’indicatif téléphonique « %1 » de %2 n’est pas composé de 1 à 4 chiffres (écrivez 234, pas +234).</translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="99"/>
        <source>the sender id “%1” of %2 is not valid: at most 11 letters, digits, spaces or “.-_&amp;”, or at most 15 digits.</source>
        <translation>l’identifiant d’expéditeur « %1 » de %2 n’est pas valide : au plus 11 lettres, chiffres, espaces ou « .-_&amp; », ou au plus 15 chiffres.</translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="103"/>
        <source>the time zone “%1” of %2 is not an IANA time zone name such as Africa/Lagos.</source>
        <translation>le fuseau horaire « %1 » de %2 n’est pas un nom de fuseau horaire IANA comme Africa/Lagos.</translation>
    </message>
    <message>
        <location filename="../core/sms/smscountries.cpp" line="109"/>
        <source>the default language “%1” of %2 is not one of %3.</source>
        <translation>la langue par défaut « %1 » de %2 ne fait pas partie de %3.</translation>
    </message>
</context>
<context>
    <name>sb::SmsCountriesView</name>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="124"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="125"/>
        <source>Check every row and save the table; the scheduler uses it from its next run</source>
        <translation>Vérifier chaque ligne et enregistrer la table ; le planificateur l’utilise dès sa prochaine exécution</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="127"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="128"/>
        <source>Drop the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="130"/>
        <source>&amp;Add country</source>
        <translation>&amp;Ajouter un pays</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="130"/>
        <source>Add an empty row at the end</source>
        <translation>Ajouter une ligne vide à la fin</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="131"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="131"/>
        <source>Remove the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="133"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="134"/>
        <source>Replace the table with a CSV file (Country, Dial code, Sender id, Time zone, Default language); saved only with Save</source>
        <translation>Remplacer la table par un fichier CSV (Country, Dial code, Sender id, Time zone, Default language) ; enregistré seulement avec Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="136"/>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="137"/>
        <source>Write the table as shown to a CSV file</source>
        <translation>Écrire la table telle qu’affichée dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="138"/>
        <source>Restore &amp;built-in table</source>
        <translation>Res&amp;taurer la table intégrée</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="139"/>
        <source>Replace the table with the one Switchboard ships with; saved only with Save</source>
        <translation>Remplacer la table par celle fournie avec Switchboard ; enregistré seulement avec Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="140"/>
        <source>● Unsaved changes</source>
        <translation>● Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="157"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="157"/>
        <source>Dial code</source>
        <translation>Indicatif</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="157"/>
        <source>Sender id</source>
        <translation>Identifiant d’expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="157"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="157"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="158"/>
        <source>As in Salesforce Account.Country__c</source>
        <translation>Comme dans Account.Country__c de Salesforce</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="159"/>
        <source>Digits without +: 234</source>
        <translation>Chiffres sans + : 234</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="160"/>
        <source>The Infobip sender: at most 11 letters, digits or spaces</source>
        <translation>L’expéditeur Infobip : au plus 11 lettres, chiffres ou espaces</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="161"/>
        <source>The IANA zone used when a contact has no SMS_Timezone__c</source>
        <translation>Le fuseau IANA utilisé quand un contact n’a pas de SMS_Timezone__c</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="162"/>
        <source>The language column used when a contact has no SMS_Language__c</source>
        <translation>La colonne de langue utilisée quand un contact n’a pas de SMS_Language__c</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="184"/>
        <source>Import countries</source>
        <translation>Importer les pays</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="185"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="190"/>
        <source>Export countries</source>
        <translation>Exporter les pays</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="219"/>
        <source>The countries table cannot be read: %1</source>
        <translation>Impossible de lire la table des pays : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smscountriesview.cpp" line="273"/>
        <source>Built-in table · %n countries</source>
        <translation>
            <numerusform>Table intégrée · %n pays</numerusform>
            <numerusform>Table intégrée · %n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smscountriesview.cpp" line="273"/>
        <source>Saved table · %n countries</source>
        <translation>
            <numerusform>Table enregistrée · %n pays</numerusform>
            <numerusform>Table enregistrée · %n pays</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="280"/>
        <source>the countries table</source>
        <translation>la table des pays</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="301"/>
        <source>Not saved. Row %1 (%2): %3</source>
        <translation>Non enregistré. Ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="303"/>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="318"/>
        <source>Not saved. Row %1: %2</source>
        <translation>Non enregistré. Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="319"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smscountriesview.cpp" line="323"/>
        <source>Saved %n countries. The scheduler uses them from its next run.</source>
        <translation>
            <numerusform>%n pays enregistré. Le planificateur l’utilise dès sa prochaine exécution.</numerusform>
            <numerusform>%n pays enregistrés. Le planificateur les utilise dès sa prochaine exécution.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="342"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="347"/>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smscountriesview.cpp" line="351"/>
        <source>Imported %n countries from %1. Save to use them.</source>
        <translation>
            <numerusform>%n pays importé depuis %1. Enregistrez pour l’utiliser.</numerusform>
            <numerusform>%n pays importés depuis %1. Enregistrez pour les utiliser.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="361"/>
        <source>Not exported: the table has a problem. %1</source>
        <translation>Non exporté : la table présente un problème. %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="366"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="369"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smscountriesview.cpp" line="377"/>
        <source>The built-in table is shown. Save to use it.</source>
        <translation>La table intégrée est affichée. Enregistrez pour l’utiliser.</translation>
    </message>
</context>
<context>
    <name>sb::SmsJob</name>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="74"/>
        <source>The sms adaptor needs Switchboard&apos;s store (the published Master Mapping Table); run the job in the engine, or with run-job --db PATH.</source>
        <translation>L’adaptateur sms a besoin de la base de données de Switchboard (la table de correspondance principale publiée) ; exécutez le job dans le moteur, ou avec run-job --db PATH.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="55"/>
        <source>The SMS table “%1” has no published version; import the sheet and publish it (SMS page, or `switchboard sms import FILE --table &quot;%1&quot; --publish`).</source>
        <translation>La table SMS « %1 » n’a aucune version publiée ; importez la feuille et publiez-la (page SMS, ou `switchboard sms import FILE --table &quot;%1&quot; --publish`).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="84"/>
        <source>scheduleSms needs a list of Salesforce contacts (an array, or a query result with records).</source>
        <translation>scheduleSms a besoin d’une liste de contacts Salesforce (un tableau, ou un résultat de requête avec records).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="86"/>
        <source>the contacts</source>
        <translation>les contacts</translation>
    </message>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="94"/>
        <source>now “%1” is not an ISO 8601 date-time.</source>
        <translation>now « %1 » n’est pas une date-heure ISO 8601.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsjob.cpp" line="108"/>
        <source>state.configuration needs the Infobip credential&apos;s baseUrl and apiKey; give the job an Infobip credential (or use dryRun).</source>
        <translation>state.configuration a besoin des champs baseUrl et apiKey du jeu d’identifiants Infobip ; attribuez au job un jeu d’identifiants Infobip (ou utilisez dryRun).</translation>
    </message>
</context>
<context>
    <name>sb::SmsPlan</name>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="28"/>
        <source>The SMS plans could not be read from the store.</source>
        <translation>Impossible de lire les plans SMS dans la base de données.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="42"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="44"/>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="46"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="48"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="50"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="78"/>
        <location filename="../core/sms/smsplan.cpp" line="82"/>
        <location filename="../core/sms/smsplan.cpp" line="103"/>
        <source>The SMS plans could not be saved: %1</source>
        <translation>Impossible d’enregistrer les plans SMS : %1</translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="194"/>
        <source>The SMS countries could not be read from the store.</source>
        <translation>Impossible de lire les pays SMS dans la base de données.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="197"/>
        <source>the stored countries table</source>
        <translation>la table des pays enregistrée</translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="199"/>
        <source>The stored countries table is damaged (%1); save it again from the SMS page.</source>
        <translation>La table des pays enregistrée est endommagée (%1) ; enregistrez-la à nouveau depuis la page SMS.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsplan.cpp" line="215"/>
        <source>the countries table</source>
        <translation>la table des pays</translation>
    </message>
</context>
<context>
    <name>sb::SmsPlanContactsModel</name>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="98"/>
        <source>%1 on this computer, %2 UTC</source>
        <translation>%1 sur cet ordinateur, %2 UTC</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="100"/>
        <source>Nothing scheduled ahead</source>
        <translation>Rien de programmé à venir</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="120"/>
        <source>CommCare_Case_ID__c, else the Salesforce Id</source>
        <translation>CommCare_Case_ID__c, sinon l’Id Salesforce</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="122"/>
        <source>The earliest scheduled message still ahead, in this computer&apos;s time</source>
        <translation>Le prochain message programmé, à l’heure de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="124"/>
        <source>When the scheduler last wrote this contact&apos;s plan</source>
        <translation>Date à laquelle le planificateur a écrit le plan de ce contact pour la dernière fois</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="133"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="135"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="137"/>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="149"/>
        <source>Next send</source>
        <translation>Prochain envoi</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="151"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>sb::SmsPlanMessagesModel</name>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="274"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="276"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="278"/>
        <source>bulkId</source>
        <translation>bulkId</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="280"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="282"/>
        <source>Send at (local)</source>
        <translation>Envoi (heure locale)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="284"/>
        <source>Send at (UTC)</source>
        <translation>Envoi (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="286"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="288"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansmodel.cpp" line="290"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
</context>
<context>
    <name>sb::SmsPlansView</name>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="46"/>
        <source>Filter by contact id, name or clinic</source>
        <translation>Filtrer par identifiant de contact, nom ou clinique</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="56"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="58"/>
        <source>Read the plans again (F5)</source>
        <translation>Relire les plans (F5)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="74"/>
        <source>No plans yet: run the daily SMS workflow or `switchboard sms plan`.

Each contact the scheduler plans for appears here with every message: planned (beyond the 180-day horizon or not yet written), scheduled in Infobip, sent, cancelled or skipped — and why.</source>
        <translation>Aucun plan pour l’instant : lancez le workflow SMS quotidien ou `switchboard sms plan`.

Chaque contact pour lequel le planificateur établit un plan apparaît ici avec tous ses messages : prévus (au-delà de l’horizon de 180 jours ou pas encore écrits), programmés dans Infobip, envoyés, annulés ou ignorés — et pourquoi.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="96"/>
        <location filename="../ui/sms/smsplansview.cpp" line="126"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="129"/>
        <location filename="../ui/sms/smsplansview.cpp" line="286"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="135"/>
        <source>Select a message to see its text and why it is in this state.</source>
        <translation>Sélectionnez un message pour voir son texte et la raison de son état.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="180"/>
        <source>The plans cannot be read: %1</source>
        <translation>Impossible de lire les plans : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smsplansview.cpp" line="198"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smsplansview.cpp" line="199"/>
        <source>%n scheduled message(s)</source>
        <translation>
            <numerusform>%n message programmé</numerusform>
            <numerusform>%n messages programmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smsplansview.cpp" line="200"/>
        <source>%n contact(s) match</source>
        <translation>
            <numerusform>%n contact correspondant</numerusform>
            <numerusform>%n contacts correspondants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="238"/>
        <source>The plan of %1 cannot be read: %2</source>
        <translation>Impossible de lire le plan de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smsplansview.cpp" line="243"/>
        <source>%1 · %2 · %3 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n message</numerusform>
            <numerusform>%1 · %2 · %3 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="244"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="278"/>
        <source>(no text: it could not be rendered)</source>
        <translation>(aucun texte : il n’a pas pu être généré)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="282"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="283"/>
        <source>bulkId</source>
        <translation>bulkId</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="284"/>
        <source>Send at (local)</source>
        <translation>Envoi (heure locale)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="285"/>
        <source>Send at (UTC)</source>
        <translation>Envoi (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="288"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="290"/>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="291"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="291"/>
        <source>educational</source>
        <translation>éducatif</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsplansview.cpp" line="291"/>
        <source>visit reminder</source>
        <translation>rappel de visite</translation>
    </message>
</context>
<context>
    <name>sb::SmsPreview</name>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="174"/>
        <source>“Days from SSD” is “%1”, not a whole number.</source>
        <translation>« Days from SSD » vaut « %1 », ce n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="176"/>
        <source>“Min From SSD” is “%1”, not a whole number.</source>
        <translation>« Min From SSD » vaut « %1 », ce n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="179"/>
        <source>No schedule start date: %1 has no value.</source>
        <translation>Pas de date de début de programmation : %1 n’a pas de valeur.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="180"/>
        <source>No schedule start date: %1 is “%2”, not a date (YYYY-MM-DD).</source>
        <translation>Pas de date de début de programmation : %1 vaut « %2 », ce n’est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="183"/>
        <source>No time zone: SMS_Timezone__c is empty and the clinic has no country.</source>
        <translation>Pas de fuseau horaire : SMS_Timezone__c est vide et la clinique n’a pas de pays.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="184"/>
        <source>No time zone: SMS_Timezone__c is empty and “%1” is not in the countries table.</source>
        <translation>Pas de fuseau horaire : SMS_Timezone__c est vide et « %1 » n’est pas dans la table des pays.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="187"/>
        <source>“%1” is not an IANA time zone name such as Asia/Manila.</source>
        <translation>« %1 » n’est pas un nom de fuseau horaire IANA comme Asia/Manila.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewresult.cpp" line="189"/>
        <source>A visit reminder needs Next_Visit_Date_New__c.</source>
        <translation>Un rappel de visite nécessite Next_Visit_Date_New__c.</translation>
    </message>
</context>
<context>
    <name>sb::SmsPreviewView</name>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="57"/>
        <source>Patient name:</source>
        <translation>Nom du patient :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="58"/>
        <source>Guardian first name:</source>
        <translation>Prénom du tuteur :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="59"/>
        <source>Pronoun he/she:</source>
        <translation>Pronom il/elle :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="60"/>
        <source>Pronoun him/her:</source>
        <translation>Pronom le/la :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="61"/>
        <source>Pronoun his/her:</source>
        <translation>Pronom son/sa :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="62"/>
        <source>Clinic:</source>
        <translation>Clinique :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="63"/>
        <source>CommCare case id:</source>
        <translation>Identifiant de cas CommCare :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="67"/>
        <source>Registration date:</source>
        <translation>Date d’inscription :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="68"/>
        <source>Treatment start date:</source>
        <translation>Date de début du traitement :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="69"/>
        <source>Last visit date:</source>
        <translation>Date de la dernière visite :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="70"/>
        <source>Next visit date:</source>
        <translation>Date de la prochaine visite :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="147"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="154"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="160"/>
        <source>The row of the table: its group and its number in the group</source>
        <translation>La ligne de la table : son groupe et son numéro dans le groupe</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="162"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="167"/>
        <source>&amp;Now:</source>
        <translation>&amp;Maintenant :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="172"/>
        <source>The moment the scheduler runs, in this computer&apos;s time zone (%1). Change it to see what a run on another day would decide.</source>
        <translation>Le moment où le planificateur s’exécute, dans le fuseau horaire de cet ordinateur (%1). Modifiez-le pour voir ce que déciderait une exécution un autre jour.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="178"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="181"/>
        <source>Set to the current time</source>
        <translation>Régler sur l’heure actuelle</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="197"/>
        <source>This computer&apos;s time zone: %1</source>
        <translation>Fuseau horaire de cet ordinateur : %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="227"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="233"/>
        <source>Load a contact…</source>
        <translation>Charger un contact…</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="237"/>
        <source>A Salesforce Contact as JSON (fields by API name, the clinic as Account {Name, Status__c, Country__c}), as `switchboard sms plan` reads it</source>
        <translation>Un contact Salesforce au format JSON (champs par nom d’API, la clinique comme Account {Name, Status__c, Country__c}), tel que `switchboard sms plan` le lit</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="240"/>
        <source>From a JSON file…</source>
        <translation>Depuis un fichier JSON…</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="241"/>
        <source>Paste JSON…</source>
        <translation>Coller du JSON…</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="242"/>
        <source>From the sandbox’s Salesforce…</source>
        <translation>Depuis le Salesforce du bac à sable…</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="244"/>
        <source>Start the built-in sandbox (Sandbox page) to pick one of its contacts</source>
        <translation>Démarrez le bac à sable intégré (page Bac à sable) pour choisir l’un de ses contacts</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="246"/>
        <source>Demo contact</source>
        <translation>Contact de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="272"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="274"/>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="296"/>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="312"/>
        <source>(empty: the country&apos;s zone)</source>
        <translation>(vide : le fuseau du pays)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="313"/>
        <source>SMS_Timezone__c: an IANA time zone name such as Asia/Manila. Empty: the country&apos;s default zone.</source>
        <translation>SMS_Timezone__c : un nom de fuseau horaire IANA comme Asia/Manila. Vide : le fuseau par défaut du pays.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="315"/>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="331"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="367"/>
        <source>Send time (local):</source>
        <translation>Heure d’envoi (locale) :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="368"/>
        <source>Send time (UTC):</source>
        <translation>Heure d’envoi (UTC) :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="369"/>
        <source>Decision:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="370"/>
        <source>Schedule start:</source>
        <translation>Début de programmation :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="371"/>
        <source>Segments:</source>
        <translation>Segments :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="372"/>
        <source>Sender id:</source>
        <translation>Identifiant d’expéditeur :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="373"/>
        <source>bulkId:</source>
        <translation>bulkId :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="378"/>
        <source>This message in every language</source>
        <translation>Ce message dans toutes les langues</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="384"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="384"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="384"/>
        <location filename="../ui/sms/smspreviewview.cpp" line="389"/>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="384"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="390"/>
        <source>Double-click a language to show it above</source>
        <translation>Double-cliquez sur une langue pour l’afficher ci-dessus</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="409"/>
        <source>The countries table cannot be read: %1</source>
        <translation>Impossible de lire la table des pays : %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="419"/>
        <source>The mapping tables cannot be read: %1</source>
        <translation>Impossible de lire les tables de correspondance : %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="455"/>
        <source>The table “%1” cannot be read: %2</source>
        <translation>Impossible de lire la table « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="474"/>
        <source>version %1, published</source>
        <translation>version %1, publiée</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="476"/>
        <source>version %1, not published</source>
        <translation>version %1, non publiée</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="477"/>
        <source>The Preview uses the published version (what the scheduler uses), else the newest.</source>
        <translation>L’Aperçu utilise la version publiée (celle qu’utilise le planificateur), sinon la plus récente.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="491"/>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="493"/>
        <source>Row %1: SSD %2, %3 days, clock %4, %5 minutes</source>
        <translation>Ligne %1 : SSD %2, %3 jours, heure %4, %5 minutes</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="588"/>
        <source>No mapping table yet: import the sheet in the Mapping table tab.</source>
        <translation>Pas encore de table de correspondance : importez la feuille dans l’onglet Table de correspondance.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="589"/>
        <source>The table has no rows.</source>
        <translation>La table n’a aucune ligne.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="597"/>
        <source>%1 · #%2 · %3 · %4</source>
        <translation>%1 · #%2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="599"/>
        <source>visit reminder</source>
        <translation>rappel de visite</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="599"/>
        <source>educational</source>
        <translation>éducatif</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="626"/>
        <source>(the cell is empty in every language)</source>
        <translation>(la cellule est vide dans toutes les langues)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="632"/>
        <source>Not sent: the brace in “%1” is not closed or opened.</source>
        <translation>Non envoyé : l’accolade dans « %1 » n’est pas fermée ou pas ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="633"/>
        <source>Not sent: {%1} has no value.</source>
        <translation>Non envoyé : {%1} n’a pas de valeur.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="637"/>
        <source>The %1 translation is empty: the scheduler sends the English text and reports it.</source>
        <translation>La traduction %1 est vide : le planificateur envoie le texte anglais et le signale.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="651"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="653"/>
        <source>None: the clinic has no country (Account.Country__c).</source>
        <translation>Aucun : la clinique n’a pas de pays (Account.Country__c).</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="655"/>
        <source>None: “%1” is not in the countries table.</source>
        <translation>Aucun : « %1 » n’est pas dans la table des pays.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="661"/>
        <source>%1 (default clock)</source>
        <translation>%1 (heure par défaut)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="663"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="663"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="665"/>
        <source>+ %n minute(s)</source>
        <translation>
            <numerusform>+ %n minute</numerusform>
            <numerusform>+ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="667"/>
        <source>“now” → %1</source>
        <translation>« maintenant » → %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="670"/>
        <source>%1 (%2) + %3</source>
        <translation>%1 (%2) + %3</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="672"/>
        <source>— (%1) + %2</source>
        <translation>— (%1) + %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="675"/>
        <source>appointment %1</source>
        <translation>rendez-vous %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="675"/>
        <source>no appointment date</source>
        <translation>pas de date de rendez-vous</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="684"/>
        <source>%1, the zone of %2</source>
        <translation>%1, le fuseau de %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="690"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="701"/>
        <source>due now</source>
        <translation>à envoyer maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="701"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="702"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="704"/>
        <source>Late: its time has passed, so it is sent at the next allowed moment (%1).</source>
        <translation>En retard : son heure est passée, il est donc envoyé au prochain moment autorisé (%1).</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="707"/>
        <source>Scheduled (%1), moved into the 08:00–20:00 local window.</source>
        <translation>Programmé (%1), déplacé dans la plage locale 08:00–20:00.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="709"/>
        <source>Scheduled (%1).</source>
        <translation>Programmé (%1).</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="712"/>
        <source>Moved into the 08:00–20:00 local window.</source>
        <translation>Déplacé dans la plage locale 08:00–20:00.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="716"/>
        <source>Beyond the 180-day horizon: kept in the plan, a later run schedules it.</source>
        <translation>Au-delà de l’horizon de 180 jours : conservé dans le plan, une exécution ultérieure le programmera.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="720"/>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="724"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="729"/>
        <source>The text or bulkId cannot be filled, so the scheduler skips it.</source>
        <translation>Le texte ou le bulkId ne peut pas être rempli, le planificateur l’ignore donc.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="742"/>
        <source>UCS-2, forced by “%1” (U+%2)</source>
        <translation>UCS-2, imposé par « %1 » (U+%2)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="745"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="747"/>
        <location filename="../ui/sms/smspreviewview.cpp" line="779"/>
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="748"/>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="767"/>
        <source>No translation: English is sent</source>
        <translation>Pas de traduction : l’anglais est envoyé</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="773"/>
        <source>Not sent: no value for %1</source>
        <translation>Non envoyé : aucune valeur pour %1</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="776"/>
        <source>Longer than one SMS</source>
        <translation>Plus long qu’un SMS</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="848"/>
        <source>Demo contact: type any value, the message follows.</source>
        <translation>Contact de démonstration : saisissez n’importe quelle valeur, le message s’actualise.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="861"/>
        <source>The contact is not valid JSON: %1 (at character %2).</source>
        <translation>Le contact n’est pas un JSON valide : %1 (au caractère %2).</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="875"/>
        <source>The JSON holds no contact: expected a Salesforce Contact object (fields by API name), a list of them, or a query result with “records”.</source>
        <translation>Le JSON ne contient aucun contact : un objet Contact Salesforce (champs par nom d’API), une liste de ces objets ou un résultat de requête avec « records » est attendu.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="881"/>
        <source>Loaded contact %1.</source>
        <translation>Contact %1 chargé.</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="881"/>
        <source>Loaded contact %1 from %2.</source>
        <translation>Contact %1 chargé depuis %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sms/smspreviewview.cpp" line="883"/>
        <source>The first of %n contacts.</source>
        <translation>
            <numerusform>Le premier contact sur %n.</numerusform>
            <numerusform>Le premier contact sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="919"/>
        <source>The sandbox’s Salesforce has no contacts (or the sandbox is not running).</source>
        <translation>Le Salesforce du bac à sable n’a aucun contact (ou le bac à sable ne tourne pas).</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="925"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="929"/>
        <source>A contact from the sandbox</source>
        <translation>Un contact du bac à sable</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="929"/>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="935"/>
        <source>the sandbox’s Salesforce</source>
        <translation>le Salesforce du bac à sable</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="940"/>
        <source>Load a contact</source>
        <translation>Charger un contact</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="941"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="946"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="956"/>
        <source>Paste a contact</source>
        <translation>Coller un contact</translation>
    </message>
    <message>
        <location filename="../ui/sms/smspreviewview.cpp" line="957"/>
        <source>A Salesforce Contact as JSON (fields by API name, the clinic as &quot;Account&quot;: {&quot;Name&quot;, &quot;Status__c&quot;, &quot;Country__c&quot;}):</source>
        <translation>Un contact Salesforce au format JSON (champs par nom d’API, la clinique comme &quot;Account&quot;: {&quot;Name&quot;, &quot;Status__c&quot;, &quot;Country__c&quot;}) :</translation>
    </message>
</context>
<context>
    <name>sb::SmsRender</name>
    <message>
        <location filename="../core/sms/smsrender.cpp" line="295"/>
        <source>The row has no bulkId template.</source>
        <translation>La ligne n’a pas de modèle de bulkId.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrender.cpp" line="338"/>
        <source>The bulkId template “%1” cannot be filled for this contact: no value for %2.</source>
        <translation>Le modèle de bulkId « %1 » ne peut pas être rempli pour ce contact : aucune valeur pour %2.</translation>
    </message>
</context>
<context>
    <name>sb::SmsRun</name>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="87"/>
        <source>Infobip at %1 did not answer (%2).</source>
        <translation>Infobip (%1) n’a pas répondu (%2).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="89"/>
        <source>Infobip refused the API key (HTTP %1); check the Infobip credential.</source>
        <translation>Infobip a refusé la clé d’API (HTTP %1) ; vérifiez le jeu d’identifiants Infobip.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="92"/>
        <source>Infobip answered HTTP %1 to %2 %3: %4</source>
        <translation>Infobip a répondu HTTP %1 à %2 %3 : %4</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="168"/>
        <source>Infobip has no SMS endpoint at this address.</source>
        <translation>Infobip n’a pas de point de terminaison SMS à cette adresse.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="248"/>
        <source>the contacts</source>
        <translation>les contacts</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="250"/>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 n’est pas un JSON valide : %2 à l’octet %3.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="259"/>
        <source>%1 must be a JSON array of Contact objects, or an object with &quot;records&quot; (a Salesforce query result).</source>
        <translation>%1 doit être un tableau JSON d’objets Contact, ou un objet avec &quot;records&quot; (un résultat de requête Salesforce).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="266"/>
        <source>Contact %1 of %2 is not a JSON object.</source>
        <translation>Le contact %1 sur %2 n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="412"/>
        <source>wanted again after a cancellation: sent under a new bulkId (Infobip uses a bulkId once)</source>
        <translation>de nouveau prévu après une annulation : envoyé sous un nouveau bulkId (Infobip n’utilise un bulkId qu’une fois)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="448"/>
        <source>sent (its time has passed)</source>
        <translation>envoyé (son heure est passée)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="454"/>
        <location filename="../core/sms/smsrun.cpp" line="611"/>
        <location filename="../core/sms/smsrun.cpp" line="639"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="499"/>
        <source>no longer in the table&apos;s plan for this contact</source>
        <translation>ne figure plus dans le plan de la table pour ce contact</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="602"/>
        <source>rescheduled</source>
        <translation>reprogrammé</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="602"/>
        <source>rescheduled from %1</source>
        <translation>reprogrammé (auparavant : %1)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="616"/>
        <source>cancelled in Infobip (Infobip uses a bulkId once)</source>
        <translation>annulé dans Infobip (Infobip n’utilise un bulkId qu’une fois)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="619"/>
        <source>not scheduled yet: %1</source>
        <translation>pas encore programmé : %1</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="639"/>
        <source>cancelled: %1</source>
        <translation>annulé : %1</translation>
    </message>
    <message>
        <location filename="../core/sms/smsrun.cpp" line="671"/>
        <source>to be cancelled (%1); the cancellation failed: %2</source>
        <translation>à annuler (%1) ; l’annulation a échoué : %2</translation>
    </message>
</context>
<context>
    <name>sb::SmsScheduler</name>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="444"/>
        <source>row %1: the group “%2” is not one the scheduler knows (the Name must start with its number, 01 to 16)</source>
        <translation>ligne %1 : le groupe « %2 » n’est pas connu du planificateur (le Name doit commencer par son numéro, de 01 à 16)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="449"/>
        <source>row %1: “%2” is not a whole number of days</source>
        <translation>ligne %1 : « %2 » n’est pas un nombre entier de jours</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="451"/>
        <source>row %1: “%2” is not a whole number of minutes</source>
        <translation>ligne %1 : « %2 » n’est pas un nombre entier de minutes</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="453"/>
        <source>row %1: “%2” is not a time of day like 9:00</source>
        <translation>ligne %1 : « %2 » n’est pas une heure comme 9:00</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="455"/>
        <source>row %1: the schedule start date (SSD) is empty</source>
        <translation>ligne %1 : la date de début de programmation (SSD) est vide</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="531"/>
        <source>Send_SMS__c is not true</source>
        <translation>Send_SMS__c n’est pas vrai</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="533"/>
        <source>SMS_Error__c is set (“%1”)</source>
        <translation>SMS_Error__c est renseigné (« %1 »)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="535"/>
        <source>Cancel_SMS_Sending__c is true</source>
        <translation>Cancel_SMS_Sending__c est vrai</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="537"/>
        <source>the phone number is a landline</source>
        <translation>le numéro de téléphone est une ligne fixe</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="539"/>
        <source>there is no phone number (Guardian_1_Phone_Number_1__c)</source>
        <translation>il n’y a pas de numéro de téléphone (Guardian_1_Phone_Number_1__c)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="542"/>
        <source>the clinic “%1” is %2</source>
        <translation>la clinique « %1 » a le statut %2</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="544"/>
        <source>the clinic “%1” is Temporarily Suspended</source>
        <translation>la clinique « %1 » a le statut Temporarily Suspended</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="546"/>
        <source>the clinic “%1” has no status (Account.Status__c)</source>
        <translation>la clinique « %1 » n’a pas de statut (Account.Status__c)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="547"/>
        <source>the clinic status “%1” is not one Switchboard knows</source>
        <translation>le statut de clinique « %1 » n’est pas connu de Switchboard</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="552"/>
        <source>SMS_Opt_In_II__c (educational messages) is not true</source>
        <translation>SMS_Opt_In_II__c (messages éducatifs) n’est pas vrai</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="554"/>
        <source>SMS_Opt_In__c (visit reminders) is not true</source>
        <translation>SMS_Opt_In__c (rappels de visite) n’est pas vrai</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="566"/>
        <source>treatment stopped (%1)</source>
        <translation>traitement arrêté (%1)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="568"/>
        <source>treatment completed</source>
        <translation>traitement terminé</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="570"/>
        <source>treatment suspended</source>
        <translation>traitement suspendu</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="572"/>
        <source>no treatment is recorded (SMS_Treatment__c)</source>
        <translation>aucun traitement n’est enregistré (SMS_Treatment__c)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="573"/>
        <source>the treatment “%1” is not one the table has</source>
        <translation>le traitement « %1 » ne figure pas dans la table</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="594"/>
        <source>no registration date (Date_of_SMS_Registration__c, Registration_Date__c)</source>
        <translation>pas de date d’inscription (Date_of_SMS_Registration__c, Registration_Date__c)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="602"/>
        <source>the treatment is now %1</source>
        <translation>le traitement est désormais %1</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="606"/>
        <source>that brace problem is not recorded (Brace_Problems_Type__c)</source>
        <translation>ce problème d’orthèse n’est pas enregistré (Brace_Problems_Type__c)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="612"/>
        <source>there is no next visit date (Next_Visit_Date_New__c)</source>
        <translation>il n’y a pas de date de prochaine visite (Next_Visit_Date_New__c)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="614"/>
        <source>the visit of %1 took place (Last_Visit_Date__c %2)</source>
        <translation>la visite du %1 a eu lieu (Last_Visit_Date__c %2)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="742"/>
        <source>the table&apos;s %1</source>
        <translation>%1 de la table</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="749"/>
        <source>not sent: %1</source>
        <translation>non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="754"/>
        <source>no time zone: SMS_Timezone__c is empty and the country “%1” is not in the countries table</source>
        <translation>pas de fuseau horaire : SMS_Timezone__c est vide et le pays « %1 » n’est pas dans la table des pays</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="757"/>
        <source>the time zone “%1” is not an IANA time zone</source>
        <translation>le fuseau horaire « %1 » n’est pas un fuseau horaire IANA</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="759"/>
        <source>the clinic&apos;s country “%1” is not in the countries table (no sender id)</source>
        <translation>le pays de la clinique « %1 » n’est pas dans la table des pays (pas d’identifiant d’expéditeur)</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="785"/>
        <source>no schedule start date: %1 is empty</source>
        <translation>pas de date de début de programmation : %1 est vide</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="476"/>
        <source>was due on %1, which passed more than a day ago</source>
        <translation>était prévu le %1, il y a plus d’un jour</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="477"/>
        <source>beyond the 180-day horizon: scheduled by the run on or after %1</source>
        <translation>au-delà de l’horizon de 180 jours : programmé par l’exécution du %1 ou une exécution ultérieure</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="814"/>
        <source>the visit of %1 has come: a reminder before it is no longer useful</source>
        <translation>la visite du %1 est arrivée : un rappel préalable n’est plus utile</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="823"/>
        <source>%1: row %2 has no %3 text; the English one is sent</source>
        <translation>%1 : la ligne %2 n’a pas de texte %3 ; le texte anglais est envoyé</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="831"/>
        <source>row %1 has no %2 or English text</source>
        <translation>la ligne %1 n’a ni texte %2 ni texte anglais</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="840"/>
        <source>not sent: the text needs %1, which has no value</source>
        <translation>non envoyé : le texte nécessite %1, qui n’a pas de valeur</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="847"/>
        <source>its time had passed: sent at the next allowed moment</source>
        <translation>son heure était passée : envoyé au prochain moment autorisé</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="849"/>
        <source>moved into the 08:00–20:00 local window</source>
        <translation>déplacé dans la plage locale 08:00–20:00</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="852"/>
        <source>no %1 text: sent in English</source>
        <translation>pas de texte %1 : envoyé en anglais</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="384"/>
        <source>the visit of %1 took place; the next is on %2</source>
        <translation>la visite du %1 a eu lieu ; la prochaine est le %2</translation>
    </message>
    <message>
        <location filename="../core/sms/smsscheduler.cpp" line="385"/>
        <source>the appointment moved from %1 to %2</source>
        <translation>le rendez-vous a été déplacé du %1 au %2</translation>
    </message>
</context>
<context>
    <name>sb::SmsSendTime</name>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="219"/>
        <source>The schedule start date is missing or invalid.</source>
        <translation>La date de début de planification est absente ou invalide.</translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="223"/>
        <source>The contact&apos;s time zone is missing or not a known IANA time zone.</source>
        <translation>Le fuseau horaire du contact est absent ou n’est pas un fuseau IANA connu.</translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="227"/>
        <source>The current time is invalid.</source>
        <translation>L’heure actuelle est invalide.</translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="231"/>
        <source>A visit reminder needs the date of the appointment it is about.</source>
        <translation>Un rappel de visite a besoin de la date du rendez-vous qu’il concerne.</translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="239"/>
        <source>The clock time is blank and the default clock time is invalid.</source>
        <translation>L’heure d’envoi est vide et l’heure par défaut est invalide.</translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="240"/>
        <source>The clock time “%1” is not a time of day written H:MM or HH:MM (00:00 to 23:59).</source>
        <translation>L’heure « %1 » n’est pas une heure écrite H:MM ou HH:MM (de 00:00 à 23:59).</translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="252"/>
        <source>The send date is outside the supported calendar range.</source>
        <translation>La date d’envoi est hors de la plage de dates prise en charge.</translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="274"/>
        <source>The message was due at %1, which passed more than a day ago.</source>
        <translation>Le message était prévu à %1, il y a plus d’un jour.</translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="290"/>
        <source>The reminder would be sent at %1, more than %2 days after the appointment on %3.</source>
        <translation>Le rappel partirait à %1, plus de %2 jours après le rendez-vous du %3.</translation>
    </message>
    <message>
        <location filename="../core/sms/sendtime.cpp" line="303"/>
        <source>The message is due at %1, more than %2 days ahead; a later run will schedule it.</source>
        <translation>Le message est prévu à %1, dans plus de %2 jours ; une exécution ultérieure le planifiera.</translation>
    </message>
</context>
<context>
    <name>sb::SmsTable</name>
    <message>
        <location filename="../core/sms/smstable.cpp" line="62"/>
        <source>The column “%1” appears twice in the header (line %2); a sheet has each column once.</source>
        <translation>La colonne « %1 » apparaît deux fois dans l’en-tête (ligne %2) ; une feuille contient chaque colonne une seule fois.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="121"/>
        <source>There is no SMS table “%1”; import one with `switchboard sms import FILE --table %1`.</source>
        <translation>Il n’y a pas de table SMS « %1 » ; importez-en une avec `switchboard sms import FILE --table %1`.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="134"/>
        <location filename="../core/sms/smstable.cpp" line="151"/>
        <location filename="../core/sms/smstable.cpp" line="517"/>
        <location filename="../core/sms/smstable.cpp" line="528"/>
        <location filename="../core/sms/smstable.cpp" line="550"/>
        <source>The store could not be read.</source>
        <translation>Impossible de lire la base de données.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="281"/>
        <source>The file is not UTF-8 text; export the sheet as “CSV UTF-8”.</source>
        <translation>Le fichier n’est pas du texte UTF-8 ; exportez la feuille au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="338"/>
        <source>Line %1: a quoted cell is followed by “%2” instead of a comma or the end of the line; a quote inside a quoted cell is written twice (&quot;&quot;).</source>
        <translation>Ligne %1 : une cellule entre guillemets est suivie de « %2 » au lieu d’une virgule ou de la fin de la ligne ; un guillemet à l’intérieur d’une cellule entre guillemets s’écrit deux fois (&quot;&quot;).</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="353"/>
        <source>Line %1: a quoted cell that begins here is never closed (a missing &quot;).</source>
        <translation>Ligne %1 : une cellule entre guillemets qui commence ici n’est jamais fermée (il manque un &quot;).</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="365"/>
        <source>The file is empty; the first line must be the header with the column names.</source>
        <translation>Le fichier est vide ; la première ligne doit être l’en-tête avec les noms des colonnes.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="374"/>
        <source>Line %1: the row has %2 cells, but the header has %3 columns.</source>
        <translation>Ligne %1 : la ligne a %2 cellules, mais l’en-tête a %3 colonnes.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="395"/>
        <source>Line %1: the file is not valid JSON (%2).</source>
        <translation>Ligne %1 : le fichier n’est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="399"/>
        <source>The JSON file must be an array of rows, one object per message.</source>
        <translation>Le fichier JSON doit être un tableau de lignes, un objet par message.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="407"/>
        <source>Row %1 of the JSON array is not an object with the sheet&apos;s columns.</source>
        <translation>La ligne %1 du tableau JSON n’est pas un objet avec les colonnes de la feuille.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="436"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="509"/>
        <source>An SMS table needs a name (--table NAME).</source>
        <translation>Une table SMS doit avoir un nom (--table NAME).</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="511"/>
        <source>The table has no columns; nothing was saved.</source>
        <translation>La table n’a aucune colonne ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="126"/>
        <source>The SMS table “%1” has no version %2; see `switchboard sms versions --table %1`.</source>
        <translation>La table SMS « %1 » n’a pas de version %2 ; voir `switchboard sms versions --table %1`.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="591"/>
        <source>Version %1 of the SMS table “%2” is damaged in the store; import the sheet again.</source>
        <translation>La version %1 de la table SMS « %2 » est endommagée dans la base de données ; importez de nouveau la feuille.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="656"/>
        <source>The built-in SMS table is missing from this build.</source>
        <translation>La table SMS intégrée est absente de cette compilation.</translation>
    </message>
    <message>
        <location filename="../core/sms/smstable.cpp" line="661"/>
        <source>The MiracleFeet sheet shipped with Switchboard</source>
        <translation>La feuille MiracleFeet fournie avec Switchboard</translation>
    </message>
</context>
<context>
    <name>sb::SmsValidate</name>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="237"/>
        <source>%1: the placeholder has no field name.</source>
        <translation>%1 : la variable n’a pas de nom de champ.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="254"/>
        <source>before “%1”</source>
        <translation>avant « %1 »</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="255"/>
        <source>after “%1”</source>
        <translation>après « %1 »</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="257"/>
        <source>%1: the name has a space %2; remove it.</source>
        <translation>%1 : le nom contient une espace %2 ; supprimez-la.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="258"/>
        <source>%1: the name has an invisible character (%2) %3; remove it.</source>
        <translation>%1 : le nom contient un caractère invisible (%2) %3 ; supprimez-le.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="264"/>
        <source>%1: field names are case-sensitive; write {%2}.</source>
        <translation>%1 : les noms de champ sont sensibles à la casse ; écrivez {%2}.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="281"/>
        <source>%1: “%2” is not a contact field the scheduler knows.</source>
        <translation>%1 : « %2 » n’est pas un champ de contact connu du planificateur.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="283"/>
        <source>%1: “%2” is not a contact field the scheduler knows; did you mean {%3}?</source>
        <translation>%1 : « %2 » n’est pas un champ de contact connu du planificateur ; vouliez-vous dire {%3} ?</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="288"/>
        <source>The name also contains an invisible character (%1).</source>
        <translation>Le nom contient aussi un caractère invisible (%1).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="333"/>
        <source>A “}” at character %1 has no “{” before it (after “%2”).</source>
        <translation>Une « } » au caractère %1 n’a pas de « { » avant elle (après « %2 »).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="353"/>
        <source>The “{” at character %1 is closed only %2 characters later, so it swallows “%3”; a closing “}” is probably missing or mistyped.</source>
        <translation>La « { » au caractère %1 n’est fermée que %2 caractères plus loin et englobe donc « %3 » ; une « } » fermante manque probablement ou est mal saisie.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="366"/>
        <source>The “{” at character %1 is not closed before the next “{”; it swallows “%2”.</source>
        <translation>La « { » au caractère %1 n’est pas fermée avant la « { » suivante ; elle englobe « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="370"/>
        <source>The “{” at character %1 is never closed; it swallows “%2”.</source>
        <translation>La « { » au caractère %1 n’est jamais fermée ; elle englobe « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="447"/>
        <source>“%1” is not a whole number of days.</source>
        <translation>« %1 » n’est pas un nombre entier de jours.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="451"/>
        <source>“%1” is not a whole number (the message&apos;s place in its group).</source>
        <translation>« %1 » n’est pas un nombre entier (la place du message dans son groupe).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="456"/>
        <source>“%1” is not a whole number of minutes (or blank).</source>
        <translation>« %1 » n’est pas un nombre entier de minutes (la cellule peut aussi rester vide).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="461"/>
        <source>“%1” is not a time of day like 9:00 or 14:30 (or blank).</source>
        <translation>« %1 » n’est pas une heure comme 9:00 ou 14:30 (la cellule peut aussi rester vide).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="470"/>
        <source>The English text is empty; English is what every other language falls back to.</source>
        <translation>Le texte anglais est vide ; c’est l’anglais qui sert de secours à toutes les autres langues.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="474"/>
        <source>The %1 translation is empty; contacts who read %1 would get the English text.</source>
        <translation>La traduction %1 est vide ; les contacts de langue %1 recevraient le texte anglais.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="559"/>
        <source>This text needs at least %1 SMS segments even before its placeholders are filled in: “%2” (%3) is not in the GSM-7 alphabet, so it is sent as UCS-2, and its %4 characters exceed the 70 of one SMS (67 per segment when split).</source>
        <translation>Ce texte nécessite au moins %1 segments SMS avant même que ses variables soient remplies : « %2 » (%3) n’est pas dans l’alphabet GSM-7, le texte est donc envoyé en UCS-2, et ses %4 caractères dépassent les 70 d’un SMS (67 par segment en cas de découpage).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="563"/>
        <source>This text needs %1 SMS segments: “%2” (%3) is not in the GSM-7 alphabet, so it is sent as UCS-2, and its %4 characters exceed the 70 of one SMS (67 per segment when split).</source>
        <translation>Ce texte nécessite %1 segments SMS : « %2 » (%3) n’est pas dans l’alphabet GSM-7, le texte est donc envoyé en UCS-2, et ses %4 caractères dépassent les 70 d’un SMS (67 par segment en cas de découpage).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="570"/>
        <source>This text needs at least %1 SMS segments even before its placeholders are filled in: its %2 GSM-7 characters exceed the 160 of one SMS (153 per segment when split).</source>
        <translation>Ce texte nécessite au moins %1 segments SMS avant même que ses variables soient remplies : ses %2 caractères GSM-7 dépassent les 160 d’un SMS (153 par segment en cas de découpage).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="573"/>
        <source>This text needs %1 SMS segments: its %2 GSM-7 characters exceed the 160 of one SMS (153 per segment when split).</source>
        <translation>Ce texte nécessite %1 segments SMS : ses %2 caractères GSM-7 dépassent les 160 d’un SMS (153 par segment en cas de découpage).</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="583"/>
        <source>The bulkId template is empty; Infobip needs it to find, reschedule and cancel this message.</source>
        <translation>Le modèle de bulkId est vide ; Infobip en a besoin pour retrouver, replanifier et annuler ce message.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="598"/>
        <source>The bulkId template contains “%1” (%2); use only letters, digits and punctuation without spaces.</source>
        <translation>Le modèle de bulkId contient « %1 » (%2) ; n’utilisez que des lettres, des chiffres et de la ponctuation, sans espaces.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="604"/>
        <source>The bulkId template has no placeholder, so every contact would get the same bulkId; add {CommCare_Case_ID__c}.</source>
        <translation>Le modèle de bulkId n’a aucune variable, donc tous les contacts recevraient le même bulkId ; ajoutez {CommCare_Case_ID__c}.</translation>
    </message>
    <message>
        <location filename="../core/sms/smsvalidate.cpp" line="610"/>
        <source>The bulkId template “%1” is already used by row %2; each row needs its own.</source>
        <translation>Le modèle de bulkId « %1 » est déjà utilisé par la ligne %2 ; chaque ligne doit avoir le sien.</translation>
    </message>
</context>
<context>
    <name>sb::SmsView</name>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="25"/>
        <source>Mapping table</source>
        <translation>Table de correspondance</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="26"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="27"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="28"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="29"/>
        <source>The Master Mapping Table: every message in every language, its timing and bulkId, with the problems found in it</source>
        <translation>La Master Mapping Table : chaque message dans chaque langue, son calendrier et son bulkId, avec les problèmes détectés</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="31"/>
        <source>One message for one contact: the text, when it is sent (local and UTC) and how many SMS it takes</source>
        <translation>Un message pour un contact : le texte, quand il est envoyé (heure locale et UTC) et combien de SMS il occupe</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="33"/>
        <source>What the scheduler decided for each contact: planned, scheduled, sent, cancelled or skipped, and why</source>
        <translation>Ce que le planificateur a décidé pour chaque contact : prévu, programmé, envoyé, annulé ou ignoré, et pourquoi</translation>
    </message>
    <message>
        <location filename="../ui/sms/smsview.cpp" line="35"/>
        <source>Sender id, time zone and default language per country</source>
        <translation>Identifiant d’expéditeur, fuseau horaire et langue par défaut par pays</translation>
    </message>
</context>
<context>
    <name>sb::Spec</name>
    <message>
        <location filename="../core/project/specyaml.cpp" line="323"/>
        <source>a value cannot start here; put quotes around text that contains &quot;: &quot;, or fix the indentation</source>
        <translation>une valeur ne peut pas commencer ici ; mettez entre guillemets le texte qui contient &quot;: &quot;, ou corrigez l’indentation</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="326"/>
        <source>this line does not fit the mapping it is in; check its indentation</source>
        <translation>cette ligne ne correspond pas au mapping dans lequel elle se trouve ; vérifiez son indentation</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="328"/>
        <source>this line does not fit the list it is in; check its indentation</source>
        <translation>cette ligne ne correspond pas à la liste dans laquelle elle se trouve ; vérifiez son indentation</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="330"/>
        <source>a { … } mapping is not closed; add the missing }</source>
        <translation>un mapping { … } n’est pas fermé ; ajoutez le } manquant</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="331"/>
        <source>a [ … ] list is not closed; add the missing ]</source>
        <translation>une liste [ … ] n’est pas fermée ; ajoutez le ] manquant</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="333"/>
        <location filename="../core/project/specyaml.cpp" line="663"/>
        <source>a tab is used for indentation; YAML indents with spaces only</source>
        <translation>une tabulation est utilisée pour l’indentation ; YAML n’indente qu’avec des espaces</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="335"/>
        <location filename="../core/project/specyaml.cpp" line="543"/>
        <source>a quoted text starting here is never closed; add the closing quote</source>
        <translation>un texte entre guillemets commence ici et n’est jamais fermé ; ajoutez le guillemet fermant</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="337"/>
        <location filename="../core/project/specyaml.cpp" line="374"/>
        <source>this alias refers to an anchor (&amp;name) that is not defined before it</source>
        <translation>cet alias renvoie à une ancre (&amp;name) qui n’est pas définie avant lui</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="339"/>
        <source>a list item (- ) cannot start here; check the indentation</source>
        <translation>un élément de liste (- ) ne peut pas commencer ici ; vérifiez l’indentation</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="344"/>
        <source>the YAML is not valid here (%1); check the indentation and quoting</source>
        <translation>le YAML n’est pas valide ici (%1) ; vérifiez l’indentation et les guillemets</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="489"/>
        <source>merge keys (&lt;&lt;) are not supported; write the keys out in full</source>
        <translation>les clés de fusion (&lt;&lt;) ne sont pas prises en charge ; écrivez les clés en entier</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="505"/>
        <source>the key &quot;%1&quot; appears twice in this mapping (first on line %2); remove or rename one</source>
        <translation>la clé &quot;%1&quot; apparaît deux fois dans ce mapping (la première à la ligne %2) ; supprimez ou renommez l’une des deux</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="636"/>
        <source>the file holds no YAML (only blank lines or comments); a project spec needs at least name: and workflows:</source>
        <translation>le fichier ne contient pas de YAML (seulement des lignes vides ou des commentaires) ; une spécification de projet doit contenir au moins name: et workflows:</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="645"/>
        <source>a second YAML document starts here; a project spec is one document, so remove the extra ---</source>
        <translation>un second document YAML commence ici ; une spécification de projet est un seul document, supprimez donc le --- en trop</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="657"/>
        <source>the YAML is nested too deeply to be a project spec; is this the right file?</source>
        <translation>le YAML est trop profondément imbriqué pour être une spécification de projet ; est-ce le bon fichier ?</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="668"/>
        <source>the file cannot be parsed (%1)</source>
        <translation>le fichier ne peut pas être analysé (%1)</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="683"/>
        <source>the file is empty; a project spec needs at least name: and workflows:</source>
        <translation>le fichier est vide ; une spécification de projet doit contenir au moins name: et workflows:</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="723"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="724"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="725"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="726"/>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="744"/>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>le fichier est du texte UTF-16 ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="763"/>
        <source>the file contains binary data (a NUL byte), not YAML text; is this the right file?</source>
        <translation>le fichier contient des données binaires (un octet NUL), pas du texte YAML ; est-ce le bon fichier ?</translation>
    </message>
    <message>
        <location filename="../core/project/specyaml.cpp" line="769"/>
        <source>the file is not UTF-8 text (byte 0x%1 here); save it as UTF-8</source>
        <translation>le fichier n’est pas du texte UTF-8 (octet 0x%1 ici) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="48"/>
        <source>the file is %1 MB; a project spec is at most %2 MB — is this the right file?</source>
        <translation>le fichier fait %1 Mo ; une spécification de projet fait au plus %2 Mo — est-ce le bon fichier ?</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="172"/>
        <source>workflow %1</source>
        <translation>le workflow %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="176"/>
        <source>job %1 in workflow %2</source>
        <translation>le job %1 du workflow %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="180"/>
        <source>trigger %1 in workflow %2</source>
        <translation>le déclencheur %1 du workflow %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="184"/>
        <source>edge %1 in workflow %2</source>
        <translation>le lien %1 du workflow %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="196"/>
        <source>%1 of %2 must be text, not %3</source>
        <translation>dans %2, %1 doit être du texte, pas %3</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="203"/>
        <source>the keys of %1 must be text, not %2</source>
        <translation>les clés sous %1 doivent être du texte, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="205"/>
        <source>a key of %1 is blank; give every entry a name</source>
        <translation>une clé sous %1 est vide ; donnez un nom à chaque entrée</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="225"/>
        <location filename="../core/project/specreader.cpp" line="227"/>
        <source>%1 of %2 must be true or false, not %3</source>
        <translation>dans %2, %1 doit valoir true ou false, pas %3</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="235"/>
        <source>openfn: of %1 must be a mapping (uuid: …), not %2</source>
        <translation>dans %1, openfn: doit être un mapping (uuid: …), pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="248"/>
        <source>the spec describes more than %1 workflows, jobs, triggers and edges; is this the right file?</source>
        <translation>la spécification décrit plus de %1 workflows, jobs, déclencheurs et liens ; est-ce le bon fichier ?</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="258"/>
        <source>the file holds no project; a project spec needs at least name: and workflows:</source>
        <translation>le fichier ne contient aucun projet ; une spécification de projet doit contenir au moins name: et workflows:</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="260"/>
        <source>the top level must be a mapping with name: and workflows:, not %1</source>
        <translation>le niveau supérieur doit être un mapping avec name: et workflows:, pas %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="283"/>
        <source>the file has both workflows: (a project) and steps: (a single workflow); keep one</source>
        <translation>le fichier contient à la fois workflows: (un projet) et steps: (un seul workflow) ; gardez l’un des deux</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="287"/>
        <location filename="../core/project/specreader.cpp" line="292"/>
        <location filename="../core/project/specreader.cpp" line="295"/>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="294"/>
        <source>the project has no name; add name: at the top of the file</source>
        <translation>le projet n’a pas de nom ; ajoutez name: en haut du fichier</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="298"/>
        <source>the project has no workflows: section; add workflows: with the project&apos;s workflows under it</source>
        <translation>le projet n’a pas de section workflows: ; ajoutez workflows: avec les workflows du projet en dessous</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="311"/>
        <source>the credential %1 is listed twice; remove one</source>
        <translation>le jeu d’identifiants %1 figure deux fois ; supprimez-en un</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="319"/>
        <source>credential %1</source>
        <translation>le jeu d’identifiants %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="322"/>
        <source>%1 must be a mapping with name: and owner:, not %2</source>
        <translation>%1 doit être un mapping avec name: et owner:, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="340"/>
        <source>each credential in the list must be a mapping with name: and owner:, not %1</source>
        <translation>chaque jeu d’identifiants de la liste doit être un mapping avec name: et owner:, pas %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="347"/>
        <location filename="../core/project/specreader.cpp" line="350"/>
        <source>a credential</source>
        <translation>un jeu d’identifiants</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="354"/>
        <source>a credential in the list has no name; add name:</source>
        <translation>un jeu d’identifiants de la liste n’a pas de nom ; ajoutez name:</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="360"/>
        <source>credentials must be a mapping of credential key to {name, owner}, not %1</source>
        <translation>credentials doit être un mapping de clé d’identifiants vers {name, owner}, pas %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="388"/>
        <source>a workflow in a list needs steps: (the CLI format); classic workflows are a mapping of workflow key to workflow</source>
        <translation>un workflow dans une liste doit avoir steps: (le format de la CLI) ; les workflows classiques sont un mapping de clé de workflow vers workflow</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="392"/>
        <source>two workflows have the id %1 (the first on line %2); give each workflow its own id</source>
        <translation>deux workflows ont l’id %1 (le premier à la ligne %2) ; donnez à chaque workflow son propre id</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="400"/>
        <source>workflows must be a mapping of workflow key to workflow (or a list of workflows), not %1</source>
        <translation>workflows doit être un mapping de clé de workflow vers workflow (ou une liste de workflows), pas %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="414"/>
        <source>%1 must be a mapping with name:, jobs:, triggers: and edges:, not %2</source>
        <translation>%1 doit être un mapping avec name:, jobs:, triggers: et edges:, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="438"/>
        <source>%1 of %2 must be a mapping of %3, not %4</source>
        <translation>dans %2, %1 doit être un mapping de %3, pas %4</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="443"/>
        <source>job key to job</source>
        <translation>clé de job vers job</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="446"/>
        <source>the jobs of %1</source>
        <translation>jobs: dans %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="451"/>
        <source>%1 is empty; it needs name:, adaptor: and body:</source>
        <translation>%1 est vide ; il lui faut name:, adaptor: et body:</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="453"/>
        <source>%1 must be a mapping with name:, adaptor: and body:, not %2</source>
        <translation>%1 doit être un mapping avec name:, adaptor: et body:, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="476"/>
        <source>trigger key to trigger</source>
        <translation>clé de déclencheur vers déclencheur</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="478"/>
        <source>the triggers of %1</source>
        <translation>triggers: dans %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="483"/>
        <source>%1 is empty; it needs type: webhook or type: cron</source>
        <translation>%1 est vide ; il lui faut type: webhook ou type: cron</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="485"/>
        <source>%1 must be a mapping with type: and enabled:, not %2</source>
        <translation>%1 doit être un mapping avec type: et enabled:, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="512"/>
        <source>&quot;source-&gt;target&quot; to edge</source>
        <translation>&quot;source-&gt;target&quot; vers lien</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="515"/>
        <source>the edges of %1</source>
        <translation>edges: dans %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="520"/>
        <source>%1 is empty; it needs a source, target_job: and condition_type:</source>
        <translation>%1 est vide ; il lui faut une source, target_job: et condition_type:</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="522"/>
        <source>%1 must be a mapping with a source, target_job: and condition_type:, not %2</source>
        <translation>%1 doit être un mapping avec une source, target_job: et condition_type:, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="572"/>
        <location filename="../core/project/specreader.cpp" line="574"/>
        <source>a workflow</source>
        <translation>un workflow</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="576"/>
        <source>a workflow has no id:; add one, e.g. id: commcare-to-salesforce</source>
        <translation>un workflow n’a pas d’id: ; ajoutez-en un, p. ex. id: commcare-to-salesforce</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="585"/>
        <source>steps of %1 must be a list of steps, not %2</source>
        <translation>dans %1, steps doit être une liste d’étapes, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="600"/>
        <source>each step of %1 must be a mapping with id:, not %2</source>
        <translation>chaque étape dans %1 doit être un mapping avec id:, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="617"/>
        <source>a step of %1</source>
        <translation>une étape dans %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="619"/>
        <source>a step of %1 has no id:; add one</source>
        <translation>une étape dans %1 n’a pas d’id: ; ajoutez-en un</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="621"/>
        <source>the step id %1 is used twice in %2 (first on line %3); give each step its own id</source>
        <translation>l’id d’étape %1 est utilisé deux fois dans %2 (la première fois à la ligne %3) ; donnez à chaque étape son propre id</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="694"/>
        <source>start of %1 names the step %2, which is not one of its steps</source>
        <translation>dans %1, start désigne l’étape %2, qui ne fait pas partie de ses étapes</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="706"/>
        <source>step %1 in workflow %2</source>
        <translation>l’étape %1 du workflow %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="713"/>
        <source>next: of %1 names the step %2 twice; remove one</source>
        <translation>dans %1, next: désigne deux fois l’étape %2 ; supprimez-en une</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="717"/>
        <location filename="../core/project/specreader.cpp" line="1019"/>
        <source>%1 goes to the trigger %2; an edge can only go to a job</source>
        <translation>%1 mène au déclencheur %2 ; un lien ne peut mener qu’à un job</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="719"/>
        <source>%1 goes to the step %2, which is not in workflow %3</source>
        <translation>%1 mène à l’étape %2, qui n’est pas dans le workflow %3</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="748"/>
        <source>%1 must be a mapping with condition:, label: and disabled:, not %2</source>
        <translation>%1 doit être un mapping avec condition:, label: et disabled:, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="776"/>
        <source>next: of %1 lists step ids; this entry is %2</source>
        <translation>dans %1, next: liste des id d’étapes ; cette entrée est %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="780"/>
        <source>next: of %1</source>
        <translation>next: dans %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="791"/>
        <source>the adaptor %1 of %2 is not of the form @openfn/language-&lt;name&gt;@&lt;version&gt;, e.g. @openfn/language-http@6.5.1</source>
        <translation>l’adaptateur %1 utilisé par %2 n’est pas de la forme @openfn/language-&lt;name&gt;@&lt;version&gt;, p. ex. @openfn/language-http@6.5.1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="795"/>
        <source>the adaptor %1 of %2 has no version; write %3 with the version you use, or %4</source>
        <translation>l’adaptateur %1 utilisé par %2 n’a pas de version ; écrivez %3 avec la version que vous utilisez, ou %4</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="798"/>
        <source>the adaptor %1 of %2 has the version %3, which is neither a version number like 6.5.1 nor latest</source>
        <translation>l’adaptateur %1 utilisé par %2 a la version %3, qui n’est ni un numéro de version comme 6.5.1 ni latest</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="809"/>
        <source>the body file of %1 does not exist: %2; fix the path (it is relative to the spec&apos;s folder)</source>
        <translation>le fichier body indiqué pour %1 n’existe pas : %2 ; corrigez le chemin (il est relatif au dossier de la spécification)</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="812"/>
        <source>the body path of %1 is a folder, not a file: %2</source>
        <translation>le chemin body indiqué pour %1 est un dossier, pas un fichier : %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="814"/>
        <source>the body file of %1 is %2 MB (%3); a job is at most %4 MB — is this the right file?</source>
        <translation>le fichier body indiqué pour %1 fait %2 Mo (%3) ; un job fait au plus %4 Mo — est-ce le bon fichier ?</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="819"/>
        <source>cannot read the body file of %1 (%2): %3</source>
        <translation>impossible de lire le fichier body indiqué pour %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="824"/>
        <source>the body file of %1 (%2, line %3): %4</source>
        <translation>le fichier body indiqué pour %1 (%2, ligne %3) : %4</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="827"/>
        <source>the body file of %1 is empty: %2; write the job&apos;s JavaScript in it</source>
        <translation>le fichier body indiqué pour %1 est vide : %2 ; écrivez-y le JavaScript du job</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="856"/>
        <source>%1 has no adaptor; add one such as adaptor: &apos;@openfn/language-common@latest&apos;</source>
        <translation>%1 n’a pas d’adaptateur ; ajoutez-en un, p. ex. adaptor: &apos;@openfn/language-common@latest&apos;</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="861"/>
        <source>%1 of %2 must be a credential key; Switchboard keeps secrets in the keychain, never in the spec</source>
        <translation>dans %2, %1 doit être une clé d’identifiants ; Switchboard garde les secrets dans le trousseau, jamais dans la spécification</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="877"/>
        <source>%1 uses the credential %2, which is not listed under credentials:; add it there or fix the key</source>
        <translation>%1 utilise le jeu d’identifiants %2, qui ne figure pas sous credentials: ; ajoutez-le là ou corrigez la clé</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="880"/>
        <source>%1 uses the credential %2, but the spec has no credentials: section; add one listing it</source>
        <translation>%1 utilise le jeu d’identifiants %2, mais la spécification n’a pas de section credentials: ; ajoutez-en une qui le mentionne</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="889"/>
        <source>%1 has no expression; add expression: with the job&apos;s JavaScript, or a file such as expression: ./%2.js</source>
        <translation>%1 n’a pas de champ expression ; ajoutez expression: avec le JavaScript du job, ou un fichier comme expression: ./%2.js</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="892"/>
        <source>%1 has no body; add body: with the job&apos;s JavaScript, or body: {path: file.js}</source>
        <translation>%1 n’a pas de champ body ; ajoutez body: avec le JavaScript du job, ou body: {path: file.js}</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="901"/>
        <source>%1 has an empty %2; write the job&apos;s JavaScript there</source>
        <translation>%1 a un champ %2 vide ; écrivez-y le JavaScript du job</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="912"/>
        <source>%1 of %2 must be the JavaScript or {path: file.js}; this mapping has no path:</source>
        <translation>dans %2, %1 doit être le JavaScript ou {path: file.js} ; ce mapping n’a pas de path:</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="916"/>
        <source>%1 of %2 must be the JavaScript or {path: file.js}, not %3</source>
        <translation>dans %2, %1 doit être le JavaScript ou {path: file.js}, pas %3</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="931"/>
        <source>%1 has no type; add type: webhook or type: cron</source>
        <translation>%1 n’a pas de champ type ; ajoutez type: webhook ou type: cron</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="933"/>
        <source>%1 has the type %2; Switchboard supports webhook and cron triggers</source>
        <translation>%1 a le type %2 ; Switchboard prend en charge les déclencheurs webhook et cron</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="939"/>
        <source>webhook_reply of %1 must be before_start or after_completion, not %2</source>
        <translation>dans %1, webhook_reply doit valoir before_start ou after_completion, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="946"/>
        <source>%1 is a cron trigger without cron_expression; add one such as cron_expression: &apos;0 6 * * *&apos;</source>
        <translation>%1 est un déclencheur cron sans cron_expression ; ajoutez-en une, p. ex. cron_expression: &apos;0 6 * * *&apos;</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="950"/>
        <source>cron_expression of %1 is not valid: %2</source>
        <translation>dans %1, cron_expression n’est pas valide : %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="972"/>
        <source>%1 has both source_trigger and source_job; an edge starts at one of them, so keep one</source>
        <translation>%1 a à la fois source_trigger et source_job ; un lien part de l’un ou de l’autre, gardez-en donc un seul</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="996"/>
        <source>%1 has neither source_trigger nor source_job, and its key does not name a trigger or job of the workflow; add source_trigger: or source_job:</source>
        <translation>%1 n’a ni source_trigger ni source_job, et sa clé ne désigne aucun déclencheur ni job du workflow ; ajoutez source_trigger: ou source_job:</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1000"/>
        <source>%1 has no target_job, and its key does not end with a job of the workflow; add target_job:</source>
        <translation>%1 n’a pas de target_job, et sa clé ne se termine pas par un job du workflow ; ajoutez target_job:</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1008"/>
        <source>%1 starts at the trigger %2, but that is a job; write source_job: instead</source>
        <translation>%1 part du déclencheur %2, mais c’est un job ; écrivez plutôt source_job:</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1009"/>
        <source>%1 starts at the trigger %2, which is not in workflow %3</source>
        <translation>%1 part du déclencheur %2, qui n’est pas dans le workflow %3</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1014"/>
        <source>%1 starts at the job %2, but that is a trigger; write source_trigger: instead</source>
        <translation>%1 part du job %2, mais c’est un déclencheur ; écrivez plutôt source_trigger:</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1015"/>
        <source>%1 starts at the job %2, which is not in workflow %3</source>
        <translation>%1 part du job %2, qui n’est pas dans le workflow %3</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1020"/>
        <source>%1 goes to the job %2, which is not in workflow %3</source>
        <translation>%1 mène au job %2, qui n’est pas dans le workflow %3</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1024"/>
        <source>%1 has the condition_type %2; use always, on_job_success, on_job_failure or js_expression</source>
        <translation>%1 a le condition_type %2 ; utilisez always, on_job_success, on_job_failure ou js_expression</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1032"/>
        <source>%1 has condition_type js_expression but no condition_expression; add the JavaScript condition, e.g. condition_expression: state.data.age &gt; 18</source>
        <translation>%1 a condition_type js_expression mais pas de condition_expression ; ajoutez la condition JavaScript, p. ex. condition_expression: state.data.age &gt; 18</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1046"/>
        <source>webhook_response_config of %1 must be a mapping, not %2</source>
        <translation>dans %1, webhook_response_config doit être un mapping, pas %2</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1054"/>
        <source>webhook_response_config is too large (more than %1 values)</source>
        <translation>webhook_response_config est trop volumineux (plus de %1 valeurs)</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1095"/>
        <source>the keys in webhook_response_config must be text, not %1</source>
        <translation>les clés de webhook_response_config doivent être du texte, pas %1</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1119"/>
        <source>the spec cannot be read (%1)</source>
        <translation>la spécification ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1127"/>
        <source>the file does not exist; check the path</source>
        <translation>le fichier n’existe pas ; vérifiez le chemin</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1129"/>
        <source>this is a folder; give the path of the spec file (openfn-…-spec.yaml) inside it</source>
        <translation>c’est un dossier ; indiquez le chemin du fichier de spécification (openfn-…-spec.yaml) qu’il contient</translation>
    </message>
    <message>
        <location filename="../core/project/specreader.cpp" line="1134"/>
        <location filename="../core/project/specreader.cpp" line="1137"/>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="465"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="479"/>
        <source>job &quot;%1&quot; in workflow &quot;%2&quot;</source>
        <translation>le job &quot;%1&quot; du workflow &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="483"/>
        <source>the body path %1 of %2 points outside the spec&apos;s folder; export writes job files only inside it, so make the path relative (e.g. jobs/%3.js)</source>
        <translation>le chemin body %1 indiqué pour %2 pointe hors du dossier de la spécification ; l’export n’écrit les fichiers des jobs qu’à l’intérieur de celui-ci, rendez donc le chemin relatif (p. ex. jobs/%3.js)</translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="491"/>
        <source>%1 and %2 both keep their body in %3 but the bodies differ; give one of them its own file</source>
        <translation>%1 et %2 gardent tous deux leur body dans %3, mais leurs contenus diffèrent ; donnez à l’un des deux son propre fichier</translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="503"/>
        <source>cannot create the folder for %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <location filename="../core/project/specwriter.cpp" line="506"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>sb::StepsModel</name>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="47"/>
        <source> (line %1, column %2)</source>
        <translation> (ligne %1, colonne %2)</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="48"/>
        <source> (line %1)</source>
        <translation> (ligne %1)</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="68"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="69"/>
        <source>Exit reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="70"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/history/rundetailmodels.cpp" line="71"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>sb::Store</name>
    <message>
        <location filename="../core/store/store.cpp" line="74"/>
        <source>No database path given.</source>
        <translation>Aucun chemin de base de données indiqué.</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="77"/>
        <source>Cannot create the folder %1 for the database; check its permissions or choose another path with --db.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données ; vérifiez ses permissions ou choisissez un autre chemin avec --db.</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="81"/>
        <source>%1 is a folder; --db needs a file path.</source>
        <translation>%1 est un dossier ; --db attend un chemin de fichier.</translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="93"/>
        <source>The store is closing; the change was not saved.</source>
        <translation>La base de données est en cours de fermeture ; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="106"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="111"/>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 n’est pas une base de données SQLite utilisable : %2</translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="114"/>
        <source>Cannot switch %1 to write-ahead logging (it stayed in %2 mode); put the database on a local, writable disk.</source>
        <translation>Impossible de passer %1 en journalisation anticipée (WAL) : elle est restée en mode %2 ; placez la base de données sur un disque local accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="177"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="193"/>
        <source>The database refused to save (%1); nothing in this batch was written. Check free disk space and file permissions.</source>
        <translation>La base de données a refusé l’enregistrement (%1) ; rien de ce lot n’a été écrit. Vérifiez l’espace disque libre et les permissions des fichiers.</translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="433"/>
        <source>%1 is not a Switchboard database (it has tables but no schema version); choose another file with --db.</source>
        <translation>%1 n’est pas une base de données Switchboard (elle contient des tables mais aucune version de schéma) ; choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="440"/>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Impossible de lire la version du schéma de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="453"/>
        <source>%1 was written by a newer Switchboard (schema %2; this build knows up to %3). Upgrade Switchboard to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Switchboard (schéma %2 ; cette version connaît jusqu’au schéma %3). Mettez Switchboard à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="469"/>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>Impossible de démarrer une transaction sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="482"/>
        <source>Migration to schema %1 (%2) failed: %3</source>
        <translation>La migration vers le schéma %1 (%2) a échoué : %3</translation>
    </message>
</context>
<context>
    <name>sb::TriggerPanel</name>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="74"/>
        <source>Basic auth</source>
        <translation>Authentification basique</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="74"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="79"/>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="80"/>
        <source>header %1</source>
        <translation>en-tête %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="86"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="101"/>
        <source>Type the user name the sending system will use.</source>
        <translation>Saisissez le nom d’utilisateur que le système émetteur utilisera.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="103"/>
        <source>A user name cannot contain &quot;:&quot;.</source>
        <translation>Un nom d’utilisateur ne peut pas contenir « : ».</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="105"/>
        <source>Choose a password of at least 12 characters, or leave it empty to generate one.</source>
        <translation>Choisissez un mot de passe d’au moins 12 caractères, ou laissez le champ vide pour en générer un.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="114"/>
        <source>&quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>« %1 » n’est pas un nom d’en-tête HTTP valide.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="117"/>
        <source>The key needs a header of its own, such as x-api-key.</source>
        <translation>La clé a besoin d’un en-tête dédié, comme x-api-key.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="176"/>
        <source>Leave empty to generate a strong one</source>
        <translation>Laisser vide pour en générer un robuste</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="182"/>
        <source>Add basic auth</source>
        <translation>Ajouter une authentification basique</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="183"/>
        <source>The sending system will post with this user name and password (HTTP basic authentication).</source>
        <translation>Le système émetteur enverra ses requêtes avec ce nom d’utilisateur et ce mot de passe (authentification HTTP basique).</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="185"/>
        <location filename="../ui/workflows/triggerpanel.cpp" line="206"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="187"/>
        <location filename="../ui/workflows/triggerpanel.cpp" line="208"/>
        <source>e.g. CommCare forwarder</source>
        <translation>p. ex. relais CommCare</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="190"/>
        <location filename="../ui/workflows/triggerpanel.cpp" line="211"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="191"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="192"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="203"/>
        <source>Add API key</source>
        <translation>Ajouter une clé d’API</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="204"/>
        <source>Switchboard makes a random key. The sending system sends it in this header with every request.</source>
        <translation>Switchboard génère une clé aléatoire. Le système émetteur l’envoie dans cet en-tête avec chaque requête.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="212"/>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="223"/>
        <source>Rotate “%1”</source>
        <translation>Renouveler « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="224"/>
        <source>The current secret of “%1” stops working at once. Give the new one to the sending system right after.</source>
        <translation>Le secret actuel de « %1 » cesse de fonctionner immédiatement. Transmettez le nouveau au système émetteur juste après.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="227"/>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="230"/>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="232"/>
        <source>New &amp;password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="243"/>
        <source>Remove auth method</source>
        <translation>Supprimer la méthode d’authentification</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="244"/>
        <source>Remove “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="245"/>
        <source>Requests that use it are refused from now on.</source>
        <translation>Les requêtes qui l’utilisent sont refusées dès maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="248"/>
        <source>It is the last one: the webhook will be open, and anyone who knows the URL can post.</source>
        <translation>C’est la dernière : le webhook sera ouvert, et quiconque connaît l’URL pourra y envoyer des requêtes.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="250"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="376"/>
        <source>● Modified</source>
        <translation>● Modifié</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="377"/>
        <source>This trigger has changes that are not saved</source>
        <translation>Ce déclencheur a des modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="379"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="383"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="402"/>
        <source>&amp;Enabled: start a run when this trigger fires</source>
        <translation>&amp;Activé : lancer une exécution quand ce déclencheur se produit</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="456"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="457"/>
        <source>Copy the URL to the clipboard</source>
        <translation>Copier l’URL dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="461"/>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="464"/>
        <source>Reply at once (when the request is stored)</source>
        <translation>Répondre tout de suite (dès que la requête est enregistrée)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="465"/>
        <source>Reply when the run has finished</source>
        <translation>Répondre quand l’exécution est terminée</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="466"/>
        <source>Re&amp;ply:</source>
        <translation>Ré&amp;ponse :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="467"/>
        <source>Systems send an HTTP POST with a JSON body to this URL. Each request is stored and starts a run.</source>
        <translation>Les systèmes envoient un HTTP POST avec un corps JSON à cette URL. Chaque requête est enregistrée et lance une exécution.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="479"/>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="480"/>
        <source>0 uses the default of %1</source>
        <translation>0 utilise la valeur par défaut de %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="485"/>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="486"/>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="487"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="490"/>
        <source>Larger requests are refused (HTTP 413). From %1 to %2.</source>
        <translation>Les requêtes plus volumineuses sont refusées (HTTP 413). De %1 à %2.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="498"/>
        <source>Largest &amp;body:</source>
        <translation>&amp;Taille max. du corps :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="504"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="514"/>
        <source>Open: anyone who knows the URL can post</source>
        <translation>Ouvert : quiconque connaît l’URL peut envoyer des requêtes</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="528"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="528"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="528"/>
        <source>Sent as</source>
        <translation>Envoyé via</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="528"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="528"/>
        <source>Rotated</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="538"/>
        <source>Add basic &amp;auth…</source>
        <translation>Ajouter une authentification &amp;basique…</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="540"/>
        <source>Add API &amp;key…</source>
        <translation>Ajouter une &amp;clé d’API…</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="542"/>
        <source>R&amp;otate…</source>
        <translation>Re&amp;nouveler…</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="544"/>
        <source>Give the selected method a new secret; the old one stops working</source>
        <translation>Donner un nouveau secret à la méthode sélectionnée ; l’ancien cesse de fonctionner</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="545"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="564"/>
        <source>minute hour day month weekday, e.g. 0 6 * * *</source>
        <translation>minute heure jour mois jour-de-semaine, p. ex. 0 6 * * *</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="566"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Planification :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="573"/>
        <source>Runs:</source>
        <translation>Exécutions :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="577"/>
        <source>Last fired:</source>
        <translation>Dernier déclenchement :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="580"/>
        <source>Next runs:</source>
        <translation>Prochaines exécutions :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="609"/>
        <source>Run once now</source>
        <translation>Exécuter une fois maintenant</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="610"/>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="615"/>
        <source>&amp;Missed runs:</source>
        <translation>Exécutions &amp;manquées :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="618"/>
        <source>Start each run from the final state of the previous successful run</source>
        <translation>Démarrer chaque exécution à partir de l’état final de la précédente exécution réussie</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="621"/>
        <source>Otherwise each run starts from an empty state. Useful for jobs that keep a cursor, such as the time of the last record fetched.</source>
        <translation>Sinon, chaque exécution démarre avec un état vide. Utile pour les jobs qui gardent un curseur, comme l’heure du dernier enregistrement récupéré.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="623"/>
        <source>Input:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="644"/>
        <source>Cron trigger</source>
        <translation>Déclencheur cron</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="644"/>
        <source>Webhook trigger</source>
        <translation>Déclencheur webhook</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="652"/>
        <source>Unknown: %1</source>
        <translation>Inconnue : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="680"/>
        <source>The trigger&apos;s engine settings cannot be read: %1</source>
        <translation>Les paramètres moteur du déclencheur ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="711"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="713"/>
        <source>Never: the engine starts counting when it first sees this schedule</source>
        <translation>Jamais : le moteur commence à compter lorsqu’il voit cette planification pour la première fois</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="746"/>
        <source>Times missed while no engine was running are skipped; the next run is at the next scheduled time.</source>
        <translation>Les horaires manqués pendant qu’aucun moteur ne tournait sont ignorés ; la prochaine exécution a lieu à l’horaire prévu suivant.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="748"/>
        <source>When times were missed while no engine was running, the workflow runs once as soon as an engine starts again, however many were missed.</source>
        <translation>Si des horaires ont été manqués pendant qu’aucun moteur ne tournait, le workflow s’exécute une fois dès qu’un moteur redémarre, quel que soit le nombre d’horaires manqués.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="761"/>
        <source>The webhook&apos;s auth methods cannot be read: %1</source>
        <translation>Les méthodes d’authentification du webhook ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="785"/>
        <source>Add basic auth or an API key so that only the systems you give a secret to can post.</source>
        <translation>Ajoutez une authentification basique ou une clé d’API pour que seuls les systèmes à qui vous donnez un secret puissent envoyer des requêtes.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="787"/>
        <source>Requests must carry one of these credentials; others are refused (HTTP 401).</source>
        <translation>Les requêtes doivent porter l’un de ces identifiants ; les autres sont refusées (HTTP 401).</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="854"/>
        <source>Basic auth not added: %1</source>
        <translation>Authentification basique non ajoutée : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="862"/>
        <source>Basic auth “%1” added. The webhook now refuses requests without a credential.</source>
        <translation>Authentification basique « %1 » ajoutée. Le webhook refuse désormais les requêtes sans identifiants.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="864"/>
        <source>Basic auth “%1” added.</source>
        <translation>Authentification basique « %1 » ajoutée.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="878"/>
        <source>API key not added: %1</source>
        <translation>Clé d’API non ajoutée : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="886"/>
        <source>API key “%1” added. The webhook now refuses requests without a credential.</source>
        <translation>Clé d’API « %1 » ajoutée. Le webhook refuse désormais les requêtes sans identifiants.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="888"/>
        <source>API key “%1” added.</source>
        <translation>Clé d’API « %1 » ajoutée.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="903"/>
        <source>“%1” not rotated: %2</source>
        <translation>« %1 » non renouvelée : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="910"/>
        <source>“%1” rotated: the previous secret no longer works.</source>
        <translation>« %1 » renouvelée : l’ancien secret ne fonctionne plus.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="925"/>
        <source>“%1” not removed: %2</source>
        <translation>« %1 » non supprimée : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="930"/>
        <source>“%1” removed. The webhook is open: anyone who knows the URL can post.</source>
        <translation>« %1 » supprimée. Le webhook est ouvert : quiconque connaît l’URL peut envoyer des requêtes.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="931"/>
        <source>“%1” removed.</source>
        <translation>« %1 » supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="987"/>
        <source>%1 (never happens)</source>
        <translation>%1 (n’arrive jamais)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1011"/>
        <source>Trigger not saved: the schedule is not valid (%1).</source>
        <translation>Déclencheur non enregistré : la planification n’est pas valide (%1).</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1015"/>
        <source>Trigger not saved: %1</source>
        <translation>Déclencheur non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1033"/>
        <source>Trigger settings not saved: %1</source>
        <translation>Paramètres du déclencheur non enregistrés : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1038"/>
        <source>Trigger settings saved.</source>
        <translation>Paramètres du déclencheur enregistrés.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1055"/>
        <source>Webhook URL copied to the clipboard.</source>
        <translation>URL du webhook copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1062"/>
        <source>the cron trigger</source>
        <translation>le déclencheur cron</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="1062"/>
        <source>the webhook trigger</source>
        <translation>le déclencheur webhook</translation>
    </message>
</context>
<context>
    <name>sb::TriggerTableModel</name>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="58"/>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="58"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="66"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="66"/>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="82"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="84"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="137"/>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="138"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="139"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="140"/>
        <source>Webhook URL or schedule</source>
        <translation>URL du webhook ou planification</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="141"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="142"/>
        <source>Next fire (UTC)</source>
        <translation>Prochain déclenchement (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="143"/>
        <source>Next fire (local)</source>
        <translation>Prochain déclenchement (local)</translation>
    </message>
</context>
<context>
    <name>sb::TriggersController</name>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="37"/>
        <source>replies when the run ends</source>
        <translation>répond à la fin de l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="38"/>
        <source>replies at once</source>
        <translation>répond tout de suite</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="55"/>
        <source>Could not load the triggers of “%1”: %2</source>
        <translation>Impossible de charger les déclencheurs de « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="73"/>
        <source>invalid: %1</source>
        <translation>invalide : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="77"/>
        <source>unknown (%1)</source>
        <translation>inconnue (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="97"/>
        <source>Could not change the trigger of “%1”: %2</source>
        <translation>Impossible de modifier le déclencheur de « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="100"/>
        <source>Trigger of “%1” enabled.</source>
        <translation>Déclencheur de « %1 » activé.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="101"/>
        <source>Trigger of “%1” disabled.</source>
        <translation>Déclencheur de « %1 » désactivé.</translation>
    </message>
</context>
<context>
    <name>sb::TriggersView</name>
    <message>
        <location filename="../ui/workflows/triggersview.cpp" line="36"/>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggersview.cpp" line="77"/>
        <source>No project yet. Use File → Import project… to add one.</source>
        <translation>Pas encore de projet. Utilisez Fichier → Importer un projet… pour en ajouter un.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggersview.cpp" line="79"/>
        <source>%1 — webhooks: %2, cron triggers: %3. Double-click a trigger to open it in its workflow.</source>
        <translation>%1 — webhooks : %2, déclencheurs cron : %3. Double-cliquez sur un déclencheur pour l’ouvrir dans son workflow.</translation>
    </message>
</context>
<context>
    <name>sb::UnsavedPrompt</name>
    <message>
        <location filename="../ui/main/unsavedprompt.cpp" line="12"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/main/unsavedprompt.cpp" line="13"/>
        <source>Save your changes to %1?</source>
        <translation>Enregistrer vos modifications de %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/main/unsavedprompt.cpp" line="15"/>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>sb::WebhookSecretDialog</name>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="276"/>
        <source>New secret for “%1”</source>
        <translation>Nouveau secret pour « %1 »</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="285"/>
        <source>Copy this secret now. It is shown only this once: Switchboard keeps only a fingerprint of it and cannot show it again.</source>
        <translation>Copiez ce secret maintenant. Il n’est affiché qu’une seule fois : Switchboard n’en garde qu’une empreinte et ne peut pas l’afficher à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="302"/>
        <source>Webhook:</source>
        <translation>Webhook :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="308"/>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="312"/>
        <source>Header:</source>
        <translation>En-tête :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="320"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="322"/>
        <source>Copy the secret to the clipboard</source>
        <translation>Copier le secret dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="325"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="325"/>
        <source>API key:</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="328"/>
        <source>The sending system uses HTTP basic authentication with this user name and password.</source>
        <translation>Le système émetteur utilise l’authentification HTTP basique avec ce nom d’utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="330"/>
        <source>The sending system sends this key in the %1 header of every request.</source>
        <translation>Le système émetteur envoie cette clé dans l’en-tête %1 de chaque requête.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="333"/>
        <source>If it is lost, use Rotate… to make a new one.</source>
        <translation>En cas de perte, utilisez Renouveler… pour en créer un nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="334"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="340"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
</context>
<context>
    <name>sb::WorkflowCard</name>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="356"/>
        <source>Show this workflow&apos;s work orders of the last 7 days in History.</source>
        <translation>Afficher dans l’historique les ordres de travail de ce workflow des 7 derniers jours.</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="427"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="429"/>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="431"/>
        <source>cron %1</source>
        <translation>cron %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewwidgets.cpp" line="439"/>
        <source>%n lost</source>
        <translation>
            <numerusform>%n perdue</numerusform>
            <numerusform>%n perdues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/overview/overviewwidgets.cpp" line="441"/>
        <source>%n crashed</source>
        <translation>
            <numerusform>%n plantée</numerusform>
            <numerusform>%n plantées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="442"/>
        <source>%1 in the %2</source>
        <translation>%1 dans les %2</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="443"/>
        <source>last 24 h</source>
        <translation>dernières 24 h</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="443"/>
        <source>last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="453"/>
        <source>in the last 24 h</source>
        <translation>dans les dernières 24 h</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="453"/>
        <source>in the last 7 days</source>
        <translation>dans les 7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="461"/>
        <source>%1 runs %2 now. Click to show them in History.</source>
        <translation>%1 exécutions %2 en ce moment. Cliquez pour les afficher dans l’historique.</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="463"/>
        <source>%1 runs ended %2 %3. Click to show them in History.</source>
        <translation>%1 exécutions terminées (%2) %3. Cliquez pour les afficher dans l’historique.</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="470"/>
        <source>No run ended %1.</source>
        <translation>Aucune exécution terminée %1.</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="471"/>
        <source>%1 of %2 runs that ended %3 failed. Click to show the failures in History.</source>
        <translation>%1 des %2 exécutions terminées %3 ont échoué. Cliquez pour afficher les échecs dans l’historique.</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="480"/>
        <source>Queue: empty</source>
        <translation>File d’attente : vide</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="481"/>
        <source>Queue: %1 waiting · %2 running</source>
        <translation>File d’attente : %1 en attente · %2 en cours</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="483"/>
        <source>Last success: %1</source>
        <translation>Dernier succès : %1</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="485"/>
        <source>%1 UTC · %2 local</source>
        <translation>%1 UTC · %2 heure locale</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="489"/>
        <source>Last success: never</source>
        <translation>Dernier succès : jamais</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="493"/>
        <source>Next fire: %1, %2</source>
        <translation>Prochain déclenchement : %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="495"/>
        <source>Cron %1, evaluated in UTC.</source>
        <translation>Cron %1, évalué en UTC.</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="497"/>
        <source>Next fire: invalid cron expression</source>
        <translation>Prochain déclenchement : expression cron invalide</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="500"/>
        <source>Next fire: no cron trigger</source>
        <translation>Prochain déclenchement : aucun déclencheur cron</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewwidgets.cpp" line="500"/>
        <source>Next fire: workflow disabled</source>
        <translation>Prochain déclenchement : workflow désactivé</translation>
    </message>
</context>
<context>
    <name>sb::WorkflowGraphView</name>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="41"/>
        <source>Workflow graph</source>
        <translation>Graphe du workflow</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="121"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="124"/>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="135"/>
        <source>cron %1</source>
        <translation>cron %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="139"/>
        <source>replies when the run ends</source>
        <translation>répond à la fin de l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="140"/>
        <source>replies at once</source>
        <translation>répond tout de suite</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="142"/>
        <source>(disabled) %1</source>
        <translation>(désactivé) %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="367"/>
        <source>Disable edge</source>
        <translation>Désactiver le lien</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="367"/>
        <source>Enable edge</source>
        <translation>Activer le lien</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="483"/>
        <source>Select a workflow to see its graph</source>
        <translation>Sélectionnez un workflow pour voir son graphe</translation>
    </message>
</context>
<context>
    <name>sb::WorkflowListModel</name>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="17"/>
        <source>cron %1</source>
        <translation>cron %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="18"/>
        <source>webhook</source>
        <translation>webhook</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="20"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="23"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="108"/>
        <source>%1 (key: %2)</source>
        <translation>%1 (clé : %2)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="126"/>
        <source>Enabled: triggers start runs</source>
        <translation>Activé : les déclencheurs lancent des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="126"/>
        <source>Disabled: triggers are ignored</source>
        <translation>Désactivé : les déclencheurs sont ignorés</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="128"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="128"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="172"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="173"/>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="174"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="175"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
</context>
<context>
    <name>sb::WorkflowsController</name>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="31"/>
        <source>Could not load the project “%1”: %2</source>
        <translation>Impossible de charger le projet « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="43"/>
        <source>Could not read which workflows are enabled: %1</source>
        <translation>Impossible de lire quels workflows sont activés : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="75"/>
        <source>Could not enable “%1”: %2</source>
        <translation>Impossible d’activer « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="76"/>
        <source>Could not disable “%1”: %2</source>
        <translation>Impossible de désactiver « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="81"/>
        <source>Workflow “%1” enabled.</source>
        <translation>Workflow « %1 » activé.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="81"/>
        <source>Workflow “%1” disabled.</source>
        <translation>Workflow « %1 » désactivé.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="91"/>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="96"/>
        <source>Job “%1” not saved: %2</source>
        <translation>Job « %1 » non enregistré : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="99"/>
        <source>Job “%1” saved.</source>
        <translation>Job « %1 » enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="109"/>
        <source>Trigger not saved: %1</source>
        <translation>Déclencheur non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="112"/>
        <source>Trigger saved.</source>
        <translation>Déclencheur enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="131"/>
        <source>cron trigger</source>
        <translation>déclencheur cron</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="131"/>
        <source>webhook trigger</source>
        <translation>déclencheur webhook</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="135"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="143"/>
        <source>Could not change the edge “%1”: %2</source>
        <translation>Impossible de modifier le lien « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="147"/>
        <source>Edge “%1” enabled.</source>
        <translation>Lien « %1 » activé.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="147"/>
        <source>Edge “%1” disabled.</source>
        <translation>Lien « %1 » désactivé.</translation>
    </message>
</context>
<context>
    <name>sb::WorkflowsView</name>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="50"/>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="83"/>
        <source>Automatic layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="84"/>
        <source>Left to right</source>
        <translation>De gauche à droite</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="85"/>
        <source>Top to bottom</source>
        <translation>De haut en bas</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="86"/>
        <source>How the graph is laid out; automatic picks what fits the view best</source>
        <translation>Disposition du graphe ; automatique choisit celle qui tient le mieux dans la vue</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="89"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="90"/>
        <source>Fit the graph to the view (Ctrl+wheel zooms)</source>
        <translation>Ajuster le graphe à la vue (Ctrl+molette pour zoomer)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="154"/>
        <location filename="../ui/workflows/workflowsview.cpp" line="259"/>
        <source>Select a job or trigger in the graph</source>
        <translation>Sélectionnez un job ou un déclencheur dans le graphe</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="174"/>
        <source>always: the next step runs in any case</source>
        <translation>toujours : l’étape suivante s’exécute dans tous les cas</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="175"/>
        <source>on success: runs when the step before succeeded</source>
        <translation>en cas de succès : s’exécute quand l’étape précédente a réussi</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="176"/>
        <source>on failure: runs when the step before failed</source>
        <translation>en cas d’échec : s’exécute quand l’étape précédente a échoué</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="177"/>
        <source>a JavaScript condition, shown by its label</source>
        <translation>une condition JavaScript, affichée par son libellé</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="200"/>
        <source>Faded nodes and edges are disabled.</source>
        <translation>Les nœuds et liens estompés sont désactivés.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="201"/>
        <source>Right-click an edge to enable or disable it.</source>
        <translation>Clic droit sur un lien pour l’activer ou le désactiver.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="256"/>
        <source>No project yet. Use File → Import project… to add one.</source>
        <translation>Pas encore de projet. Utilisez Fichier → Importer un projet… pour en ajouter un.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="257"/>
        <source>The project could not be loaded.</source>
        <translation>Le projet n’a pas pu être chargé.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="318"/>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="418"/>
        <source>Edge: %1
Condition: %2</source>
        <translation>Lien : %1
Condition : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="420"/>
        <source>Expression: %1</source>
        <translation>Expression : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="421"/>
        <source>State: enabled</source>
        <translation>État : activé</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="421"/>
        <source>State: disabled</source>
        <translation>État : désactivé</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="423"/>
        <source>Disable edge</source>
        <translation>Désactiver le lien</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="423"/>
        <source>Enable edge</source>
        <translation>Activer le lien</translation>
    </message>
</context>
<context>
    <name>sb::credentials</name>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="52"/>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="53"/>
        <source>Login URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="54"/>
        <source>https://login.salesforce.com, or https://test.salesforce.com for a sandbox org.</source>
        <translation>https://login.salesforce.com, ou https://test.salesforce.com pour une organisation sandbox.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="56"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="73"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="87"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="120"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="128"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="140"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
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
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="58"/>
        <source>Security token</source>
        <translation>Jeton de sécurité</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="59"/>
        <source>Sent by Salesforce when the password was last reset; empty when the server&apos;s address is trusted.</source>
        <translation>Envoyé par Salesforce lors de la dernière réinitialisation du mot de passe ; vide si l’adresse du serveur est approuvée.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="61"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="123"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="135"/>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="62"/>
        <source>Such as 47.0; empty for the adaptor&apos;s default.</source>
        <translation>Par exemple 47.0 ; vide pour la valeur par défaut de l’adaptateur.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="63"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="64"/>
        <source>Instance URL</source>
        <translation>URL d’instance</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="65"/>
        <source>The org&apos;s own address, such as https://example.my.salesforce.com.</source>
        <translation>L’adresse propre de l’organisation, par exemple https://example.my.salesforce.com.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="68"/>
        <source>Either a user name, password and login URL, or an access token with its instance URL.</source>
        <translation>Soit un nom d’utilisateur, un mot de passe et une URL de connexion, soit un jeton d’accès avec son URL d’instance.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="69"/>
        <source>CommCare</source>
        <translation>CommCare</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="70"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="71"/>
        <source>Project space</source>
        <translation>Espace de projet</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="72"/>
        <source>The project&apos;s domain, as in /a/&lt;domain&gt;/ in CommCare&apos;s addresses.</source>
        <translation>Le domaine du projet, comme dans /a/&lt;domaine&gt;/ dans les adresses de CommCare.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="74"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="82"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="76"/>
        <source>Application id</source>
        <translation>Identifiant d’application</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="78"/>
        <source>An API key (preferred) or the user&apos;s password.</source>
        <translation>Une clé d’API (de préférence) ou le mot de passe de l’utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="79"/>
        <source>Infobip</source>
        <translation>Infobip</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="80"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="108"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="81"/>
        <source>Your account&apos;s own address, such as https://xxxxx.api.infobip.com.</source>
        <translation>L’adresse propre de votre compte, par exemple https://xxxxx.api.infobip.com.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="85"/>
        <source>Primero</source>
        <translation>Primero</translation>
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
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="89"/>
        <source>HTTP Basic instead of a token</source>
        <translation>Authentification HTTP basique au lieu d’un jeton</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="90"/>
        <source>Send the user and password with every request instead of signing in for a token.</source>
        <translation>Envoyer l’utilisateur et le mot de passe avec chaque requête au lieu de se connecter pour obtenir un jeton.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="93"/>
        <source>OSCaR</source>
        <translation>OSCaR</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="95"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="101"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="99"/>
        <source>Hospital information system (HIS)</source>
        <translation>Système d’information hospitalier (HIS)</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="103"/>
        <source>Check the server&apos;s certificate</source>
        <translation>Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="104"/>
        <source>Turn off only for a server with a self-signed certificate you trust.</source>
        <translation>À désactiver uniquement pour un serveur doté d’un certificat auto-signé auquel vous faites confiance.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="107"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="109"/>
        <source>User name (Basic)</source>
        <translation>Nom d’utilisateur (Basic)</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="110"/>
        <source>Password (Basic)</source>
        <translation>Mot de passe (Basic)</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="111"/>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="112"/>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="114"/>
        <source>A JSON object of headers sent with every request, such as {&quot;X-API-Key&quot;: &quot;…&quot;}. Kept with the secrets.</source>
        <translation>Un objet JSON d’en-têtes envoyés avec chaque requête, par exemple {&quot;X-API-Key&quot;: &quot;…&quot;}. Conservé avec les secrets.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="117"/>
        <source>Basic (user name and password), a bearer token, or neither.</source>
        <translation>Basic (nom d’utilisateur et mot de passe), un jeton Bearer, ou aucun des deux.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="118"/>
        <source>DHIS2</source>
        <translation>DHIS2</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="122"/>
        <source>Personal access token</source>
        <translation>Jeton d’accès personnel</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="125"/>
        <source>A user name and password, or a personal access token.</source>
        <translation>Un nom d’utilisateur et un mot de passe, ou un jeton d’accès personnel.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="126"/>
        <source>OpenMRS</source>
        <translation>OpenMRS</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="132"/>
        <source>RapidPro</source>
        <translation>RapidPro</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="134"/>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="138"/>
        <source>Community Health Toolkit (CHT)</source>
        <translation>Community Health Toolkit (CHT)</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="144"/>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="145"/>
        <source>Any JSON object; all of it is kept in the keychain.</source>
        <translation>N’importe quel objet JSON ; il est conservé en entier dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="226"/>
        <source>“%1” is not a credential type; use one of %2.</source>
        <translation>« %1 » n’est pas un type de jeu d’identifiants ; utilisez l’un des types suivants : %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="231"/>
        <source>A raw JSON credential needs at least one field.</source>
        <translation>Un jeu d’identifiants JSON brut doit avoir au moins un champ.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="242"/>
        <source>A %1 credential has no field “%2”; did you mean “%3”?</source>
        <translation>Un jeu d’identifiants %1 n’a pas de champ « %2 » ; vouliez-vous dire « %3 » ?</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="254"/>
        <source>%1 must be text, an address such as https://example.org.</source>
        <translation>%1 doit être du texte, une adresse comme https://example.org.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="262"/>
        <source>%1 “%2” is not a web address; write it in full, such as https://example.org.</source>
        <translation>%1 « %2 » n’est pas une adresse web ; écrivez-la en entier, par exemple https://example.org.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="268"/>
        <source>%1 must be true or false.</source>
        <translation>%1 doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="272"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="276"/>
        <location filename="../core/credentials/credentialtypes.cpp" line="355"/>
        <source>%1 must be a JSON object, such as {&quot;X-API-Key&quot;: &quot;…&quot;}.</source>
        <translation>%1 doit être un objet JSON, par exemple {&quot;X-API-Key&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="280"/>
        <source>%1 must be one of %2.</source>
        <translation>%1 doit être l’une des valeurs suivantes : %2.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="285"/>
        <source>%1 must be text.</source>
        <translation>%1 doit être du texte.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="291"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="309"/>
        <source>A Basic password needs its user name.</source>
        <translation>Un mot de passe Basic nécessite son nom d’utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="336"/>
        <source>%1 must be true or false, not “%2”.</source>
        <translation>%1 doit valoir true ou false, pas « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/credentials/credentialtypes.cpp" line="345"/>
        <source>%1 must be a whole number, not “%2”.</source>
        <translation>%1 doit être un nombre entier, pas « %2 ».</translation>
    </message>
</context>
<context>
    <name>sb::sandbox::Cht</name>
    <message>
        <location filename="../core/sandbox/chtsystem.cpp" line="91"/>
        <source>user %1, password %2 (HTTP Basic)</source>
        <translation>utilisateur %1, mot de passe %2 (authentification HTTP basique)</translation>
    </message>
</context>
<context>
    <name>sb::sandbox::Dhis2</name>
    <message>
        <location filename="../core/sandbox/dhis2system.cpp" line="252"/>
        <source>user %1, password %2 (HTTP Basic), or Authorization: ApiToken %3</source>
        <translation>utilisateur %1, mot de passe %2 (authentification HTTP basique), ou Authorization: ApiToken %3</translation>
    </message>
</context>
<context>
    <name>sb::sandbox::His</name>
    <message>
        <location filename="../core/sandbox/hissystem.cpp" line="214"/>
        <source>email %1, password %2 (POST /Users/login, then ?access_token=&lt;id&gt;)</source>
        <translation>e-mail %1, mot de passe %2 (POST /Users/login, puis ?access_token=&lt;id&gt;)</translation>
    </message>
</context>
<context>
    <name>sb::sandbox::OpenMrs</name>
    <message>
        <location filename="../core/sandbox/openmrssystem.cpp" line="158"/>
        <source>user %1, password %2 (HTTP Basic)</source>
        <translation>utilisateur %1, mot de passe %2 (authentification HTTP basique)</translation>
    </message>
</context>
<context>
    <name>sb::sandbox::Oscar</name>
    <message>
        <location filename="../core/sandbox/oscarsystem.cpp" line="92"/>
        <source>email %1, password %2 (POST /api/v1/admin_auth/sign_in, then send the access-token, client and uid headers)</source>
        <translation>e-mail %1, mot de passe %2 (POST /api/v1/admin_auth/sign_in, puis envoyer les en-têtes access-token, client et uid)</translation>
    </message>
</context>
<context>
    <name>sb::sandbox::Primero</name>
    <message>
        <location filename="../core/sandbox/primerosystem.cpp" line="403"/>
        <source>user %1, password %2 (token from POST /api/v2/tokens, or HTTP Basic)</source>
        <translation>utilisateur %1, mot de passe %2 (jeton obtenu par POST /api/v2/tokens, ou authentification HTTP basique)</translation>
    </message>
</context>
<context>
    <name>sb::sandbox::RapidPro</name>
    <message>
        <location filename="../core/sandbox/rapidprosystem.cpp" line="109"/>
        <source>API token %1 (header Authorization: Token …)</source>
        <translation>jeton d’API %1 (en-tête Authorization: Token …)</translation>
    </message>
</context>
</TS>

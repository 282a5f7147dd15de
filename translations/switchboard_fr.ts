<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>sb::CodeEditor</name>
    <message>
        <location filename="../ui/workflows/codeeditor.cpp" line="45"/>
        <source>Job code</source>
        <translation>Code du job</translation>
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
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="174"/>
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
        <location filename="../ui/main/mainwindow.cpp" line="41"/>
        <location filename="../ui/main/mainwindow.cpp" line="264"/>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="84"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="114"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="123"/>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="124"/>
        <source>Workflows, their graphs, jobs and triggers (Ctrl+1)</source>
        <translation>Les workflows, leurs graphes, jobs et déclencheurs (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="125"/>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="126"/>
        <source>Every webhook and cron trigger of the project (Ctrl+2)</source>
        <translation>Tous les webhooks et déclencheurs cron du projet (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="138"/>
        <source>&amp;Import project…</source>
        <translation>&amp;Importer un projet…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="142"/>
        <source>Import an OpenFn project spec file (Ctrl+I)</source>
        <translation>Importer un fichier de spécification de projet OpenFn (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="143"/>
        <source>&amp;Export project…</source>
        <translation>&amp;Exporter le projet…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="147"/>
        <source>Write the project as an OpenFn spec file (Ctrl+E)</source>
        <translation>Écrire le projet dans un fichier de spécification OpenFn (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="149"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="154"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="155"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="159"/>
        <source>Read the project again from the database (F5)</source>
        <translation>Relire le projet depuis la base de données (F5)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="161"/>
        <source>&amp;Workflows</source>
        <translation>&amp;Workflows</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="163"/>
        <source>&amp;Triggers</source>
        <translation>&amp;Déclencheurs</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="166"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="167"/>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="170"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="183"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="262"/>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="262"/>
        <source>Project: %1</source>
        <translation>Projet : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="264"/>
        <source>%1 — Switchboard</source>
        <translation>%1 — Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="295"/>
        <source>Imported “%1”: %2.</source>
        <translation>« %1 » importé : %2.</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="301"/>
        <source>Export project</source>
        <translation>Exporter le projet</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="302"/>
        <source>OpenFn project spec (*.yaml *.yml)</source>
        <translation>Spécification de projet OpenFn (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="311"/>
        <source>Export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="325"/>
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="326"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;An administrator console for OpenFn-style integration projects: workflows, jobs, triggers and their runs, locally.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Une console d’administration pour les projets d’intégration de type OpenFn : workflows, jobs, déclencheurs et leurs exécutions, en local.&lt;/p&gt;</translation>
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
    <name>sb::TriggerPanel</name>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="48"/>
        <source>● Modified</source>
        <translation>● Modifié</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="49"/>
        <source>This trigger has changes that are not saved</source>
        <translation>Ce déclencheur a des modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="51"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="55"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="74"/>
        <source>&amp;Enabled: start a run when this trigger fires</source>
        <translation>&amp;Activé : lancer une exécution quand ce déclencheur se produit</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="92"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="93"/>
        <source>Copy the URL to the clipboard</source>
        <translation>Copier l’URL dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="97"/>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="100"/>
        <source>Reply at once (when the request is stored)</source>
        <translation>Répondre tout de suite (dès que la requête est enregistrée)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="101"/>
        <source>Reply when the run has finished</source>
        <translation>Répondre quand l’exécution est terminée</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="102"/>
        <source>Re&amp;ply:</source>
        <translation>Ré&amp;ponse :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="103"/>
        <source>Systems send an HTTP POST with a JSON body to this URL. Each request is stored and starts a run.</source>
        <translation>Les systèmes envoient un HTTP POST avec un corps JSON à cette URL. Chaque requête est enregistrée et lance une exécution.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="118"/>
        <source>minute hour day month weekday, e.g. 0 6 * * *</source>
        <translation>minute heure jour mois jour-de-semaine, p. ex. 0 6 * * *</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="123"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Planification :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="135"/>
        <source>Runs:</source>
        <translation>Exécutions :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="137"/>
        <source>Next runs:</source>
        <translation>Prochaines exécutions :</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="176"/>
        <source>Cron trigger</source>
        <translation>Déclencheur cron</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="176"/>
        <source>Webhook trigger</source>
        <translation>Déclencheur webhook</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="184"/>
        <source>Unknown: %1</source>
        <translation>Inconnue : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="248"/>
        <source>%1 (never happens)</source>
        <translation>%1 (n’arrive jamais)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="271"/>
        <source>Trigger not saved: the schedule is not valid (%1).</source>
        <translation>Déclencheur non enregistré : la planification n’est pas valide (%1).</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="294"/>
        <source>Webhook URL copied to the clipboard.</source>
        <translation>URL du webhook copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="301"/>
        <source>the cron trigger</source>
        <translation>le déclencheur cron</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="301"/>
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
        <location filename="../ui/workflows/triggerscontroller.cpp" line="34"/>
        <source>replies when the run ends</source>
        <translation>répond à la fin de l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="35"/>
        <source>replies at once</source>
        <translation>répond tout de suite</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="52"/>
        <source>Could not load the triggers of “%1”: %2</source>
        <translation>Impossible de charger les déclencheurs de « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="70"/>
        <source>invalid: %1</source>
        <translation>invalide : %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="74"/>
        <source>unknown (%1)</source>
        <translation>inconnue (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="94"/>
        <source>Could not change the trigger of “%1”: %2</source>
        <translation>Impossible de modifier le déclencheur de « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="97"/>
        <source>Trigger of “%1” enabled.</source>
        <translation>Déclencheur de « %1 » activé.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="98"/>
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
</TS>

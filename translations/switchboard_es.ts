<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>sb::CodeEditor</name>
    <message>
        <location filename="../ui/workflows/codeeditor.cpp" line="45"/>
        <source>Job code</source>
        <translation>Código del job</translation>
    </message>
</context>
<context>
    <name>sb::FindBar</name>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="21"/>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="30"/>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="33"/>
        <source>Text to find</source>
        <translation>Texto a buscar</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="37"/>
        <location filename="../ui/workflows/findbar.cpp" line="226"/>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="39"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="42"/>
        <source>Next match (F3)</source>
        <translation>Siguiente coincidencia (F3)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="45"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="228"/>
        <source>Matches: %1</source>
        <translation>Coincidencias: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/findbar.cpp" line="230"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>sb::GraphEdgeItem</name>
    <message>
        <location filename="../ui/workflows/graphedgeitem.cpp" line="45"/>
        <source>%1 (disabled)</source>
        <translation>%1 (desactivado)</translation>
    </message>
</context>
<context>
    <name>sb::ImportController</name>
    <message>
        <location filename="../ui/workflows/importcontroller.cpp" line="48"/>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importcontroller.cpp" line="75"/>
        <source>There is nothing to import: choose a spec file first.</source>
        <translation>No hay nada que importar: elija primero un archivo de especificación.</translation>
    </message>
</context>
<context>
    <name>sb::ImportDialog</name>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="29"/>
        <location filename="../ui/workflows/importdialog.cpp" line="99"/>
        <source>Import project</source>
        <translation>Importar proyecto</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="33"/>
        <source>Import an OpenFn project spec file (openfn-…-spec.yaml). Nothing changes until you apply the import.</source>
        <translation>Importe un archivo de especificación de proyecto OpenFn (openfn-…-spec.yaml). Nada cambia hasta que aplique la importación.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="43"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="44"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="46"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="85"/>
        <source>&amp;Apply import</source>
        <translation>&amp;Aplicar la importación</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="100"/>
        <source>OpenFn project spec (*.yaml *.yml);;All files (*)</source>
        <translation>Especificación de proyecto OpenFn (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="114"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="122"/>
        <source>This file cannot be imported. Fix the error below and choose it again.</source>
        <translation>Este archivo no se puede importar. Corrija el error de abajo y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="132"/>
        <source>Could not compare with the stored project: %1</source>
        <translation>No se pudo comparar con el proyecto guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="142"/>
        <source>No changes: the project “%1” in the store is already the same as this file.</source>
        <translation>Sin cambios: el proyecto «%1» guardado ya es igual a este archivo.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="148"/>
        <source>New project “%1”: %2</source>
        <translation>Proyecto nuevo «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="149"/>
        <source>Changes to “%1”: %2</source>
        <translation>Cambios en «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="174"/>
        <source>The import failed and nothing was changed: %1</source>
        <translation>La importación falló y no se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>sb::ImportPreviewModel</name>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="30"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="31"/>
        <source>Credential</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="32"/>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="33"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="34"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="35"/>
        <source>Edge</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="47"/>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="52"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="64"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="65"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="66"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="78"/>
        <source>Project “%1”</source>
        <translation>Proyecto «%1»</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="91"/>
        <source>Workflow “%1”</source>
        <translation>Flujo de trabajo «%1»</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="187"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="206"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="207"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../ui/workflows/importpreviewmodel.cpp" line="208"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>sb::JobEditor</name>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="46"/>
        <source>● Modified</source>
        <translation>● Modificado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="48"/>
        <source>This job has changes that are not saved</source>
        <translation>Este job tiene cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="51"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="54"/>
        <source>Check and save the job (%1)</source>
        <translation>Comprobar y guardar el job (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="56"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="57"/>
        <source>Discard the changes and show the saved job</source>
        <translation>Descartar los cambios y mostrar el job guardado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="85"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="93"/>
        <source>The adaptor package: @openfn/language-&lt;name&gt;</source>
        <translation>El paquete del adaptador: @openfn/language-&lt;nombre&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="96"/>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="97"/>
        <source>A version such as 4.0.5, or latest</source>
        <translation>Una versión como 4.0.5, o latest</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="98"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="103"/>
        <source>&amp;Adaptor:</source>
        <translation>&amp;Adaptador:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="109"/>
        <source>&amp;Credential:</source>
        <translation>&amp;Credencial:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="129"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="134"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="140"/>
        <source>%1 (unknown)</source>
        <translation>%1 (desconocido)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="152"/>
        <source>key: %1</source>
        <translation>clave: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/jobeditor.cpp" line="233"/>
        <source>the job “%1”</source>
        <translation>el job «%1»</translation>
    </message>
</context>
<context>
    <name>sb::MainController</name>
    <message>
        <location filename="../ui/main/maincontroller.cpp" line="66"/>
        <source>There is no project to export.</source>
        <translation>No hay ningún proyecto para exportar.</translation>
    </message>
    <message>
        <location filename="../ui/main/maincontroller.cpp" line="74"/>
        <source>Project “%1” exported to %2.</source>
        <translation>Proyecto «%1» exportado a %2.</translation>
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
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="114"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="123"/>
        <source>Workflows</source>
        <translation>Flujos de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="124"/>
        <source>Workflows, their graphs, jobs and triggers (Ctrl+1)</source>
        <translation>Los flujos de trabajo, sus grafos, jobs y disparadores (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="125"/>
        <source>Triggers</source>
        <translation>Disparadores</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="126"/>
        <source>Every webhook and cron trigger of the project (Ctrl+2)</source>
        <translation>Todos los webhooks y disparadores cron del proyecto (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="137"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="138"/>
        <source>&amp;Import project…</source>
        <translation>&amp;Importar proyecto…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="142"/>
        <source>Import an OpenFn project spec file (Ctrl+I)</source>
        <translation>Importar un archivo de especificación de proyecto OpenFn (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="143"/>
        <source>&amp;Export project…</source>
        <translation>&amp;Exportar proyecto…</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="147"/>
        <source>Write the project as an OpenFn spec file (Ctrl+E)</source>
        <translation>Escribir el proyecto como archivo de especificación OpenFn (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="149"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="155"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="159"/>
        <source>Read the project again from the database (F5)</source>
        <translation>Volver a leer el proyecto de la base de datos (F5)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="161"/>
        <source>&amp;Workflows</source>
        <translation>&amp;Flujos de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="163"/>
        <source>&amp;Triggers</source>
        <translation>&amp;Disparadores</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="166"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="167"/>
        <source>&amp;About Switchboard</source>
        <translation>&amp;Acerca de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="170"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="183"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="262"/>
        <source>No project</source>
        <translation>Ningún proyecto</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="262"/>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="264"/>
        <source>%1 — Switchboard</source>
        <translation>%1 — Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="295"/>
        <source>Imported “%1”: %2.</source>
        <translation>«%1» importado: %2.</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="301"/>
        <source>Export project</source>
        <translation>Exportar proyecto</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="302"/>
        <source>OpenFn project spec (*.yaml *.yml)</source>
        <translation>Especificación de proyecto OpenFn (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="311"/>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="325"/>
        <source>About Switchboard</source>
        <translation>Acerca de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="326"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;An administrator console for OpenFn-style integration projects: workflows, jobs, triggers and their runs, locally.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Una consola de administración para proyectos de integración al estilo de OpenFn: flujos de trabajo, jobs, disparadores y sus ejecuciones, en local.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sb::MessageBanner</name>
    <message>
        <location filename="../ui/main/messagebanner.cpp" line="44"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/main/messagebanner.cpp" line="55"/>
        <location filename="../ui/main/messagebanner.cpp" line="56"/>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
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
        <translation>Hora local</translation>
    </message>
</context>
<context>
    <name>sb::TriggerPanel</name>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="48"/>
        <source>● Modified</source>
        <translation>● Modificado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="49"/>
        <source>This trigger has changes that are not saved</source>
        <translation>Este disparador tiene cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="51"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="55"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="74"/>
        <source>&amp;Enabled: start a run when this trigger fires</source>
        <translation>&amp;Activado: iniciar una ejecución cuando este disparador se active</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="92"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="93"/>
        <source>Copy the URL to the clipboard</source>
        <translation>Copiar la URL al portapapeles</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="97"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="100"/>
        <source>Reply at once (when the request is stored)</source>
        <translation>Responder enseguida (en cuanto se guarda la solicitud)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="101"/>
        <source>Reply when the run has finished</source>
        <translation>Responder cuando termine la ejecución</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="102"/>
        <source>Re&amp;ply:</source>
        <translation>Res&amp;puesta:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="103"/>
        <source>Systems send an HTTP POST with a JSON body to this URL. Each request is stored and starts a run.</source>
        <translation>Los sistemas envían un HTTP POST con un cuerpo JSON a esta URL. Cada solicitud se guarda e inicia una ejecución.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="118"/>
        <source>minute hour day month weekday, e.g. 0 6 * * *</source>
        <translation>minuto hora día mes día-de-semana, p. ej. 0 6 * * *</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="123"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Programación:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="135"/>
        <source>Runs:</source>
        <translation>Ejecuciones:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="137"/>
        <source>Next runs:</source>
        <translation>Próximas ejecuciones:</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="176"/>
        <source>Cron trigger</source>
        <translation>Disparador cron</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="176"/>
        <source>Webhook trigger</source>
        <translation>Disparador webhook</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="184"/>
        <source>Unknown: %1</source>
        <translation>Desconocida: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="248"/>
        <source>%1 (never happens)</source>
        <translation>%1 (nunca ocurre)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="271"/>
        <source>Trigger not saved: the schedule is not valid (%1).</source>
        <translation>Disparador no guardado: la programación no es válida (%1).</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="294"/>
        <source>Webhook URL copied to the clipboard.</source>
        <translation>URL del webhook copiada al portapapeles.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="301"/>
        <source>the cron trigger</source>
        <translation>el disparador cron</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="301"/>
        <source>the webhook trigger</source>
        <translation>el disparador webhook</translation>
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
        <translation>activado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="66"/>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="82"/>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="84"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="137"/>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="138"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="139"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="140"/>
        <source>Webhook URL or schedule</source>
        <translation>URL del webhook o programación</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="141"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="142"/>
        <source>Next fire (UTC)</source>
        <translation>Próxima activación (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggertablemodel.cpp" line="143"/>
        <source>Next fire (local)</source>
        <translation>Próxima activación (local)</translation>
    </message>
</context>
<context>
    <name>sb::TriggersController</name>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="34"/>
        <source>replies when the run ends</source>
        <translation>responde al terminar la ejecución</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="35"/>
        <source>replies at once</source>
        <translation>responde enseguida</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="52"/>
        <source>Could not load the triggers of “%1”: %2</source>
        <translation>No se pudieron cargar los disparadores de «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="70"/>
        <source>invalid: %1</source>
        <translation>no válida: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="74"/>
        <source>unknown (%1)</source>
        <translation>desconocida (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="94"/>
        <source>Could not change the trigger of “%1”: %2</source>
        <translation>No se pudo cambiar el disparador de «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="97"/>
        <source>Trigger of “%1” enabled.</source>
        <translation>Disparador de «%1» activado.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="98"/>
        <source>Trigger of “%1” disabled.</source>
        <translation>Disparador de «%1» desactivado.</translation>
    </message>
</context>
<context>
    <name>sb::TriggersView</name>
    <message>
        <location filename="../ui/workflows/triggersview.cpp" line="36"/>
        <source>Triggers</source>
        <translation>Disparadores</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggersview.cpp" line="77"/>
        <source>No project yet. Use File → Import project… to add one.</source>
        <translation>Todavía no hay ningún proyecto. Use Archivo → Importar proyecto… para añadir uno.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggersview.cpp" line="79"/>
        <source>%1 — webhooks: %2, cron triggers: %3. Double-click a trigger to open it in its workflow.</source>
        <translation>%1 — webhooks: %2, disparadores cron: %3. Haga doble clic en un disparador para abrirlo en su flujo de trabajo.</translation>
    </message>
</context>
<context>
    <name>sb::UnsavedPrompt</name>
    <message>
        <location filename="../ui/main/unsavedprompt.cpp" line="12"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/main/unsavedprompt.cpp" line="13"/>
        <source>Save your changes to %1?</source>
        <translation>¿Guardar los cambios de %1?</translation>
    </message>
    <message>
        <location filename="../ui/main/unsavedprompt.cpp" line="15"/>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Si no guarda, se perderán los cambios.</translation>
    </message>
</context>
<context>
    <name>sb::WorkflowGraphView</name>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="41"/>
        <source>Workflow graph</source>
        <translation>Grafo del flujo de trabajo</translation>
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
        <translation>responde al terminar la ejecución</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="140"/>
        <source>replies at once</source>
        <translation>responde enseguida</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="142"/>
        <source>(disabled) %1</source>
        <translation>(desactivado) %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="367"/>
        <source>Disable edge</source>
        <translation>Desactivar el enlace</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="367"/>
        <source>Enable edge</source>
        <translation>Activar el enlace</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowgraphview.cpp" line="483"/>
        <source>Select a workflow to see its graph</source>
        <translation>Seleccione un flujo de trabajo para ver su grafo</translation>
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
        <translation>%1 (desactivado)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="23"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="108"/>
        <source>%1 (key: %2)</source>
        <translation>%1 (clave: %2)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="126"/>
        <source>Enabled: triggers start runs</source>
        <translation>Activado: los disparadores inician ejecuciones</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="126"/>
        <source>Disabled: triggers are ignored</source>
        <translation>Desactivado: los disparadores se ignoran</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="128"/>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="128"/>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="172"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="173"/>
        <source>Triggers</source>
        <translation>Disparadores</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="174"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowlistmodel.cpp" line="175"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
</context>
<context>
    <name>sb::WorkflowsController</name>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="31"/>
        <source>Could not load the project “%1”: %2</source>
        <translation>No se pudo cargar el proyecto «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="43"/>
        <source>Could not read which workflows are enabled: %1</source>
        <translation>No se pudo leer qué flujos de trabajo están activados: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="75"/>
        <source>Could not enable “%1”: %2</source>
        <translation>No se pudo activar «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="76"/>
        <source>Could not disable “%1”: %2</source>
        <translation>No se pudo desactivar «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="81"/>
        <source>Workflow “%1” enabled.</source>
        <translation>Flujo de trabajo «%1» activado.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="81"/>
        <source>Workflow “%1” disabled.</source>
        <translation>Flujo de trabajo «%1» desactivado.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="91"/>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="96"/>
        <source>Job “%1” not saved: %2</source>
        <translation>Job «%1» no guardado: %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="99"/>
        <source>Job “%1” saved.</source>
        <translation>Job «%1» guardado.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="109"/>
        <source>Trigger not saved: %1</source>
        <translation>Disparador no guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="112"/>
        <source>Trigger saved.</source>
        <translation>Disparador guardado.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="131"/>
        <source>cron trigger</source>
        <translation>disparador cron</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="131"/>
        <source>webhook trigger</source>
        <translation>disparador webhook</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="135"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="143"/>
        <source>Could not change the edge “%1”: %2</source>
        <translation>No se pudo cambiar el enlace «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="147"/>
        <source>Edge “%1” enabled.</source>
        <translation>Enlace «%1» activado.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowscontroller.cpp" line="147"/>
        <source>Edge “%1” disabled.</source>
        <translation>Enlace «%1» desactivado.</translation>
    </message>
</context>
<context>
    <name>sb::WorkflowsView</name>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="50"/>
        <source>Workflows</source>
        <translation>Flujos de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="83"/>
        <source>Automatic layout</source>
        <translation>Disposición automática</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="84"/>
        <source>Left to right</source>
        <translation>De izquierda a derecha</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="85"/>
        <source>Top to bottom</source>
        <translation>De arriba abajo</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="86"/>
        <source>How the graph is laid out; automatic picks what fits the view best</source>
        <translation>Cómo se dispone el grafo; automática elige la que mejor cabe en la vista</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="89"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="90"/>
        <source>Fit the graph to the view (Ctrl+wheel zooms)</source>
        <translation>Ajustar el grafo a la vista (Ctrl+rueda para hacer zoom)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="154"/>
        <location filename="../ui/workflows/workflowsview.cpp" line="259"/>
        <source>Select a job or trigger in the graph</source>
        <translation>Seleccione un job o un disparador en el grafo</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="174"/>
        <source>always: the next step runs in any case</source>
        <translation>siempre: el paso siguiente se ejecuta en cualquier caso</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="175"/>
        <source>on success: runs when the step before succeeded</source>
        <translation>si tiene éxito: se ejecuta cuando el paso anterior tuvo éxito</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="176"/>
        <source>on failure: runs when the step before failed</source>
        <translation>si falla: se ejecuta cuando el paso anterior falló</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="177"/>
        <source>a JavaScript condition, shown by its label</source>
        <translation>una condición JavaScript, mostrada por su etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="200"/>
        <source>Faded nodes and edges are disabled.</source>
        <translation>Los nodos y enlaces atenuados están desactivados.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="201"/>
        <source>Right-click an edge to enable or disable it.</source>
        <translation>Haga clic derecho en un enlace para activarlo o desactivarlo.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="256"/>
        <source>No project yet. Use File → Import project… to add one.</source>
        <translation>Todavía no hay ningún proyecto. Use Archivo → Importar proyecto… para añadir uno.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="257"/>
        <source>The project could not be loaded.</source>
        <translation>No se pudo cargar el proyecto.</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="318"/>
        <source>%1 (disabled)</source>
        <translation>%1 (desactivado)</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="418"/>
        <source>Edge: %1
Condition: %2</source>
        <translation>Enlace: %1
Condición: %2</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="420"/>
        <source>Expression: %1</source>
        <translation>Expresión: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="421"/>
        <source>State: enabled</source>
        <translation>Estado: activado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="421"/>
        <source>State: disabled</source>
        <translation>Estado: desactivado</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="423"/>
        <source>Disable edge</source>
        <translation>Desactivar el enlace</translation>
    </message>
    <message>
        <location filename="../ui/workflows/workflowsview.cpp" line="423"/>
        <source>Enable edge</source>
        <translation>Activar el enlace</translation>
    </message>
</context>
</TS>

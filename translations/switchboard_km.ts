<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>sb::CodeEditor</name>
    <message>
        <location filename="../ui/workflows/codeeditor.cpp" line="45"/>
        <source>Job code</source>
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
    <name>sb::Demo</name>
    <message>
        <location filename="../core/project/demoproject.cpp" line="15"/>
        <source>The demo project is missing from this build.</source>
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
    <message>
        <location filename="../ui/workflows/importdialog.cpp" line="174"/>
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
        <location filename="../core/runtime/jobruntime.cpp" line="62"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="63"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="69"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="71"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runtime/jobruntime.cpp" line="72"/>
        <source>%n bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="198"/>
        <source>%1 (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="200"/>
        <source>%1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="415"/>
        <source>The JavaScript engine could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="420"/>
        <source>The JavaScript engine could not create a context (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="427"/>
        <source>The JavaScript engine could not initialise its built-in library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="548"/>
        <source>This build of Switchboard lacks the script %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="562"/>
        <source>The built-in script %1 does not compile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="600"/>
        <location filename="../core/runtime/jobruntime.cpp" line="609"/>
        <location filename="../core/runtime/jobruntime.cpp" line="615"/>
        <source>The job runtime could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="634"/>
        <location filename="../core/runtime/jobruntime.cpp" line="639"/>
        <source>The job compiler could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="650"/>
        <source>The job compiler failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="757"/>
        <source>The credential is not a JSON object; the step cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="816"/>
        <source>The engine stopped the step without an error to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="854"/>
        <source>The step could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="867"/>
        <source>The input state is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1020"/>
        <source>The step ran longer than its limit of %1 and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1024"/>
        <source>The step used more than its memory limit of %1 and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1027"/>
        <source>The step was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1031"/>
        <source>An operation is waiting for a promise that can never settle: nothing it could wait for (a timer or a request) is pending. The step was stopped at once instead of at its time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1037"/>
        <source>The final state is larger than the limit of %1, so it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/jobruntime.cpp" line="1052"/>
        <source>The engine stopped the step without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/adaptors.cpp" line="43"/>
        <source>“%1” is not an adaptor name; write it as @openfn/language-NAME@VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/adaptors.cpp" line="53"/>
        <source>Switchboard cannot run %1 version %2: it supports versions %3.x to %4.x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runtime/adaptors.cpp" line="59"/>
        <source>Switchboard has no adaptor %1 yet; the jobs that use it cannot run.</source>
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
        <location filename="../ui/main/mainwindow.cpp" line="41"/>
        <location filename="../ui/main/mainwindow.cpp" line="264"/>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="84"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="114"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="123"/>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="124"/>
        <source>Workflows, their graphs, jobs and triggers (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="125"/>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="126"/>
        <source>Every webhook and cron trigger of the project (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="137"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="138"/>
        <source>&amp;Import project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="142"/>
        <source>Import an OpenFn project spec file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="143"/>
        <source>&amp;Export project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="147"/>
        <source>Write the project as an OpenFn spec file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="149"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="154"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="155"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="159"/>
        <source>Read the project again from the database (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="161"/>
        <source>&amp;Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="163"/>
        <source>&amp;Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="166"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="167"/>
        <source>&amp;About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="170"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="183"/>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="262"/>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="262"/>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="264"/>
        <source>%1 — Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="295"/>
        <source>Imported “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="301"/>
        <source>Export project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="302"/>
        <source>OpenFn project spec (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="311"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="325"/>
        <source>About Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/mainwindow.cpp" line="326"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;An administrator console for OpenFn-style integration projects: workflows, jobs, triggers and their runs, locally.&lt;/p&gt;</source>
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
    <name>sb::ProjectDiff</name>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="143"/>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="144"/>
        <source>credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="145"/>
        <source>workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="146"/>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="147"/>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="148"/>
        <source>edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="192"/>
        <source>%n project(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="193"/>
        <source>%n project(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="194"/>
        <source>%n project(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="195"/>
        <source>%n credential(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="196"/>
        <source>%n credential(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="197"/>
        <source>%n credential(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="198"/>
        <source>%n workflow(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="199"/>
        <source>%n workflow(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="200"/>
        <source>%n workflow(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="201"/>
        <source>%n job(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="202"/>
        <source>%n job(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="203"/>
        <source>%n job(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="204"/>
        <source>%n trigger(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="205"/>
        <source>%n trigger(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="206"/>
        <source>%n trigger(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="207"/>
        <source>%n edge(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="208"/>
        <source>%n edge(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/project/projectdiff.cpp" line="209"/>
        <source>%n edge(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/project/projectdiff.cpp" line="219"/>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ProjectStore</name>
    <message>
        <location filename="../core/project/projectstore.cpp" line="40"/>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="80"/>
        <location filename="../core/project/projectstore.cpp" line="234"/>
        <location filename="../core/project/projectstore.cpp" line="512"/>
        <source>Workflow &quot;%1&quot; is not in project &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="90"/>
        <source>There is no project named &quot;%1&quot; in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="324"/>
        <source>Edge &quot;%1&quot; points to job &quot;%2&quot;, which is not in workflow &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="515"/>
        <source>Job &quot;%1&quot; is not in workflow &quot;%2&quot;; it may have been removed by an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="548"/>
        <source>The cron expression is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="552"/>
        <source>Reply mode must be before_start or after_completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="555"/>
        <source>The custom path &quot;%1&quot; may only use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;~&apos; and &apos;/&apos; between segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="568"/>
        <location filename="../core/project/projectstore.cpp" line="641"/>
        <source>Trigger &quot;%1&quot; is not in workflow &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="590"/>
        <source>Edge &quot;%1&quot; is not in workflow &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="647"/>
        <source>The job needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="649"/>
        <source>Job &quot;%1&quot; has no code; write at least one operation, e.g. fn(state =&gt; state);</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="652"/>
        <source>Adaptor &quot;%1&quot; is not of the form @openfn/language-&lt;name&gt;@&lt;version&gt;, e.g. @openfn/language-http@6.5.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="659"/>
        <source>Credential &quot;%1&quot; is not defined in project &quot;%2&quot;.</source>
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
        <location filename="../core/store/storewriter.cpp" line="62"/>
        <source>The store is closing; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="75"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="80"/>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="83"/>
        <source>Cannot switch %1 to write-ahead logging (it stayed in %2 mode); put the database on a local, writable disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="137"/>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storewriter.cpp" line="153"/>
        <source>The database refused to save (%1); nothing in this batch was written. Check free disk space and file permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="268"/>
        <source>%1 is not a Switchboard database (it has tables but no schema version); choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="275"/>
        <source>Cannot read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="288"/>
        <source>%1 was written by a newer Switchboard (schema %2; this build knows up to %3). Upgrade Switchboard to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="304"/>
        <source>Cannot start a transaction on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/migrations.cpp" line="317"/>
        <source>Migration to schema %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TriggerPanel</name>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="48"/>
        <source>● Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="49"/>
        <source>This trigger has changes that are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="51"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="55"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="74"/>
        <source>&amp;Enabled: start a run when this trigger fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="92"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="93"/>
        <source>Copy the URL to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="97"/>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="100"/>
        <source>Reply at once (when the request is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="101"/>
        <source>Reply when the run has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="102"/>
        <source>Re&amp;ply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="103"/>
        <source>Systems send an HTTP POST with a JSON body to this URL. Each request is stored and starts a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="118"/>
        <source>minute hour day month weekday, e.g. 0 6 * * *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="123"/>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="135"/>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="137"/>
        <source>Next runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="176"/>
        <source>Cron trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="176"/>
        <source>Webhook trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="184"/>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="248"/>
        <source>%1 (never happens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="271"/>
        <source>Trigger not saved: the schedule is not valid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="294"/>
        <source>Webhook URL copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="301"/>
        <source>the cron trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerpanel.cpp" line="301"/>
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
        <location filename="../ui/workflows/triggerscontroller.cpp" line="34"/>
        <source>replies when the run ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="35"/>
        <source>replies at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="52"/>
        <source>Could not load the triggers of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="70"/>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="74"/>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="94"/>
        <source>Could not change the trigger of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="97"/>
        <source>Trigger of “%1” enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workflows/triggerscontroller.cpp" line="98"/>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnnotationsPanel</name>
    <message numerus="yes">
        <source>Annotations (%n)</source>
        <translation>
            <numerusform>Annotations (%n)</numerusform>
            <numerusform>Annotations (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <source>%n versions</source>
        <translation>
            <numerusform>%n versions</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustodyLogPanel</name>
    <message numerus="yes">
        <source>Intact: all %n entries are unchanged and in order since they were written.</source>
        <translation>
            <numerusform>Intact: all %n entries are unchanged and in order since they were written.</numerusform>
            <numerusform>Intact: all %n entries are unchanged and in order since they were written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message numerus="yes">
        <source>{shown} of %n event(s)</source>
        <translation>
            <numerusform>{shown} of %n event</numerusform>
            <numerusform>{shown} of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)? Their passages stay annotated; Undo brings them back.</source>
        <translation>
            <numerusform>Delete %n event? Their passages stay annotated; Undo brings them back.</numerusform>
            <numerusform>Delete %n events? Their passages stay annotated; Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message numerus="yes">
        <source>%n distinct source(s)</source>
        <translation>
            <numerusform>%n distinct source</numerusform>
            <numerusform>%n distinct sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n passage(s)</source>
        <translation>
            <numerusform>, %n passage</numerusform>
            <numerusform>, %n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n annotation(s).</source>
        <translation>
            <numerusform>, %n annotation.</numerusform>
            <numerusform>, %n annotations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n source(s)</source>
        <translation>
            <numerusform> from %n source</numerusform>
            <numerusform> from %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s)</source>
        <translation>
            <numerusform>%n other record</numerusform>
            <numerusform>%n other records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n record(s) skipped)</source>
        <translation>
            <numerusform> (%n record skipped)</numerusform>
            <numerusform> (%n records skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already here</source>
        <translation>
            <numerusform>; %n already here</numerusform>
            <numerusform>; %n already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n record(s) skipped</source>
        <translation>
            <numerusform>; %n record skipped</numerusform>
            <numerusform>; %n records skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s) (cancelled).</source>
        <translation>
            <numerusform>Imported %n article (cancelled).</numerusform>
            <numerusform>Imported %n articles (cancelled).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Imported %n article.</numerusform>
            <numerusform>Imported %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n REFI-QDA project(s)</source>
        <translation>
            <numerusform>%n REFI-QDA project</numerusform>
            <numerusform>%n REFI-QDA projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new source(s)</source>
        <translation>
            <numerusform>%n new source</numerusform>
            <numerusform>%n new sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message numerus="yes">
        <source>Use at least %n characters; a few random words are best.</source>
        <translation>
            <numerusform>Use at least %n characters; a few random words are best.</numerusform>
            <numerusform>Use at least %n characters; a few random words are best.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvinceMap</name>
    <message numerus="yes">
        <source>%n event(s) — click to filter</source>
        <translation>
            <numerusform>%n event — click to filter</numerusform>
            <numerusform>%n events — click to filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original files</source>
        <translation>
            <numerusform>%n original files</numerusform>
            <numerusform>%n original files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n matching article</numerusform>
            <numerusform>%n matching articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (best %n shown)</source>
        <translation>
            <numerusform> (best %n shown)</numerusform>
            <numerusform> (best %n shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n original file(s)</source>
        <translation>
            <numerusform>%n original file</numerusform>
            <numerusform>%n original files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestBatchDialog</name>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n article(s)</source>
        <translation>
            <numerusform> in %n article</numerusform>
            <numerusform> in %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already recorded, not shown</source>
        <translation>
            <numerusform>; %n already recorded, not shown</numerusform>
            <numerusform>; %n already recorded, not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n event(s)…</source>
        <translation>
            <numerusform>Recorded %n event…</numerusform>
            <numerusform>Recorded %n events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n event(s); Edit ▸ Undo takes each back.</source>
        <translation>
            <numerusform>Recorded %n event; Edit ▸ Undo takes each back.</numerusform>
            <numerusform>Recorded %n events; Edit ▸ Undo takes each back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <source>%n possible event(s): accept, edit or dismiss each.</source>
        <translation>
            <numerusform>%n possible event: accept, edit or dismiss each.</numerusform>
            <numerusform>%n possible events: accept, edit or dismiss each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <source>Undated (%n)</source>
        <translation>
            <numerusform>Undated (%n)</numerusform>
            <numerusform>Undated (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>

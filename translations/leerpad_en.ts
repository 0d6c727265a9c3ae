<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>LrsSender</name>
    <message>
        <source>De resultaten kunnen niet worden verstuurd: %1</source>
        <translation>The results cannot be sent: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resultaten nog niet verstuurd</source>
        <translation>
            <numerusform>%n result not sent yet</numerusform>
            <numerusform>%n results not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resultaten geweigerd door de LRS</source>
        <translation>
            <numerusform>%n result refused by the LRS</numerusform>
            <numerusform>%n results refused by the LRS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>geen antwoord van de LRS binnen %n s</source>
        <translation>
            <numerusform>no answer from the LRS within %n s</numerusform>
            <numerusform>no answer from the LRS within %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTestText</name>
    <message>
        <source>%1 van de %2 goed (%3%)</source>
        <translation>%1 of %2 right (%3%)</translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <comment>list of question numbers: &apos;2, 5&apos; and &apos;9&apos;</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Je hebt de vraag beantwoord.</source>
        <translation>You have answered the question.</translation>
    </message>
    <message>
        <source>Je hebt alle %1 vragen beantwoord.</source>
        <translation>You have answered all %1 questions.</translation>
    </message>
    <message>
        <source>Wil je de test inleveren? Daarna kun je je antwoorden niet meer veranderen.</source>
        <translation>Do you want to hand in the test? After that you can no longer change your answers.</translation>
    </message>
    <message>
        <source>Vraag %1 heb je nog niet beantwoord.</source>
        <translation>You have not answered question %1 yet.</translation>
    </message>
    <message>
        <source>De vragen %1 heb je nog niet beantwoord.</source>
        <translation>You have not answered questions %1 yet.</translation>
    </message>
    <message>
        <source>Een vraag zonder antwoord telt als fout. Wil je de test toch inleveren?</source>
        <translation>A question without an answer counts as wrong. Hand in the test anyway?</translation>
    </message>
    <message>
        <source>(niet beantwoord)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>✓ Goed</source>
        <translation>✓ Right</translation>
    </message>
    <message>
        <source>✗ Fout</source>
        <translation>✗ Wrong</translation>
    </message>
    <message>
        <source>– Niet beantwoord</source>
        <translation>– Not answered</translation>
    </message>
    <message>
        <source>d-M-yyyy HH:mm</source>
        <comment>date and time of an attempt</comment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Poging %1 · %2 · nog niet ingeleverd</source>
        <translation>Attempt %1 · %2 · not handed in yet</translation>
    </message>
    <message>
        <source>Poging %1 · %2 · %3</source>
        <translation>Attempt %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>leerpad</name>
    <message>
        <source>Gesprek:</source>
        <translation>Dialogue:</translation>
    </message>
    <message>
        <source>toegevoegd</source>
        <translation>added</translation>
    </message>
    <message>
        <source>juist antwoord</source>
        <translation>correct answer</translation>
    </message>
    <message>
        <source>Uitleg:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Notitie voor trainers:</source>
        <translation>Note for trainers:</translation>
    </message>
    <message>
        <source>Antwoordsleutel</source>
        <translation>Answer key</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Juist antwoord</source>
        <translation>Correct answer</translation>
    </message>
    <message>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Vraag %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Het exporteren is afgebroken.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Kan %1 niet schrijven: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>(geen uitgeschreven tekst beschikbaar)</source>
        <translation>(no transcript available)</translation>
    </message>
    <message>
        <source>Kruis alle juiste antwoorden aan.</source>
        <translation>Tick every correct answer.</translation>
    </message>
    <message>
        <source>Kruis het juiste antwoord aan.</source>
        <translation>Tick the correct answer.</translation>
    </message>
    <message>
        <source>%1 goed:</source>
        <translation>%1 correct:</translation>
    </message>
    <message>
        <source>Hand-out voor trainers, met antwoordsleutel</source>
        <translation>Handout for trainers, with answer key</translation>
    </message>
    <message>
        <source>Hand-out voor deelnemers</source>
        <translation>Handout for learners</translation>
    </message>
    <message>
        <source>Klasoverzicht</source>
        <translation>Class report</translation>
    </message>
    <message>
        <source>%1 leerlingen · %2</source>
        <translation>%1 learners · %2</translation>
    </message>
    <message>
        <source>Welke vragen gingen het vaakst fout?</source>
        <translation>Which questions went wrong most often?</translation>
    </message>
</context>
<context>
    <name>leerpad::AboutDialog</name>
    <message>
        <source>Over Leerpad</source>
        <translation>About Leerpad</translation>
    </message>
    <message>
        <source>Leerpad %1</source>
        <translation>Leerpad %1</translation>
    </message>
    <message>
        <source>Een speler voor e-learningcursussen die zonder internet werkt.</source>
        <translation>A player for e-learning courses that works without an internet connection.</translation>
    </message>
    <message>
        <source>Licentie: MIT. Je mag Leerpad vrij gebruiken, aanpassen en verspreiden.</source>
        <translation>Licence: MIT. You may use, change and share Leerpad freely.</translation>
    </message>
    <message>
        <source>Gemaakt met Qt %1.</source>
        <translation>Built with Qt %1.</translation>
    </message>
    <message>
        <source>Geopende cursus: %1, versie %2</source>
        <translation>Open course: %1, version %2</translation>
    </message>
    <message>
        <source>Auteurs: %1</source>
        <translation>Authors: %1</translation>
    </message>
    <message>
        <source>Licentie van de cursus: %1</source>
        <translation>Course licence: %1</translation>
    </message>
</context>
<context>
    <name>leerpad::AudioBlockView</name>
    <message>
        <source>Gesprek: %1</source>
        <translation>Dialogue: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Met %1</source>
        <translation>With %1</translation>
    </message>
    <message>
        <source>Toont of verbergt wat er in het gesprek gezegd wordt</source>
        <translation>Shows or hides what is said in the dialogue</translation>
    </message>
    <message>
        <source>Er is geen uitgeschreven tekst van dit gesprek.</source>
        <translation>There is no transcript of this dialogue.</translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <comment>the last two names of a list</comment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Uitgeschreven tekst verbergen</source>
        <translation>Hide the transcript</translation>
    </message>
    <message>
        <source>Uitgeschreven tekst tonen</source>
        <translation>Show the transcript</translation>
    </message>
</context>
<context>
    <name>leerpad::AudioController</name>
    <message>
        <source>Het geluidsbestand ontbreekt (%1). Je kunt het gesprek wel lezen in de uitgeschreven tekst.</source>
        <translation>The audio file is missing (%1). You can still read the dialogue in the transcript.</translation>
    </message>
    <message>
        <source>Er is geen geluidsapparaat gevonden, dus je hoort het gesprek misschien niet. Je kunt het wel lezen in de uitgeschreven tekst.</source>
        <translation>No sound device was found, so you may not hear the dialogue. You can read it in the transcript.</translation>
    </message>
    <message>
        <source>Het geluidsbestand kan niet worden afgespeeld (%1). Je kunt het gesprek wel lezen in de uitgeschreven tekst.</source>
        <translation>The audio file cannot be played (%1). You can still read the dialogue in the transcript.</translation>
    </message>
</context>
<context>
    <name>leerpad::AudioControls</name>
    <message>
        <source>%1 procent</source>
        <translation>%1 percent</translation>
    </message>
    <message>
        <source>Spatiebalk speelt af of pauzeert</source>
        <translation>Space bar plays or pauses</translation>
    </message>
    <message>
        <source>Positie in het gesprek</source>
        <translation>Position in the dialogue</translation>
    </message>
    <message>
        <source>Pijltjes: 5 seconden terug of verder; Page Up en Page Down: 15 seconden</source>
        <translation>Arrow keys: 5 seconds back or ahead; Page Up and Page Down: 15 seconds</translation>
    </message>
    <message>
        <source>Verstreken tijd</source>
        <translation>Elapsed time</translation>
    </message>
    <message>
        <source>Totale duur</source>
        <translation>Total length</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Afspeelsnelheid</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>&amp;Snelheid:</source>
        <translation>&amp;Speed:</translation>
    </message>
    <message>
        <source>Pauzeren</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Opnieuw afspelen</source>
        <translation>Play again</translation>
    </message>
    <message>
        <source>Afspelen</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Geluid aanzetten</source>
        <translation>Sound on</translation>
    </message>
    <message>
        <source>Geluid uitzetten</source>
        <translation>Sound off</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>leerpad::ClassReportDialog</name>
    <message>
        <source>Leerlingen</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Vragen van de test</source>
        <translation>Test questions</translation>
    </message>
    <message>
        <source>Klasoverzicht</source>
        <translation>Class report</translation>
    </message>
    <message>
        <source>Welke vragen gingen het vaakst fout?</source>
        <translation>Which questions went wrong most often?</translation>
    </message>
    <message>
        <source>Niet meegeteld: %1</source>
        <translation>Not counted: %1</translation>
    </message>
    <message>
        <source>Geen van de bestanden kon worden gelezen.</source>
        <translation>None of the files could be read.</translation>
    </message>
    <message>
        <source>Niet gebruikt:
%1</source>
        <translation>Not used:
%1</translation>
    </message>
    <message>
        <source>Klasoverzicht opslaan</source>
        <translation>Save class report</translation>
    </message>
    <message>
        <source>Tabellen met tabs (*.tsv)</source>
        <translation>Tab-separated tables (*.tsv)</translation>
    </message>
    <message>
        <source>Het overzicht kon niet worden opgeslagen: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>%1 — leerlingen: %2</source>
        <translation>%1 — learners: %2</translation>
    </message>
    <message>
        <source>CSV voor een rekenblad (*.csv)</source>
        <translation>CSV for a spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Bestanden toevoegen…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>&amp;Map toevoegen…</source>
        <translation>Add a &amp;folder…</translation>
    </message>
    <message>
        <source>Uit de &amp;LRS laden</source>
        <translation>Load from the &amp;LRS</translation>
    </message>
    <message>
        <source>&amp;Opslaan als tabel…</source>
        <translation>&amp;Save as table…</translation>
    </message>
    <message>
        <source>Resultatenbestanden van de klas</source>
        <translation>The class&apos;s results files</translation>
    </message>
    <message>
        <source>Resultatenbestanden (*.json)</source>
        <translation>Results files (*.json)</translation>
    </message>
    <message>
        <source>Map met resultatenbestanden</source>
        <translation>Folder of results files</translation>
    </message>
    <message>
        <source>De resultaten worden uit de LRS gelezen…</source>
        <translation>Reading the results from the LRS…</translation>
    </message>
    <message>
        <source>De LRS kon niet worden gelezen: %1</source>
        <translation>The LRS could not be read: %1</translation>
    </message>
    <message>
        <source>Voeg de resultatenbestanden van de klas toe, of sleep ze hierheen.</source>
        <translation>Add the class&apos;s results files, or drop them here.</translation>
    </message>
    <message>
        <source>Zoek een leerling</source>
        <translation>Find a learner</translation>
    </message>
    <message>
        <source>Leerlingen filteren op naam of studentnummer</source>
        <translation>Filter learners by name or student number</translation>
    </message>
    <message>
        <source>PDF om af te drukken (*.pdf)</source>
        <translation>PDF to print (*.pdf)</translation>
    </message>
</context>
<context>
    <name>leerpad::CourseOpen</name>
    <message>
        <source>Cursus openen</source>
        <translation>Open course</translation>
    </message>
    <message>
        <source>Cursusbestanden (*.json)</source>
        <translation>Course files (*.json)</translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Cursusmap openen</source>
        <translation>Open course folder</translation>
    </message>
    <message>
        <source>Cursussen (*.leerpad *.json)</source>
        <translation>Courses (*.leerpad *.json)</translation>
    </message>
    <message>
        <source>Cursuspakketten (*.leerpad)</source>
        <translation>Course packages (*.leerpad)</translation>
    </message>
</context>
<context>
    <name>leerpad::DiagnosticsDock</name>
    <message>
        <source>Meldingen</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Fouten en waarschuwingen in het cursusbestand</source>
        <translation>Errors and warnings in the course file</translation>
    </message>
    <message numerus="yes">
        <source>%n fout(en)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waarschuwing(en)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>De nieuwe versie van het bestand bevat fouten; de laatste goede versie blijft zichtbaar.</source>
        <translation>The new version of the file contains errors; the last good version stays on screen.</translation>
    </message>
    <message>
        <source>Geen meldingen: het cursusbestand is in orde.</source>
        <translation>No problems: the course file is in order.</translation>
    </message>
</context>
<context>
    <name>leerpad::EndOfCourseCard</name>
    <message>
        <source>Zo ver ben je</source>
        <translation>Where you are</translation>
    </message>
    <message>
        <source>Je hebt %1 van de %2 pagina&apos;s afgerond.</source>
        <translation>You have completed %1 of the %2 pages.</translation>
    </message>
    <message>
        <source>Nog te doen:</source>
        <translation>Still to do:</translation>
    </message>
    <message>
        <source>Naar deze pagina</source>
        <translation>Go to this page</translation>
    </message>
    <message numerus="yes">
        <source>en nog %n andere</source>
        <translation>
            <numerusform>and %n other</numerusform>
            <numerusform>and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>De test heb je nog niet gemaakt.</source>
        <translation>You have not taken the test yet.</translation>
    </message>
    <message>
        <source>Je bent bezig met de test: %1 van %2 vragen beantwoord.</source>
        <translation>You are taking the test: %1 of %2 questions answered.</translation>
    </message>
    <message>
        <source>Je bent geslaagd voor de test (laatste poging: %1 van de %2 goed).</source>
        <translation>You passed the test (last attempt: %1 of %2 correct).</translation>
    </message>
    <message>
        <source>Je bent nog niet geslaagd voor de test (laatste poging: %1 van de %2 goed).</source>
        <translation>You have not passed the test yet (last attempt: %1 of %2 correct).</translation>
    </message>
    <message>
        <source>Je hebt de test gemaakt: %1 van de %2 goed.</source>
        <translation>You took the test: %1 of %2 correct.</translation>
    </message>
    <message>
        <source>Je hebt alles gedaan. Goed gewerkt!</source>
        <translation>You have done everything. Well done!</translation>
    </message>
    <message>
        <source>Rond eerst de pagina&apos;s hierboven af: de test vraagt wat daar staat.</source>
        <translation>Finish the pages above first: the test asks what they say.</translation>
    </message>
    <message>
        <source>Naar de eerste pagina die nog openstaat</source>
        <translation>Go to the first page still open</translation>
    </message>
    <message>
        <source>De test starten</source>
        <translation>Start the test</translation>
    </message>
    <message>
        <source>Verder met de test</source>
        <translation>Continue the test</translation>
    </message>
    <message>
        <source>Bekijk wat er fout ging en probeer de test opnieuw.</source>
        <translation>See what went wrong and try the test again.</translation>
    </message>
    <message>
        <source>Naar de test</source>
        <translation>Go to the test</translation>
    </message>
</context>
<context>
    <name>leerpad::FeedbackPanel</name>
    <message>
        <source>Uitleg</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Dit antwoord is goed.</source>
        <translation>This answer is right.</translation>
    </message>
    <message>
        <source>Dit antwoord is niet goed.</source>
        <translation>This answer is not right.</translation>
    </message>
    <message>
        <source>Goed</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Niet beantwoord</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Je hebt deze vraag niet beantwoord.</source>
        <translation>You did not answer this question.</translation>
    </message>
    <message>
        <source>Bij een goed antwoord: %1</source>
        <translation>After a right answer: %1</translation>
    </message>
    <message>
        <source>Bij een fout antwoord: %1</source>
        <translation>After a wrong answer: %1</translation>
    </message>
    <message>
        <source>Antwoordsleutel</source>
        <translation>Answer key</translation>
    </message>
</context>
<context>
    <name>leerpad::GlossaryDialog</name>
    <message>
        <source>Begrippenlijst</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Zoek een begrip</source>
        <translation>Search for a term</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Begrippen</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Kies een begrip om de betekenis te lezen</source>
        <translation>Choose a term to read its meaning</translation>
    </message>
    <message>
        <source>Betekenis</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Deze cursus heeft geen begrippenlijst.</source>
        <translation>This course has no glossary.</translation>
    </message>
    <message>
        <source>Geen begrip gevonden.</source>
        <translation>No term found.</translation>
    </message>
</context>
<context>
    <name>leerpad::GlossaryPopup</name>
    <message>
        <source>Alle begrippen…</source>
        <translation>All terms…</translation>
    </message>
    <message>
        <source>Opent de begrippenlijst met alle begrippen van de cursus</source>
        <translation>Opens the glossary with all terms of the course</translation>
    </message>
    <message>
        <source>Betekenis van %1</source>
        <translation>Meaning of %1</translation>
    </message>
</context>
<context>
    <name>leerpad::HandoutExport</name>
    <message>
        <source>Met antwoordsleutel</source>
        <translation>With answer key</translation>
    </message>
    <message>
        <source>Zonder antwoordsleutel</source>
        <translation>Without answer key</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Voortgang van de export</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Hand-out exporteren</source>
        <translation>Export handout</translation>
    </message>
    <message>
        <source>Wil je de antwoordsleutel en de uitleg in de hand-out opnemen?</source>
        <translation>Include the answer key and the explanations in the handout?</translation>
    </message>
    <message>
        <source>Hand-out opslaan</source>
        <translation>Save handout</translation>
    </message>
    <message>
        <source>Hand-out wordt opgemaakt…</source>
        <translation>Laying out the handout…</translation>
    </message>
</context>
<context>
    <name>leerpad::LoadErrorView</name>
    <message>
        <source>Deze cursus kan niet worden geopend.</source>
        <translation>This course cannot be opened.</translation>
    </message>
    <message>
        <source>Meldingen bij het openen</source>
        <translation>Messages from opening the course</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Het cursusbestand ontbreekt of bevat fouten. Open een andere cursus, of vraag je trainer om een versie die werkt.</source>
        <translation>The course file is missing or has errors. Open another course, or ask your trainer for a version that works.</translation>
    </message>
    <message>
        <source>Een cursusbestand of cursusmap openen</source>
        <translation>Open a course file or course folder</translation>
    </message>
    <message>
        <source>Details verbergen</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Details voor de maker van de cursus</source>
        <translation>Details for the course&apos;s author</translation>
    </message>
</context>
<context>
    <name>leerpad::LoaderText</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a course file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is too large (%1 bytes; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is too large (more than %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error while reading the course: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strings and keys need double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the trailing comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (while reading %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (while reading %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-32 encoded; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains a NUL byte; it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is newer than this player understands (it reads format 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BCP 47 language tag (e.g. &apos;nl&apos;, &apos;nl-NL&apos;, &apos;en&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an author must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;; it is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a glossary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;origin&apos; must be &quot;source&quot; or &quot;added&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one &apos;selftest&apos; block is allowed; the first is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown block kind &apos;%1&apos; (expected text, audio, question or selftest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;selfTest&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a self-test question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a self-test question has kind &apos;question&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first score band must start at 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score bands overlap: minScore %1 must be greater than the previous band&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minScore %1 is above the maximum score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;selftest&apos; block needs a top-level &apos;selfTest&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a question block (it is defined at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no question block with id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more problems not shown; fix the ones above first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown text element type &apos;%1&apos; (expected paragraph, heading, bulletList, numberedList or quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;text&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &apos;text&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string or an array of text runs, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text run is a string or an object with &apos;em&apos;, &apos;strong&apos; or &apos;term&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glossary term &apos;%1&apos; is not defined in &apos;glossary&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos; (expected single, truefalse or multiple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prompt&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &apos;prompt&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;feedback&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question has at most %1 options, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate option id &apos;%1&apos; in this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a truefalse question has exactly 2 options, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a correct answer is an option id (a string), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct answer &apos;%1&apos; names no option of this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct answer &apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 question needs exactly one correct option, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multiple question needs at least one correct option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text contains a bidirectional control character (U+%1) that can disguise what it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text contains the control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text contains HTML-like markup &apos;%1&apos;; it is shown literally, not as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is %1 characters long; consider splitting it for learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a URL; media must be a relative path inside the course folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an absolute path; media must be a relative path inside the course folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a backslash or NUL; use &apos;/&apos; between folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; points outside the course folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media file &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a link that leads outside the course folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ogg, WAV, FLAC or MP3 audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript &apos;%1&apos; is too large (%2 bytes; the limit is %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript contains NUL bytes; it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebVTT file must start with &apos;WEBVTT&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a cue timing line &apos;start --&gt; end&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed timestamp (expected hh:mm:ss.ttt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue starts before the previous cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue overlaps the previous cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript has no cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right answer is option %1 in all %2 choice questions and the options are not shuffled: always choosing option %1 gets them all right; set &quot;shuffleOptions&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::MainWindow</name>
    <message>
        <source>Leerpad</source>
        <translation>Leerpad</translation>
    </message>
    <message>
        <source>%1 — Leerpad</source>
        <translation>%1 — Leerpad</translation>
    </message>
    <message>
        <source>Je voortgang in deze cursus is gewist.</source>
        <translation>Your progress in this course has been cleared.</translation>
    </message>
    <message>
        <source>Verder waar je gebleven was.</source>
        <translation>Picking up where you left off.</translation>
    </message>
    <message>
        <source>Voortgang wissen</source>
        <translation>Clear progress</translation>
    </message>
    <message>
        <source>Alle voortgang van “%1” wissen? Bekeken pagina&apos;s, je plek in de cursus en alle pogingen van de test worden verwijderd. Dit kun je niet ongedaan maken.</source>
        <translation>Clear all progress in “%1”? Pages you have viewed, your place in the course and all your test attempts will be deleted. This cannot be undone.</translation>
    </message>
    <message>
        <source>De nieuwe versie van het cursusbestand bevat fouten; de laatste goede versie blijft zichtbaar. Eerste fout: %1</source>
        <translation>The new version of the course file contains errors; the last good version stays on screen. First error: %1</translation>
    </message>
    <message>
        <source>De hand-out is opgeslagen als %1.</source>
        <translation>The handout was saved as %1.</translation>
    </message>
    <message>
        <source>Resultaten opslaan</source>
        <translation>Save results</translation>
    </message>
    <message>
        <source>Resultatenbestanden (*.json)</source>
        <translation>Results files (*.json)</translation>
    </message>
    <message>
        <source>Resultaten exporteren</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>De resultaten konden niet worden opgeslagen in %1: %2</source>
        <translation>The results could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>Je resultaten zijn opgeslagen als %1. Lever dit bestand in bij je trainer.</source>
        <translation>Your results were saved as %1. Hand this file in to your trainer.</translation>
    </message>
    <message>
        <source>Je resultaten staan voortaan op naam van %1.</source>
        <translation>Your results are now in the name of %1.</translation>
    </message>
</context>
<context>
    <name>leerpad::NavigationBar</name>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Vorige pagina (Alt+Links)</source>
        <translation>Previous page (Alt+Left)</translation>
    </message>
    <message>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Volgende pagina (Alt+Rechts)</source>
        <translation>Next page (Alt+Right)</translation>
    </message>
    <message>
        <source>Voortgang in de module</source>
        <translation>Progress in the module</translation>
    </message>
    <message>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1% afgerond</source>
        <translation>%1% done</translation>
    </message>
    <message>
        <source>%1 van %2 pagina&apos;s afgerond</source>
        <translation>%1 of %2 pages done</translation>
    </message>
</context>
<context>
    <name>leerpad::NoticeBar</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Close notice</translation>
    </message>
    <message>
        <source>Waarschuwing: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Melding: %1</source>
        <translation>Notice: %1</translation>
    </message>
</context>
<context>
    <name>leerpad::OptionRow</name>
    <message>
        <source>Antwoord %1, toets %1 kiest dit antwoord</source>
        <translation>Answer %1, key %1 chooses this answer</translation>
    </message>
    <message>
        <source>Antwoord %1</source>
        <translation>Answer %1</translation>
    </message>
    <message>
        <source>Toets %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <source>Goed</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Fout</source>
        <translation>Wrong</translation>
    </message>
    <message>
        <source>Het juiste antwoord</source>
        <translation>The right answer</translation>
    </message>
</context>
<context>
    <name>leerpad::OutlineDock</name>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Overzicht van de cursus voor trainers</source>
        <translation>Course overview for trainers</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Oefenvragen</source>
        <translation>Practice questions</translation>
    </message>
    <message>
        <source>Eén antwoord</source>
        <translation>Single answer</translation>
    </message>
    <message>
        <source>Juist/onjuist</source>
        <translation>True/false</translation>
    </message>
    <message>
        <source>Toegevoegde onderdelen</source>
        <translation>Added items</translation>
    </message>
    <message>
        <source>Audiofragmenten</source>
        <translation>Audio clips</translation>
    </message>
    <message>
        <source>Totale audioduur</source>
        <translation>Total audio length</translation>
    </message>
    <message>
        <source>Media per pagina</source>
        <translation>Media per page</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Meerdere antwoorden</source>
        <translation>Multiple answers</translation>
    </message>
    <message>
        <source>Vragen in de test</source>
        <translation>Self-test questions</translation>
    </message>
    <message>
        <source>Ontbrekende audiobestanden</source>
        <translation>Missing audio files</translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Antwoordsleutel van de test</source>
        <translation>Self-test answer key</translation>
    </message>
</context>
<context>
    <name>leerpad::PageView</name>
    <message>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Onderdeel: %1</source>
        <translation>Section: %1</translation>
    </message>
    <message>
        <source>Pagina: %1</source>
        <translation>Page: %1</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Toegevoegd: dit onderdeel staat niet in de brontekst</source>
        <translation>Added: this item is not in the source text</translation>
    </message>
</context>
<context>
    <name>leerpad::PlayerActions</name>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Inhoudsopgave</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>&amp;Begrippenlijst…</source>
        <translation>&amp;Glossary…</translation>
    </message>
    <message>
        <source>Tekst &amp;groter</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>Tekst &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Normale tekstgrootte</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>&amp;Vorige pagina</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>V&amp;olgende pagina</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>Omhoog of vorige pagina</source>
        <translation>Up or previous page</translation>
    </message>
    <message>
        <source>Omlaag of volgende pagina</source>
        <translation>Down or next page</translation>
    </message>
    <message>
        <source>&amp;Eerste pagina</source>
        <translation>&amp;First page</translation>
    </message>
    <message>
        <source>&amp;Laatste pagina</source>
        <translation>&amp;Last page</translation>
    </message>
    <message>
        <source>&amp;Terug naar vorige plek</source>
        <translation>&amp;Back to previous place</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Over Leerpad</source>
        <translation>&amp;About Leerpad</translation>
    </message>
    <message>
        <source>Over &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Een cursusbestand of cursusmap openen</source>
        <translation>Open a course file or course folder</translation>
    </message>
    <message>
        <source>&amp;Map openen…</source>
        <translation>Open &amp;folder…</translation>
    </message>
    <message>
        <source>Een cursusmap openen</source>
        <translation>Open a course folder</translation>
    </message>
    <message>
        <source>&amp;Meldingen</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>Fouten en waarschuwingen in het cursusbestand</source>
        <translation>Errors and warnings in the course file</translation>
    </message>
    <message>
        <source>&amp;Trainerweergave</source>
        <translation>&amp;Trainer view</translation>
    </message>
    <message>
        <source>Antwoordsleutel, toegevoegde onderdelen en het overzicht tonen</source>
        <translation>Show the answer key, added items and the overview</translation>
    </message>
    <message>
        <source>&amp;Voortgang wissen…</source>
        <translation>&amp;Clear progress…</translation>
    </message>
    <message>
        <source>&amp;Recent geopend</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Volgende pagina (%1 scrolt eerst de pagina af)</source>
        <translation>Next page (%1 first scrolls to the end of the page)</translation>
    </message>
    <message>
        <source>Vorige pagina (%1 scrolt eerst terug naar boven)</source>
        <translation>Previous page (%1 first scrolls back to the top)</translation>
    </message>
    <message>
        <source>Eerste / laatste pagina</source>
        <translation>First / last page</translation>
    </message>
    <message>
        <source>Terug naar de vorige plek</source>
        <translation>Back to the previous place</translation>
    </message>
    <message>
        <source>Wisselen tussen inhoudsopgave en pagina</source>
        <translation>Switch between contents and page</translation>
    </message>
    <message>
        <source>Naar het volgende / vorige onderdeel</source>
        <translation>To the next / previous control</translation>
    </message>
    <message>
        <source>Betekenis van het gekozen begrip tonen; in de uitgeschreven tekst van een gesprek: vanaf die regel luisteren</source>
        <translation>Show the meaning of the chosen term; in a dialogue&apos;s transcript: listen from that line</translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <source>Antwoord kiezen bij een vraag</source>
        <translation>Choose an answer to a question</translation>
    </message>
    <message>
        <source>Gesprek afspelen of pauzeren (in de speler)</source>
        <translation>Play or pause a dialogue (in the player)</translation>
    </message>
    <message>
        <source>In de test: volgende / vorige vraag</source>
        <translation>In the test: next / previous question</translation>
    </message>
    <message>
        <source>Tekst groter / kleiner / normaal</source>
        <translation>Larger / smaller / normal text</translation>
    </message>
    <message>
        <source>Begrippenlijst</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Inhoudsopgave tonen of verbergen</source>
        <translation>Show or hide the contents</translation>
    </message>
    <message>
        <source>Cursus openen</source>
        <translation>Open course</translation>
    </message>
    <message>
        <source>Trainerweergave aan of uit</source>
        <translation>Trainer view on or off</translation>
    </message>
    <message>
        <source>Meldingen over het cursusbestand tonen of verbergen</source>
        <translation>Show or hide the messages about the course file</translation>
    </message>
    <message>
        <source>Dit overzicht</source>
        <translation>This overview</translation>
    </message>
    <message>
        <source>Leerpad afsluiten</source>
        <translation>Quit Leerpad</translation>
    </message>
    <message>
        <source>&amp;Hand-out exporteren (PDF)…</source>
        <translation>Export &amp;handout (PDF)…</translation>
    </message>
    <message>
        <source>De cursus als afdrukbare hand-out opslaan</source>
        <translation>Save the course as a printable handout</translation>
    </message>
    <message>
        <source>&amp;Wisselen tussen inhoudsopgave en pagina</source>
        <translation>&amp;Switch between contents and page</translation>
    </message>
    <message>
        <source>T&amp;hema</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <source>Resultaten e&amp;xporteren…</source>
        <translation>E&amp;xport results…</translation>
    </message>
    <message>
        <source>Je resultaten in een bestand opslaan om in te leveren</source>
        <translation>Save your results in a file to hand in</translation>
    </message>
    <message>
        <source>&amp;Klasoverzicht…</source>
        <translation>Class re&amp;port…</translation>
    </message>
    <message>
        <source>De resultatenbestanden van een klas openen en samen bekijken</source>
        <translation>Open a class&apos;s results files and see them together</translation>
    </message>
    <message>
        <source>&amp;Wie ben ik?…</source>
        <translation>&amp;Who am I?…</translation>
    </message>
    <message>
        <source>Je naam bij je resultaten</source>
        <translation>Your name on your results</translation>
    </message>
    <message>
        <source>Klasoverzicht: de resultatenbestanden van een klas</source>
        <translation>Class report: the results files of a class</translation>
    </message>
    <message>
        <source>&amp;Geweigerde resultaten…</source>
        <translation>&amp;Refused results…</translation>
    </message>
    <message>
        <source>De resultaten die de LRS als ongeldig heeft geweigerd</source>
        <translation>The results the LRS refused as invalid</translation>
    </message>
</context>
<context>
    <name>leerpad::ProfileChooser</name>
    <message>
        <source>&amp;Nieuwe leerling…</source>
        <translation>&amp;New learner…</translation>
    </message>
    <message>
        <source>Wie ben jij?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Op deze computer werken meer leerlingen. Kies je naam, zodat je verdergaat waar jij was gebleven.</source>
        <translation>Several learners use this computer. Choose your name to go on where you left off.</translation>
    </message>
    <message>
        <source>Leerlingen op deze computer</source>
        <translation>Learners on this computer</translation>
    </message>
    <message>
        <source>Maak een nieuw profiel met je eigen naam</source>
        <translation>Make a new profile with your own name</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Leerling zonder naam (%1)</source>
        <translation>Learner without a name (%1)</translation>
    </message>
    <message>
        <source>Ik ben %1</source>
        <translation>I am %1</translation>
    </message>
    <message>
        <source>Ik ben …</source>
        <translation>I am …</translation>
    </message>
    <message>
        <source>Nieuwe leerling</source>
        <translation>New learner</translation>
    </message>
</context>
<context>
    <name>leerpad::ProgressStore</name>
    <message>
        <source>Je voortgang wordt op dit moment niet opgeslagen. Je kunt gewoon verder werken: Leerpad probeert het bij elke stap opnieuw. Controleer of er nog ruimte op de schijf is en of je in de map %1 mag schrijven.</source>
        <translation>Your progress is not being saved right now. You can keep working: Leerpad tries again at every step. Check that the disk has free space and that you may write to the folder %1.</translation>
    </message>
    <message>
        <source>Je voortgang is opgeslagen door een nieuwere versie van Leerpad en kan met deze versie niet worden gelezen. Leerpad heeft het bestand bewaard als %1 en gaat verder met een nieuw voortgangsbestand.</source>
        <translation>Your progress was saved by a newer version of Leerpad and cannot be read by this version. Leerpad kept the file as %1 and continues with a new progress file.</translation>
    </message>
    <message>
        <source>Het bestand met je voortgang was beschadigd en kon niet worden gelezen. Leerpad heeft het bewaard als %1 en gaat verder met een nieuw voortgangsbestand.</source>
        <translation>The file with your progress was damaged and could not be read. Leerpad kept it as %1 and continues with a new progress file.</translation>
    </message>
    <message>
        <source>Deze cursus is gewijzigd sinds je eraan werkte. Je voortgang is bewaard, behalve bij één onderdeel dat niet meer bestaat.</source>
        <translation>This course has changed since you worked on it. Your progress was kept, except for one item that no longer exists.</translation>
    </message>
    <message>
        <source>Deze cursus is gewijzigd sinds je eraan werkte. Je voortgang is bewaard, behalve bij %1 onderdelen die niet meer bestaan.</source>
        <translation>This course has changed since you worked on it. Your progress was kept, except for %1 items that no longer exist.</translation>
    </message>
    <message>
        <source>Deze cursus is bijgewerkt naar een nieuwe versie. Al je voortgang is bewaard.</source>
        <translation>This course has been updated to a new version. All your progress was kept.</translation>
    </message>
</context>
<context>
    <name>leerpad::QuestionChart</name>
    <message>
        <source>Goed per vraag</source>
        <translation>Right per question</translation>
    </message>
    <message>
        <source>Vraag %1: %2 van %3 goed</source>
        <translation>Question %1: %2 of %3 right</translation>
    </message>
    <message>
        <source>Vraag %1 (%2): %3 van %4 goed</source>
        <translation>Question %1 (%2): %3 of %4 right</translation>
    </message>
</context>
<context>
    <name>leerpad::QuestionView</name>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Kijk of je antwoord goed is</source>
        <translation>See whether your answer is right</translation>
    </message>
    <message>
        <source>Wist je antwoord zodat je het nog eens kunt proberen</source>
        <translation>Clears your answer so you can try again</translation>
    </message>
    <message>
        <source>Controleren</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>leerpad::QuestionWidget</name>
    <message>
        <source>Vraag: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Kies alle juiste antwoorden.</source>
        <translation>Choose all right answers.</translation>
    </message>
    <message>
        <source>Kies één antwoord.</source>
        <translation>Choose one answer.</translation>
    </message>
</context>
<context>
    <name>leerpad::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>leerpad::RefusedResultsDialog</name>
    <message>
        <source>Opnieuw &amp;versturen</source>
        <translation>Send a&amp;gain</translation>
    </message>
    <message>
        <source>Geweigerde resultaten</source>
        <translation>Refused results</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Waarover</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Melding van de LRS</source>
        <translation>The LRS&apos;s message</translation>
    </message>
    <message>
        <source>Het geweigerde resultaat</source>
        <translation>The refused result</translation>
    </message>
    <message>
        <source>Nadat de LRS of de cursus is gerepareerd: alles hier opnieuw versturen</source>
        <translation>After the LRS or the course was fixed: send everything here again</translation>
    </message>
    <message>
        <source>De LRS heeft geen resultaten geweigerd.</source>
        <translation>The LRS has refused no results.</translation>
    </message>
    <message>
        <source>De LRS heeft deze resultaten geweigerd als ongeldig. Ze worden bewaard en niet vanzelf opnieuw verstuurd. Laat ze zien aan wie de LRS of de cursus beheert.</source>
        <translation>The LRS refused these results as invalid. They are kept and not sent again by themselves. Show them to whoever runs the LRS or the course.</translation>
    </message>
</context>
<context>
    <name>leerpad::SelfTestOverview</name>
    <message>
        <source>Overzicht van de vragen</source>
        <translation>Overview of the questions</translation>
    </message>
    <message>
        <source>nog niet beantwoord</source>
        <translation>not answered yet</translation>
    </message>
    <message>
        <source>beantwoord</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>goed</source>
        <translation>right</translation>
    </message>
    <message>
        <source>fout</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>niet beantwoord</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>Vraag %1, %2, huidige vraag</source>
        <translation>Question %1, %2, current question</translation>
    </message>
    <message>
        <source>Vraag %1, %2</source>
        <translation>Question %1, %2</translation>
    </message>
</context>
<context>
    <name>leerpad::SelfTestResultsPage</name>
    <message>
        <source>↻ &amp;Opnieuw maken</source>
        <translation>↻ &amp;Take again</translation>
    </message>
    <message>
        <source>Opnieuw maken</source>
        <translation>Take again</translation>
    </message>
    <message>
        <source>Start een nieuwe poging van de test</source>
        <translation>Starts a new attempt at the test</translation>
    </message>
    <message>
        <source>Je antwoorden</source>
        <translation>Your answers</translation>
    </message>
    <message>
        <source>Eerdere pogingen</source>
        <translation>Earlier attempts</translation>
    </message>
    <message>
        <source>Kies een poging om het resultaat te bekijken</source>
        <translation>Choose an attempt to see its result</translation>
    </message>
    <message>
        <source>Je resultaat</source>
        <translation>Your result</translation>
    </message>
    <message>
        <source>Resultaat van poging %1</source>
        <translation>Result of attempt %1</translation>
    </message>
    <message>
        <source>Poging %1, ingeleverd op %2</source>
        <translation>Attempt %1, handed in on %2</translation>
    </message>
    <message>
        <source>Je score: %1</source>
        <translation>Your score: %1</translation>
    </message>
    <message>
        <source>✓ Geslaagd – je had er minstens %1 goed nodig.</source>
        <translation>✓ Passed – you needed at least %1 right.</translation>
    </message>
    <message>
        <source>✗ Nog niet geslaagd – je hebt er minstens %1 goed nodig.</source>
        <translation>✗ Not passed yet – you need at least %1 right.</translation>
    </message>
    <message>
        <source> (getoond)</source>
        <translation> (shown)</translation>
    </message>
    <message>
        <source>Bij poging %1 was je wel geslaagd.</source>
        <translation>You did pass at attempt %1.</translation>
    </message>
</context>
<context>
    <name>leerpad::SelfTestReviewCard</name>
    <message>
        <source>Vraag %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Jouw antwoord:</source>
        <translation>Your answer:</translation>
    </message>
    <message>
        <source>Uitleg:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>De juiste antwoorden:</source>
        <translation>The right answers:</translation>
    </message>
    <message>
        <source>Het juiste antwoord:</source>
        <translation>The right answer:</translation>
    </message>
    <message>
        <source>Vraag %1 bekijken</source>
        <translation>View question %1</translation>
    </message>
    <message>
        <source>Vraag %1 bekijken: %2</source>
        <translation>View question %1: %2</translation>
    </message>
</context>
<context>
    <name>leerpad::SelfTestRunPage</name>
    <message>
        <source>← &amp;Vorige</source>
        <translation>← &amp;Previous</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <source>V&amp;olgende →</source>
        <translation>&amp;Next →</translation>
    </message>
    <message>
        <source>Volgende vraag</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>&amp;Inleveren</source>
        <translation>Hand &amp;in</translation>
    </message>
    <message>
        <source>Test inleveren</source>
        <translation>Hand in the test</translation>
    </message>
    <message>
        <source>&amp;Terug naar de resultaten</source>
        <translation>&amp;Back to the results</translation>
    </message>
    <message>
        <source>%1 – terugkijken, poging %2</source>
        <translation>%1 – review, attempt %2</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>%1 van %2 beantwoord</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Test jezelf</source>
        <translation>Test yourself</translation>
    </message>
    <message>
        <source>Vorige vraag (%1)</source>
        <translation>Previous question (%1)</translation>
    </message>
    <message>
        <source>Volgende vraag (%1)</source>
        <translation>Next question (%1)</translation>
    </message>
</context>
<context>
    <name>leerpad::SelfTestView</name>
    <message>
        <source>Test inleveren</source>
        <translation>Hand in the test</translation>
    </message>
    <message>
        <source>&amp;Inleveren</source>
        <translation>Hand &amp;in</translation>
    </message>
    <message>
        <source>&amp;Verder met de test</source>
        <translation>&amp;Continue the test</translation>
    </message>
    <message>
        <source>De test kon niet worden nagekeken. Probeer het opnieuw.</source>
        <translation>The test could not be marked. Please try again.</translation>
    </message>
</context>
<context>
    <name>leerpad::ShortcutsDialog</name>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Toets</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Wat het doet</source>
        <translation>What it does</translation>
    </message>
</context>
<context>
    <name>leerpad::TestIntroView</name>
    <message>
        <source>Test jezelf</source>
        <translation>Test yourself</translation>
    </message>
    <message numerus="yes">
        <source>%n vragen</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>je hebt er %1 goed nodig om te slagen</source>
        <translation>you need %1 right to pass</translation>
    </message>
    <message>
        <source>Je bent bezig met poging %1: %2 van %3 vragen beantwoord.</source>
        <translation>You are on attempt %1: %2 of %3 questions answered.</translation>
    </message>
    <message>
        <source>Je laatste resultaat (poging %1): %2.</source>
        <translation>Your last result (attempt %1): %2.</translation>
    </message>
    <message>
        <source>Geslaagd.</source>
        <translation>Passed.</translation>
    </message>
    <message>
        <source>Nog niet geslaagd.</source>
        <translation>Not passed yet.</translation>
    </message>
    <message>
        <source>Bij een eerdere poging was je wel geslaagd.</source>
        <translation>You did pass at an earlier attempt.</translation>
    </message>
    <message>
        <source>Je ziet één vraag per keer en kunt je antwoorden tot het inleveren veranderen. Pas na het inleveren zie je wat goed en fout was, met uitleg. Kies een antwoord met de cijfertoetsen 1 tot en met 9; met %1 en %2 ga je naar de volgende en de vorige vraag.</source>
        <translation>You see one question at a time and can change your answers until you hand in. Only after handing in do you see what was right and wrong, with explanations. Choose an answer with the number keys 1 to 9; %1 and %2 go to the next and the previous question.</translation>
    </message>
    <message>
        <source>De test starten</source>
        <translation>Start the test</translation>
    </message>
    <message>
        <source>Je resultaten bekijken</source>
        <translation>See your results</translation>
    </message>
    <message>
        <source>Verder met de test (%1 van %2 beantwoord)</source>
        <translation>Continue the test (%1 of %2 answered)</translation>
    </message>
</context>
<context>
    <name>leerpad::TextBlockView</name>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Klik voor de betekenis van dit begrip</source>
        <translation>Click for the meaning of this term</translation>
    </message>
    <message>
        <source>Onderstreepte woorden zijn begrippen: ga er met Tab naartoe en druk op Enter voor de betekenis.</source>
        <translation>Underlined words are glossary terms: Tab to one and press Enter for its meaning.</translation>
    </message>
    <message>
        <source>Begrip %1: %2. Druk op Enter om de uitleg te openen.</source>
        <translation>Term %1: %2. Press Enter to open the explanation.</translation>
    </message>
</context>
<context>
    <name>leerpad::ThemeChoice</name>
    <message>
        <source>&amp;Licht</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Donker</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Hoog contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>&amp;Systeem</source>
        <translation>&amp;System</translation>
    </message>
</context>
<context>
    <name>leerpad::TocModel</name>
    <message>
        <source>Nog niet bekeken</source>
        <translation>Not seen yet</translation>
    </message>
    <message>
        <source>Bekeken, nog niet afgerond</source>
        <translation>Seen, not finished yet</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Finished</translation>
    </message>
    <message numerus="yes">
        <source>Onderdeel met %n pagina&apos;s</source>
        <translation>
            <numerusform>Section with %n page</numerusform>
            <numerusform>Section with %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>leerpad::TocView</name>
    <message>
        <source>Inhoudsopgave</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Onderdelen en pagina&apos;s van de cursus; kies een pagina met de pijltjes of Enter</source>
        <translation>Sections and pages of the course; choose a page with the arrow keys or Enter</translation>
    </message>
</context>
<context>
    <name>leerpad::TranscriptView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Uitgeschreven tekst van het gesprek</source>
        <translation>Transcript of the dialogue</translation>
    </message>
    <message>
        <source>Kies een regel met de pijltjes en druk op Enter om vanaf daar te luisteren</source>
        <translation>Choose a line with the arrow keys and press Enter to listen from there</translation>
    </message>
</context>
<context>
    <name>leerpad::WhoAmIDialog</name>
    <message>
        <source>Wie ben ik?</source>
        <translation>Who am I?</translation>
    </message>
    <message>
        <source>Je naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Studentnummer of e-mailadres</source>
        <translation>Student number or e-mail address</translation>
    </message>
    <message>
        <source>alleen als je school erom vraagt</source>
        <translation>only if your school asks for it</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Studentnummer of e-mail:</source>
        <translation>&amp;Student number or e-mail:</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Je naam staat bij de resultaten die je inlevert, zodat je trainer weet van wie ze zijn.</source>
        <translation>Your name goes with the results you hand in, so your trainer knows whose they are.</translation>
    </message>
</context>
<context>
    <name>leerpad::classreport</name>
    <message>
        <source>Leerling</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Pagina&apos;s</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Pogingen</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Geslaagd</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Goed in beste pogingen</source>
        <translation>Right in best attempts</translation>
    </message>
    <message>
        <source>Vaakst gekozen fout antwoord</source>
        <translation>Wrong answer chosen most</translation>
    </message>
    <message>
        <source>Vraag van de test</source>
        <translation>Test question</translation>
    </message>
    <message>
        <source>Theorie</source>
        <translation>Theory</translation>
    </message>
    <message>
        <source>Vraag %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>niet beantwoord</source>
        <translation>not answered</translation>
    </message>
    <message>
        <source>goed</source>
        <translation>right</translation>
    </message>
    <message>
        <source>fout</source>
        <translation>wrong</translation>
    </message>
    <message>
        <source>%1 van %2 (%3 %)</source>
        <translation>%1 of %2 (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n keer: %1</source>
        <translation>
            <numerusform>%n time: %1</numerusform>
            <numerusform>%n times: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dubbelklik of Enter: naar ‘%1’</source>
        <translation>Double-click or Enter: go to ‘%1’</translation>
    </message>
    <message>
        <source>Studentnr.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>Oefeningen</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Laatst actief</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Band %1 van %2, vanaf %3 punten: %4</source>
        <translation>Band %1 of %2, from %3 points: %4</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>LrsSender</name>
    <message>
        <source>De resultaten kunnen niet worden verstuurd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resultaten nog niet verstuurd</source>
        <translation>
            <numerusform>%n resultaat nog niet verstuurd</numerusform>
            <numerusform>%n resultaten nog niet verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resultaten geweigerd door de LRS</source>
        <translation>
            <numerusform>%n resultaat geweigerd door de LRS</numerusform>
            <numerusform>%n resultaten geweigerd door de LRS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>geen antwoord van de LRS binnen %n s</source>
        <translation>
            <numerusform>geen antwoord van de LRS binnen %n s</numerusform>
            <numerusform>geen antwoord van de LRS binnen %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTestText</name>
    <message>
        <source>%1 van de %2 goed (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <comment>list of question numbers: &apos;2, 5&apos; and &apos;9&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt de vraag beantwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt alle %1 vragen beantwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wil je de test inleveren? Daarna kun je je antwoorden niet meer veranderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1 heb je nog niet beantwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vragen %1 heb je nog niet beantwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een vraag zonder antwoord telt als fout. Wil je de test toch inleveren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(niet beantwoord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Niet beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d-M-yyyy HH:mm</source>
        <comment>date and time of an attempt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poging %1 · %2 · nog niet ingeleverd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poging %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad</name>
    <message>
        <source>Gesprek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juist antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie voor trainers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoordsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juist antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het exporteren is afgebroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan %1 niet schrijven: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen uitgeschreven tekst beschikbaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kruis alle juiste antwoorden aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kruis het juiste antwoord aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-out voor trainers, met antwoordsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-out voor deelnemers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klasoverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leerlingen · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke vragen gingen het vaakst fout?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::AboutDialog</name>
    <message>
        <source>Over Leerpad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerpad %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een speler voor e-learningcursussen die zonder internet werkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licentie: MIT. Je mag Leerpad vrij gebruiken, aanpassen en verspreiden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemaakt met Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geopende cursus: %1, versie %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auteurs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licentie van de cursus: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::AudioBlockView</name>
    <message>
        <source>Gesprek: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toont of verbergt wat er in het gesprek gezegd wordt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen uitgeschreven tekst van dit gesprek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <comment>the last two names of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgeschreven tekst verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgeschreven tekst tonen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::AudioController</name>
    <message>
        <source>Het geluidsbestand ontbreekt (%1). Je kunt het gesprek wel lezen in de uitgeschreven tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen geluidsapparaat gevonden, dus je hoort het gesprek misschien niet. Je kunt het wel lezen in de uitgeschreven tekst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het geluidsbestand kan niet worden afgespeeld (%1). Je kunt het gesprek wel lezen in de uitgeschreven tekst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::AudioControls</name>
    <message>
        <source>%1 procent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spatiebalk speelt af of pauzeert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positie in het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pijltjes: 5 seconden terug of verder; Page Up en Page Down: 15 seconden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verstreken tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totale duur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspeelsnelheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snelheid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauzeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw afspelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geluid aanzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geluid uitzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::ClassReportDialog</name>
    <message>
        <source>Leerlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragen van de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klasoverzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke vragen gingen het vaakst fout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet meegeteld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen van de bestanden kon worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gebruikt:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klasoverzicht opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabellen met tabs (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overzicht kon niet worden opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — leerlingen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV voor een rekenblad (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestanden toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit de &amp;LRS laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan als tabel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultatenbestanden van de klas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultatenbestanden (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map met resultatenbestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De resultaten worden uit de LRS gelezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De LRS kon niet worden gelezen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voeg de resultatenbestanden van de klas toe, of sleep ze hierheen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek een leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerlingen filteren op naam of studentnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF om af te drukken (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::CourseOpen</name>
    <message>
        <source>Cursus openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursusbestanden (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursusmap openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursussen (*.leerpad *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursuspakketten (*.leerpad)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::DiagnosticsDock</name>
    <message>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fouten en waarschuwingen in het cursusbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fout(en)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waarschuwing(en)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>De nieuwe versie van het bestand bevat fouten; de laatste goede versie blijft zichtbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen meldingen: het cursusbestand is in orde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::EndOfCourseCard</name>
    <message>
        <source>Zo ver ben je</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt %1 van de %2 pagina&apos;s afgerond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog te doen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar deze pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>en nog %n andere</source>
        <translation>
            <numerusform>en nog %n andere</numerusform>
            <numerusform>en nog %n andere</numerusform>
        </translation>
    </message>
    <message>
        <source>De test heb je nog niet gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bent bezig met de test: %1 van %2 vragen beantwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bent geslaagd voor de test (laatste poging: %1 van de %2 goed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bent nog niet geslaagd voor de test (laatste poging: %1 van de %2 goed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt de test gemaakt: %1 van de %2 goed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt alles gedaan. Goed gewerkt!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rond eerst de pagina&apos;s hierboven af: de test vraagt wat daar staat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de eerste pagina die nog openstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De test starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verder met de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekijk wat er fout ging en probeer de test opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::FeedbackPanel</name>
    <message>
        <source>Uitleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit antwoord is goed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit antwoord is niet goed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt deze vraag niet beantwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij een goed antwoord: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij een fout antwoord: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoordsleutel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::GlossaryDialog</name>
    <message>
        <source>Begrippenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek een begrip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrippen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een begrip om de betekenis te lezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betekenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze cursus heeft geen begrippenlijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen begrip gevonden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::GlossaryPopup</name>
    <message>
        <source>Alle begrippen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opent de begrippenlijst met alle begrippen van de cursus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betekenis van %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::HandoutExport</name>
    <message>
        <source>Met antwoordsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder antwoordsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang van de export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-out exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wil je de antwoordsleutel en de uitleg in de hand-out opnemen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-out opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-out wordt opgemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::LoadErrorView</name>
    <message>
        <source>Deze cursus kan niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen bij het openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het cursusbestand ontbreekt of bevat fouten. Open een andere cursus, of vraag je trainer om een versie die werkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een cursusbestand of cursusmap openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details voor de maker van de cursus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::LoaderText</name>
    <message>
        <source>no such file or folder</source>
        <translation>bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>is a folder, not a course file</source>
        <translation>is een map, geen cursusbestand</translation>
    </message>
    <message>
        <source>file is too large (%1 bytes; the limit is %2)</source>
        <translation>bestand is te groot (%1 bytes; de grens is %2)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>file is too large (more than %1 bytes)</source>
        <translation>bestand is te groot (meer dan %1 bytes)</translation>
    </message>
    <message>
        <source>internal error while reading the course: %1</source>
        <translation>interne fout bij het lezen van de cursus: %1</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>sleutel &apos;%1&apos; komt meer dan één keer voor</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>commentaar is in JSON niet toegestaan</translation>
    </message>
    <message>
        <source>strings and keys need double quotes</source>
        <translation>teksten en sleutels horen tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
        <source>NaN and Infinity are not JSON numbers</source>
        <translation>NaN en Infinity zijn in JSON geen getallen</translation>
    </message>
    <message>
        <source>remove the trailing comma</source>
        <translation>haal de komma aan het eind weg</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (while reading %2)</source>
        <translation>%1 (bij het lezen van %2)</translation>
    </message>
    <message>
        <source>%1 (while reading %2): %3</source>
        <translation>%1 (bij het lezen van %2): %3</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>een waarde</translation>
    </message>
    <message>
        <source>an object key</source>
        <translation>een sleutel van een object</translation>
    </message>
    <message>
        <source>an object separator</source>
        <translation>een scheidingsteken in een object</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>een array</translation>
    </message>
    <message>
        <source>array has more than %1 entries</source>
        <translation>array heeft meer dan %1 elementen</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>de structuur is dieper genest dan %1 niveaus</translation>
    </message>
    <message>
        <source>the file is UTF-32 encoded; save it as UTF-8</source>
        <translation>het bestand is in UTF-32 gecodeerd; sla het op als UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation>het bestand is in UTF-16 gecodeerd; sla het op als UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; it is not a text file</source>
        <translation>het bestand bevat een NUL-byte; het is geen tekstbestand</translation>
    </message>
    <message>
        <source>cannot read JSON: %1</source>
        <translation>kan de JSON niet lezen: %1</translation>
    </message>
    <message>
        <source>the course</source>
        <translation>de cursus</translation>
    </message>
    <message>
        <source>format %1 is newer than this player understands (it reads format 1)</source>
        <translation>formaat %1 is nieuwer dan deze versie van Leerpad kan lezen (die leest formaat 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a BCP 47 language tag (e.g. &apos;nl&apos;, &apos;nl-NL&apos;, &apos;en&apos;)</source>
        <translation>&apos;%1&apos; is geen BCP 47-taalcode (bijvoorbeeld &apos;nl&apos;, &apos;nl-NL&apos;, &apos;en&apos;)</translation>
    </message>
    <message>
        <source>an author must be a string, not %1</source>
        <translation>een auteur moet een tekst zijn, niet %1</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;; it is already used at %2</source>
        <translation>id &apos;%1&apos; wordt al gebruikt bij %2</translation>
    </message>
    <message>
        <source>a glossary entry</source>
        <translation>een item van de begrippenlijst</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>een onderdeel</translation>
    </message>
    <message>
        <source>a page</source>
        <translation>een pagina</translation>
    </message>
    <message>
        <source>a block</source>
        <translation>een blok</translation>
    </message>
    <message>
        <source>&apos;origin&apos; must be &quot;source&quot; or &quot;added&quot;, not &quot;%1&quot;</source>
        <translation>&apos;origin&apos; moet &quot;source&quot; of &quot;added&quot; zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only one &apos;selftest&apos; block is allowed; the first is at %1</source>
        <translation>er mag maar één &apos;selftest&apos;-blok zijn; het eerste staat bij %1</translation>
    </message>
    <message>
        <source>unknown block kind &apos;%1&apos; (expected text, audio, question or selftest)</source>
        <translation>onbekende bloksoort &apos;%1&apos; (verwacht: text, audio, question of selftest)</translation>
    </message>
    <message>
        <source>a speaker</source>
        <translation>een spreker</translation>
    </message>
    <message>
        <source>cannot read transcript: %1</source>
        <translation>kan het transcript niet lezen: %1</translation>
    </message>
    <message>
        <source>&apos;selfTest&apos;</source>
        <translation>&apos;selfTest&apos;</translation>
    </message>
    <message>
        <source>a self-test question</source>
        <translation>een testvraag</translation>
    </message>
    <message>
        <source>a self-test question has kind &apos;question&apos;, not &apos;%1&apos;</source>
        <translation>bij een testvraag is &apos;kind&apos; altijd &apos;question&apos;, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a score band</source>
        <translation>een scoreniveau</translation>
    </message>
    <message>
        <source>the first score band must start at 0, not %1</source>
        <translation>het eerste scoreniveau moet bij 0 beginnen, niet bij %1</translation>
    </message>
    <message>
        <source>score bands overlap: minScore %1 must be greater than the previous band&apos;s %2</source>
        <translation>scoreniveaus overlappen: minScore %1 moet groter zijn dan die van het vorige niveau (%2)</translation>
    </message>
    <message>
        <source>minScore %1 is above the maximum score %2</source>
        <translation>minScore %1 is hoger dan de maximale score %2</translation>
    </message>
    <message>
        <source>a &apos;selftest&apos; block needs a top-level &apos;selfTest&apos;</source>
        <translation>een &apos;selftest&apos;-blok heeft een &apos;selfTest&apos; op het hoogste niveau nodig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a question block (it is defined at %2)</source>
        <translation>&apos;%1&apos; is geen vraagblok (zie %2)</translation>
    </message>
    <message>
        <source>no question block with id &apos;%1&apos;</source>
        <translation>er is geen vraagblok met id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 more problems not shown; fix the ones above first</source>
        <translation>nog %1 meldingen worden niet getoond; los eerst de meldingen hierboven op</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>een tekst</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>een booleaanse waarde</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>een decimaal getal</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2</source>
        <translation>%1 moet een object zijn, niet %2</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>onbekende sleutel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>onbekende sleutel &apos;%1&apos;; bedoel je &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation>verplichte sleutel &apos;%1&apos; ontbreekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string, not %2</source>
        <translation>&apos;%1&apos; moet een tekst zijn, niet %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; mag niet leeg zijn</translation>
    </message>
    <message>
        <source>invalid id &apos;%1&apos;: use lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>ongeldige id &apos;%1&apos;: gebruik kleine letters, cijfers, &apos;.&apos;, &apos;_&apos; en &apos;-&apos;, en begin met een letter of cijfer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not %2</source>
        <translation>&apos;%1&apos; moet true of false zijn, niet %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number, not %2</source>
        <translation>&apos;%1&apos; moet een geheel getal zijn, niet %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation>&apos;%1&apos; moet tussen %2 en %3 liggen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array, not %2</source>
        <translation>&apos;%1&apos; moet een array zijn, niet %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least %2 entries</source>
        <translation>&apos;%1&apos; moet minstens %2 elementen hebben</translation>
    </message>
    <message>
        <source>a text element</source>
        <translation>een tekstelement</translation>
    </message>
    <message>
        <source>a list item</source>
        <translation>een item van een lijst</translation>
    </message>
    <message>
        <source>unknown text element type &apos;%1&apos; (expected paragraph, heading, bulletList, numberedList or quote)</source>
        <translation>onbekend type tekstelement &apos;%1&apos; (verwacht: paragraph, heading, bulletList, numberedList of quote)</translation>
    </message>
    <message>
        <source>&apos;text&apos;</source>
        <translation>&apos;text&apos;</translation>
    </message>
    <message>
        <source>missing required key &apos;text&apos;</source>
        <translation>verplichte sleutel &apos;text&apos; ontbreekt</translation>
    </message>
    <message>
        <source>%1 must be a string or an array of text runs, not %2</source>
        <translation>%1 moet een tekst zijn of een array van tekstdelen, niet %2</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 mag niet leeg zijn</translation>
    </message>
    <message>
        <source>a text run</source>
        <translation>een tekstdeel</translation>
    </message>
    <message>
        <source>a text run is a string or an object with &apos;em&apos;, &apos;strong&apos; or &apos;term&apos;</source>
        <translation>een tekstdeel is een tekst of een object met &apos;em&apos;, &apos;strong&apos; of &apos;term&apos;</translation>
    </message>
    <message>
        <source>glossary term &apos;%1&apos; is not defined in &apos;glossary&apos;</source>
        <translation>begrip &apos;%1&apos; staat niet in &apos;glossary&apos;</translation>
    </message>
    <message>
        <source>unknown question type &apos;%1&apos; (expected single, truefalse or multiple)</source>
        <translation>onbekend vraagtype &apos;%1&apos; (verwacht: single, truefalse of multiple)</translation>
    </message>
    <message>
        <source>&apos;prompt&apos;</source>
        <translation>&apos;prompt&apos;</translation>
    </message>
    <message>
        <source>missing required key &apos;prompt&apos;</source>
        <translation>verplichte sleutel &apos;prompt&apos; ontbreekt</translation>
    </message>
    <message>
        <source>&apos;feedback&apos;</source>
        <translation>&apos;feedback&apos;</translation>
    </message>
    <message>
        <source>a question has at most %1 options, not %2</source>
        <translation>een vraag heeft hoogstens %1 antwoordmogelijkheden, niet %2</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>een antwoordmogelijkheid</translation>
    </message>
    <message>
        <source>duplicate option id &apos;%1&apos; in this question</source>
        <translation>id &apos;%1&apos; komt in deze vraag bij twee antwoordmogelijkheden voor</translation>
    </message>
    <message>
        <source>a truefalse question has exactly 2 options, not %1</source>
        <translation>een truefalse-vraag heeft precies 2 antwoordmogelijkheden, niet %1</translation>
    </message>
    <message>
        <source>a correct answer is an option id (a string), not %1</source>
        <translation>een goed antwoord is de id van een antwoordmogelijkheid (een tekst), niet %1</translation>
    </message>
    <message>
        <source>correct answer &apos;%1&apos; names no option of this question</source>
        <translation>goed antwoord &apos;%1&apos; is geen antwoordmogelijkheid van deze vraag</translation>
    </message>
    <message>
        <source>correct answer &apos;%1&apos; is listed twice</source>
        <translation>goed antwoord &apos;%1&apos; staat er twee keer in</translation>
    </message>
    <message>
        <source>a %1 question needs exactly one correct option, not %2</source>
        <translation>een %1-vraag heeft precies één goed antwoord nodig, niet %2</translation>
    </message>
    <message>
        <source>a multiple question needs at least one correct option</source>
        <translation>een multiple-vraag heeft minstens één goed antwoord nodig</translation>
    </message>
    <message>
        <source>text is %1 characters long; the limit is %2</source>
        <translation>tekst is %1 tekens lang; de grens is %2</translation>
    </message>
    <message>
        <source>text contains a bidirectional control character (U+%1) that can disguise what it says</source>
        <translation>tekst bevat een stuurteken voor de schrijfrichting (U+%1) dat kan verhullen wat er staat</translation>
    </message>
    <message>
        <source>text contains the control character U+%1</source>
        <translation>tekst bevat het stuurteken U+%1</translation>
    </message>
    <message>
        <source>text contains HTML-like markup &apos;%1&apos;; it is shown literally, not as HTML</source>
        <translation>tekst bevat iets wat op HTML lijkt (&apos;%1&apos;); dat wordt letterlijk getoond, niet als HTML</translation>
    </message>
    <message>
        <source>text is %1 characters long; consider splitting it for learners</source>
        <translation>tekst is %1 tekens lang; overweeg de tekst op te splitsen voor de deelnemers</translation>
    </message>
    <message>
        <source>media path is empty</source>
        <translation>mediapad is leeg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a URL; media must be a relative path inside the course folder</source>
        <translation>&apos;%1&apos; is een URL; media moeten een relatief pad binnen de cursusmap hebben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an absolute path; media must be a relative path inside the course folder</source>
        <translation>&apos;%1&apos; is een absoluut pad; media moeten een relatief pad binnen de cursusmap hebben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains a backslash or NUL; use &apos;/&apos; between folders</source>
        <translation>&apos;%1&apos; bevat een backslash of NUL; gebruik &apos;/&apos; tussen mappen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; points outside the course folder</source>
        <translation>&apos;%1&apos; wijst naar een plek buiten de cursusmap</translation>
    </message>
    <message>
        <source>media file &apos;%1&apos; does not exist</source>
        <translation>mediabestand &apos;%1&apos; bestaat niet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a link that leads outside the course folder</source>
        <translation>&apos;%1&apos; is een symbolische koppeling naar een plek buiten de cursusmap</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file</source>
        <translation>&apos;%1&apos; is een map, geen bestand</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty file</source>
        <translation>&apos;%1&apos; is een leeg bestand</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ogg, WAV, FLAC or MP3 audio file</source>
        <translation>&apos;%1&apos; is geen Ogg-, WAV-, FLAC- of MP3-geluidsbestand</translation>
    </message>
    <message>
        <source>transcript &apos;%1&apos; is too large (%2 bytes; the limit is %3)</source>
        <translation>transcript &apos;%1&apos; is te groot (%2 bytes; de grens is %3)</translation>
    </message>
    <message>
        <source>transcript contains NUL bytes; it is not a text file</source>
        <translation>transcript bevat NUL-bytes; het is geen tekstbestand</translation>
    </message>
    <message>
        <source>a WebVTT file must start with &apos;WEBVTT&apos;</source>
        <translation>een WebVTT-bestand moet beginnen met &apos;WEBVTT&apos;</translation>
    </message>
    <message>
        <source>expected a cue timing line &apos;start --&gt; end&apos;</source>
        <translation>hier hoort een regel met tijden: &apos;begin --&gt; eind&apos;</translation>
    </message>
    <message>
        <source>malformed timestamp (expected hh:mm:ss.ttt)</source>
        <translation>ongeldige tijd (verwacht: uu:mm:ss.ttt)</translation>
    </message>
    <message>
        <source>cue ends before it starts</source>
        <translation>fragment eindigt voordat het begint</translation>
    </message>
    <message>
        <source>cue starts before the previous cue</source>
        <translation>fragment begint vóór het vorige fragment</translation>
    </message>
    <message>
        <source>cue overlaps the previous cue</source>
        <translation>fragment overlapt het vorige fragment</translation>
    </message>
    <message>
        <source>transcript has no cues</source>
        <translation>transcript bevat geen fragmenten</translation>
    </message>
    <message>
        <source>the right answer is option %1 in all %2 choice questions and the options are not shuffled: always choosing option %1 gets them all right; set &quot;shuffleOptions&quot;: true</source>
        <translation>het juiste antwoord is in alle %2 meerkeuzevragen optie %1 en de antwoorden worden niet gehusseld: wie steeds optie %1 kiest, heeft alles goed; zet &quot;shuffleOptions&quot;: true</translation>
    </message>
</context>
<context>
    <name>leerpad::MainWindow</name>
    <message>
        <source>Leerpad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Leerpad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je voortgang in deze cursus is gewist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verder waar je gebleven was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle voortgang van “%1” wissen? Bekeken pagina&apos;s, je plek in de cursus en alle pogingen van de test worden verwijderd. Dit kun je niet ongedaan maken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De nieuwe versie van het cursusbestand bevat fouten; de laatste goede versie blijft zichtbaar. Eerste fout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De hand-out is opgeslagen als %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultatenbestanden (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De resultaten konden niet worden opgeslagen in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je resultaten zijn opgeslagen als %1. Lever dit bestand in bij je trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je resultaten staan voortaan op naam van %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::NavigationBar</name>
    <message>
        <source>Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige pagina (Alt+Links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende pagina (Alt+Rechts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang in de module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagina %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 pagina&apos;s afgerond</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::NoticeBar</name>
    <message>
        <source>Melding sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarschuwing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::OptionRow</name>
    <message>
        <source>Antwoord %1, toets %1 kiest dit antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het juiste antwoord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::OutlineDock</name>
    <message>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht van de cursus voor trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagina&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oefenvragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juist/onjuist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegde onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiofragmenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totale audioduur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media per pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meerdere antwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragen in de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontbrekende audiobestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoordsleutel van de test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::PageView</name>
    <message>
        <source>Pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdeel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagina: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd: dit onderdeel staat niet in de brontekst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::PlayerActions</name>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inhoudsopgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begrippenlijst…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst &amp;groter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst &amp;kleiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normale tekstgrootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vorige pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olgende pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omhoog of vorige pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omlaag of volgende pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eerste pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Laatste pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terug naar vorige plek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over Leerpad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een cursusbestand of cursusmap openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een cursusmap openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fouten en waarschuwingen in het cursusbestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainerweergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoordsleutel, toegevoegde onderdelen en het overzicht tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voortgang wissen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende pagina (%1 scrolt eerst de pagina af)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige pagina (%1 scrolt eerst terug naar boven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste / laatste pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de vorige plek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wisselen tussen inhoudsopgave en pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar het volgende / vorige onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betekenis van het gekozen begrip tonen; in de uitgeschreven tekst van een gesprek: vanaf die regel luisteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 … 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord kiezen bij een vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek afspelen of pauzeren (in de speler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de test: volgende / vorige vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst groter / kleiner / normaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrippenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhoudsopgave tonen of verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursus openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainerweergave aan of uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen over het cursusbestand tonen of verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerpad afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand-out exporteren (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cursus als afdrukbare hand-out opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wisselen tussen inhoudsopgave en pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten e&amp;xporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je resultaten in een bestand opslaan om in te leveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Klasoverzicht…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De resultatenbestanden van een klas openen en samen bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wie ben ik?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je naam bij je resultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klasoverzicht: de resultatenbestanden van een klas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geweigerde resultaten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De resultaten die de LRS als ongeldig heeft geweigerd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::ProfileChooser</name>
    <message>
        <source>&amp;Nieuwe leerling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie ben jij?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op deze computer werken meer leerlingen. Kies je naam, zodat je verdergaat waar jij was gebleven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerlingen op deze computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak een nieuw profiel met je eigen naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling zonder naam (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik ben %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik ben …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe leerling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::ProgressStore</name>
    <message>
        <source>Je voortgang wordt op dit moment niet opgeslagen. Je kunt gewoon verder werken: Leerpad probeert het bij elke stap opnieuw. Controleer of er nog ruimte op de schijf is en of je in de map %1 mag schrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je voortgang is opgeslagen door een nieuwere versie van Leerpad en kan met deze versie niet worden gelezen. Leerpad heeft het bestand bewaard als %1 en gaat verder met een nieuw voortgangsbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand met je voortgang was beschadigd en kon niet worden gelezen. Leerpad heeft het bewaard als %1 en gaat verder met een nieuw voortgangsbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze cursus is gewijzigd sinds je eraan werkte. Je voortgang is bewaard, behalve bij één onderdeel dat niet meer bestaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze cursus is gewijzigd sinds je eraan werkte. Je voortgang is bewaard, behalve bij %1 onderdelen die niet meer bestaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze cursus is bijgewerkt naar een nieuwe versie. Al je voortgang is bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::QuestionChart</name>
    <message>
        <source>Goed per vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1: %2 van %3 goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1 (%2): %3 van %4 goed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::QuestionView</name>
    <message>
        <source>Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kijk of je antwoord goed is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wist je antwoord zodat je het nog eens kunt proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::QuestionWidget</name>
    <message>
        <source>Vraag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies alle juiste antwoorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies één antwoord.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::RefusedResultsDialog</name>
    <message>
        <source>Opnieuw &amp;versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geweigerde resultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding van de LRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het geweigerde resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nadat de LRS of de cursus is gerepareerd: alles hier opnieuw versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De LRS heeft geen resultaten geweigerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De LRS heeft deze resultaten geweigerd als ongeldig. Ze worden bewaard en niet vanzelf opnieuw verstuurd. Laat ze zien aan wie de LRS of de cursus beheert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::SelfTestOverview</name>
    <message>
        <source>Overzicht van de vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1, %2, huidige vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::SelfTestResultsPage</name>
    <message>
        <source>↻ &amp;Opnieuw maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start een nieuwe poging van de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je antwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere pogingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een poging om het resultaat te bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat van poging %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poging %1, ingeleverd op %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Geslaagd – je had er minstens %1 goed nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Nog niet geslaagd – je hebt er minstens %1 goed nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (getoond)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij poging %1 was je wel geslaagd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::SelfTestReviewCard</name>
    <message>
        <source>Vraag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw antwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitleg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De juiste antwoorden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het juiste antwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1 bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1 bekijken: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::SelfTestRunPage</name>
    <message>
        <source>← &amp;Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olgende →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inleveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test inleveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terug naar de resultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – terugkijken, poging %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test jezelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige vraag (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende vraag (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::SelfTestView</name>
    <message>
        <source>Test inleveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inleveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verder met de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De test kon niet worden nagekeken. Probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::ShortcutsDialog</name>
    <message>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het doet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::TestIntroView</name>
    <message>
        <source>Test jezelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vragen</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message>
        <source>je hebt er %1 goed nodig om te slagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bent bezig met poging %1: %2 van %3 vragen beantwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je laatste resultaat (poging %1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geslaagd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet geslaagd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij een eerdere poging was je wel geslaagd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je ziet één vraag per keer en kunt je antwoorden tot het inleveren veranderen. Pas na het inleveren zie je wat goed en fout was, met uitleg. Kies een antwoord met de cijfertoetsen 1 tot en met 9; met %1 en %2 ga je naar de volgende en de vorige vraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De test starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je resultaten bekijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verder met de test (%1 van %2 beantwoord)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::TextBlockView</name>
    <message>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik voor de betekenis van dit begrip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderstreepte woorden zijn begrippen: ga er met Tab naartoe en druk op Enter voor de betekenis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrip %1: %2. Druk op Enter om de uitleg te openen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::ThemeChoice</name>
    <message>
        <source>&amp;Licht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Donker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hoog contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Systeem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::TocModel</name>
    <message>
        <source>Nog niet bekeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekeken, nog niet afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Onderdeel met %n pagina&apos;s</source>
        <translation>
            <numerusform>Onderdeel met %n pagina</numerusform>
            <numerusform>Onderdeel met %n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::TocView</name>
    <message>
        <source>Inhoudsopgave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen en pagina&apos;s van de cursus; kies een pagina met de pijltjes of Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::TranscriptView</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Uitgeschreven tekst van het gesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een regel met de pijltjes en druk op Enter om vanaf daar te luisteren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::WhoAmIDialog</name>
    <message>
        <source>Wie ben ik?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studentnummer of e-mailadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen als je school erom vraagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Studentnummer of e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je naam staat bij de resultaten die je inlevert, zodat je trainer weet van wie ze zijn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::classreport</name>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagina&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pogingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geslaagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goed in beste pogingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaakst gekozen fout antwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag van de test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n keer: %1</source>
        <translation>
            <numerusform>%n keer: %1</numerusform>
            <numerusform>%n keer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dubbelklik of Enter: naar ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studentnr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oefeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1 van %2, vanaf %3 punten: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

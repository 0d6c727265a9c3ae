<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
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
        <source>(geen transcript beschikbaar)</source>
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
        <source>Handout voor trainers, met antwoordsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout voor deelnemers</source>
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
        <source>Vanaf %1 goed:</source>
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
        <source>Verberg de uitgeschreven tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon de uitgeschreven tekst</source>
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
        <source>Handout exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilt u de antwoordsleutel en de uitleg in de handout opnemen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met antwoordsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder antwoordsleutel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout wordt opgemaakt…</source>
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
        <source>Waarschuwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
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
        <source>Meer antwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragen in de zelftoets</source>
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
        <source>Antwoordsleutel zelftoets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toegevoegd</source>
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
        <source>&amp;Wissel tussen inhoudsopgave en pagina</source>
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
        <source>&amp;Handout exporteren (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cursus als afdrukbare handout opslaan</source>
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
        <source>Bekijk vraag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekijk vraag %1: %2</source>
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
        <source>Vorige vraag (Alt+Links)</source>
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
        <source>Volgende vraag (Alt+Rechts)</source>
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
        <source>Alt+Rechts, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende pagina (Page Down scrolt eerst de pagina af)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Links, Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige pagina (Page Up scrolt eerst terug naar boven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Home / Ctrl+End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste / laatste pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar de vorige plek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wisselen tussen inhoudsopgave en pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar het volgende / vorige onderdeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betekenis van het gekozen begrip tonen; in de tekst van een gesprek: vanaf die regel luisteren</source>
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
        <source>Spatiebalk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gesprek afspelen of pauzeren (in de speler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- / Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst groter / kleiner / normaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrippenlijst</source>
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
    <message>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhoudsopgave tonen of verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit overzicht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leerpad::TestIntroView</name>
    <message>
        <source>Start de test</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Bekijk je resultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je ziet één vraag per keer en kunt je antwoorden tot het inleveren veranderen. Pas na het inleveren zie je wat goed en fout was, met uitleg. Kies een antwoord met de cijfertoetsen 1 tot en met 9; met Alt+Rechts en Alt+Links ga je naar de volgende en de vorige vraag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bent bezig met poging %1: %2 van %3 vragen beantwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ga verder (%1 van %2 beantwoord)</source>
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
        <translation type="unfinished"></translation>
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
</TS>

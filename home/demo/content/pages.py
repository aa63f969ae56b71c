"""Content pages directly under the start page: about the project, the legal pages
(drafts: every fact we do not know is marked "[bitte ergänzen]") and Leichte Sprache.
"""

import datetime

from .association import CONTACT_EMAIL
from .blocks import callout, h2, h3, p, ul

D = datetime.date


# --- Content pages directly under the start page ------------------------------------
# Order matters: the main navigation lists the start page's children in tree order
# (after the three index pages); the legal pages appear in the footer.

ABOUT_PAGE = {
    "slug": "ueber-das-projekt",
    "title": "Über das Projekt",
    "intro": "StadtLabore vor Ort ist die Laborplattform des KompetenzBereichs "
    "Inklusive Quartiersentwicklung im Städtetag Baden-Württemberg: Pilotstädte "
    "erproben Neues in ihren Quartieren, alle Mitgliedsstädte lernen mit.",
    "body": [
        callout(
            "info",
            "Beispielinhalte",
            "<p>Diese Fassung der Plattform enthält <b>Beispielinhalte</b>. Alle "
            "StadtLabore, Städte, Quartiere, Personen und Zahlen sind frei erfunden "
            "und als „Beispielinhalt (fiktiv)“ gekennzeichnet. Sie zeigen, wie die "
            "Plattform gefüllt aussehen kann.</p>",
        ),
        h2("Der KompetenzBereich Inklusive Quartiersentwicklung"),
        p(
            "<p>Der Städtetag Baden-Württemberg unterstützt mit dem KompetenzBereich "
            "Inklusive Quartiersentwicklung seine Mitgliedsstädte dabei, Quartiere "
            "so zu entwickeln, dass alle Menschen dort gut leben können – "
            "unabhängig von Alter, Herkunft, Einkommen oder Behinderung. "
            "Quartiersentwicklung ist dabei eine <b>Querschnittsaufgabe</b>: "
            "Sozialplanung, Stadtplanung, Wirtschaftsförderung, Bürgerbeteiligung "
            "und viele andere Stellen der Verwaltung arbeiten zusammen.</p>"
            "<p>Der Leitgedanke lautet <i>„Aus der Praxis für die Praxis“</i>: Städte "
            "lernen am besten von anderen Städten, auf Augenhöhe und mit- und "
            "voneinander. Seit 2019 erproben Pilotstädte in StadtLaboren neue Wege; "
            "seit 2022 unter dem Namen „StadtLabore vor Ort“ mit "
            "Experimentier- und Lernwerkstätten und Transferveranstaltungen für "
            "einen engeren und einen weiteren Kreis von Städten.</p>"
        ),
        h2("Quartier 2030 – Gemeinsam. Gestalten."),
        p(
            "<p>Die Arbeit ist Teil der Landesstrategie „Quartier 2030 – "
            "Gemeinsam.Gestalten.“ des Ministeriums für Soziales, Gesundheit und "
            "Integration Baden-Württemberg. Ihr Ziel sind lebendige Quartiere für "
            "alle Generationen: Nachbarschaften, Stadtteile und Dörfer, in die "
            "Menschen sich einbringen, Verantwortung übernehmen und sich gegenseitig "
            "unterstützen. Die Strategie bietet Kommunen Information, Beratung, "
            "Förderung, Vernetzung und Qualifizierung.</p>"
        ),
        h3("Die sieben Handlungsfelder"),
        p(
            "<p>Quartier 2030 beschreibt sieben kommunale Handlungsfelder. Nach "
            "ihnen ordnet diese Plattform StadtLabore, Experimente und "
            "Erkenntnisse:</p>"
            + ul(
                "Beteiligung, Engagement &amp; Teilhabe",
                "Pflege &amp; Gesundheit",
                "Wohnen, Mobilität &amp; Klima",
                "Familie, Generationen &amp; Lebensgemeinschaften",
                "Wirtschaft &amp; Nahversorgung",
                "Inklusion, Integration &amp; Vielfalt",
                "Digitalisierung",
            )
        ),
        h2("Der Laboransatz"),
        p(
            "<p>Ein <b>StadtLabor</b> beginnt mit einem Quartier und einer Leitfrage, "
            "zum Beispiel: „Wie bleiben ältere Menschen im Quartier gut versorgt, "
            "während junge Familien zuziehen?“ Die Pilotstadt plant dazu mehrere "
            "<b>Experimente</b>: Sie formuliert eine Annahme („Wir vermuten, "
            "dass …“), erprobt ein Format mit den Menschen vor Ort, legt vorher "
            "Erfolgskriterien fest und wertet gemeinsam aus – vom Co-Design über die "
            "Co-Produktion bis zur Co-Evaluation.</p>"
            "<p>Aus den Experimenten entstehen <b>Erkenntnisse</b>: "
            "Gelingensfaktoren, Stolpersteine, Methoden, Überraschungen und "
            "Empfehlungen. Gescheiterte Ideen gehören ausdrücklich dazu – sie "
            "ersparen anderen Städten Umwege. Jede Erkenntnis sagt, wie gut sie "
            "belegt ist und unter welchen Bedingungen sie übertragbar ist.</p>"
        ),
        h3("So ist die Plattform aufgebaut"),
        p(
            ul(
                "<b>StadtLabore</b>: die Steckbriefe der Pilotstädte mit Quartier, "
                "Leitfrage, Zielen, Zuständigkeiten und ihren Experimenten.",
                "<b>Wissen</b>: alle Erkenntnisse über die StadtLabore hinweg, mit "
                "Filtern nach Handlungsfeld, Art und Übertragbarkeit; dazu von der "
                "Redaktion empfohlene Erkenntnisse.",
                "<b>Austausch</b>: Diskussionen zwischen den Mitgliedsstädten – "
                "Fragen an die Runde, Erfahrungen, Vorlagen.",
            )
        ),
        h3("Wer mitmachen kann"),
        p(
            "<p>Die StadtLabore, Experimente und Erkenntnisse kann jede und jeder "
            "lesen. Die Beiträge im Austausch lesen und schreiben Mitarbeitende der "
            "Mitgliedsstädte mit einem persönlichen Konto; die Redaktion legt Konten "
            "auf Anfrage an. Schreiben Sie dazu an "
            f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a> '
            "[bitte durch das Funktionspostfach der Geschäftsstelle ersetzen].</p>"
        ),
        h2("Förderung"),
        p(
            "<p>Finanziert aus Landesmitteln, die der Landtag von Baden-Württemberg "
            "beschlossen hat.</p>"
        ),
    ],
}

IMPRESSUM_PAGE = {
    "slug": "impressum",
    "title": "Impressum",
    "intro": "Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Abs. 2 "
    "Medienstaatsvertrag (MStV).",
    "body": [
        callout(
            "warning",
            "Entwurf – vor der Veröffentlichung vervollständigen",
            "<p>Diese Seite ist eine Vorlage. Alle Stellen mit <b>[bitte "
            "ergänzen]</b> füllt die Geschäftsstelle aus; die Angaben prüft sie vor "
            "dem Start der Plattform.</p>",
        ),
        h2("Anbieter"),
        p(
            "<p>Städtetag Baden-Württemberg<br>"
            "KompetenzBereich Inklusive Quartiersentwicklung<br>"
            "[Straße und Hausnummer – bitte ergänzen]<br>"
            "[Postleitzahl und Ort – bitte ergänzen]</p>"
            "<p>Rechtsform: [bitte ergänzen]</p>"
        ),
        h2("Vertreten durch"),
        p(
            "<p>[Vertretungsberechtigte Person oder vertretungsberechtigtes Organ mit "
            "Funktion – bitte ergänzen]</p>"
        ),
        h2("Kontakt"),
        p(
            f'<p>E-Mail: <a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a> '
            "[bitte durch das Funktionspostfach ersetzen]<br>"
            "Telefon: [bitte ergänzen]</p>"
        ),
        h2("Register und Umsatzsteuer"),
        p(
            "<p>Registergericht und Registernummer: [bitte ergänzen oder Abschnitt "
            "streichen, falls kein Registereintrag besteht]<br>"
            "Umsatzsteuer-Identifikationsnummer: [bitte ergänzen oder Abschnitt "
            "streichen, falls keine vorhanden ist]</p>"
        ),
        h2("Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV"),
        p("<p>[Name und Anschrift der verantwortlichen Person – bitte ergänzen]</p>"),
        h3("Beiträge der Pilotstädte und Mitgliedsstädte"),
        p(
            "<p>Die Steckbriefe, Experimente und Erkenntnisse der StadtLabore "
            "erstellen die jeweiligen Pilotstädte; die Redaktion des "
            "KompetenzBereichs begleitet die Veröffentlichung. Beiträge im Austausch "
            "geben die Meinung der Verfasserinnen und Verfasser wieder. Wie Sie "
            "rechtswidrige Inhalte melden, steht in den Nutzungsbedingungen.</p>"
        ),
        h2("Förderung"),
        p(
            "<p>Die Plattform entsteht im Rahmen der Landesstrategie „Quartier 2030 – "
            "Gemeinsam.Gestalten.“ des Ministeriums für Soziales, Gesundheit und "
            "Integration Baden-Württemberg.</p>"
            "<p><b>Finanziert aus Landesmitteln, die der Landtag von "
            "Baden-Württemberg beschlossen hat.</b></p>"
            "<p>[Logo der Landesstrategie und Wortlaut mit dem Zuwendungsbescheid "
            "abgleichen – bitte ergänzen]</p>"
        ),
        h2("Beispielinhalte und Bildnachweise"),
        p(
            "<p>Alle StadtLabore, Städte, Quartiere, Personen und Zahlen dieser "
            "Fassung sind frei erfunden. Die „Luftbilder“ der Beispiel-StadtLabore "
            "sind computergenerierte Grafiken, keine Fotos realer Orte.</p>"
        ),
        h2("Hinweis zu Links"),
        p(
            "<p>Für die Inhalte verlinkter fremder Seiten sind deren Anbieter "
            "verantwortlich. Wenn uns rechtswidrige Inhalte auf verlinkten Seiten "
            "bekannt werden, entfernen wir den Link.</p>"
        ),
    ],
}

DATENSCHUTZ_PAGE = {
    "slug": "datenschutz",
    "title": "Datenschutzerklärung",
    "intro": "Informationen nach Art. 13 der Datenschutz-Grundverordnung (DSGVO) "
    "darüber, welche personenbezogenen Daten wir auf dieser Plattform verarbeiten, "
    "wozu und auf welcher Rechtsgrundlage.",
    "body": [
        callout(
            "warning",
            "Entwurf – mit der oder dem Datenschutzbeauftragten abstimmen",
            "<p>Diese Datenschutzerklärung ist eine Vorlage. Verantwortliche Stelle, "
            "Datenschutzbeauftragte*r, Hosting und Speicherfristen pflegt die "
            "Geschäftsstelle in den Einstellungen der Plattform (dort stehen "
            "erfundene Beispielangaben). Bitte prüfen Sie mit der "
            "oder dem Datenschutzbeauftragten auch, ob der Städtetag für diese "
            "Plattform als öffentliche Stelle im Sinne des Landesdatenschutzgesetzes "
            "gilt.</p>",
        ),
        h2("Zwecke und Rechtsgrundlagen"),
        p(
            "<p>Wir verarbeiten personenbezogene Daten, um die Plattform als Teil "
            "unserer Aufgabe – den Erfahrungsaustausch der Mitgliedsstädte zur "
            "Quartiersentwicklung – zu betreiben. Rechtsgrundlage ist, soweit unten "
            "nichts anderes steht, Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 4 "
            "des Landesdatenschutzgesetzes Baden-Württemberg (LDSG).</p>"
        ),
        h3("Besuch der Website"),
        p(
            "<p>Beim Aufruf einer Seite verarbeitet der Webserver technisch "
            "notwendige Daten: IP-Adresse, Datum und Uhrzeit, aufgerufene Adresse, "
            "übertragene Datenmenge, Statuscode sowie Browser und Betriebssystem. "
            "Wir brauchen diese Daten, um die Seiten auszuliefern und die Sicherheit "
            "des Betriebs zu gewährleisten, zum Beispiel um Angriffe zu erkennen.</p>"
        ),
        h3("Konto für Mitarbeitende der Mitgliedsstädte"),
        p(
            "<p>Für ein Konto verarbeiten wir Vorname, Nachname, dienstliche "
            "E-Mail-Adresse, Mitgliedsstadt, Funktion und ein verschlüsselt "
            "gespeichertes Passwort. Öffentlich oder für andere Mitglieder sichtbar "
            "sind nur Name, Stadt und Funktion; Ihre E-Mail-Adresse zeigen wir "
            "nie an.</p>"
        ),
        h3("Beiträge im Austausch"),
        p(
            "<p>Ihre Beiträge und Antworten speichern wir mit Namen, Stadt und "
            "Zeitpunkt. Standardmäßig sehen sie nur angemeldete Mitglieder. IP-Adressen "
            "speichern wir zu Beiträgen nicht.</p>"
        ),
        h3("Benachrichtigungen per E-Mail"),
        p(
            "<p>Wenn Sie einer Diskussion folgen, schicken wir Ihnen E-Mails zu "
            "neuen Antworten. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 "
            "lit. a DSGVO). Sie können sie jederzeit mit einem Klick in jeder "
            "Benachrichtigung widerrufen.</p>"
        ),
        h3("Meldungen von Inhalten"),
        p(
            "<p>Wenn Sie über „Inhalt melden“ einen Beitrag melden, verarbeiten wir "
            "Ihre Angaben (Fundstelle, Begründung und, falls angegeben, Name und "
            "E-Mail-Adresse), um die Meldung zu prüfen und Sie über das Ergebnis zu "
            "informieren. Rechtsgrundlage ist Art. 6 Abs. 1 lit. c DSGVO in "
            "Verbindung mit Art. 16 der Verordnung über digitale Dienste (DSA).</p>"
        ),
        h3("Ansprechpersonen in den StadtLaboren"),
        p(
            "<p>In den Steckbriefen nennen wir Funktionen und Funktionspostfächer. "
            "Namen und Fotos von Personen veröffentlichen wir nur mit deren "
            "dokumentierter Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).</p>"
        ),
        h2("Ihre Rechte"),
        p(
            "<p>Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung "
            "(Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), "
            "Datenübertragbarkeit (Art. 20, soweit die Voraussetzungen vorliegen) und "
            "Widerspruch gegen die Verarbeitung (Art. 21). Eine Einwilligung können "
            "Sie jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3). "
            "Wenden Sie sich dazu an die verantwortliche Stelle oder die oder den "
            "Datenschutzbeauftragten.</p>"
        ),
        h2("Pflicht zur Bereitstellung, keine automatisierten Entscheidungen"),
        p(
            "<p>Zum Lesen der Plattform müssen Sie keine Daten angeben. Für ein "
            "Konto brauchen wir Name, dienstliche E-Mail-Adresse und Mitgliedsstadt. "
            "Wir treffen keine automatisierten Entscheidungen und erstellen keine "
            "Profile.</p>"
        ),
    ],
}

BARRIEREFREIHEIT_PAGE = {
    "slug": "barrierefreiheit",
    "title": "Erklärung zur Barrierefreiheit",
    "intro": "Der Städtetag Baden-Württemberg ist bemüht, die Plattform „StadtLabore "
    "vor Ort“ im Einklang mit § 10 des Landes-Behindertengleichstellungsgesetzes "
    "(L-BGG) barrierefrei zugänglich zu machen.",
    "body": [
        callout(
            "warning",
            "Entwurf nach der Mustererklärung (Anlage 1 L-BGG-DVO)",
            "<p>Diese Erklärung folgt dem Aufbau der Mustererklärung. Das Ergebnis "
            "der Prüfung und alle Stellen mit <b>[bitte ergänzen]</b> trägt die "
            "Geschäftsstelle vor der Veröffentlichung ein.</p>",
        ),
        h2("Geltungsbereich"),
        p(
            "<p>Diese Erklärung gilt für die Website [Adresse der Plattform – bitte "
            "ergänzen] mit allen öffentlichen Seiten und dem Bereich für "
            "angemeldete Mitglieder.</p>"
        ),
        h2("Stand der Vereinbarkeit mit den Anforderungen"),
        p(
            "<p>Die Anforderungen ergeben sich aus § 10 L-BGG in Verbindung mit der "
            "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der "
            "Europäischen Norm EN 301 549. Nach unserer Selbstbewertung ist diese "
            "Website wegen der unten genannten Inhalte <b>teilweise</b> mit den "
            "Anforderungen vereinbar. [Ergebnis nach Abschluss der Prüfung "
            "bestätigen – bitte ergänzen]</p>"
        ),
        h2("Nicht barrierefreie Inhalte"),
        p(
            "<p>Die folgenden Inhalte sind nicht oder noch nicht barrierefrei:</p>"
            + ul(
                "<b>Gebärdensprache:</b> Videos in Deutscher Gebärdensprache zu den "
                "wichtigsten Inhalten der Startseite fehlen noch. Begründung: Die "
                "Videos sind beauftragt und werden ergänzt [Termin – bitte "
                "ergänzen]. Alternative: die Erklärungen in Leichter Sprache.",
                "<b>Leichte Sprache:</b> Die Texte in Leichter Sprache sind noch "
                "nicht von einer Prüfgruppe mit Menschen mit Lernschwierigkeiten "
                "geprüft.",
                "<b>Dokumente der Pilotstädte:</b> Ältere PDF-Dokumente, die "
                "Pilotstädte hochladen, sind möglicherweise nicht barrierefrei. "
                "Alternative: Die wichtigsten Inhalte stehen als Text auf den Seiten; "
                "auf Anfrage schicken wir eine barrierefreie Fassung.",
                "[Weitere Ergebnisse der Prüfung – bitte ergänzen]",
            )
        ),
        h2("Erstellung dieser Erklärung"),
        p(
            "<p>Diese Erklärung wurde am [Datum – bitte ergänzen] erstellt. Methode: "
            "Selbstbewertung – automatisierte Prüfung aller Seitentypen mit axe-core "
            "sowie Prüfung von Hand mit Tastatur, Bildschirmvergrößerung und "
            "Screenreader. [Angeben, ob zusätzlich eine Bewertung durch Dritte "
            "erfolgt ist – bitte ergänzen]. Die Erklärung wurde zuletzt am [Datum – "
            "bitte ergänzen] überprüft.</p>"
        ),
        h2("Barriere melden: Feedback und Kontakt"),
        p(
            "<p>Ist Ihnen eine Barriere aufgefallen? Oder brauchen Sie einen Inhalt "
            "in einer anderen, für Sie zugänglichen Form? Dann schreiben Sie uns – "
            "gern auch formlos:</p>"
            '<p>E-Mail: <a href="mailto:barrierefreiheit@example.org">'
            "barrierefreiheit@example.org</a> [bitte durch das Funktionspostfach "
            "ersetzen]<br>Telefon: [bitte ergänzen]</p>"
            "<p>Bitte nennen Sie die Adresse der Seite und beschreiben Sie die "
            "Barriere. Wir antworten innerhalb von [Frist – bitte ergänzen].</p>"
        ),
        h2("Schlichtungsverfahren"),
        p(
            "<p>Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort "
            "erhalten haben, können Sie sich an die Schlichtungsstelle beim "
            "<b>Landeszentrum Barrierefreiheit Baden-Württemberg (LZ-BARR)</b> wenden. "
            "Sie ist auch für Barrieren auf Websites öffentlicher Stellen zuständig "
            "und sucht mit allen Beteiligten eine außergerichtliche Lösung.</p>"
            "<p>[Kontaktdaten und Link der Schlichtungsstelle – bitte ergänzen]</p>"
        ),
        h2("Leichte Sprache und Gebärdensprache"),
        p(
            "<p>Die wichtigsten Inhalte dieser Erklärung stehen auch in <a "
            'href="/leichte-sprache/">Leichter Sprache</a>.</p>'
        ),
    ],
}

LEICHTE_SPRACHE_PAGE = {
    "slug": "leichte-sprache",
    "title": "Leichte Sprache",
    "intro": "Hier erklären wir die Internet-Seite in Leichter Sprache.",
    "body": [
        h2("Um was geht es auf der Internet-Seite?"),
        p(
            "<p>Die Internet-Seite heißt: StadtLabore vor Ort.</p>"
            "<p>Auf der Internet-Seite geht es um Quartiere. Ein Quartier ist ein "
            "Teil von einer Stadt. Zum Beispiel: ein Stadt-Teil. Oder ein kleines "
            "Dorf.</p>"
            "<p>Viele Städte wollen ihre Quartiere besser machen. Alle Menschen "
            "sollen dort gut leben. Zum Beispiel:</p>"
            + ul(
                "alte Menschen",
                "Familien mit Kindern",
                "Menschen mit Behinderung",
                "Menschen aus anderen Ländern",
            )
        ),
        h2("Wer macht die Internet-Seite?"),
        p(
            "<p>Die Internet-Seite ist vom <b>Städte-Tag Baden-Württemberg</b>. Im "
            "Städte-Tag arbeiten viele Städte zusammen. Die Städte helfen sich "
            "gegenseitig.</p>"
            "<p>Das Land Baden-Württemberg bezahlt die Internet-Seite.</p>"
        ),
        h2("Was ist ein Stadt-Labor?"),
        p(
            "<p>In einem Labor probiert man etwas aus. Das machen die Städte auch. "
            "Sie probieren in einem Quartier neue Ideen aus. Zum Beispiel:</p>"
            + ul(
                "Ein Mittag-Essen für alle Nachbarn und Nachbarinnen.",
                "Junge Menschen erklären alten Menschen das Handy.",
                "Menschen im Roll-Stuhl prüfen die Wege in der Stadt.",
            )
            + "<p>Danach schreiben die Städte auf: Das hat gut geklappt. Das hat "
            "schlecht geklappt. So lernen andere Städte davon.</p>"
        ),
        h2("So finden Sie sich zurecht"),
        p(
            "<p>Oben auf der Seite ist das Menü. Dort finden Sie 3 Bereiche:</p>"
            + ul(
                "<b>StadtLabore</b>: Hier stehen die Ideen von den Städten.",
                "<b>Wissen</b>: Hier steht: Das haben die Städte gelernt.",
                "<b>Austausch</b>: Hier schreiben Mitarbeiter und Mitarbeiterinnen "
                "von den Städten. Sie stellen sich gegenseitig Fragen.",
            )
            + "<p>Oben ist auch eine Suche. Dort schreiben Sie ein Wort hinein. "
            "Dann finden Sie alle Seiten mit diesem Wort.</p>"
            "<p>Ganz unten auf der Seite finden Sie diese Seite in Leichter "
            "Sprache. Dort finden Sie auch Informationen zur Barriere-Freiheit und "
            "zum Daten-Schutz.</p>"
        ),
        h2("Wer darf im Austausch schreiben?"),
        p(
            "<p>Die Fragen im Austausch können alle Menschen lesen. Die Antworten "
            "lesen und schreiben nur Mitarbeiter und Mitarbeiterinnen von den "
            "Städten. Sie brauchen dafür ein Konto. Ein Konto ist ein eigener Zugang "
            "zur Internet-Seite. Das Konto bekommen Sie vom Städte-Tag.</p>"
        ),
        h2("Barriere-Freiheit"),
        p(
            "<p>Wir wollen: Alle Menschen können die Internet-Seite gut benutzen. "
            "Manche Teile sind noch schwer. Zum Beispiel: Die Videos in "
            "Gebärden-Sprache kommen erst später.</p>"
            "<p>Etwas auf der Internet-Seite ist schwer für Sie? Dann schreiben Sie "
            "uns bitte eine E-Mail. Unsere E-Mail-Adresse ist: "
            '<a href="mailto:barrierefreiheit@example.org">'
            "barrierefreiheit@example.org</a></p>"
            "<p>Sie sind mit unserer Antwort unzufrieden? Dann können Sie sich an "
            "die Schlichtungs-Stelle wenden. Die Schlichtungs-Stelle hilft Ihnen. "
            "Sie gehört zum Landes-Zentrum Barriere-Freiheit.</p>"
        ),
        h2("Wichtig: Die Städte sind ein Beispiel"),
        p(
            "<p>Die Städte auf dieser Internet-Seite sind ausgedacht. Auch die "
            "Menschen und die Zahlen sind ausgedacht. Sie zeigen: So kann die "
            "Internet-Seite später aussehen.</p>"
        ),
    ],
}

NUTZUNGSBEDINGUNGEN_PAGE = {
    "slug": "nutzungsbedingungen",
    "title": "Nutzungsbedingungen und Netiquette",
    "intro": "Regeln für den Austausch zwischen den Mitgliedsstädten und der Weg, "
    "rechtswidrige Inhalte zu melden.",
    "body": [
        callout(
            "warning",
            "Entwurf – vor der Veröffentlichung prüfen",
            "<p>Diese Nutzungsbedingungen sind eine Vorlage. Stellen mit <b>[bitte "
            "ergänzen]</b> füllt die Geschäftsstelle aus.</p>",
        ),
        h2("1. Anbieter und Geltungsbereich"),
        p(
            "<p>Die Plattform „StadtLabore vor Ort“ betreibt der Städtetag "
            'Baden-Württemberg (siehe <a href="/impressum/">Impressum</a>). Diese '
            "Bedingungen gelten für alle, die ein Konto haben, und für den "
            "Austausch in Diskussionen und Kommentaren.</p>"
        ),
        h2("2. Wer mitmachen kann"),
        p(
            ul(
                "Konten erhalten Mitarbeitende der Mitgliedsstädte des Städtetags "
                "Baden-Württemberg – auf Einladung oder auf Antrag, den die Redaktion "
                "prüft.",
                "Jedes Konto ist persönlich und gehört zu genau einer Stadt. Bitte "
                "geben Sie Ihre Zugangsdaten nicht weiter.",
                "Bei Beiträgen erscheinen Ihr Name und Ihre Stadt, nie Ihre "
                "E-Mail-Adresse.",
            )
        ),
        h2("3. Netiquette: So diskutieren wir"),
        p(
            ul(
                "<b>Auf Augenhöhe:</b> Wir schreiben sachlich, freundlich und "
                "respektvoll – auch bei Widerspruch. Kritik gilt Ideen, nicht "
                "Personen.",
                "<b>Offen über Scheitern:</b> Gescheiterte Ideen sind wertvoll. Wer "
                "davon berichtet, verdient Dank, nicht Häme.",
                "<b>Keine Daten Dritter:</b> Nennen Sie keine Namen oder anderen "
                "personenbezogenen Daten von Bürgerinnen und Bürgern, Kolleginnen "
                "und Kollegen oder Beteiligten.",
                "<b>Vertraulich bleibt vertraulich:</b> Der Austausch ist für "
                "Mitglieder bestimmt. Zitieren Sie Beiträge außerhalb der Plattform "
                "nur mit Zustimmung der Verfasserin oder des Verfassers.",
                "<b>Rechte beachten:</b> Laden Sie nur Dokumente und Bilder hoch, die "
                "Sie weitergeben dürfen, und nennen Sie Quellen.",
                "<b>Beim Thema bleiben:</b> keine Werbung, keine parteipolitischen "
                "Aufrufe, keine Kettenbriefe.",
            )
        ),
        h2("4. Inhalte melden"),
        p(
            "<p>Jede Person – auch ohne Konto – kann Inhalte melden, die sie für "
            "rechtswidrig hält (Art. 16 der Verordnung über digitale Dienste, DSA). "
            "Nutzen Sie dafür den Link <b>„Inhalt melden“</b> an jedem Beitrag oder "
            "schreiben Sie an "
            '<a href="mailto:meldung@example.org">meldung@example.org</a> [bitte '
            "durch das Funktionspostfach ersetzen]. Bitte geben Sie an:</p>"
            + ul(
                "die genaue Fundstelle (Adresse der Seite, wenn möglich der Link "
                "zum Beitrag),",
                "eine Begründung, warum der Inhalt rechtswidrig ist,",
                "Ihren Namen und Ihre E-Mail-Adresse (außer bei Meldungen zu "
                "bestimmten Straftaten zum Schutz von Kindern, für die das nicht "
                "nötig ist),",
                "die Erklärung, dass Ihre Angaben nach bestem Wissen richtig und "
                "vollständig sind.",
            )
            + "<p>Wir bestätigen den Eingang, prüfen die Meldung zügig, sorgfältig "
            "und unvoreingenommen und teilen Ihnen unsere Entscheidung mit. Auch "
            "Verstöße gegen die Netiquette können Sie so melden.</p>"
        ),
        h2("5. Moderation und Begründung"),
        p(
            "<p>Die Redaktion des KompetenzBereichs moderiert den Austausch. Erste "
            "Beiträge neuer Konten prüft sie vor der Freischaltung. Blendet sie einen "
            "Beitrag aus oder entfernt ihn, erhält die Verfasserin oder der Verfasser "
            "eine Begründung mit dem Hinweis, wie sie oder er widersprechen kann "
            "(Art. 17 DSA). Bei wiederholten oder schweren Verstößen kann die "
            "Redaktion ein Konto sperren.</p>"
        ),
        h2("6. Kontaktstelle"),
        p(
            "<p>Zentrale Kontaktstelle für Behörden und für Nutzerinnen und Nutzer "
            "nach Art. 11 und 12 DSA: "
            '<a href="mailto:meldung@example.org">meldung@example.org</a> [bitte '
            "ersetzen]. Sprachen: Deutsch [weitere Sprachen – bitte ergänzen].</p>"
        ),
        h2("7. Konto löschen"),
        p(
            "<p>Sie können Ihr Konto jederzeit löschen. Ihre Beiträge bleiben dann "
            "ohne Ihren Namen sichtbar, damit Diskussionen verständlich bleiben. "
            'Mehr dazu steht in der <a href="/datenschutz/">'
            "Datenschutzerklärung</a>.</p>"
        ),
    ],
}

CONTENT_PAGES = [
    ABOUT_PAGE,
    IMPRESSUM_PAGE,
    DATENSCHUTZ_PAGE,
    BARRIEREFREIHEIT_PAGE,
    LEICHTE_SPRACHE_PAGE,
    NUTZUNGSBEDINGUNGEN_PAGE,
]

"""Remsheim (invented): the member city, its StadtLabor with experiments, learnings and
one discussion, and the pictures drawn for it.

`IMAGES` are drawn by home/demo/images.py; `LAB` is built in the order given.
"""

import datetime

from knowledge.models import EvidenceLevel, LearningKind
from labs import models as labs

from . import vocabulary
from .blocks import h3, p, ul

D = datetime.date


IMAGES = {
    "rosenhalde": {
        "title": "Luftbild Rosenhalde, Remsheim",
        "drawing": "high_rise_estate",
        "alt": "Gezeichnetes Luftbild (Grafik, kein Foto): Hochhäuser und lange "
        "Wohnblöcke an geschwungenen Straßen, viele Bäume und unten ein orangefarbenes "
        "Gebäude für den Quartierstreff.",
    },
}

CITY = {
    "name": "Remsheim",
    "municipality_type": labs.MunicipalityType.GROSSE_KREISSTADT,
    "population": 35_400,
    "district": "Landkreis Beispieltal",
    "region": "Stuttgart",
    "network_role": labs.NetworkRole.CURRENT,
    "can_report_on": "Digitalsprechstunde mit Jugendlichen als Technik-Pat*innen; "
    "mehrsprachiger Messenger-Verteiler mit abgestimmtem Datenschutzkonzept; "
    "Tablet-Ausleihe über die Stadtbibliothek.",
    "seeks_exchange_on": "Gebärdensprachdolmetschung bei Quartiersforen; "
    "Übersetzungen in Leichte Sprache; Ehrenamtliche mit Migrationsgeschichte "
    "gewinnen.",
}

LAB = {
    "key": "remsheim",
    "city": "Remsheim",
    "slug": "digital-dabei-rosenhalde",
    "title": "Digital dabei in der Rosenhalde",
    "image": "rosenhalde",
    "primary_theme": vocabulary.DIGITAL,
    "themes": [vocabulary.DIGITAL, vocabulary.INKLUSION],
    "target_groups": [
        vocabulary.AELTERE,
        vocabulary.MIGRATION,
        vocabulary.JUGEND,
        vocabulary.ARMUT,
    ],
    "fields": {
        "programme": labs.Programme.CURRENT,
        "status": labs.LabStatus.RUNNING,
        "teaser": "In der Rosenhalde, einer Siedlung der 1960er-Jahre mit Menschen "
        "aus über 40 Ländern, erprobt Remsheim digitale Teilhabe für alle: mit "
        "Jugendlichen als Technik-Pat*innen, mehrsprachigen Nachrichten und "
        "Tablets aus der Stadtbibliothek.",
        "quarter_name": "Rosenhalde",
        "quarter_type": labs.QuarterType.EXISTING,
        "quarter_population": 4_000,
        "guiding_question": "Wie können alle Menschen in der Rosenhalde digitale "
        "Angebote nutzen – unabhängig von Alter, Sprache und Geldbeutel?",
        "start_date": D(2025, 5, 1),
        "end_date": D(2027, 4, 30),
        "initial_situation": (
            "<p>Die Rosenhalde wurde in den 1960er-Jahren als Großwohnsiedlung "
            "gebaut: Hochhäuser und lange Wohnblöcke, viel Grün, ein kleines "
            "Ladenzentrum. Rund 4.000 Menschen leben hier, gut 40 % haben eine "
            "Migrationsgeschichte, fast ein Viertel ist über 65 Jahre alt. Der "
            "Quartierstreff ist seit Jahren ein wichtiger Anlaufpunkt.</p>"
            "<p>Immer mehr Dienstleistungen gibt es nur noch online: Termine im "
            "Bürgerbüro, Anträge, Bankgeschäfte, Arzttermine. Wer kein Gerät hat, "
            "die Sprache nicht sicher beherrscht oder unsicher im Umgang ist, bleibt "
            "außen vor.</p>"
        ),
        "challenges": (
            "<p>Die Herausforderungen bestehen darin,</p>"
            + ul(
                "ältere Menschen zu erreichen, die sich digitale Angebote nicht "
                "zutrauen,",
                "Informationen aus dem Quartier in den Sprachen der Bewohnerinnen "
                "und Bewohner zu verbreiten – datenschutzkonform,",
                "Geräte für Menschen mit wenig Geld zugänglich zu machen,",
                "Jugendliche als Engagierte im eigenen Quartier zu gewinnen.",
            )
        ),
        "goals": ul(
            "eine regelmäßige, kostenlose Hilfe bei digitalen Fragen im Quartier "
            "anbieten",
            "Informationen aus dem Quartier mehrsprachig und direkt aufs Handy bringen",
            "Geräte zum Ausprobieren ausleihen",
            "Jugendliche und Ältere miteinander ins Gespräch bringen",
        ),
        "responsible_units": "Amt für Familie, Bildung und Soziales – "
        "Quartiersarbeit\n"
        "Stabsstelle Digitalisierung\n"
        "Stadtbibliothek\n"
        "Integrationsbeauftragte",
        "partners": "Quartierstreff Rosenhalde – Räume und Sprechstunde\n"
        "Gemeinschaftsschule Rosenhalde – Technik-Pat*innen\n"
        "Stadtbibliothek Remsheim – Tablet-Ausleihe\n"
        "Wohnungsbaugesellschaft Remsheim – WLAN im Quartierstreff\n"
        "Kulturvereine im Quartier – Sprachmittlung",
        "contact_role": "Quartiersarbeit Rosenhalde (Amt für Familie, Bildung und "
        "Soziales)",
        "contact_email": "rosenhalde.remsheim@example.org",
        "quote_text": "Die Jugendlichen erklären Tablets, die Älteren erzählen, wie "
        "die Rosenhalde früher war. Am Ende haben beide Seiten etwas gelernt.",
        "quote_author": "Quartiersarbeit Rosenhalde, Stadt Remsheim",
        "hero_image_alt": IMAGES["rosenhalde"]["alt"],
        "body": [
            h3("Meilensteine"),
            p(
                ul(
                    "Mai 2025: Auftakt mit einer Befragung im Quartierstreff in "
                    "sechs Sprachen",
                    "Juni 2025: erste Digitalsprechstunde mit Technik-Pat*innen",
                    "Juli 2025: Start des mehrsprachigen Messenger-Verteilers",
                    "März 2026: Tablet-Ausleihe in der Stadtbibliothek",
                )
            ),
        ],
        "easy_language_summary": (
            "<p>Die Rosenhalde ist ein Stadt-Teil von Remsheim. Dort wohnen Menschen "
            "aus vielen Ländern. Und viele alte Menschen.</p>"
            "<p>Die Stadt will: Alle Menschen können das Internet benutzen. Zum "
            "Beispiel: einen Termin im Rat-Haus online machen.</p>"
            "<p>Die Stadt probiert dafür 3 Sachen aus:</p>"
            + ul(
                "Jugendliche helfen alten Menschen mit dem Handy und dem Tablet.",
                "Nachrichten aus dem Stadt-Teil kommen aufs Handy. In 6 Sprachen.",
                "Alte Menschen leihen sich ein Tablet in der Bücherei.",
            )
        ),
        "last_reviewed": D(2026, 10, 1),
    },
    "experiments": [
        {
            "slug": "digitalsprechstunde-technik-patinnen",
            "title": "Digitalsprechstunde im Quartierstreff mit Technik-Pat*innen",
            "themes": [vocabulary.DIGITAL, vocabulary.FAMILIE],
            "target_groups": [
                vocabulary.AELTERE,
                vocabulary.JUGEND,
                vocabulary.MIGRATION,
            ],
            "teaser": "Jeden Mittwochnachmittag helfen Schülerinnen und Schüler der "
            "Gemeinschaftsschule als Technik-Pat*innen im Quartierstreff: Smartphone "
            "einrichten, Videotelefonie, Online-Termine beim Bürgerbüro.",
            "format_type": labs.FormatType.DIGITAL,
            "status": labs.ExperimentStatus.CONSOLIDATED,
            "hypothesis": "Wir vermuten, dass Ältere Hilfe von Jugendlichen aus dem "
            "eigenen Quartier eher annehmen als einen Kurs – und dass die "
            "Jugendlichen dabei Anerkennung und Kontakte ins Quartier gewinnen.",
            "place": "Quartierstreff Rosenhalde, Gruppenraum im Erdgeschoss "
            "(stufenlos, barrierefreies WC, WLAN)",
            "start_date": D(2025, 6, 4),
            "end_date": D(2026, 2, 25),
            "resources_staff": "ca. 3 Std./Woche Quartiersarbeit, eine Lehrkraft "
            "für die Begleitung der Jugendlichen",
            "cost_band": labs.CostBand.UNDER_1K,
            "cost_note": "Kuchen, Ausdrucke, kleine Anerkennungen für die "
            "Jugendlichen: ca. 600 €",
            "effort": labs.Effort.LOW,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Braucht eine Schule, die das Engagement als "
            "Teil des Unterrichts oder eines Sozialpraktikums anerkennt, und einen "
            "Treffpunkt mit WLAN.",
            "evaluation_method": labs.EvaluationMethod.PARTICIPANTS,
            "success_criteria": ul(
                "mindestens fünf Besucherinnen und Besucher pro Termin",
                "mindestens zehn Jugendliche, die ein Schulhalbjahr dabeibleiben",
            ),
            "procedure": [
                h3("Vorbereitung mit der Schule"),
                p(
                    "<p>Die Gemeinschaftsschule nahm die Sprechstunde in ihr "
                    "Sozialpraktikum auf. In zwei Doppelstunden übten die "
                    "Jugendlichen, geduldig zu erklären und keine Passwörter "
                    "anzufassen.</p>"
                ),
                h3("Sprechstunde"),
                p(
                    "<p>Jeden Mittwoch von 15 bis 17 Uhr saßen je zwei Jugendliche an "
                    "einem Tisch mit einer älteren Person. Wer mochte, brachte sein "
                    "eigenes Gerät mit; sonst gab es Leihgeräte.</p>"
                ),
            ],
            "result": "<p>In 30 Terminen gab es 214 Besuche; 18 Jugendliche "
            "machten mit, 12 davon das ganze Schulhalbjahr. Viele Ältere kamen "
            "mehrmals – nicht nur wegen der Technik. Die Schule hat die "
            "Sprechstunde fest in ihr Sozialpraktikum übernommen.</p>",
            "success_factors": ul(
                "Feste Zeit und fester Ort im vertrauten Quartierstreff",
                "Die Schule erkennt das Engagement als Praktikum an",
                "Geduld statt Kursprogramm: Jede Frage ist willkommen",
            ),
            "obstacles": ul(
                "In den Schulferien fiel die Sprechstunde aus",
            ),
            "next_steps": ul(
                "Ferienvertretung durch Ehrenamtliche aus dem Quartierstreff",
                "Austausch mit anderen Städten zu Technik-Patenschaften",
            ),
        },
        {
            "slug": "mehrsprachiger-messenger-verteiler",
            "title": "Mehrsprachige Quartiersinfos per Messenger-Verteiler",
            "themes": [vocabulary.DIGITAL, vocabulary.INKLUSION],
            "target_groups": [
                vocabulary.MIGRATION,
                vocabulary.FAMILIEN,
                vocabulary.ALLE,
            ],
            "teaser": "Termine und Hinweise aus dem Quartier gehen als kurze "
            "Nachricht in sechs Sprachen über einen Messenger-Verteiler – nur an "
            "Menschen, die ausdrücklich eingewilligt haben. Das Datenschutzkonzept "
            "wurde vorab mit dem Datenschutzbeauftragten abgestimmt.",
            "format_type": labs.FormatType.COMMUNICATION,
            "status": labs.ExperimentStatus.EVALUATED,
            "hypothesis": "Wir vermuten, dass kurze, mehrsprachige Nachrichten aufs "
            "Handy mehr Menschen erreichen als Aushänge und Amtsblatt – vor allem "
            "Familien mit Migrationsgeschichte.",
            "place": "Digital; Anmeldung im Quartierstreff und an Infoständen mit "
            "Sprachmittlerinnen und Sprachmittlern",
            "start_date": D(2025, 7, 1),
            "end_date": D(2026, 6, 30),
            "resources_staff": "ca. 3 Std./Woche Quartiersarbeit, sechs "
            "ehrenamtliche Sprachmittlerinnen und Sprachmittler",
            "cost_band": labs.CostBand.UNDER_1K,
            "cost_note": "Diensthandy und Aufwandsentschädigungen; Messenger-Dienst "
            "mit Servern in der EU über den Rahmenvertrag der Stadt",
            "effort": labs.Effort.LOW,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Vorher mit der oder dem Datenschutzbeauftragten "
            "klären: Einwilligung, Dienst, Abmeldung und wer Zugriff auf die "
            "Nummern hat. Nur Verteiler ohne sichtbare Nummern, keine Gruppen.",
            "evaluation_method": labs.EvaluationMethod.SURVEY,
            "success_criteria": ul(
                "mindestens 300 Abonnentinnen und Abonnenten nach einem Jahr",
                "mindestens die Hälfte in einer anderen Sprache als Deutsch",
            ),
            "procedure": [
                h3("Datenschutz zuerst"),
                p(
                    "<p>Bevor die erste Nachricht verschickt wurde, stimmte die "
                    "Quartiersarbeit mit dem Datenschutzbeauftragten der Stadt das "
                    "Konzept ab: schriftliche Einwilligung in der gewählten "
                    "Sprache, Verteiler ohne sichtbare Nummern, Abmeldung mit einem "
                    "Wort, Zugriff nur für zwei Mitarbeitende.</p>"
                ),
                h3("Betrieb"),
                p(
                    "<p>Einmal pro Woche geht eine kurze Nachricht raus, auf Deutsch "
                    "und in fünf weiteren Sprachen. Die Sprachmittlerinnen und "
                    "Sprachmittler übersetzen am Vortag.</p>"
                ),
            ],
            "result": "<p>Nach zwölf Monaten hatte der Verteiler 486 "
            "Abonnentinnen und Abonnenten, 61 % davon in einer anderen Sprache als "
            "Deutsch. Beim Quartiersfest kamen doppelt so viele Familien wie im "
            "Vorjahr; in der Befragung nannten zwei Drittel die Nachricht als "
            "Quelle. Beschwerden zum Datenschutz gab es keine.</p>",
            "success_factors": ul(
                "Das mit dem Datenschutzbeauftragten abgestimmte Konzept schaffte "
                "Vertrauen – auch in der Verwaltung",
                "Kurze Nachrichten, einmal pro Woche, in der eigenen Sprache",
            ),
            "obstacles": ul(
                "Die Übersetzungen hängen an wenigen Ehrenamtlichen",
            ),
            "next_steps": ul(
                "Leichte Sprache als siebte Sprache",
                "Übertragung auf zwei weitere Quartiere der Stadt",
            ),
        },
        {
            "slug": "tablet-ausleihe-stadtbibliothek",
            "title": "Tablet-Ausleihe für Seniorinnen und Senioren über die "
            "Stadtbibliothek",
            "themes": [vocabulary.DIGITAL, vocabulary.PFLEGE],
            "target_groups": [vocabulary.AELTERE, vocabulary.ARMUT],
            "teaser": "Die Stadtbibliothek verleiht 15 vorbereitete Tablets für vier "
            "Wochen an Menschen ab 65 – mit großer Schrift, wichtigen Apps und einer "
            "Einführung durch die Technik-Pat*innen.",
            "format_type": labs.FormatType.DIGITAL,
            "status": labs.ExperimentStatus.TESTING,
            "hypothesis": "Wir vermuten, dass ältere Menschen eher ein eigenes "
            "Gerät anschaffen und nutzen, wenn sie es vorher in Ruhe zu Hause "
            "ausprobieren konnten.",
            "place": "Stadtbibliothek Remsheim, Zweigstelle im Ladenzentrum "
            "Rosenhalde (stufenlos)",
            "start_date": D(2026, 3, 1),
            "end_date": D(2026, 12, 31),
            "resources_staff": "ca. 2 Std./Woche Stadtbibliothek für Ausgabe und "
            "Zurücksetzen der Geräte",
            "cost_band": labs.CostBand.UP_TO_20K,
            "cost_note": "15 Tablets mit Hüllen und mobilen Daten, Geräteverwaltung: "
            "ca. 7.500 €",
            "effort": labs.Effort.MEDIUM,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Braucht eine Bibliothek oder einen anderen Ort "
            "mit Ausleihroutine und eine einfache Geräteverwaltung zum Löschen der "
            "Daten nach jeder Ausleihe.",
            "evaluation_method": labs.EvaluationMethod.SURVEY,
            "success_criteria": ul(
                "alle Geräte sind zu mindestens 75 % der Zeit ausgeliehen",
                "ein Drittel der Ausleihenden nutzt danach ein eigenes Gerät",
            ),
            "procedure": [
                h3("Ausleihe"),
                p(
                    "<p>Wer ein Tablet ausleiht, bekommt eine halbe Stunde "
                    "Einführung und ein Heft in großer Schrift. Nach vier Wochen "
                    "setzt die Bibliothek das Gerät zurück und löscht alle "
                    "Daten.</p>"
                ),
            ],
            "result": "<p>Zwischenstand nach sechs Monaten: Die Tablets sind fast "
            "immer ausgeliehen, es gibt eine Warteliste mit 23 Namen.</p>",
            "success_factors": ul(
                "Einführung durch die Technik-Pat*innen aus der Digitalsprechstunde",
            ),
            "obstacles": ul(
                "Das Zurücksetzen der Geräte kostet mehr Zeit als gedacht",
            ),
            "next_steps": ul(
                "Befragung der Ausleihenden zum Jahresende",
            ),
        },
    ],
    "learnings": [
        {
            "slug": "messenger-nur-mit-einwilligung-und-dsb",
            "title": "Messenger-Verteiler nur mit Einwilligung und nach Abstimmung "
            "mit der oder dem Datenschutzbeauftragten starten – das schafft "
            "Vertrauen.",
            "kind": LearningKind.RECOMMENDATION,
            "themes": [vocabulary.DIGITAL, vocabulary.INKLUSION],
            "evidence": ["remsheim/mehrsprachiger-messenger-verteiler"],
            "evidence_level": EvidenceLevel.EVALUATED,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Für jede Stadt; der Messenger-Dienst muss zu "
            "den Vorgaben der eigenen Verwaltung passen.",
            "context_text": "<p>In der Verwaltung gab es zunächst große Bedenken "
            "gegen Messenger-Dienste. Weil das Konzept vorab mit dem "
            "Datenschutzbeauftragten abgestimmt war, konnten wir starten – und "
            "die Bewohnerinnen und Bewohner vertrauten dem Angebot. Nach einem "
            "Jahr gab es 486 Abonnentinnen und Abonnenten und keine einzige "
            "Beschwerde.</p>",
            "recommendation": "Holen Sie die oder den Datenschutzbeauftragten vor "
            "dem Start ins Boot, nicht danach. Nutzen Sie nur Verteiler ohne "
            "sichtbare Nummern, holen Sie die Einwilligung in der Sprache der "
            "Menschen ein und machen Sie die Abmeldung ganz einfach.",
            "retrospective": "Wir hätten von Anfang an Leichte Sprache als eigene "
            "Sprache angeboten.",
            "easy_language_summary": "Die Stadt schickt Nachrichten aufs Handy. Aber "
            "nur an Menschen, die das wollen. Die Menschen haben vorher "
            "unterschrieben. Die Stadt hat vorher mit einem Fach-Mann für "
            "Daten-Schutz gesprochen. Darum vertrauen die Menschen der Stadt.",
            "last_reviewed": D(2026, 10, 1),
        },
        {
            "slug": "jugendliche-als-technik-patinnen",
            "title": "Jugendliche als Technik-Pat*innen: Die Älteren lernen Tablets, "
            "die Jungen lernen das Quartier kennen.",
            "kind": LearningKind.SURPRISE,
            "themes": [vocabulary.DIGITAL, vocabulary.FAMILIE],
            "evidence": [
                "remsheim/digitalsprechstunde-technik-patinnen",
                "remsheim/tablet-ausleihe-stadtbibliothek",
            ],
            "evidence_level": EvidenceLevel.REPEATED,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Braucht eine Schule als Partnerin und einen "
            "vertrauten Ort im Quartier.",
            "context_text": "<p>Eigentlich ging es um Technik. Doch die "
            "Sprechstunde wurde zum Treffpunkt der Generationen: Viele Ältere kamen "
            "wieder, auch ohne Frage zum Handy, und erzählten von der Geschichte des "
            "Quartiers. Mehrere Jugendliche engagieren sich inzwischen auch beim "
            "Quartiersfest.</p>",
            "recommendation": "Planen Sie Zeit für Gespräche ein, nicht nur für die "
            "Technik. Lassen Sie die Jugendlichen zu zweit arbeiten und würdigen Sie "
            "ihr Engagement sichtbar, zum Beispiel mit einem Zeugnisvermerk.",
            "retrospective": "Wir würden die Ferienzeiten von Anfang an mit "
            "Ehrenamtlichen abdecken.",
            "easy_language_summary": "Junge Menschen helfen alten Menschen mit dem "
            "Tablet. Dabei reden sie viel miteinander. Die alten Menschen lernen "
            "das Tablet. Die jungen Menschen lernen den Stadt-Teil kennen.",
            "last_reviewed": D(2026, 10, 1),
        },
    ],
    "discussion": {
        "slug": "gebaerdensprachdolmetschung-bei-quartiersforen",
        "title": "Erfahrungen mit Gebärdensprachdolmetschung bei Quartiersforen – "
        "Kosten und Vorlauf?",
        "themes": [vocabulary.INKLUSION, vocabulary.BETEILIGUNG],
        "category": labs.DiscussionCategory.EXCHANGE,
        "status": labs.DiscussionStatus.OPEN,
        "started_by_city": "Remsheim",
        "related_page": "",
        "question": "<p>Für unser nächstes Quartiersforum in der Rosenhalde möchten "
        "wir Gebärdensprachdolmetschung und Schriftdolmetschung anbieten. Bisher "
        "haben wir damit keine Erfahrung.</p>"
        "<p>Mit welchen Kosten rechnet ihr für einen Abend? Wie viel Vorlauf "
        "braucht ihr, um Dolmetscherinnen und Dolmetscher zu bekommen – und bietet "
        "ihr das immer an oder nur auf Anfrage?</p>",
    },
}

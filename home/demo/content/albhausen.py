"""Albhausen (invented): the member city, its StadtLabor with experiments, learnings and
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
    "hochfeld": {
        "title": "Luftbild Teilort Hochfeld, Albhausen",
        "drawing": "village",
        "alt": "Gezeichnetes Luftbild (Grafik, kein Foto): einzelne Häuser mit roten "
        "und grauen Dächern entlang einer kurvigen Dorfstraße, ringsum Felder und Wiesen, oben "
        "links ein Waldstück.",
    },
}

CITY = {
    "name": "Albhausen",
    "municipality_type": labs.MunicipalityType.STADT,
    "population": 13_900,
    "district": "Landkreis Albvorland",
    "region": "Tübingen",
    "network_role": labs.NetworkRole.CURRENT,
    "can_report_on": "Sorgende Gemeinschaft im Teilort; Nachbarschaftshilfe mit "
    "Einsatzkoordination (Quartiersimpulse); Quartiersrat per Losverfahren.",
    "seeks_exchange_on": "Verstetigung nach Förderende; Angebote für pflegende "
    "Angehörige im ländlichen Raum.",
}

LAB = {
    "key": "albhausen",
    "city": "Albhausen",
    "slug": "sorgende-gemeinschaft-hochfeld",
    "title": "Sorgende Gemeinschaft Hochfeld",
    "image": "hochfeld",
    "primary_theme": vocabulary.PFLEGE,
    "themes": [vocabulary.PFLEGE, vocabulary.BETEILIGUNG],
    "target_groups": [
        vocabulary.AELTERE,
        vocabulary.ANGEHOERIGE,
        vocabulary.ALLE,
        vocabulary.ZIVIL,
    ],
    "fields": {
        "programme": labs.Programme.CURRENT,
        "status": labs.LabStatus.CONSOLIDATED,
        "teaser": "Im Teilort Hochfeld auf der Schwäbischen Alb organisiert sich das "
        "Dorf als sorgende Gemeinschaft: mit einem Pool von Nachbarschaftshilfen, "
        "einem Stammtisch für pflegende Angehörige und einem ausgelosten "
        "Quartiersrat.",
        "quarter_name": "Teilort Hochfeld",
        "quarter_type": labs.QuarterType.VILLAGE,
        "quarter_population": 1_800,
        "guiding_question": "Wie kann sich ein Dorf so organisieren, dass ältere und "
        "pflegebedürftige Menschen mit ihren Angehörigen gut im Ort bleiben "
        "können?",
        "start_date": D(2024, 4, 1),
        "end_date": D(2026, 3, 31),
        "initial_situation": (
            "<p>Hochfeld liegt sechs Kilometer vom Kernort Albhausen entfernt auf "
            "der Hochfläche der Schwäbischen Alb und hat einen eigenen "
            "Ortschaftsrat. Von den rund 1.800 Einwohnerinnen und Einwohnern ist "
            "gut ein Viertel 65 Jahre oder älter. Es gibt eine Bäckerei mit "
            "Lebensmittelecke, aber keine Arztpraxis; der Bus fährt nur werktags "
            "im Stundentakt.</p>"
            "<p>Das Vereinsleben ist stark, Nachbarschaftshilfe gab es schon immer – "
            "aber informell und auf wenigen Schultern. Ambulante Pflegedienste "
            "haben lange Wege und wenig Kapazitäten.</p>"
        ),
        "challenges": (
            "<p>Die Herausforderungen bestehen darin,</p>"
            + ul(
                "die vorhandene Hilfsbereitschaft zu bündeln, ohne die "
                "Ehrenamtlichen zu überfordern,",
                "pflegende Angehörige zu entlasten, die oft neben dem Beruf pflegen,",
                "Beteiligung über die üblichen Vereinsvorstände hinaus zu öffnen,",
                "nach dem Ende der Förderung eine dauerhafte Koordination zu sichern.",
            )
        ),
        "goals": ul(
            "eine verlässliche Einsatzkoordination für Nachbarschaftshilfe aufbauen",
            "pflegende Angehörige vernetzen und entlasten",
            "neue Stimmen an der Ortsentwicklung beteiligen",
            "die Koordination nach der Förderphase verstetigen",
        ),
        "responsible_units": "Amt für Soziales und Senioren – Sozialplanung\n"
        "Ortsverwaltung Hochfeld",
        "partners": "Ortschaftsrat Hochfeld – Beschlüsse und Rückhalt im Ort\n"
        "Nachbarschaftshilfe Hochfeld e. V. (gegründet 2025) – Träger der Helfenden\n"
        "Pflegestützpunkt Landkreis Albvorland – Beratung beim Stammtisch\n"
        "Kirchengemeinden Hochfeld – Räume und Besuchsdienst\n"
        "Örtliche Vereine – Werbung für Helfende",
        "contact_role": "Quartierskoordination Hochfeld (Sozialplanung)",
        "contact_email": "hochfeld.albhausen@example.org",
        "quote_text": "Hilfe war in Hochfeld immer da – aber sie hing an wenigen "
        "Schultern. Jetzt gibt es jemanden, der die Fäden in der Hand hält.",
        "quote_author": "Ortsvorsteherin, Albhausen-Hochfeld",
        "hero_image_alt": IMAGES["hochfeld"]["alt"],
        "body": [
            h3("Meilensteine"),
            p(
                ul(
                    "April 2024: Auftakt mit einer Dorfversammlung",
                    "Juni 2024: Start der Einsatzkoordination (halbe Stelle, "
                    "gefördert über Quartiersimpulse)",
                    "Februar bis Juni 2025: Quartiersrat per Losverfahren",
                    "Oktober 2025: Gründung des Vereins Nachbarschaftshilfe Hochfeld",
                    "Januar 2026: Gemeinderat beschließt die Weiterfinanzierung der "
                    "Koordination",
                )
            ),
        ],
        "easy_language_summary": (
            "<p>Hochfeld ist ein kleines Dorf. Es gehört zur Stadt Albhausen. Dort "
            "wohnen viele alte Menschen.</p>"
            "<p>Die Stadt will: Die alten Menschen können im Dorf bleiben. Auch wenn "
            "sie Hilfe brauchen. Die Menschen im Dorf helfen sich gegenseitig.</p>"
            "<p>Die Stadt hat 3 Sachen ausprobiert:</p>"
            + ul(
                "Eine Frau verteilt die Hilfe. Sie sagt: Wer hilft wem?",
                "Ein Treffen für Menschen, die ihre Eltern oder ihren Partner pflegen.",
                "Ein Rat mit 15 Menschen aus dem Dorf. Die Stadt hat die Menschen ausgelost.",
            )
        ),
        "last_reviewed": D(2026, 8, 25),
    },
    "experiments": [
        {
            "slug": "nachbarschaftshilfe-pool",
            "title": "Nachbarschaftshilfe-Pool mit Einsatzkoordination",
            "themes": [vocabulary.PFLEGE, vocabulary.BETEILIGUNG],
            "target_groups": [
                vocabulary.AELTERE,
                vocabulary.ANGEHOERIGE,
                vocabulary.ZIVIL,
            ],
            "teaser": "Eine halbe Stelle Einsatzkoordination, gefördert über "
            "Quartiersimpulse, vermittelt Hilfe von Nachbarinnen und Nachbarn: "
            "Fahrdienste, Einkäufe, Begleitung, kleine Reparaturen. Inzwischen sind "
            "46 Helfende im Pool.",
            "format_type": labs.FormatType.SERVICE,
            "status": labs.ExperimentStatus.CONSOLIDATED,
            "hypothesis": "Wir vermuten, dass viele Menschen im Ort helfen würden, "
            "wenn jemand die Anfragen bündelt, passend vermittelt und die Helfenden "
            "begleitet – und dass Hilfe dann früher ankommt.",
            "place": "Koordinationsbüro in der Ortsverwaltung Hochfeld "
            "(Erdgeschoss, stufenlos), Telefonsprechzeiten montags bis "
            "donnerstags",
            "start_date": D(2024, 6, 1),
            "end_date": D(2026, 3, 31),
            "resources_staff": "0,5 Stelle Einsatzkoordination, ca. 2 Std./Woche "
            "Sozialplanung",
            "cost_band": labs.CostBand.OVER_20K,
            "cost_note": "Personalkosten der halben Stelle, Versicherung und "
            "Aufwandsentschädigungen: ca. 36.000 € pro Jahr, in den ersten zwei "
            "Jahren überwiegend über Quartiersimpulse gefördert",
            "effort": labs.Effort.HIGH,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Braucht mindestens eine halbe Stelle für die "
            "Koordination, einen Träger für den Versicherungsschutz der Helfenden "
            "und frühzeitig einen Beschluss zur Finanzierung nach Förderende.",
            "evaluation_method": labs.EvaluationMethod.EXTERNAL,
            "success_criteria": ul(
                "mindestens 30 aktive Helfende nach einem Jahr",
                "jede Anfrage innerhalb von zwei Werktagen vermittelt",
                "Beschluss über die Weiterfinanzierung vor Förderende",
            ),
            "procedure": [
                h3("Aufbau"),
                p(
                    "<p>Die Einsatzkoordinatorin besuchte zuerst die Vereine, "
                    "Kirchengemeinden und den Ortschaftsrat und sammelte, wer schon "
                    "wem hilft. Helfende tragen in einer einfachen Liste ein, was "
                    "sie anbieten und wann sie Zeit haben.</p>"
                ),
                h3("Betrieb und Begleitung"),
                p(
                    "<p>Anfragen kommen per Telefon oder über Nachbarinnen und "
                    "Nachbarn. Die Koordination vermittelt, hält Kontakt und "
                    "lädt die Helfenden viermal im Jahr zu einem Austauschabend "
                    "ein. Eine Hochschule für Soziale Arbeit hat das Experiment "
                    "begleitet und ausgewertet.</p>"
                ),
            ],
            "result": "<p>In 22 Monaten vermittelte die Koordination 1.370 "
            "Einsätze für 112 Haushalte; 46 Helfende machen mit, ein Drittel davon "
            "unter 50 Jahre. Im Januar 2026 hat der Gemeinderat beschlossen, die "
            "halbe Stelle aus dem Haushalt weiter zu finanzieren; Träger der "
            "Helfenden ist der neu gegründete Verein Nachbarschaftshilfe "
            "Hochfeld.</p>",
            "success_factors": ul(
                "Eine feste, bekannte Ansprechperson im Ort",
                "Kleine, schnelle Erfolge in den ersten Wochen",
                "Austauschabende und Dank für die Helfenden",
            ),
            "obstacles": ul(
                "Versicherungsfragen waren ohne eigenen Verein kompliziert",
                "Die Finanzierung nach der Förderung war lange unsicher",
            ),
            "next_steps": ul(
                "Beratung anderer Teilorte von Albhausen beim Aufbau eigener Pools",
            ),
        },
        {
            "slug": "stammtisch-pflegende-angehoerige",
            "title": "Stammtisch für pflegende Angehörige",
            "themes": [vocabulary.PFLEGE, vocabulary.FAMILIE],
            "target_groups": [vocabulary.ANGEHOERIGE, vocabulary.AELTERE],
            "teaser": "Einmal im Monat treffen sich pflegende Angehörige im "
            "Nebenzimmer des Dorfgasthauses – ohne Anmeldung, mit einer Beraterin "
            "des Pflegestützpunkts am Tisch. Ehrenamtliche betreuen währenddessen "
            "die Pflegebedürftigen.",
            "format_type": labs.FormatType.MEETING_PLACE,
            "status": labs.ExperimentStatus.EVALUATED,
            "hypothesis": "Wir vermuten, dass ein zwangloser Stammtisch im Dorf "
            "pflegende Angehörige eher erreicht als eine Selbsthilfegruppe in der "
            "Kreisstadt – und dass sie dort früher Beratung annehmen.",
            "place": "Nebenzimmer des Dorfgasthauses (ebenerdig; barrierefreies WC "
            "im Gemeindesaal nebenan)",
            "start_date": D(2024, 10, 8),
            "end_date": D(2025, 9, 30),
            "resources_staff": "ca. 4 Std./Monat Einsatzkoordination, Beraterin des "
            "Pflegestützpunkts, zwei Ehrenamtliche für die Betreuung",
            "cost_band": labs.CostBand.UNDER_1K,
            "cost_note": "Getränke und Aufwandsentschädigungen für die Betreuung: "
            "ca. 700 € im Jahr",
            "effort": labs.Effort.LOW,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Braucht einen vertrauten, leicht erreichbaren "
            "Ort, einen verlässlichen Termin und eine Betreuung für die "
            "Pflegebedürftigen.",
            "evaluation_method": labs.EvaluationMethod.PARTICIPANTS,
            "success_criteria": ul(
                "im Schnitt mindestens sechs Teilnehmende",
                "mindestens zehn Beratungsgespräche des Pflegestützpunkts im Jahr",
            ),
            "procedure": [
                h3("Ein Tisch im Gasthaus"),
                p(
                    "<p>Der Stammtisch findet am zweiten Dienstag im Monat um 19 Uhr "
                    "statt. Es gibt kein Programm, aber eine Beraterin des "
                    "Pflegestützpunkts sitzt mit am Tisch. Wer seine Mutter oder "
                    "seinen Partner nicht allein lassen kann, meldet eine Betreuung "
                    "über die Einsatzkoordination an.</p>"
                ),
            ],
            "result": "<p>Im Schnitt kamen neun Angehörige, insgesamt 27 "
            "verschiedene Personen. Der Pflegestützpunkt führte im Anschluss 19 "
            "Beratungsgespräche – vorher waren es aus Hochfeld zwei bis drei im "
            "Jahr.</p>",
            "success_factors": ul(
                "Der vertraute Ort: Ins Gasthaus geht man ohnehin",
                "Betreuung der Pflegebedürftigen während des Stammtischs",
            ),
            "obstacles": ul(
                "Berufstätige Angehörige schaffen den Termin oft nicht",
            ),
            "next_steps": ul(
                "Zusätzlicher Termin am Samstagvormittag",
            ),
        },
        {
            "slug": "quartiersrat-per-losverfahren",
            "title": "Quartiersrat per Losverfahren",
            "themes": [vocabulary.BETEILIGUNG, vocabulary.PFLEGE],
            "target_groups": [
                vocabulary.ALLE,
                vocabulary.STILLE,
                vocabulary.NEUZUGEZOGENE,
            ],
            "teaser": "15 zufällig ausgeloste Bewohnerinnen und Bewohner haben an "
            "vier Abenden beraten, was Hochfeld für ein gutes Älterwerden braucht, "
            "und dem Ortschaftsrat sieben Empfehlungen übergeben.",
            "format_type": labs.FormatType.PARTICIPATION,
            "status": labs.ExperimentStatus.EVALUATED,
            "hypothesis": "Wir vermuten, dass ein ausgeloster Rat andere Stimmen an "
            "den Tisch bringt als die üblichen Versammlungen – Jüngere, "
            "Neuzugezogene, weniger Engagierte – und dass seine Empfehlungen im Ort "
            "breit akzeptiert werden.",
            "place": "Gemeindesaal Hochfeld (stufenlos, Induktionsschleife); "
            "Kinderbetreuung während der Sitzungen",
            "start_date": D(2025, 2, 1),
            "end_date": D(2025, 6, 30),
            "resources_staff": "ca. 80 Std. Vorbereitung und Begleitung "
            "(Sozialplanung), externe Moderation an vier Abenden",
            "cost_band": labs.CostBand.UP_TO_20K,
            "cost_note": "Externe Moderation, Aufwandsentschädigung 30 € pro Abend "
            "und Person, Kinderbetreuung, Porto für das Losverfahren: "
            "ca. 7.900 €",
            "effort": labs.Effort.HIGH,
            "transferability": labs.Transferability.MEDIUM,
            "transfer_conditions": "Braucht eine Auswahl aus dem Melderegister, "
            "eine Aufwandsentschädigung, Kinderbetreuung und die Zusage des "
            "Gremiums, sich mit jeder Empfehlung öffentlich zu befassen.",
            "evaluation_method": labs.EvaluationMethod.WORKSHOP,
            "success_criteria": ul(
                "mindestens zwölf Teilnehmende bis zum letzten Abend",
                "mindestens die Hälfte der Teilnehmenden war vorher nie bei einer "
                "Bürgerversammlung",
                "Ortschaftsrat befasst sich mit allen Empfehlungen",
            ),
            "procedure": [
                h3("Auslosung"),
                p(
                    "<p>Aus dem Melderegister wurden 300 Personen ab 16 Jahren "
                    "zufällig ausgewählt und angeschrieben. Von 41 Zusagen wurden "
                    "15 nach Alter und Geschlecht ausgelost.</p>"
                ),
                h3("Vier Abende"),
                p(
                    "<p>Der Rat hörte Fachleute aus Pflege, Verwaltung und Vereinen, "
                    "besuchte das Koordinationsbüro und formulierte Empfehlungen. "
                    "Der Ortschaftsrat beriet sie öffentlich.</p>"
                ),
            ],
            "result": "<p>13 von 15 Mitgliedern blieben bis zum Schluss; neun "
            "waren vorher nie bei einer Bürgerversammlung. Von sieben Empfehlungen "
            "hat der Ortschaftsrat fünf übernommen, darunter eine Mitfahrbank, "
            "Sitzbänke am Friedhofsweg und einen Infoabend zu Pflege.</p>",
            "success_factors": ul(
                "Aufwandsentschädigung und Kinderbetreuung",
                "Zusage des Ortschaftsrats, jede Empfehlung öffentlich zu beraten",
            ),
            "obstacles": ul(
                "Nur 14 % der Angeschriebenen sagten zu – ein zweites Anschreiben "
                "hätte geholfen",
            ),
            "next_steps": ul(
                "Losverfahren für den Bürgerrat zur Ortskernentwicklung 2027",
            ),
        },
    ],
    "learnings": [
        {
            "slug": "feste-ansprechperson-vor-ort",
            "title": "Ohne feste Ansprechperson vor Ort läuft wenig: Eine "
            "Quartierskoordination mit mindestens einer halben Stelle war der "
            "Schlüssel.",
            "kind": LearningKind.SUCCESS_FACTOR,
            "themes": [vocabulary.PFLEGE, vocabulary.BETEILIGUNG],
            "evidence": [
                "albhausen/nachbarschaftshilfe-pool",
                "neckarweiler/klingel-tour",
                "neckarweiler/mittagstisch-im-gemeindehaus",
            ],
            "evidence_level": EvidenceLevel.REPEATED,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Gilt für Teilorte und Quartiere jeder Größe; "
            "eine halbe Stelle ist die Untergrenze, ab etwa 3.000 Menschen im "
            "Quartier eher mehr.",
            "context_text": "<p>Zwei StadtLabore, dieselbe Beobachtung: In "
            "Albhausen-Hochfeld kam die Nachbarschaftshilfe erst in Gang, als eine "
            "Einsatzkoordinatorin mit halber Stelle Anfragen bündelte und Helfende "
            "begleitete. In Neckarweiler-Mühlbach-Süd trug die "
            "Quartierskoordination die Klingel-Tour und den Mittagstisch – bei "
            "beiden liefen alle Fäden über sie.</p>"
            "<p>Wo vorher Ehrenamtliche alles nebenher organisierten, fehlte "
            "Verlässlichkeit: Anfragen blieben liegen, Helfende fühlten sich "
            "allein gelassen.</p>",
            "recommendation": "Planen Sie für jedes Quartier eine feste "
            "Ansprechperson mit mindestens einer halben Stelle ein – vor Ort "
            "sichtbar, mit festen Sprechzeiten. Klären Sie die Finanzierung nach "
            "der Förderung früh mit dem Gemeinderat.",
            "retrospective": "Wir würden die Anschlussfinanzierung schon im ersten "
            "Jahr auf die Tagesordnung des Gemeinderats setzen.",
            "easy_language_summary": "Im Stadt-Teil braucht es eine feste Person. "
            "Diese Person kennt alle. Sie weiß: Wer braucht Hilfe? Wer kann helfen? "
            "Diese Person braucht genug Zeit für die Arbeit. Mindestens einen "
            "halben Arbeits-Tag, jeden Tag.",
            "last_reviewed": D(2026, 8, 25),
        },
        {
            "slug": "kleine-sichtbare-erfolge-halten-ehrenamtliche",
            "title": "Kleine, sichtbare Erfolge in den ersten drei Monaten halten "
            "Ehrenamtliche bei der Stange.",
            "kind": LearningKind.SUCCESS_FACTOR,
            "themes": [vocabulary.BETEILIGUNG, vocabulary.PFLEGE],
            "evidence": [
                "albhausen/nachbarschaftshilfe-pool",
                "albhausen/quartiersrat-per-losverfahren",
            ],
            "evidence_level": EvidenceLevel.REPEATED,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Gilt für alle Vorhaben mit Ehrenamtlichen, "
            "unabhängig von der Gemeindegröße.",
            "context_text": "<p>Die ersten Wochen entschieden, wer dabeibleibt: "
            "Helfende, die schnell einen ersten Einsatz hatten, blieben fast alle. "
            "Beim Quartiersrat wirkte die frühe Zusage des Ortschaftsrats, die "
            "erste Empfehlung – eine Mitfahrbank – sofort umzusetzen.</p>",
            "recommendation": "Planen Sie bewusst schnelle, kleine Erfolge ein, "
            "machen Sie sie sichtbar (Amtsblatt, Aushang, Dankeschön-Abend) und "
            "vermitteln Sie neuen Helfenden innerhalb von zwei Wochen einen ersten "
            "Einsatz.",
            "retrospective": "Wir hätten Erfolge von Anfang an regelmäßig im "
            "Amtsblatt gezeigt, nicht erst nach einem halben Jahr.",
            "easy_language_summary": "Menschen helfen gern mit. Aber sie wollen "
            "sehen: Meine Hilfe bringt etwas. Darum ist wichtig: Schnell etwas "
            "Kleines schaffen. Und allen davon erzählen.",
            "last_reviewed": D(2026, 8, 25),
        },
        {
            "slug": "losverfahren-bringt-neue-stimmen",
            "title": "Ein ausgeloster Quartiersrat bringt neue Stimmen an den Tisch – "
            "wenn Aufwandsentschädigung und Kinderbetreuung dazugehören.",
            "kind": LearningKind.METHOD,
            "themes": [vocabulary.BETEILIGUNG],
            "evidence": ["albhausen/quartiersrat-per-losverfahren"],
            "evidence_level": EvidenceLevel.SINGLE,
            "transferability": labs.Transferability.MEDIUM,
            "transfer_conditions": "Braucht Zugang zum Melderegister, ein Budget "
            "von einigen tausend Euro und ein Gremium, das die Empfehlungen ernst "
            "nimmt.",
            "context_text": "<p>Neun der 13 Mitglieder, die bis zum Schluss "
            "dabei waren, hatten vorher nie an einer Bürgerversammlung "
            "teilgenommen. Mehrere sagten, ohne Kinderbetreuung und "
            "Aufwandsentschädigung hätten sie nicht zugesagt.</p>",
            "recommendation": "Losen Sie aus dem Melderegister, schreiben Sie zweimal "
            "an, zahlen Sie eine Aufwandsentschädigung und bieten Sie "
            "Kinderbetreuung an. Sichern Sie vorab zu, dass sich das Gremium "
            "öffentlich mit jeder Empfehlung befasst.",
            "retrospective": "Wir würden ein zweites Anschreiben und eine "
            "Telefonnummer für Rückfragen einplanen.",
            "easy_language_summary": "Die Stadt hat 15 Menschen ausgelost. Die "
            "Menschen haben zusammen beraten. Viele waren zum ersten Mal dabei. "
            "Wichtig: Die Menschen bekommen etwas Geld. Und jemand passt auf die "
            "Kinder auf.",
            "last_reviewed": D(2026, 8, 25),
        },
    ],
    "discussion": {
        "slug": "losverfahren-melderegister-und-aufwandsentschaedigung",
        "title": "Losverfahren für Beteiligungsgremien: Wie kommt ihr an die Daten "
        "aus dem Melderegister?",
        "themes": [vocabulary.BETEILIGUNG],
        "category": labs.DiscussionCategory.QUESTION,
        "status": labs.DiscussionStatus.ANSWERED,
        "started_by_city": "Albhausen",
        "related_page": "albhausen/quartiersrat-per-losverfahren",
        "question": "<p>Für unseren ausgelosten Quartiersrat hat die Auswahl aus dem "
        "Melderegister gut geklappt, aber die Abstimmung mit dem Bürgeramt und dem "
        "Datenschutz hat gedauert.</p>"
        "<p>Wie habt ihr das geregelt – mit einem Gemeinderatsbeschluss, über eine "
        "Satzung oder einfach als Gruppenauskunft? Und wie hoch ist bei euch die "
        "Aufwandsentschädigung pro Sitzung?</p>",
    },
}

"""Kraichbrunn (invented): the member city, its StadtLabor with experiments, learnings and
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
    "ziegelei": {
        "title": "Luftbild Neubauquartier Ziegelei, Kraichbrunn",
        "drawing": "new_quarter",
        "alt": "Gezeichnetes Luftbild (Grafik, kein Foto): ein gleichmäßiges Raster "
        "aus Straßen mit neuen, flach gedeckten Gebäuden, am rechten Rand drei "
        "braune Baufelder und unten eine runde Grünfläche.",
    },
}

CITY = {
    "name": "Kraichbrunn",
    "municipality_type": labs.MunicipalityType.STADT,
    "population": 22_150,
    "district": "Landkreis Rebenhügel",
    "region": "Karlsruhe",
    "network_role": labs.NetworkRole.CURRENT,
    "can_report_on": "Konzeptvergabe städtischer Grundstücke mit Sozialkriterien; "
    "Nachbarschaft im Neubauquartier vor dem Einzug; Mobilitätsstation mit "
    "einem Verein.",
    "seeks_exchange_on": "Gemeinschaftsräume dauerhaft betreiben; Verbindung von "
    "Neubau und angrenzendem Bestandsquartier.",
}

LAB = {
    "key": "kraichbrunn",
    "city": "Kraichbrunn",
    "slug": "quartier-ziegelei",
    "title": "Neues Quartier Ziegelei – von Anfang an Nachbarschaft",
    "image": "ziegelei",
    "primary_theme": vocabulary.WOHNEN,
    "themes": [vocabulary.WOHNEN, vocabulary.BETEILIGUNG],
    "target_groups": [
        vocabulary.NEUZUGEZOGENE,
        vocabulary.FAMILIEN,
        vocabulary.ALLE,
        vocabulary.VERWALTUNG,
    ],
    "fields": {
        "programme": labs.Programme.CURRENT,
        "status": labs.LabStatus.RUNNING,
        "teaser": "Auf dem Gelände der alten Ziegelei entsteht Wohnraum für rund 900 "
        "Menschen. Kraichbrunn erprobt, wie Nachbarschaft wächst, bevor die ersten "
        "Umzugswagen kommen – mit Willkommenspaket, Mobilitätsstation und einer "
        "Grundstücksvergabe nach Konzept.",
        "quarter_name": "Ziegelei",
        "quarter_type": labs.QuarterType.NEW,
        "quarter_population": 900,
        "guiding_question": "Wie entsteht in einem Neubauquartier von Anfang an "
        "Nachbarschaft – schon bevor die ersten Menschen einziehen?",
        "start_date": D(2025, 1, 15),
        "end_date": D(2027, 12, 31),
        "initial_situation": (
            "<p>Die Ziegelei am Westrand von Kraichbrunn hat 2009 den Betrieb "
            "eingestellt. Auf dem 6,5 Hektar großen Gelände entstehen nach dem "
            "Bebauungsplan von 2023 rund 380 Wohnungen, davon 30 % gefördert, "
            "dazu eine Kita und ein Quartiersplatz. Bis 2027 sollen etwa 900 "
            "Menschen hier wohnen; die ersten sind im Frühjahr 2026 "
            "eingezogen.</p>"
            "<p>Östlich grenzt das Bestandsquartier Lehmgrube aus den 1950er-Jahren "
            "an, mit vielen älteren Bewohnerinnen und Bewohnern und einem aktiven "
            "Quartiersverein.</p>"
        ),
        "challenges": (
            "<p>Die Herausforderungen bestehen darin,</p>"
            + ul(
                "dass soziale Infrastruktur und Nachbarschaft in Neubaugebieten "
                "oft Jahre hinter dem Bau herhinken,",
                "Gemeinschaftsräume nicht nur zu planen, sondern ihren Betrieb zu "
                "sichern,",
                "ein Quartier mit wenigen Stellplätzen (0,7 je Wohnung) "
                "attraktiv ohne eigenes Auto zu machen,",
                "Stadtplanung, Liegenschaften und Sozialamt zusammenzubringen, die "
                "bisher nacheinander statt miteinander arbeiteten,",
                "Neubau und Bestandsquartier Lehmgrube zu verbinden.",
            )
        ),
        "goals": ul(
            "Kontakte unter den künftigen Bewohnerinnen und Bewohnern schon vor dem "
            "Einzug ermöglichen",
            "städtische Grundstücke nach der Qualität des Konzepts statt nach dem "
            "höchsten Preis vergeben",
            "eine Mobilitätsstation in Vereinsträgerschaft erproben",
            "eine ämterübergreifende Steuerungsgruppe dauerhaft verankern",
        ),
        "responsible_units": "Stadtplanungsamt – Projektleitung Ziegelei\n"
        "Liegenschaftsamt\n"
        "Amt für Soziales, Jugend und Senioren\n"
        "Klimaschutzmanagement",
        "partners": "Radverein Kraichbrunn – Betrieb der Mobilitätsstation\n"
        "Wohnungsgenossenschaft Ziegelei (in Gründung) – Quartierstreff\n"
        "Quartiersverein Lehmgrube – Nachbarschaftsfest, Patenschaften\n"
        "Stadtwerke Kraichbrunn – Ladeinfrastruktur\n"
        "Bauträger und Baugemeinschaften der Baufelder",
        "contact_role": "Projektleitung Ziegelei, Stadtplanungsamt",
        "contact_email": "ziegelei.kraichbrunn@example.org",
        "quote_text": "Nachbarschaft kann man nicht bauen, aber man kann "
        "Gelegenheiten bauen. Und die müssen da sein, bevor der erste Umzugswagen "
        "kommt.",
        "quote_author": "Projektleitung Ziegelei, Stadt Kraichbrunn",
        "hero_image_alt": IMAGES["ziegelei"]["alt"],
        "body": [
            h3("Meilensteine"),
            p(
                ul(
                    "Januar 2025: Steuerungsgruppe aus Stadtplanung, Liegenschaften, "
                    "Sozialamt und Klimaschutz",
                    "Januar bis Oktober 2025: Konzeptvergabe für drei Baufelder",
                    "September 2025: Nachbarschaftsfest auf der Baustelle",
                    "April 2026: Eröffnung der Mobilitätsstation",
                    "2027: Eröffnung des Quartierstreffs der Genossenschaft",
                )
            ),
        ],
        "easy_language_summary": (
            "<p>In Kraichbrunn baut die Stadt ein neues Wohn-Gebiet. Es heißt: "
            "Ziegelei. Bald wohnen dort 900 Menschen.</p>"
            "<p>Die Stadt will: Die neuen Nachbarn und Nachbarinnen lernen sich "
            "früh kennen. Am besten schon vor dem Einzug.</p>"
            "<p>Die Stadt probiert dafür 3 Sachen aus:</p>"
            + ul(
                "Ein Willkommens-Paket und ein Fest vor dem Einzug.",
                "Eine Station zum Ausleihen von Lasten-Rädern.",
                "Die Stadt verkauft Bau-Grundstücke an gute Ideen. Der höchste "
                "Preis ist dabei weniger wichtig.",
            )
        ),
        "last_reviewed": D(2026, 9, 8),
    },
    "experiments": [
        {
            "slug": "willkommenspaket-und-nachbarschaftsfest",
            "title": "Willkommenspaket und Nachbarschaftsfest vor dem Einzug",
            "themes": [vocabulary.BETEILIGUNG, vocabulary.WOHNEN],
            "target_groups": [vocabulary.NEUZUGEZOGENE, vocabulary.FAMILIEN],
            "teaser": "Alle künftigen Haushalte bekamen vor dem Einzug ein "
            "Willkommenspaket und eine Einladung zum Nachbarschaftsfest auf der "
            "Baustelle. So kannten sich viele schon, bevor sie Tür an Tür "
            "wohnten.",
            "format_type": labs.FormatType.COMMUNICATION,
            "status": labs.ExperimentStatus.EVALUATED,
            "hypothesis": "Wir vermuten, dass erste Kontakte vor dem Einzug die "
            "Hemmschwelle senken, sich später anzusprechen, und dass so früh "
            "gemeinsame Initiativen entstehen.",
            "place": "Festplatz an der alten Ziegelei-Esse (befestigter Weg, mobiles "
            "barrierefreies WC); Pakete per Post und bei der Schlüsselübergabe",
            "start_date": D(2025, 9, 20),
            "end_date": D(2026, 4, 30),
            "resources_staff": "ca. 60 Std. insgesamt (Stadtplanung, Sozialamt), "
            "Helferinnen und Helfer vom Quartiersverein Lehmgrube",
            "cost_band": labs.CostBand.UP_TO_5K,
            "cost_note": "Pakete mit Stadtplan, Gutscheinen örtlicher Geschäfte und "
            "Infos zu Kita, Vereinen und Mobilitätsstation; Fest mit Musik: "
            "ca. 4.600 €",
            "effort": labs.Effort.MEDIUM,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Braucht früh die Kontaktdaten der künftigen "
            "Bewohnerinnen und Bewohner – über Bauträger und Genossenschaft und nur "
            "mit deren Einwilligung.",
            "evaluation_method": labs.EvaluationMethod.SURVEY,
            "success_criteria": ul(
                "mindestens 100 Teilnehmende beim Nachbarschaftsfest",
                "mindestens zwei Initiativen aus dem Quartier im ersten Halbjahr",
            ),
            "procedure": [
                h3("Einladung über Bauträger und Genossenschaft"),
                p(
                    "<p>Bauträger, Baugemeinschaften und Genossenschaft fragten "
                    "ihre Käuferinnen, Käufer und Mietparteien, ob die Stadt sie "
                    "anschreiben darf. 190 Haushalte willigten ein.</p>"
                ),
                h3("Fest auf der Baustelle"),
                p(
                    "<p>Beim Fest gab es Führungen über die Baufelder, eine "
                    "Pinnwand „Wer macht mit?“ und Kuchen vom Quartiersverein "
                    "Lehmgrube. Das Willkommenspaket kam mit dem Schlüssel.</p>"
                ),
            ],
            "result": "<p>140 Menschen kamen zum Fest, darunter viele Familien mit "
            "Kindern und 30 Nachbarinnen und Nachbarn aus der Lehmgrube. Innerhalb "
            "eines halben Jahres entstanden drei Initiativen: ein "
            "Gemeinschaftsgarten, ein Elternnetzwerk und Patenschaften für die "
            "Lastenräder.</p>",
            "success_factors": ul(
                "Das Fest fand auf der Baustelle statt – alle wollten ihr künftiges "
                "Zuhause sehen",
                "Die Nachbarschaft Lehmgrube war von Anfang an Gastgeberin",
            ),
            "obstacles": ul(
                "Die Einwilligungen einzuholen dauerte über die Bauträger sehr lange",
            ),
            "next_steps": ul(
                "Zweites Fest im Herbst 2026 für die Haushalte des zweiten "
                "Bauabschnitts",
            ),
        },
        {
            "slug": "mobilitaetsstation-lastenrad",
            "title": "Mobilitätsstation mit Lastenrad-Verleih",
            "themes": [vocabulary.WOHNEN],
            "target_groups": [
                vocabulary.FAMILIEN,
                vocabulary.AELTERE,
                vocabulary.NEUZUGEZOGENE,
            ],
            "teaser": "An der Mobilitätsstation am Quartiersplatz verleiht der "
            "örtliche Radverein zwei Lastenräder und ein Dreirad für Ältere – "
            "kostenlos, gebucht per Telefon oder online. Dazu kommen Carsharing und "
            "überdachte Radstellplätze.",
            "format_type": labs.FormatType.SERVICE,
            "status": labs.ExperimentStatus.TESTING,
            "hypothesis": "Wir vermuten, dass ein einfacher Lastenrad-Verleih den "
            "Verzicht auf ein (Zweit-)Auto erleichtert und dass ein Verein als "
            "Betreiber mehr Nähe schafft als ein kommerzieller Anbieter.",
            "place": "Mobilitätsstation am Quartiersplatz Ziegelei (ebenerdig, "
            "überdacht, beleuchtet)",
            "start_date": D(2026, 4, 1),
            "end_date": D(2027, 3, 31),
            "resources_staff": "ca. 2 Std./Woche Klimaschutzmanagement; "
            "Ehrenamtliche des Radvereins für Ausgabe und Wartung",
            "cost_band": labs.CostBand.OVER_20K,
            "cost_note": "Zwei E-Lastenräder, ein E-Dreirad, Station mit "
            "Schließfächern: ca. 38.000 €, gut die Hälfte aus einem Förderprogramm "
            "für klimafreundliche Mobilität",
            "effort": labs.Effort.MEDIUM,
            "transferability": labs.Transferability.MEDIUM,
            "transfer_conditions": "Braucht einen Verein mit Werkstatt-Wissen, eine "
            "kleine Aufwandsentschädigung für die Ausgabe und ein Buchungssystem, "
            "das auch telefonisch funktioniert.",
            "evaluation_method": labs.EvaluationMethod.PARTICIPANTS,
            "success_criteria": ul(
                "mindestens 50 Ausleihen pro Monat nach einem halben Jahr",
                "ein Drittel der Ausleihenden ohne eigenes Auto",
            ),
            "procedure": [
                h3("Aufbau mit dem Radverein"),
                p(
                    "<p>Stadt und Radverein schlossen eine "
                    "Kooperationsvereinbarung: Die Stadt kauft und versichert die "
                    "Räder, der Verein übernimmt Ausgabe, Einweisung und kleine "
                    "Reparaturen. Buchen geht online oder über das Telefon des "
                    "Vereins.</p>"
                ),
            ],
            "result": "<p>Zwischenstand nach sechs Monaten: 410 Ausleihen, davon "
            "rund ein Viertel mit dem Dreirad. Die Nachfrage ist an Samstagen "
            "größer als das Angebot.</p>",
            "success_factors": ul(
                "Persönliche Einweisung durch Vereinsmitglieder",
                "Buchung auch per Telefon",
            ),
            "obstacles": ul(
                "Wartung und Reparaturen binden mehr Zeit der Ehrenamtlichen als "
                "geplant",
            ),
            "next_steps": ul(
                "Auswertung im Frühjahr 2027 und Entscheidung über ein drittes "
                "Lastenrad",
            ),
        },
        {
            "slug": "konzeptvergabe-mit-sozialkriterien",
            "title": "Konzeptvergabe mit Sozialkriterien",
            "themes": [vocabulary.WOHNEN, vocabulary.BETEILIGUNG],
            "target_groups": [
                vocabulary.VERWALTUNG,
                vocabulary.ZIVIL,
                vocabulary.AELTERE,
                vocabulary.BEHINDERUNG,
            ],
            "teaser": "Drei städtische Baufelder gingen nicht an das höchste Gebot, "
            "sondern an die besten Konzepte: mit Gemeinschaftsräumen, bezahlbaren "
            "und barrierefreien Wohnungen und Angeboten für das ganze Quartier.",
            "format_type": labs.FormatType.FUNDING,
            "status": labs.ExperimentStatus.EVALUATED,
            "hypothesis": "Wir vermuten, dass eine Konzeptvergabe zum Festpreis mit "
            "gewichteten Sozialkriterien mehr gemeinschaftliche und bezahlbare "
            "Wohnformen ins Quartier bringt – und dass sich trotzdem genügend "
            "Bewerberinnen und Bewerber finden.",
            "place": "Baufelder B2, B4 und C1 im Quartier Ziegelei",
            "start_date": D(2025, 1, 15),
            "end_date": D(2025, 10, 31),
            "resources_staff": "ca. 0,3 Stellen über zehn Monate (Liegenschaftsamt, "
            "Stadtplanung, Sozialamt), externe Verfahrensbegleitung",
            "cost_band": labs.CostBand.UP_TO_20K,
            "cost_note": "Externe Verfahrensbegleitung und Jury: ca. 16.000 €; den "
            "Mindererlös gegenüber einem Höchstpreisverfahren hat der Gemeinderat "
            "bewusst in Kauf genommen",
            "effort": labs.Effort.HIGH,
            "transferability": labs.Transferability.MEDIUM,
            "transfer_conditions": "Braucht einen Gemeinderatsbeschluss zu Festpreis "
            "und Kriterien, eine ämterübergreifende Steuerungsgruppe und eine "
            "rechtliche Prüfung, zum Beispiel zum Vergabe- und Beihilferecht. "
            "Eher ab etwa 15.000 Einwohnerinnen und Einwohnern.",
            "evaluation_method": labs.EvaluationMethod.WORKSHOP,
            "success_criteria": ul(
                "mindestens zwei Bewerbungen je Baufeld",
                "auf jedem Baufeld mindestens ein Angebot für das ganze Quartier",
            ),
            "procedure": [
                h3("Kriterien und Beschluss"),
                p(
                    "<p>Die Steuerungsgruppe entwickelte sechs Kriterien, darunter "
                    "Anteil bezahlbarer und barrierefreier Wohnungen, "
                    "Gemeinschaftsflächen, Angebote für das Quartier und das "
                    "Mobilitätskonzept. Der Gemeinderat beschloss Festpreis und "
                    "Gewichtung im Februar 2025.</p>"
                ),
                h3("Auswahl"),
                p(
                    "<p>Eine Jury aus Verwaltung, Gemeinderat und zwei externen "
                    "Fachleuten bewertete die Konzepte; die Bewerberinnen und "
                    "Bewerber stellten sie öffentlich vor.</p>"
                ),
            ],
            "result": "<p>Für die drei Baufelder kamen elf Bewerbungen. Den Zuschlag "
            "bekamen eine Genossenschaft mit Quartierstreff, eine Baugemeinschaft "
            "mit Cluster-Wohnungen für Ältere und ein Bauträger mit 40 % "
            "gefördertem Wohnraum und einer inklusiven Wohngemeinschaft.</p>",
            "success_factors": ul(
                "Einfache, messbare Kriterien mit klarer Gewichtung",
                "Die Steuerungsgruppe aus allen beteiligten Ämtern",
            ),
            "obstacles": ul(
                "Die Abstimmung zwischen Liegenschaftsamt und Sozialamt begann zu "
                "spät und kostete zwei Monate",
            ),
            "next_steps": ul(
                "Konzeptvergabe als Regelverfahren für städtische "
                "Wohnbaugrundstücke vorschlagen",
            ),
        },
    ],
    "learnings": [
        {
            "slug": "sozialamt-und-stadtplanung-an-einen-tisch",
            "title": "Sozialamt und Stadtplanung gehören von Anfang an an einen "
            "Tisch – eine ämterübergreifende Steuerungsgruppe spart später Umwege.",
            "kind": LearningKind.RECOMMENDATION,
            "themes": [vocabulary.WOHNEN, vocabulary.BETEILIGUNG],
            "evidence": ["kraichbrunn/konzeptvergabe-mit-sozialkriterien"],
            "evidence_level": EvidenceLevel.REPEATED,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Für jede Stadt mit mehreren Ämtern; in kleinen "
            "Gemeinden reicht ein fester Termin von Bauamt und Hauptamt.",
            "context_text": "<p>Bei der Planung des Quartiers arbeiteten die Ämter "
            "zunächst nacheinander: erst der Bebauungsplan, dann die Vergabe, "
            "zuletzt die soziale Frage. Bei der Konzeptvergabe begann die "
            "Abstimmung mit dem Sozialamt zu spät und kostete zwei Monate. Seit "
            "die Steuerungsgruppe alle vier Wochen tagt, laufen Entscheidungen "
            "schneller.</p>",
            "recommendation": "Richten Sie zu Beginn eine Steuerungsgruppe aus "
            "Stadtplanung, Liegenschaften und Sozialamt ein, mit festem Rhythmus, "
            "gemeinsamem Zeitplan und einer Person, die einlädt und nachhält.",
            "retrospective": "Wir hätten die Steuerungsgruppe schon beim "
            "Bebauungsplan gegründet, nicht erst bei der Vergabe.",
            "easy_language_summary": "In der Stadt-Verwaltung gibt es viele Ämter. "
            "Zum Beispiel: das Amt für Soziales und das Amt für Bauen. Die Ämter "
            "sollen von Anfang an zusammen planen. Dann geht vieles schneller.",
            "last_reviewed": D(2026, 9, 8),
        },
        {
            "slug": "nachbarschaft-beginnt-vor-dem-einzug",
            "title": "Nachbarschaft beginnt vor dem Einzug: Wer künftige "
            "Bewohnerinnen und Bewohner schon auf der Baustelle zusammenbringt, "
            "findet später Engagierte.",
            "kind": LearningKind.SUCCESS_FACTOR,
            "themes": [vocabulary.BETEILIGUNG, vocabulary.WOHNEN],
            "evidence": ["kraichbrunn/willkommenspaket-und-nachbarschaftsfest"],
            "evidence_level": EvidenceLevel.SINGLE,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Für jedes Neubauquartier; braucht die "
            "Zusammenarbeit mit Bauträgern und Genossenschaften für die "
            "Einladungen.",
            "context_text": "<p>140 Menschen kamen zum Nachbarschaftsfest auf der "
            "Baustelle, Monate vor dem Einzug. Aus den Kontakten dort entstanden "
            "innerhalb eines halben Jahres drei Initiativen – getragen von "
            "Menschen, die sich beim Fest kennengelernt hatten.</p>",
            "recommendation": "Laden Sie die künftigen Bewohnerinnen und Bewohner "
            "ein, bevor sie einziehen, und machen Sie die Nachbarschaft nebenan zur "
            "Gastgeberin. Eine Pinnwand „Wer macht mit?“ genügt als Startpunkt für "
            "Initiativen.",
            "retrospective": "Wir würden die Einwilligungen für die Einladung "
            "gleich in die Kaufverträge und Mietverträge aufnehmen lassen.",
            "easy_language_summary": "Die neuen Nachbarn und Nachbarinnen haben "
            "schon vor dem Einzug ein Fest gefeiert. Dort haben sie sich "
            "kennengelernt. Danach haben viele zusammen etwas gemacht. Zum "
            "Beispiel: einen Garten.",
            "last_reviewed": D(2026, 9, 8),
        },
    ],
    "discussion": {
        "slug": "konzeptvergabe-gewichtung-der-kriterien",
        "title": "Konzeptvergabe: Wie gewichtet ihr soziale Kriterien gegenüber dem "
        "Preis?",
        "themes": [vocabulary.WOHNEN, vocabulary.BETEILIGUNG],
        "category": labs.DiscussionCategory.EXCHANGE,
        "status": labs.DiscussionStatus.OPEN,
        "started_by_city": "Kraichbrunn",
        "related_page": "kraichbrunn/konzeptvergabe-mit-sozialkriterien",
        "question": "<p>Wir haben drei Baufelder zum Festpreis nach Konzept "
        "vergeben. Für den nächsten Bauabschnitt diskutiert der Gemeinderat, ob "
        "der Preis doch wieder mit 30 % in die Bewertung eingehen soll.</p>"
        "<p>Welche Gewichtung nutzt ihr? Habt ihr Erfahrungen mit Festpreis "
        "gegenüber Bestgebot – und wie prüft ihr später, ob die Konzepte auch "
        "umgesetzt werden?</p>",
    },
}

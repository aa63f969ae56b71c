"""Filsingen (invented): the member city, its StadtLabor with experiments, learnings and
one discussion, and the pictures drawn for it.

`IMAGES` are drawn by home/demo/images.py; `LAB` is built in the order given.
"""

import datetime

from knowledge.models import EvidenceLevel, LearningKind
from labs import models as labs

from . import vocabulary
from .blocks import callout, h3, image, p, ul

D = datetime.date


IMAGES = {
    "filsingen": {
        "title": "Luftbild Ortskern Filsingen",
        "drawing": "village_centre",
        "alt": "Gezeichnetes Luftbild (Grafik, kein Foto): kleine Häuser mit roten "
        "Dächern um einen hellen Marktplatz, eine Hauptstraße quer durch den Ort und "
        "unten eine Bahnlinie mit Bahnhofsgebäude.",
    },
    "rundweg": {
        "title": "Rundweg Barriere-Check, Filsingen",
        "drawing": "route_sketch",
        "alt": "Skizze des Rundwegs (Grafik): Eine blaue Linie mit sechs Stationen "
        "führt durch den Ortskern vom Bahnhof über den Marktplatz zum Rathaus; rote "
        "Markierungen zeigen drei besonders schwierige Stellen.",
    },
}

CITY = {
    "name": "Filsingen",
    "municipality_type": labs.MunicipalityType.STADT,
    "population": 9_480,
    "district": "Landkreis Musterhöhe",
    "region": "Stuttgart",
    "network_role": labs.NetworkRole.CURRENT,
    "can_report_on": "Zwischennutzung von Leerstand mit einem Bürgerverein; "
    "Barriere-Check mit dem Behindertenbeirat; Bürgerbus-Test im ländlichen "
    "Raum.",
    "seeks_exchange_on": "Dorfladen als Genossenschaft; Rufbus und "
    "On-Demand-Verkehr; barrierefreier Umbau kleiner Bahnhöfe.",
}

LAB = {
    "key": "filsingen",
    "city": "Filsingen",
    "slug": "ortsmitte-fuer-alle",
    "title": "Ortsmitte für alle",
    "image": "filsingen",
    "primary_theme": vocabulary.WIRTSCHAFT,
    "themes": [vocabulary.WIRTSCHAFT, vocabulary.INKLUSION],
    "target_groups": [
        vocabulary.AELTERE,
        vocabulary.BEHINDERUNG,
        vocabulary.FAMILIEN,
        vocabulary.ALLE,
    ],
    "fields": {
        "programme": labs.Programme.CURRENT,
        "status": labs.LabStatus.EVALUATED,
        "teaser": "Im historischen Ortskern von Filsingen stehen Läden leer, der "
        "Supermarkt liegt am Ortsrand. Die Stadt erprobt mit Bürgerverein und "
        "Behindertenbeirat, wie die Ortsmitte wieder ein Ort zum Einkaufen, "
        "Treffen und sicheren Bewegen wird.",
        "quarter_name": "Ortskern mit Bahnhofsareal",
        "quarter_type": labs.QuarterType.CENTRE,
        "quarter_population": 1_400,
        "guiding_question": "Wie wird die Ortsmitte wieder ein Ort, an dem alle "
        "einkaufen, sich treffen und sich sicher bewegen können?",
        "start_date": D(2024, 10, 1),
        "end_date": D(2026, 6, 30),
        "initial_situation": (
            "<p>Filsingen ist eine Kleinstadt im ländlichen Raum mit rund 9.500 "
            "Einwohnerinnen und Einwohnern in der Kernstadt und drei Teilorten. Der "
            "Ortskern mit Fachwerkhäusern, Marktplatz und Rathaus liegt zwischen "
            "Hauptstraße und Bahnhof; die Regionalbahn fährt stündlich.</p>"
            "<p>Von 31 Ladenflächen im Ortskern standen 2024 sieben leer. Es gibt "
            "noch eine Bäckerei und eine Metzgerei; der Supermarkt liegt im "
            "Gewerbegebiet am Ortsrand und ist ohne Auto kaum zu erreichen.</p>"
        ),
        "challenges": (
            "<p>Die Herausforderungen bestehen darin,</p>"
            + ul(
                "den Leerstand zu nutzen, bevor Ladenflächen dauerhaft zu Wohnungen "
                "oder Abstellräumen werden,",
                "die Nahversorgung für Menschen ohne Auto zu sichern, vor allem für "
                "Ältere aus den Teilorten,",
                "Barrieren abzubauen: Kopfsteinpflaster, hohe Bordsteine und eine "
                "Bahnhofsunterführung nur mit Treppen,",
                "Orte zum Verweilen zu schaffen, an denen man sich ohne "
                "Konsumzwang trifft.",
            )
        ),
        "goals": ul(
            "Leerstand mit Zwischennutzungen beleben und ein dauerhaftes "
            "Nahversorgungsangebot vorbereiten",
            "die wichtigsten Barrieren im Ortskern gemeinsam mit Betroffenen "
            "erkennen und abbauen",
            "die Teilorte an Markttagen besser anbinden",
            "den Behindertenbeirat und den Bürgerverein dauerhaft an der "
            "Ortskernentwicklung beteiligen",
        ),
        "responsible_units": "Hauptamt – Wirtschaftsförderung und Stadtmarketing\n"
        "Bauamt – Tiefbau und Ortskernsanierung\n"
        "Amt für Familie, Soziales und Ehrenamt",
        "partners": "Bürgerverein Filsingen – Betrieb des Quartiersladens\n"
        "Behindertenbeirat – Barriere-Check\n"
        "Gewerbe- und Handelsverein – Leerstandsmanagement\n"
        "Eigentümerin des Ladenlokals Marktstraße 7 – Zwischennutzung\n"
        "Ortschaftsräte der Teilorte – Bürgerbus",
        "contact_role": "Wirtschaftsförderung und Stadtmarketing",
        "contact_email": "ortsmitte.filsingen@example.org",
        "quote_text": "Der Barriere-Check hat uns die Augen geöffnet: Zwei Stunden "
        "mit Rollator, Kinderwagen und Langstock haben mehr bewegt als manche "
        "Planungsrunde.",
        "quote_author": "Bürgermeisteramt, Stadt Filsingen",
        "hero_image_alt": IMAGES["filsingen"]["alt"],
        "body": [
            h3("Meilensteine"),
            p(
                ul(
                    "Oktober 2024: Auftakt mit Leerstandskataster und Bürgerforum",
                    "März bis September 2025: Quartiersladen auf Zeit",
                    "Mai 2025: Barriere-Check mit dem Behindertenbeirat",
                    "Oktober 2025: Bürgerbus-Testfahrten an vier Samstagen",
                    "Juni 2026: Abschlussveranstaltung und Auswertung",
                )
            ),
        ],
        "easy_language_summary": (
            "<p>Filsingen ist eine kleine Stadt. In der Stadt-Mitte sind viele "
            "Läden leer. Der Supermarkt ist weit weg.</p>"
            "<p>Die Stadt will: Die Stadt-Mitte ist wieder lebendig. Alle Menschen "
            "können dort gut einkaufen. Und alle Menschen kommen gut durch die "
            "Straßen. Auch mit Roll-Stuhl oder Kinder-Wagen.</p>"
            "<p>Die Stadt hat 3 Sachen ausprobiert:</p>"
            + ul(
                "Ein Laden auf Zeit in einem leeren Geschäft.",
                "Ein Spazier-Gang mit Menschen mit Behinderung. Sie haben die "
                "Hindernisse auf den Wegen gezeigt.",
                "Ein Bus zum Markt am Samstag. Das hat schlecht geklappt. Es sind "
                "zu wenige Menschen mitgefahren.",
            )
        ),
        "last_reviewed": D(2026, 7, 20),
    },
    "experiments": [
        {
            "slug": "quartiersladen-auf-zeit",
            "title": "Quartiersladen auf Zeit: sechs Monate im Leerstand",
            "themes": [vocabulary.WIRTSCHAFT, vocabulary.BETEILIGUNG],
            "target_groups": [vocabulary.AELTERE, vocabulary.ALLE, vocabulary.ZIVIL],
            "teaser": "Der Bürgerverein hat ein leeres Ladengeschäft am Marktplatz "
            "sechs Monate lang als Quartiersladen genutzt: regionale Lebensmittel, "
            "Paketannahme, Sprechstunden und ein Tisch mit Kaffee zum Verweilen.",
            "format_type": labs.FormatType.SPATIAL,
            "status": labs.ExperimentStatus.EVALUATED,
            "hypothesis": "Wir vermuten, dass ein kleiner Laden mit Treffpunkt die "
            "Nahversorgung für Menschen ohne Auto verbessert und zeigt, ob ein "
            "dauerhaftes, bürgerschaftlich getragenes Angebot im Ortskern trägt.",
            "place": "Marktstraße 7, ehemaliges Schuhgeschäft (ebenerdig über eine "
            "mobile Rampe; kein Kundinnen- und Kunden-WC)",
            "start_date": D(2025, 3, 15),
            "end_date": D(2025, 9, 14),
            "resources_staff": "ca. 5 Std./Woche Wirtschaftsförderung; 22 "
            "Ehrenamtliche des Bürgervereins im Ladendienst",
            "cost_band": labs.CostBand.UP_TO_20K,
            "cost_note": "Miete (von der Eigentümerin halbiert), Versicherungen, "
            "Rampe, gebrauchte Ladeneinrichtung: ca. 11.500 € aus dem "
            "Verfügungsfonds der Ortskernsanierung",
            "effort": labs.Effort.HIGH,
            "transferability": labs.Transferability.MEDIUM,
            "transfer_conditions": "Braucht einen tragfähigen Verein, eine "
            "kooperative Eigentümerin oder einen kooperativen Eigentümer und – vor "
            "dem ersten Öffnungstag – Nutzungsvertrag, Haftpflicht- und "
            "Inhaltsversicherung sowie geklärte lebensmittelrechtliche Fragen.",
            "evaluation_method": labs.EvaluationMethod.PARTICIPANTS,
            "success_criteria": ul(
                "an mindestens vier Tagen pro Woche geöffnet",
                "im Schnitt 40 Kundinnen und Kunden pro Öffnungstag",
                "Entscheidung über ein dauerhaftes Modell bis Ende 2025",
            ),
            "procedure": [
                callout(
                    "warning",
                    "Sechs Wochen Verzug",
                    "<p>Geplant war die Eröffnung Anfang Februar. Weil Haftung und "
                    "Versicherung für die Ehrenamtlichen ungeklärt waren, öffnete "
                    "der Laden erst Mitte März.</p>",
                ),
                h3("Vorbereitung"),
                p(
                    "<p>Wirtschaftsförderung und Bürgerverein vereinbarten mit der "
                    "Eigentümerin eine Zwischennutzung für sechs Monate zur halben "
                    "Miete. Regionale Erzeugerinnen und Erzeuger lieferten auf "
                    "Kommission; der Verein übernahm Ladendienst und Kasse.</p>"
                ),
                h3("Betrieb"),
                p(
                    "<p>Der Laden war dienstags bis samstags geöffnet. Neben dem "
                    "Verkauf gab es eine Paketannahme, eine wöchentliche Sprechstunde "
                    "des Pflegestützpunkts und einen großen Tisch mit Kaffee.</p>"
                ),
            ],
            "result": "<p>Der Laden war an fünf Tagen pro Woche geöffnet und hatte "
            "im Schnitt 52 Kundinnen und Kunden pro Tag, samstags über 100. Der "
            "Umsatz deckte Waren und Nebenkosten, nicht aber die Miete. Wichtiger "
            "als der Umsatz war der Treffpunkt: Der Kaffeetisch war fast immer "
            "besetzt.</p>",
            "success_factors": ul(
                "Ein Verein mit vielen Ehrenamtlichen und klarer Einsatzplanung",
                "Regionale Waren auf Kommission – kein Risiko beim Wareneinkauf",
                "Der Kaffeetisch als Treffpunkt ohne Konsumzwang",
            ),
            "obstacles": ul(
                "Ungeklärte Haftungs- und Versicherungsfragen verzögerten den Start "
                "um sechs Wochen",
                "Kein WC für Kundinnen und Kunden im Ladenlokal",
            ),
            "next_steps": ul(
                "Der Bürgerverein gründet eine Genossenschaft für einen dauerhaften "
                "Dorfladen; Eröffnung geplant für Frühjahr 2027",
                "Vorlage für Nutzungsvereinbarungen im Austausch teilen",
            ),
        },
        {
            "slug": "barriere-check",
            "title": "Barriere-Check mit Rollator, Kinderwagen und Langstock",
            "themes": [vocabulary.INKLUSION, vocabulary.WIRTSCHAFT],
            "target_groups": [
                vocabulary.BEHINDERUNG,
                vocabulary.AELTERE,
                vocabulary.FAMILIEN,
            ],
            "teaser": "Mitglieder des Behindertenbeirats, Eltern mit Kinderwagen "
            "und Fachleute der Verwaltung sind gemeinsam durch die Ortsmitte "
            "gegangen – mit Rollator, Rollstuhl und Langstock. In zwei Stunden "
            "entstand eine Liste mit 43 Barrieren.",
            "format_type": labs.FormatType.PARTICIPATION,
            "status": labs.ExperimentStatus.CONSOLIDATED,
            "hypothesis": "Wir vermuten, dass eine gemeinsame Ortsbegehung mit "
            "Betroffenen Barrieren zeigt, die in Plänen nicht sichtbar sind – und "
            "dass die Beteiligten danach die Umsetzung mittragen.",
            "place": "Rundweg Bahnhof – Marktplatz – Rathaus – Ärztehaus, ca. 1,2 km; "
            "Start und Ende im Rathaus (Aufzug, barrierefreies WC)",
            "start_date": D(2025, 5, 6),
            "end_date": D(2025, 7, 15),
            "resources_staff": "ca. 20 Std. Vorbereitung und Auswertung (Bauamt und "
            "Sozialamt), zwei Stunden Begehung mit 16 Teilnehmenden",
            "cost_band": labs.CostBand.UNDER_1K,
            "cost_note": "Leihrollstuhl und Alterssimulationsanzug vom Sanitätshaus, "
            "Gebärdensprachdolmetschung, Verpflegung: ca. 850 €",
            "effort": labs.Effort.LOW,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Funktioniert in jeder Gemeindegröße. Wichtig: "
            "Betroffene als Expertinnen und Experten einladen, nicht als "
            "Testpersonen; das Bauamt muss dabei sein; Ergebnisse mit Fotos und "
            "Lageplan dokumentieren.",
            "evaluation_method": labs.EvaluationMethod.OBSERVATION,
            "success_criteria": ul(
                "Mängelliste mit Prioritäten innerhalb von vier Wochen",
                "mindestens fünf Maßnahmen noch im laufenden Haushaltsjahr umgesetzt",
            ),
            "procedure": [
                h3("Der Rundweg"),
                image(
                    "rundweg",
                    IMAGES["rundweg"]["alt"],
                    "Der Rundweg des Barriere-Checks mit sechs Stationen "
                    "(schematische Grafik).",
                ),
                p(
                    "<p>Vier Gruppen gingen den Rundweg mit je einem Hilfsmittel: "
                    "Rollstuhl, Rollator, Kinderwagen und Langstock. In jeder "
                    "Gruppe war eine Person aus dem Behindertenbeirat, eine aus "
                    "dem Bauamt und eine, die Fotos und Notizen machte. Eine "
                    "Gebärdensprachdolmetscherin begleitete die Begehung.</p>"
                ),
                h3("Auswertung"),
                p(
                    "<p>Noch am selben Nachmittag sortierten alle die Funde nach "
                    "Dringlichkeit und Aufwand. Das Bauamt legte vier Wochen später "
                    "eine Mängelliste mit Lageplan und Zeitplan vor.</p>"
                ),
            ],
            "result": "<p>Die Gruppen fanden 43 Barrieren, von fehlenden "
            "Bordsteinabsenkungen über zu schwere Türen bis zu einer Ampel ohne "
            "akustisches Signal. 14 davon hat das Bauamt noch 2025 behoben, meist "
            "mit kleinem Budget. Der Behindertenbeirat ist seither bei allen "
            "Tiefbauprojekten im Ortskern beteiligt.</p>",
            "success_factors": ul(
                "Betroffene als Expertinnen und Experten in gemischten Gruppen",
                "Das Bauamt war selbst dabei – und hat die Hindernisse erlebt",
                "Schnelle, sichtbare Verbesserungen nach wenigen Wochen",
            ),
            "obstacles": ul(
                "Die Bahnhofsunterführung liegt nicht in der Zuständigkeit der "
                "Stadt; hier hilft nur langer Atem",
            ),
            "next_steps": ul(
                "Barriere-Check jedes Jahr im Mai (2026 mit Schwerpunkt Bahnhof)",
                "Checkliste für andere Städte im Bereich Wissen",
            ),
        },
        {
            "slug": "buergerbus-testfahrten",
            "title": "Bürgerbus-Testfahrten am Markttag",
            "themes": [vocabulary.WOHNEN, vocabulary.WIRTSCHAFT],
            "target_groups": [vocabulary.AELTERE, vocabulary.BEHINDERUNG],
            "teaser": "An vier Samstagen fuhr ein geliehener Kleinbus aus den "
            "Teilorten zum Wochenmarkt und zurück, mit Fahrgastbefragung. Die "
            "Testfahrten wurden eingestellt: zu wenige Fahrgäste und zu wenige "
            "Ehrenamtliche am Steuer.",
            "format_type": labs.FormatType.SERVICE,
            "status": labs.ExperimentStatus.STOPPED,
            "stop_reason": "Nach vier Test-Samstagen eingestellt: Im Schnitt fuhren "
            "nur sieben Fahrgäste pro Samstag mit, und für einen regelmäßigen "
            "Betrieb fanden sich drei statt der nötigen zwölf ehrenamtlichen "
            "Fahrerinnen und Fahrer. Die Stadt prüft stattdessen mit dem Landkreis "
            "einen Rufbus für die Teilorte.",
            "hypothesis": "Wir vermuten, dass ältere Menschen aus den Teilorten "
            "ohne Auto häufiger in die Ortsmitte kämen, wenn es samstags eine "
            "direkte Verbindung zum Wochenmarkt gäbe.",
            "place": "Rundkurs Teilorte – Marktplatz; Kleinbus mit Klapprampe und "
            "Rollstuhlplatz, Haltestellen an den Dorfgemeinschaftshäusern",
            "start_date": D(2025, 10, 4),
            "end_date": D(2025, 10, 25),
            "resources_staff": "ca. 25 Std. Organisation (Ordnungsamt, "
            "Wirtschaftsförderung), 4 ehrenamtliche Fahrerinnen und Fahrer",
            "cost_band": labs.CostBand.UP_TO_5K,
            "cost_note": "Miete Kleinbus, Kraftstoff, Versicherung, Flyer: ca. 2.400 €",
            "effort": labs.Effort.MEDIUM,
            "transferability": labs.Transferability.LIMITED,
            "transfer_conditions": "Vor dem Test klären: Gibt es genügend "
            "Ehrenamtliche für einen Dauerbetrieb? Ist der Bedarf belegt, etwa "
            "durch eine Befragung in den Teilorten? Genehmigungsfragen früh mit "
            "der zuständigen Behörde klären.",
            "evaluation_method": labs.EvaluationMethod.SURVEY,
            "success_criteria": ul(
                "im Schnitt mindestens 15 Fahrgäste pro Samstag",
                "mindestens zehn Ehrenamtliche, die einen Regelbetrieb fahren würden",
            ),
            "procedure": [
                h3("Testbetrieb"),
                p(
                    "<p>Ein Autohaus lieh der Stadt einen Kleinbus mit Klapprampe. "
                    "Vier Ehrenamtliche fuhren an vier Samstagen jeweils zwei "
                    "Runden durch die drei Teilorte. Im Bus befragte eine "
                    "Praktikantin die Fahrgäste.</p>"
                ),
            ],
            "result": "<p>28 Fahrten, insgesamt 29 Fahrgäste – im Schnitt sieben "
            "pro Samstag. Die Mitfahrenden waren sehr zufrieden; elf von 19 "
            "Befragten wären ohne den Bus nicht zum Markt gekommen. Für einen "
            "Regelbetrieb fehlten Fahrerinnen und Fahrer.</p>",
            "success_factors": ul(
                "Die wenigen Fahrgäste schätzten das Angebot sehr",
            ),
            "obstacles": ul(
                "Zu wenige Ehrenamtliche mit Zeit und passendem Führerschein",
                "Der Bedarf war vorher nicht erhoben – vieles war Annahme",
            ),
            "next_steps": ul(
                "Prüfung eines Rufbusses für die Teilorte mit dem Landkreis",
                "Mitfahrbänke an den Dorfgemeinschaftshäusern als kleine Lösung",
            ),
        },
    ],
    "learnings": [
        {
            "slug": "barriere-check-mit-betroffenen",
            "title": "Ein Barriere-Check mit Betroffenen zeigt in zwei Stunden mehr "
            "Hindernisse als jede Planakte – und schafft Verbündete für die "
            "Umsetzung.",
            "kind": LearningKind.METHOD,
            "themes": [vocabulary.INKLUSION, vocabulary.WIRTSCHAFT],
            "evidence": ["filsingen/barriere-check"],
            "evidence_level": EvidenceLevel.REPEATED,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Für jede Gemeindegröße; braucht einen "
            "Behindertenbeirat oder eine Selbsthilfegruppe und die Teilnahme des "
            "Bauamts.",
            "context_text": "<p>Die Pläne für die Ortskernsanierung galten als "
            "barrierefrei. Beim Barriere-Check fanden vier gemischte Gruppen "
            "trotzdem 43 Hindernisse. Weil das Bauamt dabei war, wurden 14 davon "
            "noch im selben Jahr behoben; beim zweiten Check 2026 bestätigte sich "
            "das Bild.</p>",
            "recommendation": "Laden Sie Menschen mit Behinderungen als "
            "Expertinnen und Experten ein und gehen Sie gemeinsam mit dem Bauamt. "
            "Dokumentieren Sie mit Fotos und Lageplan und setzen Sie kleine "
            "Maßnahmen schnell um.",
            "retrospective": "Wir würden auch Menschen mit Hörbehinderungen und "
            "Lernschwierigkeiten von Anfang an in die Gruppen holen.",
            "easy_language_summary": "Menschen mit Behinderung sind durch die Stadt "
            "gegangen. Mit Roll-Stuhl, Rollator und Blinden-Stock. Sie haben "
            "gezeigt: Hier ist ein Hindernis. Die Stadt hat viele Hindernisse "
            "schnell weg-gemacht.",
            "last_reviewed": D(2026, 7, 20),
        },
        {
            "slug": "zwischennutzung-vertrag-und-versicherung",
            "title": "Zwischennutzung braucht Nutzungsvertrag und Versicherung vor "
            "dem ersten Öffnungstag. Ungeklärte Haftungsfragen kosteten uns sechs "
            "Wochen.",
            "kind": LearningKind.OBSTACLE,
            "themes": [vocabulary.WIRTSCHAFT, vocabulary.BETEILIGUNG],
            "evidence": ["filsingen/quartiersladen-auf-zeit"],
            "evidence_level": EvidenceLevel.SINGLE,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Gilt für jede Zwischennutzung mit "
            "Ehrenamtlichen, unabhängig von der Gemeindegröße.",
            "context_text": "<p>Der Quartiersladen sollte Anfang Februar öffnen. "
            "Erst kurz vorher fiel auf, dass weder der Nutzungsvertrag noch die "
            "Haftpflicht- und Inhaltsversicherung für die Ehrenamtlichen geklärt "
            "waren. Bis Eigentümerin, Verein und Stadt sich einig waren, vergingen "
            "sechs Wochen.</p>",
            "recommendation": "Klären Sie vor der Ankündigung eines Eröffnungstermins: "
            "Nutzungsvertrag, Versicherungen für Räume und Ehrenamtliche, "
            "Lebensmittelrecht und Brandschutz. Nutzen Sie eine Vorlage und "
            "beziehen Sie die Rechtsabteilung früh ein.",
            "retrospective": "Wir würden den Eröffnungstermin erst nennen, wenn alle "
            "Verträge unterschrieben sind.",
            "easy_language_summary": "Der Laden auf Zeit hat später aufgemacht. "
            "Der Grund: Der Vertrag und die Versicherung waren noch offen. Das hat "
            "6 Wochen gedauert. Tipp: Zuerst den Vertrag machen. Dann den Laden "
            "aufmachen.",
            "last_reviewed": D(2026, 7, 20),
        },
        {
            "slug": "buergerbus-erst-fahrerinnen-gewinnen",
            "title": "Ein Bürgerbus steht und fällt mit den Ehrenamtlichen am "
            "Steuer: Erst Fahrerinnen und Fahrer gewinnen, dann testen.",
            "kind": LearningKind.FAILED_IDEA,
            "themes": [vocabulary.WOHNEN, vocabulary.BETEILIGUNG],
            "evidence": ["filsingen/buergerbus-testfahrten"],
            "evidence_level": EvidenceLevel.SINGLE,
            "transferability": labs.Transferability.MEDIUM,
            "transfer_conditions": "Vor allem für kleine Städte und Gemeinden mit "
            "Teilorten im ländlichen Raum.",
            "context_text": "<p>Die Testfahrten zeigten, dass die wenigen "
            "Mitfahrenden das Angebot sehr schätzten. Für einen Regelbetrieb "
            "hätten wir aber zwölf Fahrerinnen und Fahrer gebraucht – gefunden "
            "haben wir drei. Auch der Bedarf war vorher nicht erhoben.</p>",
            "recommendation": "Befragen Sie zuerst die Teilorte nach dem Bedarf und "
            "gewinnen Sie einen festen Kreis von Ehrenamtlichen, bevor Sie einen Bus "
            "mieten. Prüfen Sie auch Alternativen wie Rufbus oder Mitfahrbänke.",
            "retrospective": "Wir hätten mit einer Bedarfsbefragung und einem "
            "Aufruf für Fahrerinnen und Fahrer beginnen sollen.",
            "easy_language_summary": "Die Stadt hat einen Bus zum Markt getestet. "
            "Es sind wenige Menschen mitgefahren. Und es gab zu wenige Fahrer und "
            "Fahrerinnen. Tipp: Zuerst Fahrer und Fahrerinnen suchen. Dann den Bus "
            "testen.",
            "last_reviewed": D(2026, 7, 20),
        },
    ],
    "discussion": {
        "slug": "vorlage-nutzungsvereinbarung-zwischennutzung",
        "title": "Sucht jemand eine Vorlage für eine Nutzungsvereinbarung "
        "Zwischennutzung?",
        "themes": [vocabulary.WIRTSCHAFT],
        "category": labs.DiscussionCategory.MATERIAL,
        "status": labs.DiscussionStatus.ANSWERED,
        "started_by_city": "Filsingen",
        "related_page": "filsingen/quartiersladen-auf-zeit",
        "question": "<p>Nach sechs Wochen Verzug beim Quartiersladen haben wir mit "
        "unserer Rechtsabteilung eine Nutzungsvereinbarung für Zwischennutzungen "
        "durch Vereine erarbeitet – mit Regelungen zu Haftung, Versicherung, "
        "Nebenkosten und Rückgabe.</p>"
        "<p>Wir teilen die Vorlage gern. Hat jemand ergänzende Bausteine, zum "
        "Beispiel für Lebensmittelverkauf oder Veranstaltungen im Ladenlokal?</p>",
    },
}

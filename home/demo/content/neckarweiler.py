"""Neckarweiler (invented): the member city, its StadtLabor with experiments, learnings and
one discussion, and the pictures drawn for it.

`IMAGES` are drawn by home/demo/images.py; `LAB` is built in the order given.
"""

import datetime

from knowledge.models import EvidenceLevel, LearningKind
from labs import models as labs

from . import vocabulary
from .blocks import h3, p, quote, ul

D = datetime.date


IMAGES = {
    "muehlbach": {
        "title": "Luftbild Mühlbach-Süd, Neckarweiler",
        "drawing": "estate_rows",
        "alt": "Gezeichnetes Luftbild (Grafik, kein Foto): lange, parallele Wohnblöcke "
        "mit grauen Flachdächern zwischen Rasenflächen und Bäumen, oben eine "
        "Hauptstraße, in der Mitte eine Straße von oben nach unten, unten ein "
        "Bach.",
    },
}

CITY = {
    "name": "Neckarweiler",
    "municipality_type": labs.MunicipalityType.GROSSE_KREISSTADT,
    "population": 48_200,
    "district": "Landkreis Beispieltal",
    "region": "Stuttgart",
    "network_role": labs.NetworkRole.CURRENT,
    "can_report_on": "Aufsuchende Befragung mit Nachbarschaftslots*innen; "
    "Mittagstisch als Begegnungsort mit einer Kirchengemeinde; Wohnungstausch "
    "(und warum er bei uns gescheitert ist).",
    "seeks_exchange_on": "Finanzierung der Quartierskoordination nach der "
    "Förderung; kleine barrierefreie Wohnungen im Bestand; junge Familien "
    "erreichen.",
}

LAB = {
    "key": "neckarweiler",
    "city": "Neckarweiler",
    "slug": "muehlbach-sued",
    "title": "Mühlbach-Süd: Nachbarschaft im Generationenwechsel",
    "image": "muehlbach",
    "primary_theme": vocabulary.PFLEGE,
    "themes": [vocabulary.PFLEGE, vocabulary.FAMILIE],
    "target_groups": [
        vocabulary.AELTERE,
        vocabulary.ANGEHOERIGE,
        vocabulary.FAMILIEN,
        vocabulary.NEUZUGEZOGENE,
    ],
    "fields": {
        "programme": labs.Programme.CURRENT,
        "status": labs.LabStatus.RUNNING,
        "teaser": "In Mühlbach-Süd, einer Siedlung der 1970er-Jahre, ist fast jede "
        "dritte Person 65 oder älter – und junge Familien ziehen zu. Neckarweiler "
        "erprobt, wie Versorgung, Begegnung und Wohnen im Generationenwechsel "
        "zusammenpassen.",
        "quarter_name": "Mühlbach-Süd",
        "quarter_type": labs.QuarterType.EXISTING,
        "quarter_population": 3_100,
        "guiding_question": "Wie bleiben ältere Menschen im Quartier gut versorgt, "
        "während junge Familien zuziehen?",
        "start_date": D(2025, 3, 1),
        "end_date": D(2026, 12, 31),
        "initial_situation": (
            "<p>Mühlbach-Süd entstand zwischen 1971 und 1978 am südlichen Stadtrand: "
            "drei- bis viergeschossige Zeilenbauten, dazwischen Reihenhäuser und "
            "viel Grün entlang des Mühlbachs. Rund 3.100 Menschen leben heute im "
            "Quartier, 29 % von ihnen sind 65 Jahre oder älter (Gesamtstadt: "
            "21 %).</p>"
            "<p>Viele Erstbezieherinnen und Erstbezieher wohnen noch in ihren "
            "großen Wohnungen, oft allein. Gleichzeitig kaufen junge Familien frei "
            "werdende Reihenhäuser. Der einzige Lebensmittelmarkt hat 2022 "
            "geschlossen; Arztpraxen und Apotheke liegen 1,5 Kilometer entfernt in "
            "der Innenstadt.</p>"
        ),
        "challenges": (
            "<p>Die Herausforderungen bestehen vor allem darin,</p>"
            + ul(
                "allein lebende Hochaltrige zu erreichen, die sich zurückziehen – "
                "Hilfebedarf wird oft erst in einer Krise sichtbar,",
                "Alteingesessene und Neuzugezogene zusammenzubringen, die sich "
                "kaum begegnen, weil ein gemeinsamer Treffpunkt fehlt,",
                "Wohnalternativen zu schaffen: Kleine, barrierefreie Wohnungen gibt "
                "es im Quartier fast nicht,",
                "über die üblichen Engagierten hinaus Menschen zu beteiligen: "
                "Einladungen zu Bürgerversammlungen erreichen vor allem sie.",
            )
        ),
        "goals": ul(
            "Hilfebedarfe älterer Menschen früh erkennen und Unterstützung im "
            "Quartier vermitteln",
            "einen regelmäßigen Treffpunkt für alle Generationen schaffen",
            "Wohnalternativen im Quartier prüfen, damit Ältere bleiben können",
            "Nachbarschaftslots*innen als feste Ansprechpersonen gewinnen und "
            "begleiten",
        ),
        "responsible_units": "Amt für Soziales und Senioren – Sozialplanung\n"
        "Stabsstelle Quartiersentwicklung\n"
        "Stadtplanungsamt – Wohnungsbau",
        "partners": "Ev. Kirchengemeinde Mühlbach – Gemeindehaus, Mittagstisch\n"
        "Baugenossenschaft Neckarweiler – Wohnungsbestand, Wohnungstausch\n"
        "Pflegestützpunkt Landkreis Beispieltal – Beratung\n"
        "Seniorenrat Neckarweiler – Nachbarschaftslots*innen\n"
        "Familienzentrum Mühlbach – Kontakte zu jungen Familien",
        "contact_role": "Quartierskoordination Mühlbach-Süd (Stabsstelle "
        "Quartiersentwicklung)",
        "contact_email": "muehlbach.neckarweiler@example.org",
        "quote_text": "Wir haben gelernt, an Haustüren zu klingeln, statt auf "
        "Anmeldungen zu warten. Seitdem kennen wir die Menschen, über die wir vorher "
        "nur Statistiken hatten.",
        "quote_author": "Sozialplanung, Stadt Neckarweiler",
        "hero_image_alt": IMAGES["muehlbach"]["alt"],
        "body": [
            h3("Meilensteine"),
            p(
                ul(
                    "März 2025: Auftakt mit Quartiersspaziergang und Gründung der "
                    "Steuerungsgruppe",
                    "April bis Juli 2025: Klingel-Tour mit 14 Nachbarschaftslots*innen",
                    "September bis November 2025: Mittagstisch im Probebetrieb",
                    "Dezember 2025: Gemeinderat beschließt die Fortführung des "
                    "Mittagstischs",
                    "Herbst 2026: Transferveranstaltung „Vor-Ort-Besuch StadtLabor "
                    "Mühlbach-Süd“",
                )
            ),
        ],
        "easy_language_summary": (
            "<p>Mühlbach-Süd ist ein Stadt-Teil von Neckarweiler. Dort wohnen viele "
            "alte Menschen. Es ziehen auch junge Familien dorthin.</p>"
            "<p>Die Stadt will: Die alten Menschen bekommen gute Hilfe. Und alle "
            "Menschen im Stadt-Teil lernen sich kennen.</p>"
            "<p>Die Stadt probiert dafür 3 Sachen aus:</p>"
            + ul(
                "Helfer und Helferinnen klingeln an den Türen. Sie fragen: Was "
                "brauchen Sie?",
                "Es gibt ein Mittag-Essen im Gemeinde-Haus. Dort treffen sich die "
                "Menschen.",
                "Eine Tausch-Börse für Wohnungen. Das hat schlecht geklappt. Es gab "
                "zu wenige kleine Wohnungen.",
            )
        ),
        "last_reviewed": D(2026, 10, 12),
    },
    "experiments": [
        {
            "slug": "klingel-tour",
            "title": "Klingel-Tour: Nachbarschaftslots*innen fragen an der Haustür",
            "themes": [vocabulary.PFLEGE, vocabulary.BETEILIGUNG],
            "target_groups": [
                vocabulary.AELTERE,
                vocabulary.STILLE,
                vocabulary.ANGEHOERIGE,
            ],
            "teaser": "Geschulte Nachbarschaftslots*innen haben an gut 600 Türen "
            "geklingelt und ältere Menschen gefragt, wie sie leben, was ihnen fehlt "
            "und wer ihnen hilft. Die aufsuchende Befragung erreichte viele, die "
            "nie zu Versammlungen kommen.",
            "format_type": labs.FormatType.PARTICIPATION,
            "status": labs.ExperimentStatus.EVALUATED,
            "hypothesis": "Wir vermuten, dass persönliche Ansprache an der Haustür "
            "ältere und zurückgezogen lebende Menschen erreicht, die auf schriftliche "
            "Einladungen nicht reagieren – und dass dabei Hilfebedarfe sichtbar "
            "werden, die der Verwaltung bisher unbekannt sind.",
            "place": "Ganzes Quartier; Schulung und Auswertung im Gemeindehaus "
            "Mühlbach (stufenloser Zugang, barrierefreies WC)",
            "start_date": D(2025, 4, 7),
            "end_date": D(2025, 7, 18),
            "resources_staff": "ca. 6 Std./Woche Quartierskoordination über vier "
            "Monate, 14 Ehrenamtliche",
            "cost_band": labs.CostBand.UP_TO_5K,
            "cost_note": "Schulung, Aufwandsentschädigungen, Ausweise, Druck: "
            "ca. 3.200 €",
            "effort": labs.Effort.MEDIUM,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Braucht eine Handvoll verlässlicher "
            "Ehrenamtlicher, eine Schulung zu Gesprächsführung und Datenschutz und "
            "eine Ankündigung im Amtsblatt, damit niemand einen Trickbetrug "
            "vermutet. In jeder Gemeindegröße möglich.",
            "evaluation_method": labs.EvaluationMethod.SURVEY,
            "success_criteria": ul(
                "mindestens 300 geführte Gespräche",
                "mindestens 30 % der Befragten waren noch nie bei einer "
                "Veranstaltung im Quartier",
                "jeder erkannte Hilfebedarf ist innerhalb von zwei Wochen an eine "
                "passende Stelle vermittelt",
            ),
            "procedure": [
                h3("Vorbereitung"),
                p(
                    "<p>Der Seniorenrat gewann 14 Ehrenamtliche, die meisten selbst "
                    "über 60 und seit Jahrzehnten im Quartier zu Hause. An zwei "
                    "Abenden lernten sie Gesprächsführung, den Umgang mit "
                    "schwierigen Situationen und die Regeln zum Datenschutz. Der "
                    "Fragebogen hatte nur acht Fragen – vom Einkaufen bis zur "
                    "Frage „Wen rufen Sie an, wenn Sie Hilfe brauchen?“.</p>"
                ),
                h3("Durchführung"),
                p(
                    "<p>Eine Woche vorher kündigten Amtsblatt und Aushänge in allen "
                    "Hauseingängen die Tour an. Die Lotsinnen und Lotsen gingen zu "
                    "zweit, mit Ausweis und einer Telefonnummer zum Rückfragen im "
                    "Rathaus. Wer Hilfe brauchte, bekam noch an der Tür eine "
                    "Kontaktkarte; die Quartierskoordination meldete sich innerhalb "
                    "weniger Tage.</p>"
                ),
                quote(
                    "Die meisten haben sich gefreut, dass überhaupt jemand fragt. "
                    "Manche Gespräche dauerten eine Stunde.",
                    "Nachbarschaftslotsin, Mühlbach-Süd",
                ),
            ],
            "result": "<p>Die Lotsinnen und Lotsen klingelten an 612 Türen und "
            "führten 341 Gespräche, 118 davon länger als 20 Minuten. 44 % der "
            "Befragten hatten noch nie an einer Veranstaltung im Quartier "
            "teilgenommen. Sie erkannten 37 Hilfebedarfe, von Einkaufshilfe bis "
            "Pflegeberatung; 31 davon vermittelte die Quartierskoordination "
            "innerhalb von zwei Wochen.</p>",
            "success_factors": ul(
                "Lotsinnen und Lotsen aus dem Quartier, die viele Bewohnerinnen "
                "und Bewohner schon kannten",
                "Ankündigung im Amtsblatt und in allen Hauseingängen eine Woche vorher",
                "Ausweis mit Stadtwappen und Rückruf-Nummer im Rathaus",
            ),
            "obstacles": ul(
                "Tagsüber öffnen berufstätige Familien selten – für sie braucht es "
                "Abendtermine",
                "Die Fragebögen auf Papier kosteten bei der Auswertung viel Zeit",
            ),
            "next_steps": ul(
                "Zweite Runde im Frühjahr 2027 mit Abendterminen für junge Familien",
                "Kurzleitfaden „Klingel-Tour“ für andere Quartiere der Stadt",
            ),
        },
        {
            "slug": "mittagstisch-im-gemeindehaus",
            "title": "Mittagstisch im Gemeindehaus – drei Monate Probebetrieb",
            "themes": [vocabulary.PFLEGE, vocabulary.FAMILIE],
            "target_groups": [vocabulary.AELTERE, vocabulary.FAMILIEN, vocabulary.ALLE],
            "teaser": "Drei Monate lang gab es jeden Dienstag und Donnerstag ein "
            "warmes Mittagessen im Gemeindehaus der evangelischen Kirchengemeinde – "
            "für 5,50 €, Kinder kostenlos. Aus dem Probebetrieb ist ein fester "
            "Treffpunkt geworden.",
            "format_type": labs.FormatType.MEETING_PLACE,
            "status": labs.ExperimentStatus.CONSOLIDATED,
            "hypothesis": "Wir vermuten, dass ein günstiges, regelmäßiges "
            "Mittagessen allein lebende Ältere aus der Wohnung holt und zugleich ein "
            "Ort wird, an dem sich Alteingesessene und junge Familien begegnen.",
            "place": "Gemeindehaus der Ev. Kirchengemeinde Mühlbach, Saal im "
            "Erdgeschoss (Rampe, barrierefreies WC, Induktionsschleife)",
            "start_date": D(2025, 9, 2),
            "end_date": D(2025, 11, 27),
            "resources_staff": "ca. 3 Std./Woche Quartierskoordination, 2 Std./Woche "
            "Gemeindediakonin, 12 Ehrenamtliche im Küchendienst",
            "cost_band": labs.CostBand.UP_TO_20K,
            "cost_note": "Essen von der Küche einer inklusiven Werkstatt, Zuschuss "
            "2,50 € je Essen, Geschirr und Hygieneschulung: ca. 7.800 € für drei "
            "Monate",
            "effort": labs.Effort.MEDIUM,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "Braucht einen Raum mit Ausgabeküche, eine "
            "Partnerin wie eine Kirchengemeinde oder einen Verein und einen "
            "Zuschuss je Essen. Ab etwa 2.000 Menschen im Einzugsbereich "
            "realistisch.",
            "evaluation_method": labs.EvaluationMethod.PARTICIPANTS,
            "success_criteria": ul(
                "im Schnitt mindestens 25 Essen pro Termin",
                "mindestens ein Viertel der Gäste jünger als 60 Jahre",
                "Entscheidung über die Fortführung bis zum Ende des Probebetriebs",
            ),
            "procedure": [
                h3("Co-Design mit der Kirchengemeinde"),
                p(
                    "<p>Kirchengemeinde, Seniorenrat und Familienzentrum planten den "
                    "Mittagstisch gemeinsam: Preis, Tage, Speiseplan mit einem "
                    "vegetarischen Gericht und ein „Familiendonnerstag“ mit "
                    "Kinderteller. Die Küche einer inklusiven Werkstatt liefert "
                    "das Essen warm an.</p>"
                ),
                h3("Probebetrieb"),
                p(
                    "<p>Ehrenamtliche deckten die Tische, gaben das Essen aus und "
                    "setzten sich dazu. Wer nicht mehr gut zu Fuß war, wurde von "
                    "Nachbarinnen und Nachbarn abgeholt. Am Ende jedes Monats "
                    "werteten alle Beteiligten in einer kurzen Runde aus.</p>"
                ),
            ],
            "result": "<p>Im Schnitt kamen 38 Gäste pro Termin, an "
            "Familiendonnerstagen bis zu 60. Gut ein Drittel der Gäste war jünger "
            "als 60 Jahre. Der Gemeinderat hat im Dezember 2025 beschlossen, den "
            "Mittagstisch mit Eigenmitteln fortzuführen; die Kirchengemeinde stellt "
            "den Saal dauerhaft zur Verfügung.</p>",
            "success_factors": ul(
                "Ein fester Rhythmus: immer dienstags und donnerstags, immer um 12 Uhr",
                "Abholdienst durch Nachbarinnen und Nachbarn",
                "Familiendonnerstag mit Kinderteller",
            ),
            "obstacles": ul(
                "Die Hygieneschulung für Ehrenamtliche dauerte länger als geplant",
                "Barkasse ohne Kassensystem war mühsam abzurechnen",
            ),
            "next_steps": ul(
                "Regelbetrieb ab Januar 2026 mit Eigenmitteln der Stadt",
                "Kassensystem und zweite Schicht Ehrenamtlicher gewinnen",
            ),
        },
        {
            "slug": "wohnungstausch-boerse",
            "title": "Wohnungstausch-Börse „Groß gegen Klein“",
            "themes": [vocabulary.WOHNEN, vocabulary.FAMILIE],
            "target_groups": [vocabulary.AELTERE, vocabulary.FAMILIEN],
            "teaser": "Ältere Menschen in zu großen Wohnungen sollten mit jungen "
            "Familien tauschen können, begleitet von der Baugenossenschaft. Die "
            "Börse wurde eingestellt: Es fehlten kleine, barrierefreie Wohnungen im "
            "Quartier.",
            "format_type": labs.FormatType.SERVICE,
            "status": labs.ExperimentStatus.STOPPED,
            "stop_reason": "Eingestellt nach acht Monaten: 23 ältere Haushalte "
            "wollten ihre große Wohnung tauschen, aber im Quartier gab es nur vier "
            "passende kleine, barrierefreie Wohnungen – und keine davon wurde im "
            "Testzeitraum frei. Am Interesse lag es nicht, sondern am fehlenden "
            "Angebot.",
            "hypothesis": "Wir vermuten, dass viele ältere Menschen in zu großen "
            "Wohnungen bleiben, weil ihnen ein Umzug zu aufwendig ist – und dass eine "
            "begleitete Tauschbörse mit Umzugshilfe Wohnraum für Familien frei "
            "macht.",
            "place": "Sprechstunde im Quartiersbüro Mühlbachstraße (Erdgeschoss, "
            "stufenlos); Angebote als Aushang und online",
            "start_date": D(2025, 5, 1),
            "end_date": D(2025, 12, 31),
            "resources_staff": "ca. 4 Std./Woche Quartierskoordination, 2 Std./Woche "
            "Baugenossenschaft",
            "cost_band": labs.CostBand.UP_TO_5K,
            "cost_note": "Flyer, Beratungshonorar, Gutscheine für Umzugshilfe "
            "(nicht abgerufen): ca. 2.100 €",
            "effort": labs.Effort.HIGH,
            "transferability": labs.Transferability.LIMITED,
            "transfer_conditions": "Nur sinnvoll, wenn es im Quartier oder in der "
            "Nähe genügend kleine, barrierefreie Wohnungen gibt oder ein Neubau "
            "kurz bevorsteht. Vorher den Bestand mit der Wohnungswirtschaft prüfen.",
            "evaluation_method": labs.EvaluationMethod.WORKSHOP,
            "success_criteria": ul(
                "mindestens fünf vermittelte Wohnungstausche im ersten Jahr",
                "mindestens 15 Beratungsgespräche mit älteren Haushalten",
            ),
            "procedure": [
                h3("Aufbau der Börse"),
                p(
                    "<p>Die Baugenossenschaft stellte ihre Liste kleiner Wohnungen "
                    "bereit, die Quartierskoordination bot eine Sprechstunde an. "
                    "Für den Umzug gab es Gutscheine für Packhilfe und "
                    "Handwerksleistungen.</p>"
                ),
                h3("Reflexionsworkshop"),
                p(
                    "<p>Nach acht Monaten ohne einen einzigen Tausch werteten "
                    "Stadt, Genossenschaft und Seniorenrat gemeinsam aus und "
                    "entschieden, die Börse einzustellen.</p>"
                ),
            ],
            "result": "<p>23 Haushalte über 70 Jahre meldeten Interesse, 9 Familien "
            "suchten größere Wohnungen. Vermittelt wurde kein einziger Tausch: Die "
            "vier geeigneten kleinen Wohnungen der Baugenossenschaft waren belegt, "
            "und auf dem freien Markt gab es im Quartier keine bezahlbare "
            "barrierefreie Alternative.</p>",
            "success_factors": ul(
                "Die persönliche Beratung wurde sehr geschätzt – viele Ältere "
                "sprachen zum ersten Mal über ihre Wohnsituation",
            ),
            "obstacles": ul(
                "Kein passendes Angebot an kleinen, barrierefreien Wohnungen",
                "Nach der Werbung waren die Erwartungen hoch – die Enttäuschung "
                "entsprechend",
            ),
            "next_steps": ul(
                "Die Liste der Interessierten fließt in die Planung eines Neubaus "
                "mit kleinen Wohnungen auf dem früheren Marktgelände ein",
                "Neuer Anlauf, sobald dort Wohnungen entstehen",
            ),
        },
    ],
    "learnings": [
        {
            "slug": "persoenliche-ansprache-erreicht-stille-gruppen",
            "title": "Schriftliche Einladungen erreichen stille Gruppen kaum – "
            "persönliche Ansprache an der Haustür, in der Kita oder beim Markt wirkt "
            "deutlich besser.",
            "kind": LearningKind.METHOD,
            "themes": [vocabulary.BETEILIGUNG, vocabulary.PFLEGE],
            "evidence": ["neckarweiler/klingel-tour"],
            "evidence_level": EvidenceLevel.EVALUATED,
            "transferability": labs.Transferability.HIGH,
            "transfer_conditions": "In jeder Gemeindegröße möglich; braucht "
            "Ehrenamtliche oder Mitarbeitende, die Zeit für Gespräche haben.",
            "context_text": "<p>Zu unseren Bürgerversammlungen kamen seit Jahren "
            "dieselben 40 Menschen. Bei der Klingel-Tour hatten 44 % der 341 "
            "Befragten noch nie an einer Veranstaltung im Quartier teilgenommen. "
            "Viele von ihnen sagten, sie hätten die Einladungen gar nicht gelesen "
            "oder nicht geglaubt, dass ihre Meinung gefragt ist.</p>",
            "recommendation": "Gehen Sie dorthin, wo die Menschen ohnehin sind: an "
            "die Haustür, in die Kita, auf den Markt. Kündigen Sie aufsuchende "
            "Formate vorher an und geben Sie den Ehrenamtlichen einen Ausweis mit.",
            "retrospective": "Wir würden die Fragebögen gleich digital erfassen "
            "und Abendtermine für Berufstätige einplanen.",
            "easy_language_summary": "Briefe und Aushänge lesen nur wenige "
            "Menschen. Besser ist: Man geht zu den Menschen hin. Man klingelt an der "
            "Tür. Oder man spricht die Menschen auf dem Markt an. Dann erzählen die "
            "Menschen viel mehr.",
            "last_reviewed": D(2026, 9, 30),
        },
        {
            "slug": "wohnungstausch-scheiterte-am-angebot",
            "title": "Die Wohnungstausch-Börse scheiterte nicht am Interesse, "
            "sondern am fehlenden Angebot kleiner barrierefreier Wohnungen im "
            "Quartier.",
            "kind": LearningKind.FAILED_IDEA,
            "themes": [vocabulary.WOHNEN, vocabulary.FAMILIE],
            "evidence": ["neckarweiler/wohnungstausch-boerse"],
            "evidence_level": EvidenceLevel.SINGLE,
            "transferability": labs.Transferability.LIMITED,
            "transfer_conditions": "Lehrreich für alle Städte mit älteren "
            "Wohnquartieren; ein Tauschangebot lohnt sich nur mit passendem "
            "Wohnungsbestand.",
            "context_text": "<p>23 ältere Haushalte wollten tauschen – mehr, als "
            "wir erwartet hatten. Doch es gab im Quartier nur vier kleine, "
            "barrierefreie Wohnungen, und die waren belegt. Nach acht Monaten ohne "
            "einen einzigen Tausch haben wir die Börse eingestellt.</p>",
            "recommendation": "Prüfen Sie zuerst mit der Wohnungswirtschaft, ob es "
            "genügend kleine, barrierefreie Wohnungen gibt. Verbinden Sie einen "
            "Wohnungstausch mit einem Neubauprojekt im Quartier, statt ihn allein "
            "zu starten.",
            "retrospective": "Wir hätten vor dem Start den Wohnungsbestand "
            "analysieren und die Erwartungen bei der Werbung dämpfen sollen.",
            "easy_language_summary": "Alte Menschen wohnen oft in großen Wohnungen. "
            "Familien brauchen große Wohnungen. Die Stadt wollte beim Tauschen "
            "helfen. Viele alte Menschen wollten tauschen. Aber es gab zu wenige "
            "kleine Wohnungen ohne Treppen. Darum hat die Stadt das Tauschen "
            "beendet.",
            "last_reviewed": D(2026, 9, 30),
        },
    ],
    "discussion": {
        "slug": "finanzierung-quartierskoordination-nach-foerderende",
        "title": "Wie finanziert ihr die Quartierskoordination nach Ende der "
        "Förderung?",
        "themes": [vocabulary.BETEILIGUNG, vocabulary.PFLEGE],
        "category": labs.DiscussionCategory.QUESTION,
        "status": labs.DiscussionStatus.OPEN,
        "started_by_city": "Neckarweiler",
        "related_page": "albhausen/feste-ansprechperson-vor-ort",
        "question": "<p>Unsere Stabsstelle Quartiersentwicklung ist bis Ende 2026 "
        "über Fördermittel finanziert. Der Mittagstisch läuft inzwischen mit "
        "Eigenmitteln, aber ohne Koordination bricht vieles weg.</p>"
        "<p>Wie habt ihr die Stelle nach der Förderung gesichert – über den "
        "Haushalt, über Träger, über die Wohnungswirtschaft? Und was hat euren "
        "Gemeinderat überzeugt?</p>",
    },
}

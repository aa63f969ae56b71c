"""The KompetenzBereich's offers in the demo content: Fachberatung, Förderprogramme,
Materialien, Partner*innen der Landesstrategie, Neuigkeiten.

Programme names and funders are real where DOMAIN.md names them; every amount (except
the published range of Quartiersimpulse), deadline, material, news item and logo is
invented and marked "Beispielinhalt (fiktiv)". Themes, labs and experiments are
referred to by slug.
"""

import datetime

from knowledge.materials import Licence, MaterialLanguage, MaterialType

DEMO_NOTE = "Beispielangabe (fiktiv) – bitte beim Fördergeber prüfen."

ADVICE_SETTINGS = {
    "advice_email": "fachberatung@example.org",
    "advice_phone": "0711 000000-0",
    "advice_hours": "Mo–Do 9–12 Uhr (Beispielangabe)",
    "advice_teaser": "Sie planen ein Quartiersprojekt, suchen Fördermittel oder "
    "wollen ein Experiment aus einem StadtLabor übernehmen? Die Fachberatung des "
    "KompetenzBereichs berät Ihre Verwaltung – kostenfrei für Mitgliedsstädte.",
    "advice_contacts": [
        (
            "contact",
            {
                "role": "Fachberatung Quartiersentwicklung",
                "topics": "Einstieg, Strategie, Beteiligung, StadtLabore",
                "email": "fachberatung@example.org",
                "phone": "0711 000000-1",
            },
        ),
        (
            "contact",
            {
                "role": "Fördermittelberatung",
                "topics": "Förderprogramme, Anträge, Verstetigung",
                "email": "foerderung@example.org",
                "phone": "0711 000000-2",
            },
        ),
    ],
}

FACHBERATUNG = {
    "intro": "<p>Die Fachberatung des KompetenzBereichs Inklusive "
    "Quartiersentwicklung unterstützt die Verwaltungen der Mitgliedsstädte – "
    "<b>aus der Praxis für die Praxis</b>, auf Augenhöhe und vertraulich. "
    "(Beispielinhalt, fiktiv)</p>",
    "topics": "<ul><li>Einstieg in die Quartiersentwicklung: Wo fangen wir an, "
    "wen holen wir an den Tisch?</li><li>Gesamtstädtische Strategie und "
    "ämterübergreifende Zusammenarbeit</li><li>Beteiligung, auch von stillen "
    "Gruppen</li><li>Förderprogramme und Anträge, z. B. Quartiersimpulse</li>"
    "<li>Übertragung von Experimenten aus den StadtLaboren in Ihre Stadt</li>"
    "<li>Verstetigung: Was bleibt nach der Laborphase?</li></ul>",
    "how_to": "<ol><li>Sie schildern Ihr Anliegen über das Formular „Beratung "
    "anfragen“ oder per E-Mail.</li><li>Wir melden uns innerhalb von fünf "
    "Arbeitstagen und vereinbaren ein Gespräch (telefonisch, online oder vor "
    "Ort).</li><li>Auf Wunsch vermitteln wir Kontakt zu einer Pilotstadt, die "
    "Ähnliches erprobt hat.</li></ol><p>Die Beratung ist für Mitgliedsstädte "
    "kostenfrei.</p>",
}

PROGRAMMES = [
    {
        "slug": "quartiersimpulse",
        "title": "Quartiersimpulse",
        "funder": "Ministerium für Soziales, Gesundheit und Integration "
        "Baden-Württemberg mit der Allianz für Beteiligung",
        "teaser": "Förderung von Quartiersprojekten zu „Pflege und Unterstützung im "
        "Alter“ und generationengerechter Gestaltung des Lebensumfelds, mit "
        "Bürgerbeteiligung und zivilgesellschaftlichen Partner*innen.",
        "amount_min": 20_000,
        "amount_max": 85_000,
        "amount_note": "je Quartier für Städte und Gemeinden; Verbünde und "
        "Landkreise mit Gemeinde 40.000–115.000 €",
        "eligible": "Städte und Gemeinden\nGemeindeverbände\nLandkreise in "
        "Kooperation mit einer Gemeinde",
        "conditions": "<ul><li>Bürgerbeteiligung und ein nachgewiesener "
        "zivilgesellschaftlicher Partner</li><li>Gemeinderatsbeschluss</li><li>"
        "Externe Prozessbegleitung (Tagessatz höchstens 800 €)</li></ul>",
        "link": "https://www.quartier2030-bw.de/angebote/foerderung/foerderung.html",
        "rolling": False,
        "deadlines": [
            (datetime.date(2027, 3, 31), "Antragsfrist (Beispielfrist, fiktiv)"),
        ],
        "themes": ["pflege-gesundheit", "beteiligung-engagement-teilhabe"],
        "labs": ["sorgende-gemeinschaft-hochfeld"],
        "experiments": ["nachbarschaftshilfe-pool"],
        "last_checked": datetime.date(2026, 9, 1),
    },
    {
        "slug": "beteiligungstaler",
        "title": "Beteiligungstaler",
        "funder": "Ministerium für Soziales, Gesundheit und Integration "
        "Baden-Württemberg",
        "teaser": "Kleine Zuschüsse für Beteiligungsformate im Quartier, z. B. "
        "Quartiersspaziergänge oder Barriere-Checks mit Betroffenen.",
        "amount_min": 1_000,
        "amount_max": 5_000,
        "amount_note": DEMO_NOTE,
        "eligible": "Städte und Gemeinden\nZivilgesellschaftliche Initiativen in "
        "Kooperation mit der Kommune",
        "rolling": True,
        "deadlines": [],
        "themes": ["beteiligung-engagement-teilhabe", "inklusion-integration-vielfalt"],
        "labs": [],
        "experiments": ["barriere-check"],
        "last_checked": datetime.date(2026, 6, 15),
    },
    {
        "slug": "sozialer-zusammenhalt",
        "title": "Sozialer Zusammenhalt (Städtebauförderung)",
        "funder": "Bund und Land Baden-Württemberg",
        "teaser": "Städtebauförderung für benachteiligte Quartiere: bauliche "
        "Maßnahmen, Quartiersmanagement und soziale Infrastruktur.",
        "amount_min": None,
        "amount_max": None,
        "amount_note": "nach Gesamtmaßnahme; " + DEMO_NOTE,
        "eligible": "Städte und Gemeinden mit förmlich festgelegtem Gebiet",
        "rolling": False,
        "deadlines": [
            (datetime.date(2026, 6, 30), "Programmanmeldung (Beispielfrist, fiktiv)"),
        ],
        "themes": ["wohnen-mobilitaet-klima", "beteiligung-engagement-teilhabe"],
        "labs": ["muehlbach-sued"],
        "experiments": [],
        # Deliberately outdated: the dashboard and the reminder email show it.
        "last_checked": datetime.date(2025, 5, 20),
    },
    {
        "slug": "quartiersakademie-inhouse",
        "title": "Quartiersakademie: Inhouse-Förderung",
        "funder": "Quartiersakademie (Koordinierungsstelle beim KVJS)",
        "teaser": "Zuschuss zu Inhouse-Veranstaltungen und Qualifizierung für "
        "Verwaltung und Partner*innen vor Ort.",
        "amount_min": None,
        "amount_max": 3_000,
        "amount_note": DEMO_NOTE,
        "eligible": "Städte, Gemeinden und Landkreise",
        "rolling": False,
        "deadlines": [
            (datetime.date(2027, 1, 31), "1. Runde (Beispielfrist, fiktiv)"),
            (datetime.date(2027, 7, 31), "2. Runde (Beispielfrist, fiktiv)"),
        ],
        "themes": ["digitalisierung", "inklusion-integration-vielfalt"],
        "labs": ["digital-dabei-rosenhalde"],
        "experiments": [],
        "last_checked": datetime.date(2026, 10, 1),
    },
]

MATERIALS = [
    {
        "slug": "handreichung-aufsuchende-beteiligung",
        "title": "Handreichung: Aufsuchende Beteiligung an der Haustür",
        "material_type": MaterialType.HANDREICHUNG,
        "description": "Wie Nachbarschaftslots*innen geschult werden, welche Fragen "
        "funktionieren und wie die Antworten ausgewertet werden – aus der "
        "Klingel-Tour in Mühlbach-Süd.",
        "year": 2025,
        "publisher": "Stadt Neckarweiler (fiktiv)",
        "licence": Licence.CC_BY,
        "language": MaterialLanguage.GERMAN,
        "accessible_checked": True,
        "themes": ["beteiligung-engagement-teilhabe"],
        "labs": ["muehlbach-sued"],
    },
    {
        "slug": "leitfaden-zwischennutzung",
        "title": "Leitfaden: Zwischennutzung von Leerständen im Ortskern",
        "material_type": MaterialType.LEITFADEN,
        "description": "Von der ersten Idee bis zum Öffnungstag: Eigentümer*innen "
        "gewinnen, Nutzungsvertrag, Versicherung, Öffnungszeiten mit Ehrenamtlichen.",
        "year": 2026,
        "publisher": "Stadt Filsingen (fiktiv)",
        "licence": Licence.CC_BY_SA,
        "language": MaterialLanguage.GERMAN,
        "accessible_checked": False,
        "themes": ["wirtschaft-nahversorgung"],
        "labs": ["ortsmitte-fuer-alle"],
    },
    {
        "slug": "checkliste-barriere-check",
        "title": "Checkliste: Barriere-Check im Ortskern",
        "material_type": MaterialType.CHECKLISTE,
        "description": "Zwei Seiten für die Ortsbegehung mit Rollator, Kinderwagen "
        "und Langstock: Bordsteine, Ampeln, Beläge, Sitzgelegenheiten, "
        "Beschilderung.",
        "year": 2026,
        "publisher": "Stadt Filsingen (fiktiv)",
        "licence": Licence.CC0,
        "language": MaterialLanguage.EASY,
        "accessible_checked": True,
        "themes": ["inklusion-integration-vielfalt"],
        "labs": ["ortsmitte-fuer-alle"],
    },
    {
        "slug": "vorlage-nutzungsvereinbarung",
        "title": "Vorlage: Nutzungsvereinbarung für Quartiersräume",
        "material_type": MaterialType.VORLAGE,
        "description": "Mustervertrag für die Überlassung von Räumen an "
        "Initiativen: Haftung, Schlüssel, Reinigung, Kündigung.",
        "year": 2024,
        "publisher": "KompetenzBereich Inklusive Quartiersentwicklung",
        "licence": Licence.CC_BY,
        "language": MaterialLanguage.GERMAN,
        "accessible_checked": False,
        "themes": ["beteiligung-engagement-teilhabe"],
        "labs": [],
    },
    {
        "slug": "dokumentation-sorgende-gemeinschaft-hochfeld",
        "title": "Dokumentation: Sorgende Gemeinschaft Hochfeld – Laborbericht 2025",
        "material_type": MaterialType.DOKUMENTATION,
        "description": "Der Laborbericht aus Albhausen: Nachbarschaftshilfe-Pool, "
        "Stammtisch für pflegende Angehörige und Quartiersrat per Losverfahren.",
        "year": 2025,
        "publisher": "Stadt Albhausen (fiktiv)",
        "licence": Licence.ALL_RIGHTS,
        "language": MaterialLanguage.GERMAN,
        "accessible_checked": True,
        "themes": ["pflege-gesundheit", "beteiligung-engagement-teilhabe"],
        "labs": ["sorgende-gemeinschaft-hochfeld"],
    },
]

PARTNERS_INTRO = (
    "<p>Die Landesstrategie <b>„Quartier 2030 – Gemeinsam. Gestalten.“</b> tragen "
    "das Land und die kommunalen Landesverbände gemeinsam "
    "(Gemeinsame Koordinierungsstelle Quartiersentwicklung, GKZ.QE). "
    "Logos: Platzhalter (Beispielbilder).</p>"
)

PARTNERS = [
    {
        "name": "Ministerium für Soziales, Gesundheit und Integration "
        "Baden-Württemberg",
        "initials": "SM",
        "colour": (0, 90, 140),
        "description": "Verantwortet die Landesstrategie Quartier 2030 und ihre "
        "Förderprogramme. (Beschreibung: Beispielinhalt, fiktiv)",
        "url": "https://sozialministerium.baden-wuerttemberg.de/",
    },
    {
        "name": "Städtetag Baden-Württemberg",
        "initials": "ST",
        "colour": (170, 30, 45),
        "description": "Kommunaler Landesverband der Städte; der KompetenzBereich "
        "Inklusive Quartiersentwicklung berät die Mitgliedsstädte und betreibt diese "
        "Plattform. (Beschreibung: Beispielinhalt, fiktiv)",
        "url": "https://www.staedtetag-bw.de/",
    },
    {
        "name": "Gemeindetag Baden-Württemberg",
        "initials": "GT",
        "colour": (30, 120, 60),
        "description": "Kommunaler Landesverband der Städte und Gemeinden, "
        "Partner in der Gemeinsamen Koordinierungsstelle. (Beschreibung: "
        "Beispielinhalt, fiktiv)",
        "url": "https://www.gemeindetag-bw.de/",
    },
    {
        "name": "Landkreistag Baden-Württemberg",
        "initials": "LT",
        "colour": (90, 60, 140),
        "description": "Kommunaler Landesverband der Landkreise, Partner in der "
        "Gemeinsamen Koordinierungsstelle. (Beschreibung: Beispielinhalt, fiktiv)",
        "url": "https://www.landkreistag-bw.de/",
    },
]

NEWS = [
    {
        "slug": "neue-runde-quartiersimpulse",
        "title": "Neue Antragsrunde Quartiersimpulse – jetzt beraten lassen",
        "date": datetime.date(2026, 11, 10),
        "teaser": "Die nächste Antragsfrist steht fest (Beispielfrist, fiktiv). Die "
        "Fachberatung hilft bei Ideenskizze und Gemeinderatsvorlage.",
        "themes": ["pflege-gesundheit"],
        "body": [
            (
                "paragraph",
                "<p>Wer jetzt plant, hat genug Zeit für den Gemeinderatsbeschluss. "
                "Melden Sie sich bei der Fachberatung – wir sehen uns Ihre Idee "
                "gemeinsam an. (Beispielinhalt, fiktiv)</p>",
            )
        ],
    },
    {
        "slug": "materialien-online",
        "title": "Neu im Bereich Materialien: Checkliste Barriere-Check",
        "date": datetime.date(2026, 10, 22),
        "teaser": "Filsingen teilt die Checkliste seiner Ortsbegehung – auch in "
        "Leichter Sprache.",
        "themes": ["inklusion-integration-vielfalt"],
        "body": [
            (
                "paragraph",
                "<p>Die Checkliste steht zum Herunterladen bereit und darf frei "
                "weiterverwendet werden. (Beispielinhalt, fiktiv)</p>",
            )
        ],
    },
    {
        "slug": "rueckblick-lernwerkstatt-herbst",
        "title": "Rückblick: Lernwerkstatt „Sorgende Gemeinschaften“",
        "date": datetime.date(2026, 9, 30),
        "teaser": "28 Teilnehmende aus 14 Mitgliedsstädten tauschten sich über "
        "Nachbarschaftshilfe und pflegende Angehörige aus (Zahlen fiktiv).",
        "themes": ["pflege-gesundheit", "familie-generationen-lebensgemeinschaften"],
        "body": [],
    },
    {
        "slug": "plattform-gestartet",
        "title": "StadtLabore vor Ort: die Plattform ist gestartet",
        "date": datetime.date(2026, 7, 1),
        "teaser": "Pilotstädte dokumentieren ihre StadtLabore, alle Mitgliedsstädte "
        "lesen mit und tauschen sich aus. (Beispielinhalt, fiktiv)",
        "themes": [],
        "body": [],
    },
]

INTROS = {
    "funding": "<p>Förderprogramme für Quartiersprojekte in Baden-Württemberg – mit "
    "Fristen, Förderhöhe und den StadtLaboren, die damit gearbeitet haben. "
    "Beträge und Fristen der Beispiele sind fiktiv.</p>",
    "materials": "<p>Handreichungen, Leitfäden, Checklisten, Vorlagen und "
    "Dokumentationen aus den StadtLaboren zum Herunterladen.</p>",
    "news": "<p>Neues aus dem KompetenzBereich und den StadtLaboren.</p>",
}

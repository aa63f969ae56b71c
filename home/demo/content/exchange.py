"""The exchange between member cities: threaded comments, "Das kennen wir auch",
"Übernommen von" and what the demo members follow. Invented (fiktiv).
"""

import datetime

from labs.models import AdoptionKind

D = datetime.date


# --- Discussions: threaded comments between member cities (issue 3) -----------------
# Pages: "discussion:<slug>", "experiment:<lab>/<slug>", "learning:<lab>/<slug>".
# "by" is the e-mail of a demo account (USERS); "editorial" answers as the Redaktion;
# "days" counts back from COMMENTS_UNTIL. Nested "replies" up to three levels.

COMMENTS_UNTIL = datetime.datetime(2026, 11, 20, 10, 0)

DEMO_COMMENTS = {
    "discussion:finanzierung-quartierskoordination-nach-foerderende": [
        {
            "by": "sozialplanung.schlehenbronn@example.org",
            "days": 24,
            "text": "Bei uns läuft die Förderung für zwei Quartiersbüros Ende 2027 aus. "
            "Wir haben im Gemeinderat durchgesetzt, dass eine der beiden Stellen ab "
            "2028 in den Stellenplan kommt – unter der Bedingung, dass wir jährlich "
            "über Wirkungen berichten. Welche Kennzahlen nutzt ihr dafür?",
            "replies": [
                {
                    "by": "labor.neckarweiler@example.org",
                    "days": 23,
                    "text": "Danke, das hilft uns sehr. Wir berichten bisher nur "
                    "Teilnehmendenzahlen und ein paar Zitate. Für den Gemeinderat "
                    "planen wir jetzt drei Kennzahlen: erreichte Haushalte, "
                    "vermittelte Unterstützungen und Anzahl der Ehrenamtlichen.",
                    "replies": [
                        {
                            "by": "sozialplanung.schlehenbronn@example.org",
                            "days": 22,
                            "text": "Genau so machen wir es auch, dazu einmal im "
                            "Jahr eine kurze Befragung im Quartier. Unsere Vorlage "
                            "für den Bericht schicke ich euch gern.",
                        },
                    ],
                },
                {
                    "by": "labor.albhausen@example.org",
                    "days": 21,
                    "text": "Wir finanzieren die halbe Stelle der Einsatzkoordination "
                    "künftig zu einem Drittel über die Kirchengemeinde und die "
                    "Sozialstation. Ohne diese Partner hätte der Gemeinderat nicht "
                    "zugestimmt.",
                },
            ],
        },
        {
            "by": "hauptamt.wacholderstetten@example.org",
            "days": 9,
            "text": "Für kleine Gemeinden wie uns ist schon eine halbe Stelle viel. "
            "Hat jemand Erfahrung mit einer gemeinsamen Koordination für mehrere "
            "Gemeinden im Verwaltungsverband?",
            "replies": [
                {
                    "editorial": True,
                    "by": "redaktion@example.org",
                    "days": 8,
                    "text": "Das Thema greifen wir gern in der nächsten "
                    "Experimentier- und Lernwerkstatt auf. Bitte prüfen Sie auch die "
                    "aktuellen Bedingungen der Quartiersimpulse: Gemeindeverbünde "
                    "können dort eigene Anträge stellen.",
                },
            ],
        },
    ],
    "discussion:vorlage-nutzungsvereinbarung-zwischennutzung": [
        {
            "by": "stadtplanung.storchenau@example.org",
            "days": 18,
            "text": "Wir würden gern ein leeres Ladenlokal für drei Monate als "
            "Quartierstreff nutzen. Gibt es eine Nutzungsvereinbarung, die ihr "
            "teilen könnt? Besonders die Haftungsfragen machen uns Sorgen.",
            "replies": [
                {
                    "by": "labor.filsingen@example.org",
                    "days": 17,
                    "highlighted": True,
                    "text": "Ja, gern. Unsere Vereinbarung regelt Miete (symbolisch), "
                    "Nebenkosten, Schlüssel, Öffnungszeiten und die Versicherung "
                    "über den Bürgerverein. Wichtigster Punkt: Die "
                    "Veranstaltungshaftpflicht muss vor dem ersten Öffnungstag "
                    "stehen – das hat uns sechs Wochen gekostet.",
                    "replies": [
                        {
                            "by": "stadtplanung.storchenau@example.org",
                            "days": 16,
                            "text": "Sehr hilfreich, danke! Wer hat bei euch die "
                            "Vereinbarung unterschrieben – die Stadt oder der "
                            "Verein?",
                        },
                    ],
                },
            ],
        },
    ],
    "discussion:konzeptvergabe-gewichtung-der-kriterien": [
        {
            "by": "sozialplanung.schlehenbronn@example.org",
            "days": 14,
            "text": "Wie stark habt ihr die sozialen Kriterien gewichtet? Bei uns "
            "ist die Diskussion, ob 30 Prozent reichen, damit Gemeinschaftsräume "
            "wirklich entstehen.",
            "replies": [
                {
                    "by": "labor.kraichbrunn@example.org",
                    "days": 13,
                    "text": "Wir haben 40 Prozent Konzept, 30 Prozent soziale "
                    "Kriterien und 30 Prozent Preis angesetzt. Entscheidend war "
                    "aber, dass die Gemeinschaftsräume im Kaufvertrag gesichert "
                    "sind, nicht nur im Konzept.",
                },
            ],
        },
    ],
    "discussion:gebaerdensprachdolmetschung-bei-quartiersforen": [
        {
            "by": "inklusion.eschenklingen@example.org",
            "days": 12,
            "text": "Bei uns brauchen die Dolmetscherinnen mindestens vier Wochen "
            "Vorlauf, bei Abendterminen eher sechs. Für zwei Stunden Forum rechnen "
            "wir mit zwei Personen, weil im Team gedolmetscht wird.",
            "replies": [
                {
                    "by": "labor.remsheim@example.org",
                    "days": 11,
                    "text": "Das deckt sich mit unseren Erfahrungen. Wir kündigen "
                    "die Dolmetschung inzwischen schon in der Einladung an – seitdem "
                    "kommen tatsächlich mehr gehörlose Menschen.",
                },
                {
                    "by": "seniorenbuero.rebhaldenheim@example.org",
                    "days": 10,
                    "text": "Habt ihr zusätzlich Schriftdolmetschung angeboten? Bei "
                    "uns haben schwerhörige ältere Menschen danach gefragt.",
                },
            ],
        },
    ],
    "discussion:lernwerkstatt-sorgende-gemeinschaften-fragen": [
        {
            "by": "quartier.quittenau@example.org",
            "days": 6,
            "text": "Uns interessiert, wie ihr pflegende Angehörige erreicht, die "
            "keine Zeit für Treffen haben. Gibt es gute Erfahrungen mit "
            "Telefonsprechstunden?",
        },
        {
            "by": "seniorenbuero.rebhaldenheim@example.org",
            "days": 4,
            "text": "Wir bringen die Frage mit, wie Nachbarschaftshilfe und "
            "Pflegedienste sich absprechen, ohne dass Ehrenamtliche Pflege "
            "übernehmen.",
        },
    ],
    "experiment:neckarweiler/klingel-tour": [
        {
            "by": "quartier.quittenau@example.org",
            "days": 15,
            "text": "Wie habt ihr die Nachbarschaftslots*innen geschult? Wir planen "
            "etwas Ähnliches und überlegen, ob ein Nachmittag reicht.",
            "replies": [
                {
                    "by": "labor.neckarweiler@example.org",
                    "days": 14,
                    "text": "Zwei Nachmittage: einer zu Gesprächsführung und "
                    "Datenschutz, einer mit Rollenspielen an der Haustür. Danach "
                    "sind immer zwei zusammen losgegangen.",
                },
            ],
        },
    ],
    "learning:albhausen/feste-ansprechperson-vor-ort": [
        {
            "by": "hauptamt.wacholderstetten@example.org",
            "days": 7,
            "text": "Das können wir bestätigen: Solange die Koordination nur "
            "nebenbei im Hauptamt lief, ist vieles liegen geblieben.",
        },
    ],
}

# "Das kennen wir auch": (learning key, city, e-mail of the account, note)
DEMO_CONFIRMATIONS = [
    (
        "albhausen/feste-ansprechperson-vor-ort",
        "Wacholderstetten",
        "hauptamt.wacholderstetten@example.org",
        "Ohne feste Ansprechperson im Hauptamt ist unser Seniorennetz eingeschlafen.",
    ),
    (
        "albhausen/feste-ansprechperson-vor-ort",
        "Schlehenbronn",
        "sozialplanung.schlehenbronn@example.org",
        "In unseren Quartiersbüros genauso: Die halbe Stelle ist das Minimum.",
    ),
    (
        "neckarweiler/persoenliche-ansprache-erreicht-stille-gruppen",
        "Quittenau",
        "quartier.quittenau@example.org",
        "Im Familienzentrum erreichen wir über Gespräche in der Kita deutlich mehr "
        "Eltern als über Flyer.",
    ),
    (
        "filsingen/barriere-check-mit-betroffenen",
        "Eschenklingen",
        "inklusion.eschenklingen@example.org",
        "Unser Teilhabeplan hat mit einem solchen Rundgang begonnen.",
    ),
]

# "Übernommen von": (experiment key, city, e-mail, kind, note)
DEMO_ADOPTIONS = [
    (
        "neckarweiler/mittagstisch-im-gemeindehaus",
        "Quittenau",
        "quartier.quittenau@example.org",
        AdoptionKind.ADAPTED,
        "Bei uns im Familienzentrum, einmal pro Woche und generationenübergreifend.",
    ),
    (
        "remsheim/digitalsprechstunde-technik-patinnen",
        "Rebhaldenheim",
        "seniorenbuero.rebhaldenheim@example.org",
        AdoptionKind.ADOPTED,
        "In zwei Stadtteilbibliotheken, mit einer Schule als Partnerin.",
    ),
    (
        "filsingen/barriere-check",
        "Eschenklingen",
        "inklusion.eschenklingen@example.org",
        AdoptionKind.ADOPTED,
        "",
    ),
]


# --- Follows (labs and themes; issue "Staying informed") ------------------------------
# Demo members follow a few labs and themes, so that "Mein Bereich", the follow
# buttons and `manage.py send_digest --dry-run` have something to show.
DEMO_FOLLOWS = [
    ("sozialplanung.schlehenbronn@example.org", "lab", "neckarweiler"),
    ("sozialplanung.schlehenbronn@example.org", "theme", "pflege-gesundheit"),
    ("quartier.quittenau@example.org", "lab", "filsingen"),
    ("quartier.quittenau@example.org", "theme", "wirtschaft-nahversorgung"),
    ("inklusion.eschenklingen@example.org", "theme", "inklusion-integration-vielfalt"),
    ("stadtplanung.storchenau@example.org", "lab", "kraichbrunn"),
    ("seniorenbuero.rebhaldenheim@example.org", "lab", "albhausen"),
]

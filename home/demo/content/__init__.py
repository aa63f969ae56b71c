"""The German demo content of `manage.py load_demo_content` (DOMAIN.md section 6).

Everything here is **invented** (fiktiv): the cities, quarters, people, numbers and
e-mail addresses (reserved domain example.org). No invented content is attributed to a
real municipality. The city names were checked against the municipalities of
Baden-Württemberg known to us; check them against the Gemeindeverzeichnis (GV-ISys,
Destatis) before the demo is shown publicly.

The legal pages (Impressum, Datenschutz, Barrierefreiheit, Nutzungsbedingungen) have
the real structure but are drafts: every fact we do not know is marked
"[bitte ergänzen]".

Data only: the command turns it into pages with the builders in `home/demo.py`.
Themes are referred to by slug (seeded by migration labs/0002), target groups by name,
images by a key of `IMAGES`, experiments by "<lab key>/<experiment slug>", learnings by
"<lab key>/<learning slug>" ("wissen/<slug>" for the editors' syntheses).
"""

import datetime

D = datetime.date

# --- Vocabulary (seeded by migration labs/0002) ------------------------------------

BETEILIGUNG = "beteiligung-engagement-teilhabe"
PFLEGE = "pflege-gesundheit"
WOHNEN = "wohnen-mobilitaet-klima"
FAMILIE = "familie-generationen-lebensgemeinschaften"
WIRTSCHAFT = "wirtschaft-nahversorgung"
INKLUSION = "inklusion-integration-vielfalt"
DIGITAL = "digitalisierung"

AELTERE = "Ältere Menschen / Hochaltrige"
ANGEHOERIGE = "Pflegende Angehörige"
BEHINDERUNG = "Menschen mit Behinderungen"
JUGEND = "Kinder & Jugendliche"
FAMILIEN = "Familien / Alleinerziehende"
MIGRATION = "Menschen mit Migrationsgeschichte / Geflüchtete"
ARMUT = "Menschen in Armutslagen"
NEUZUGEZOGENE = "Neuzugezogene"
STILLE = "„Stille Gruppen“ / schwer Erreichbare"
ALLE = "Alle Bewohner*innen"
VERWALTUNG = "Verwaltung intern"
ZIVIL = "Zivilgesellschaftliche Akteur*innen"

KIND_SUCCESS = "success_factor"
KIND_OBSTACLE = "obstacle"
KIND_METHOD = "method"
KIND_SURPRISE = "surprise"
KIND_RECOMMENDATION = "recommendation"
KIND_FAILED = "failed_idea"

CONTACT_EMAIL = "quartier@example.org"
REVIEWED = D(2026, 10, 15)


# --- Block helpers (values of the BodyBlock StreamField) ----------------------------


def h2(text):
    return ("heading", {"text": text, "level": "h2"})


def h3(text):
    return ("heading", {"text": text, "level": "h3"})


def p(html):
    return ("paragraph", html)


def callout(kind, title, html):
    """kind: "info" (Hinweis), "tip" (Tipp aus der Praxis), "warning" (Stolperstein)."""
    return ("callout", {"kind": kind, "title": title, "text": html})


def quote(text, author=""):
    return ("quote", {"text": text, "author": author})


def image(key, alt_text, caption=""):
    """An image block; `key` names an entry of IMAGES (resolved by the command)."""
    return (
        "image",
        {
            "image": key,
            "alt_text": alt_text,
            "caption": caption,
            "credit": "Grafik: computergeneriertes Beispielbild",
        },
    )


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# --- Images (drawn by home/demo_images.py) -----------------------------------------

IMAGES = {
    "muehlbach": {
        "title": "Luftbild Mühlbach-Süd, Neckarweiler",
        "drawing": "estate_rows",
        "alt": "Gezeichnetes Luftbild (Grafik, kein Foto): lange, parallele Wohnblöcke "
        "mit grauen Flachdächern zwischen Rasenflächen und Bäumen, oben eine "
        "Hauptstraße, in der Mitte eine Straße von oben nach unten, unten ein "
        "Bach.",
    },
    "filsingen": {
        "title": "Luftbild Ortskern Filsingen",
        "drawing": "village_centre",
        "alt": "Gezeichnetes Luftbild (Grafik, kein Foto): kleine Häuser mit roten "
        "Dächern um einen hellen Marktplatz, eine Hauptstraße quer durch den Ort und "
        "unten eine Bahnlinie mit Bahnhofsgebäude.",
    },
    "ziegelei": {
        "title": "Luftbild Neubauquartier Ziegelei, Kraichbrunn",
        "drawing": "new_quarter",
        "alt": "Gezeichnetes Luftbild (Grafik, kein Foto): ein gleichmäßiges Raster "
        "aus Straßen mit neuen, flach gedeckten Gebäuden, am rechten Rand drei "
        "braune Baufelder und unten eine runde Grünfläche.",
    },
    "rosenhalde": {
        "title": "Luftbild Rosenhalde, Remsheim",
        "drawing": "high_rise_estate",
        "alt": "Gezeichnetes Luftbild (Grafik, kein Foto): Hochhäuser und lange "
        "Wohnblöcke an geschwungenen Straßen, viele Bäume und unten ein orangefarbenes "
        "Gebäude für den Quartierstreff.",
    },
    "hochfeld": {
        "title": "Luftbild Teilort Hochfeld, Albhausen",
        "drawing": "village",
        "alt": "Gezeichnetes Luftbild (Grafik, kein Foto): einzelne Häuser mit roten "
        "und grauen Dächern entlang einer kurvigen Dorfstraße, ringsum Felder und Wiesen, oben "
        "links ein Waldstück.",
    },
    "rundweg": {
        "title": "Rundweg Barriere-Check, Filsingen",
        "drawing": "route_sketch",
        "alt": "Skizze des Rundwegs (Grafik): Eine blaue Linie mit sechs Stationen "
        "führt durch den Ortskern vom Bahnhof über den Marktplatz zum Rathaus; rote "
        "Markierungen zeigen drei besonders schwierige Stellen.",
    },
}


# --- Site settings, start page, index pages ----------------------------------------

SITE_SETTINGS = {
    "site_name": "StadtLabore vor Ort",
    "organisation": "Städtetag Baden-Württemberg – KompetenzBereich Inklusive "
    "Quartiersentwicklung",
    "funding_notice": "Finanziert aus Landesmitteln, die der Landtag von "
    "Baden-Württemberg beschlossen hat.",
    "contact_email": CONTACT_EMAIL,
    "discussions_public": False,
    # Invented, marked as such (the page says where to replace them).
    "privacy_controller": "Städtetag Baden-Württemberg – KompetenzBereich Inklusive "
    "Quartiersentwicklung\nBeispielstraße 1, 70000 Beispielstadt [Beispielangabe]",
    "privacy_officer": "Datenschutzbeauftragte*r des Städtetags [Beispielangabe]",
    "privacy_officer_email": "datenschutz@example.org",
    "hosting_provider": "Beispiel-Hosting GmbH, Beispielstadt [Beispielangabe]",
    "email_provider": "den Mailserver des Hosting-Dienstleisters [Beispielangabe]",
}

HOME = {
    "hero_title": "StadtLabore vor Ort",
    "intro": (
        "<p>Die Laborplattform des <b>KompetenzBereichs Inklusive "
        "Quartiersentwicklung</b> im Städtetag Baden-Württemberg. Pilotstädte "
        "dokumentieren hier ihre StadtLabore: was sie in ihren Quartieren erproben, "
        "was gelingt – und auch, welche Ideen gescheitert sind. Alle Mitgliedsstädte "
        "können so mit- und voneinander lernen, auf Augenhöhe und <i>aus der Praxis "
        "für die Praxis</i>.</p>"
    ),
    "easy_language_intro": (
        "<p>Auf dieser Internet-Seite geht es um <b>Quartiere</b>.</p>"
        "<p>Ein Quartier ist ein Teil von einer Stadt. Zum Beispiel: ein Stadt-Teil. "
        "Oder ein kleines Dorf.</p>"
        "<p>Viele Städte in Baden-Württemberg wollen ihre Quartiere besser machen. "
        "Alle Menschen sollen dort gut leben. Junge Menschen und alte Menschen. "
        "Menschen mit Behinderung und Menschen ohne Behinderung.</p>"
        "<p>Die Städte probieren dafür neue Ideen aus. Das nennen wir: "
        "<b>Stadt-Labor</b>. Manche Ideen klappen gut. Manche Ideen klappen schlecht. "
        "Die Städte schreiben auf: Das haben wir gelernt. So lernen andere Städte "
        "davon.</p>"
        "<p>Die Internet-Seite hat 3 Bereiche:</p>"
        "<ul>"
        "<li><b>StadtLabore</b>: Hier lesen Sie: Diese Ideen probieren die Städte "
        "aus.</li>"
        "<li><b>Wissen</b>: Hier lesen Sie: Das haben die Städte gelernt.</li>"
        "<li><b>Austausch</b>: Hier schreiben Mitarbeiterinnen und Mitarbeiter von "
        "den Städten. Sie stellen sich gegenseitig Fragen.</li>"
        "</ul>"
        "<p>Die 3 Bereiche finden Sie oben auf der Seite im Menü. Oben gibt es auch "
        "eine Suche. Unten auf der Seite finden Sie mehr Seiten in Leichter "
        "Sprache.</p>"
        "<p>Wichtig: Die Städte auf dieser Seite sind ausgedacht. Sie sind ein "
        "Beispiel.</p>"
    ),
}

INDEX_INTROS = {
    "labs": (
        "<p>In einem <b>StadtLabor</b> erprobt eine Pilotstadt neue Wege der "
        "inklusiven Quartiersentwicklung: mit einer Leitfrage, einem Quartier und "
        "mehreren Experimenten. Jeder Steckbrief zeigt Ausgangslage, "
        "Herausforderungen, Zuständigkeiten in der Verwaltung und eine "
        "Ansprechperson. Filtern Sie nach Stadt, Handlungsfeld und Status.</p>"
    ),
    "knowledge": (
        "<p>Was haben die StadtLabore gelernt? Hier finden Sie Gelingensfaktoren, "
        "Stolpersteine, Methoden und <i>gescheiterte Ideen</i> – jeweils mit einer "
        "Empfehlung für andere Städte, der Übertragbarkeit und den Experimenten, aus "
        "denen die Erkenntnis stammt. Oben stellt die Redaktion besonders lesenswerte "
        "Erkenntnisse vor.</p>"
    ),
    "discussions": (
        "<p>Fragen an die Runde, Erfahrungsaustausch und die Suche nach Vorlagen – "
        "von Verwaltung zu Verwaltung, auf Augenhöhe. Beiträge schreiben angemeldete "
        "Mitglieder aus den Mitgliedsstädten; die Redaktion des KompetenzBereichs "
        "stellt übergreifende Themen zur Diskussion.</p>"
    ),
}


# --- Member cities -------------------------------------------------------------------
# The five lab cities of DOMAIN.md section 6 and 14 further invented member cities,
# all sizes from under 10,000 to over 100,000 inhabitants. AGS left blank on purpose.

LAB_CITIES = [
    {
        "name": "Neckarweiler",
        "municipality_type": "grosse_kreisstadt",
        "population": 48_200,
        "district": "Landkreis Beispieltal",
        "region": "Stuttgart",
        "network_role": "current",
        "can_report_on": "Aufsuchende Befragung mit Nachbarschaftslots*innen; "
        "Mittagstisch als Begegnungsort mit einer Kirchengemeinde; Wohnungstausch "
        "(und warum er bei uns gescheitert ist).",
        "seeks_exchange_on": "Finanzierung der Quartierskoordination nach der "
        "Förderung; kleine barrierefreie Wohnungen im Bestand; junge Familien "
        "erreichen.",
    },
    {
        "name": "Filsingen",
        "municipality_type": "stadt",
        "population": 9_480,
        "district": "Landkreis Musterhöhe",
        "region": "Stuttgart",
        "network_role": "current",
        "can_report_on": "Zwischennutzung von Leerstand mit einem Bürgerverein; "
        "Barriere-Check mit dem Behindertenbeirat; Bürgerbus-Test im ländlichen "
        "Raum.",
        "seeks_exchange_on": "Dorfladen als Genossenschaft; Rufbus und "
        "On-Demand-Verkehr; barrierefreier Umbau kleiner Bahnhöfe.",
    },
    {
        "name": "Kraichbrunn",
        "municipality_type": "stadt",
        "population": 22_150,
        "district": "Landkreis Rebenhügel",
        "region": "Karlsruhe",
        "network_role": "current",
        "can_report_on": "Konzeptvergabe städtischer Grundstücke mit Sozialkriterien; "
        "Nachbarschaft im Neubauquartier vor dem Einzug; Mobilitätsstation mit "
        "einem Verein.",
        "seeks_exchange_on": "Gemeinschaftsräume dauerhaft betreiben; Verbindung von "
        "Neubau und angrenzendem Bestandsquartier.",
    },
    {
        "name": "Remsheim",
        "municipality_type": "grosse_kreisstadt",
        "population": 35_400,
        "district": "Landkreis Beispieltal",
        "region": "Stuttgart",
        "network_role": "current",
        "can_report_on": "Digitalsprechstunde mit Jugendlichen als Technik-Pat*innen; "
        "mehrsprachiger Messenger-Verteiler mit abgestimmtem Datenschutzkonzept; "
        "Tablet-Ausleihe über die Stadtbibliothek.",
        "seeks_exchange_on": "Gebärdensprachdolmetschung bei Quartiersforen; "
        "Übersetzungen in Leichte Sprache; Ehrenamtliche mit Migrationsgeschichte "
        "gewinnen.",
    },
    {
        "name": "Albhausen",
        "municipality_type": "stadt",
        "population": 13_900,
        "district": "Landkreis Albvorland",
        "region": "Tübingen",
        "network_role": "current",
        "can_report_on": "Sorgende Gemeinschaft im Teilort; Nachbarschaftshilfe mit "
        "Einsatzkoordination (Quartiersimpulse); Quartiersrat per Losverfahren.",
        "seeks_exchange_on": "Verstetigung nach Förderende; Angebote für pflegende "
        "Angehörige im ländlichen Raum.",
    },
]

MEMBER_CITIES = [
    {
        "name": "Bergmoosweiler",
        "municipality_type": "gemeinde",
        "population": 2_900,
        "district": "Landkreis Albvorland",
        "region": "Tübingen",
        "can_report_on": "Dorfgemeinschaftshaus in Bürgerhand.",
        "seeks_exchange_on": "Nahversorgung ohne Laden; Mitfahrbänke.",
    },
    {
        "name": "Wacholderstetten",
        "municipality_type": "gemeinde",
        "population": 4_300,
        "district": "Landkreis Albvorland",
        "region": "Tübingen",
        "can_report_on": "Seniorennachmittage mit den Vereinen im Jahreswechsel.",
        "seeks_exchange_on": "Einstieg in die Quartiersentwicklung mit wenig "
        "Personal; Förderanträge.",
    },
    {
        "name": "Forellbach",
        "municipality_type": "gemeinde",
        "population": 5_600,
        "district": "Landkreis Schwarzwaldrand",
        "region": "Freiburg",
        "can_report_on": "Ehrenamtlicher Fahrdienst zum Arzt.",
        "seeks_exchange_on": "Barrierefreie Bushaltestellen; pflegende Angehörige "
        "erreichen.",
    },
    {
        "name": "Sternwiesingen",
        "municipality_type": "gemeinde",
        "population": 7_900,
        "district": "Landkreis Beispieltal",
        "region": "Stuttgart",
        "can_report_on": "Jugendbeteiligung mit einem Jugendforum.",
        "seeks_exchange_on": "Ortsmitte beleben; Zwischennutzung von Leerstand.",
    },
    {
        "name": "Haselbrückingen",
        "municipality_type": "stadt",
        "population": 11_200,
        "district": "Landkreis Schwarzwaldrand",
        "region": "Freiburg",
        "can_report_on": "Quartiersspaziergänge mit Seniorinnen und Senioren.",
        "seeks_exchange_on": "Sorgende Gemeinschaft in Teilorten; "
        "Nachbarschaftshilfe organisieren.",
    },
    {
        "name": "Quittenau",
        "municipality_type": "stadt",
        "population": 12_800,
        "district": "Landkreis Rebenhügel",
        "region": "Karlsruhe",
        "can_report_on": "Familienzentrum als Anlaufstelle im Quartier.",
        "seeks_exchange_on": "Aufsuchende Beteiligung; Mittagstisch für Ältere.",
    },
    {
        "name": "Distelfingen",
        "municipality_type": "stadt",
        "population": 16_300,
        "district": "Landkreis Musterhöhe",
        "region": "Stuttgart",
        "can_report_on": "Inklusive Spielplatzplanung mit Kindern.",
        "seeks_exchange_on": "Barriere-Check im öffentlichen Raum; Zusammenarbeit mit "
        "dem Behindertenbeirat.",
    },
    {
        "name": "Mühlsteinach",
        "municipality_type": "stadt",
        "population": 17_600,
        "district": "Landkreis Schwarzwaldrand",
        "region": "Freiburg",
        "can_report_on": "Ämterübergreifende Steuerungsgruppe Quartier.",
        "seeks_exchange_on": "Digitale Teilhabe älterer Menschen.",
    },
    {
        "name": "Hopfenstaig",
        "municipality_type": "grosse_kreisstadt",
        "population": 23_400,
        "district": "Landkreis Obere Au",
        "region": "Tübingen",
        "can_report_on": "Seniorenbüro mit Wohnberatung.",
        "seeks_exchange_on": "Wohnungstausch; gemeinschaftliche Wohnformen.",
    },
    {
        "name": "Eschenklingen",
        "municipality_type": "grosse_kreisstadt",
        "population": 28_900,
        "district": "Landkreis Obere Au",
        "region": "Tübingen",
        "can_report_on": "Teilhabeplan für Menschen mit Behinderungen.",
        "seeks_exchange_on": "Gebärdensprache und Leichte Sprache in "
        "Beteiligungsformaten.",
    },
    {
        "name": "Kirschtalheim",
        "municipality_type": "grosse_kreisstadt",
        "population": 41_300,
        "district": "Landkreis Rebenhügel",
        "region": "Karlsruhe",
        "can_report_on": "Quartiersmanagement im Programm Sozialer Zusammenhalt.",
        "seeks_exchange_on": "Konzeptvergabe; Neubauquartiere sozial begleiten.",
    },
    {
        "name": "Schlehenbronn",
        "municipality_type": "grosse_kreisstadt",
        "population": 61_400,
        "district": "Landkreis Musterhöhe",
        "region": "Stuttgart",
        "can_report_on": "Gesamtstädtische Quartiersstrategie mit Sozialraumanalyse.",
        "seeks_exchange_on": "Verstetigung von Quartierskoordination; Monitoring und "
        "Wirkungsmessung.",
    },
    {
        "name": "Storchenau",
        "municipality_type": "grosse_kreisstadt",
        "population": 78_300,
        "district": "Landkreis Beispieltal",
        "region": "Stuttgart",
        "can_report_on": "Stadtteilkonferenzen mit Wohnungswirtschaft und "
        "Wohlfahrtsverbänden.",
        "seeks_exchange_on": "Messenger und digitale Kanäle datenschutzkonform nutzen.",
    },
    {
        "name": "Rebhaldenheim",
        "municipality_type": "stadtkreis",
        "population": 134_000,
        "district": "Stadtkreis Rebhaldenheim",
        "region": "Karlsruhe",
        "can_report_on": "Quartierszentren in zwölf Stadtteilen; Verfügungsfonds für "
        "Bürgerinitiativen.",
        "seeks_exchange_on": "Ländliche Teilorte einbinden; Ehrenamt in "
        "Großwohnsiedlungen.",
    },
]


# --- Demo accounts -------------------------------------------------------------------
# role: "redaktion" (association editor: group Redaktion, no superuser), "pilot"
# (pilot-city editor: group "Pilotstadt <City>" with rights in their own lab only),
# "member" (member of another member city). Usernames are the e-mail addresses.

EDITOR_GROUP = "Redaktion"

USERS = [
    {
        "email": "redaktion@example.org",
        "first_name": "Henrike",
        "last_name": "Demmler",
        "role": "redaktion",
        # Association editors belong to the Städtetag, not to a member city.
        "city": None,
        "function": "Redaktion KompetenzBereich Inklusive Quartiersentwicklung "
        "(Geschäftsstelle)",
    },
    {
        "email": "labor.neckarweiler@example.org",
        "first_name": "Tobias",
        "last_name": "Wendling",
        "role": "pilot",
        "city": "Neckarweiler",
        "function": "Quartierskoordination",
    },
    {
        "email": "labor.filsingen@example.org",
        "first_name": "Sevgi",
        "last_name": "Arslan-Kern",
        "role": "pilot",
        "city": "Filsingen",
        "function": "Wirtschaftsförderung und Stadtmarketing",
    },
    {
        "email": "labor.kraichbrunn@example.org",
        "first_name": "Lukas",
        "last_name": "Hartlieb",
        "role": "pilot",
        "city": "Kraichbrunn",
        "function": "Stadtplanung",
    },
    {
        "email": "labor.remsheim@example.org",
        "first_name": "Mirjam",
        "last_name": "Ostertag",
        "role": "pilot",
        "city": "Remsheim",
        "function": "Quartiersarbeit",
    },
    {
        "email": "labor.albhausen@example.org",
        "first_name": "Annette",
        "last_name": "Brändlin",
        "role": "pilot",
        "city": "Albhausen",
        "function": "Sozialplanung",
    },
    {
        "email": "sozialplanung.schlehenbronn@example.org",
        "first_name": "Petra",
        "last_name": "Kienzlinger",
        "role": "member",
        "city": "Schlehenbronn",
        "function": "Sozialplanung",
    },
    {
        "email": "quartier.quittenau@example.org",
        "first_name": "Jonas",
        "last_name": "Mehlhose",
        "role": "member",
        "city": "Quittenau",
        "function": "Quartierskoordination",
    },
    {
        "email": "inklusion.eschenklingen@example.org",
        "first_name": "Derya",
        "last_name": "Roth-Yıldız",
        "role": "member",
        "city": "Eschenklingen",
        "function": "Beauftragte für die Belange von Menschen mit Behinderungen",
    },
    {
        "email": "stadtplanung.storchenau@example.org",
        "first_name": "Felix",
        "last_name": "Ambrosius",
        "role": "member",
        "city": "Storchenau",
        "function": "Stadtplanung",
    },
    {
        "email": "hauptamt.wacholderstetten@example.org",
        "first_name": "Ute",
        "last_name": "Sailerbach",
        "role": "member",
        "city": "Wacholderstetten",
        "function": "Hauptamt",
    },
    {
        "email": "seniorenbuero.rebhaldenheim@example.org",
        "first_name": "Ralf",
        "last_name": "Nguyen-Baumann",
        "role": "member",
        "city": "Rebhaldenheim",
        "function": "Seniorenbüro",
    },
]

ROLE_LABELS = {
    "redaktion": "Redaktion (Verband)",
    "pilot": "Pilotstadt-Redaktion",
    "member": "Mitglied",
}


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


# --- StadtLabore ---------------------------------------------------------------------
# Each lab: Steckbrief fields, three experiments, its learnings (children of the lab)
# and one discussion. Experiments and learnings are built in the order given.

NECKARWEILER = {
    "key": "neckarweiler",
    "city": "Neckarweiler",
    "slug": "muehlbach-sued",
    "title": "Mühlbach-Süd: Nachbarschaft im Generationenwechsel",
    "image": "muehlbach",
    "primary_theme": PFLEGE,
    "themes": [PFLEGE, FAMILIE],
    "target_groups": [AELTERE, ANGEHOERIGE, FAMILIEN, NEUZUGEZOGENE],
    "fields": {
        "programme": "current",
        "status": "running",
        "teaser": "In Mühlbach-Süd, einer Siedlung der 1970er-Jahre, ist fast jede "
        "dritte Person 65 oder älter – und junge Familien ziehen zu. Neckarweiler "
        "erprobt, wie Versorgung, Begegnung und Wohnen im Generationenwechsel "
        "zusammenpassen.",
        "quarter_name": "Mühlbach-Süd",
        "quarter_type": "bestand",
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
            "themes": [PFLEGE, BETEILIGUNG],
            "target_groups": [AELTERE, STILLE, ANGEHOERIGE],
            "teaser": "Geschulte Nachbarschaftslots*innen haben an gut 600 Türen "
            "geklingelt und ältere Menschen gefragt, wie sie leben, was ihnen fehlt "
            "und wer ihnen hilft. Die aufsuchende Befragung erreichte viele, die "
            "nie zu Versammlungen kommen.",
            "format_type": "participation",
            "status": "evaluated",
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
            "cost_band": "1k-5k",
            "cost_note": "Schulung, Aufwandsentschädigungen, Ausweise, Druck: "
            "ca. 3.200 €",
            "effort": "medium",
            "transferability": "high",
            "transfer_conditions": "Braucht eine Handvoll verlässlicher "
            "Ehrenamtlicher, eine Schulung zu Gesprächsführung und Datenschutz und "
            "eine Ankündigung im Amtsblatt, damit niemand einen Trickbetrug "
            "vermutet. In jeder Gemeindegröße möglich.",
            "evaluation_method": "survey",
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
            "themes": [PFLEGE, FAMILIE],
            "target_groups": [AELTERE, FAMILIEN, ALLE],
            "teaser": "Drei Monate lang gab es jeden Dienstag und Donnerstag ein "
            "warmes Mittagessen im Gemeindehaus der evangelischen Kirchengemeinde – "
            "für 5,50 €, Kinder kostenlos. Aus dem Probebetrieb ist ein fester "
            "Treffpunkt geworden.",
            "format_type": "meeting_place",
            "status": "consolidated",
            "hypothesis": "Wir vermuten, dass ein günstiges, regelmäßiges "
            "Mittagessen allein lebende Ältere aus der Wohnung holt und zugleich ein "
            "Ort wird, an dem sich Alteingesessene und junge Familien begegnen.",
            "place": "Gemeindehaus der Ev. Kirchengemeinde Mühlbach, Saal im "
            "Erdgeschoss (Rampe, barrierefreies WC, Induktionsschleife)",
            "start_date": D(2025, 9, 2),
            "end_date": D(2025, 11, 27),
            "resources_staff": "ca. 3 Std./Woche Quartierskoordination, 2 Std./Woche "
            "Gemeindediakonin, 12 Ehrenamtliche im Küchendienst",
            "cost_band": "5k-20k",
            "cost_note": "Essen von der Küche einer inklusiven Werkstatt, Zuschuss "
            "2,50 € je Essen, Geschirr und Hygieneschulung: ca. 7.800 € für drei "
            "Monate",
            "effort": "medium",
            "transferability": "high",
            "transfer_conditions": "Braucht einen Raum mit Ausgabeküche, eine "
            "Partnerin wie eine Kirchengemeinde oder einen Verein und einen "
            "Zuschuss je Essen. Ab etwa 2.000 Menschen im Einzugsbereich "
            "realistisch.",
            "evaluation_method": "participants",
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
            "themes": [WOHNEN, FAMILIE],
            "target_groups": [AELTERE, FAMILIEN],
            "teaser": "Ältere Menschen in zu großen Wohnungen sollten mit jungen "
            "Familien tauschen können, begleitet von der Baugenossenschaft. Die "
            "Börse wurde eingestellt: Es fehlten kleine, barrierefreie Wohnungen im "
            "Quartier.",
            "format_type": "service",
            "status": "stopped",
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
            "cost_band": "1k-5k",
            "cost_note": "Flyer, Beratungshonorar, Gutscheine für Umzugshilfe "
            "(nicht abgerufen): ca. 2.100 €",
            "effort": "high",
            "transferability": "limited",
            "transfer_conditions": "Nur sinnvoll, wenn es im Quartier oder in der "
            "Nähe genügend kleine, barrierefreie Wohnungen gibt oder ein Neubau "
            "kurz bevorsteht. Vorher den Bestand mit der Wohnungswirtschaft prüfen.",
            "evaluation_method": "workshop",
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
            "kind": KIND_METHOD,
            "themes": [BETEILIGUNG, PFLEGE],
            "evidence": ["neckarweiler/klingel-tour"],
            "evidence_level": "evaluated",
            "transferability": "high",
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
            "kind": KIND_FAILED,
            "themes": [WOHNEN, FAMILIE],
            "evidence": ["neckarweiler/wohnungstausch-boerse"],
            "evidence_level": "single",
            "transferability": "limited",
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
        "themes": [BETEILIGUNG, PFLEGE],
        "category": "question",
        "status": "open",
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

FILSINGEN = {
    "key": "filsingen",
    "city": "Filsingen",
    "slug": "ortsmitte-fuer-alle",
    "title": "Ortsmitte für alle",
    "image": "filsingen",
    "primary_theme": WIRTSCHAFT,
    "themes": [WIRTSCHAFT, INKLUSION],
    "target_groups": [AELTERE, BEHINDERUNG, FAMILIEN, ALLE],
    "fields": {
        "programme": "current",
        "status": "evaluated",
        "teaser": "Im historischen Ortskern von Filsingen stehen Läden leer, der "
        "Supermarkt liegt am Ortsrand. Die Stadt erprobt mit Bürgerverein und "
        "Behindertenbeirat, wie die Ortsmitte wieder ein Ort zum Einkaufen, "
        "Treffen und sicheren Bewegen wird.",
        "quarter_name": "Ortskern mit Bahnhofsareal",
        "quarter_type": "ortskern",
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
            "themes": [WIRTSCHAFT, BETEILIGUNG],
            "target_groups": [AELTERE, ALLE, ZIVIL],
            "teaser": "Der Bürgerverein hat ein leeres Ladengeschäft am Marktplatz "
            "sechs Monate lang als Quartiersladen genutzt: regionale Lebensmittel, "
            "Paketannahme, Sprechstunden und ein Tisch mit Kaffee zum Verweilen.",
            "format_type": "spatial",
            "status": "evaluated",
            "hypothesis": "Wir vermuten, dass ein kleiner Laden mit Treffpunkt die "
            "Nahversorgung für Menschen ohne Auto verbessert und zeigt, ob ein "
            "dauerhaftes, bürgerschaftlich getragenes Angebot im Ortskern trägt.",
            "place": "Marktstraße 7, ehemaliges Schuhgeschäft (ebenerdig über eine "
            "mobile Rampe; kein Kundinnen- und Kunden-WC)",
            "start_date": D(2025, 3, 15),
            "end_date": D(2025, 9, 14),
            "resources_staff": "ca. 5 Std./Woche Wirtschaftsförderung; 22 "
            "Ehrenamtliche des Bürgervereins im Ladendienst",
            "cost_band": "5k-20k",
            "cost_note": "Miete (von der Eigentümerin halbiert), Versicherungen, "
            "Rampe, gebrauchte Ladeneinrichtung: ca. 11.500 € aus dem "
            "Verfügungsfonds der Ortskernsanierung",
            "effort": "high",
            "transferability": "medium",
            "transfer_conditions": "Braucht einen tragfähigen Verein, eine "
            "kooperative Eigentümerin oder einen kooperativen Eigentümer und – vor "
            "dem ersten Öffnungstag – Nutzungsvertrag, Haftpflicht- und "
            "Inhaltsversicherung sowie geklärte lebensmittelrechtliche Fragen.",
            "evaluation_method": "participants",
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
            "themes": [INKLUSION, WIRTSCHAFT],
            "target_groups": [BEHINDERUNG, AELTERE, FAMILIEN],
            "teaser": "Mitglieder des Behindertenbeirats, Eltern mit Kinderwagen "
            "und Fachleute der Verwaltung sind gemeinsam durch die Ortsmitte "
            "gegangen – mit Rollator, Rollstuhl und Langstock. In zwei Stunden "
            "entstand eine Liste mit 43 Barrieren.",
            "format_type": "participation",
            "status": "consolidated",
            "hypothesis": "Wir vermuten, dass eine gemeinsame Ortsbegehung mit "
            "Betroffenen Barrieren zeigt, die in Plänen nicht sichtbar sind – und "
            "dass die Beteiligten danach die Umsetzung mittragen.",
            "place": "Rundweg Bahnhof – Marktplatz – Rathaus – Ärztehaus, ca. 1,2 km; "
            "Start und Ende im Rathaus (Aufzug, barrierefreies WC)",
            "start_date": D(2025, 5, 6),
            "end_date": D(2025, 7, 15),
            "resources_staff": "ca. 20 Std. Vorbereitung und Auswertung (Bauamt und "
            "Sozialamt), zwei Stunden Begehung mit 16 Teilnehmenden",
            "cost_band": "lt1k",
            "cost_note": "Leihrollstuhl und Alterssimulationsanzug vom Sanitätshaus, "
            "Gebärdensprachdolmetschung, Verpflegung: ca. 850 €",
            "effort": "low",
            "transferability": "high",
            "transfer_conditions": "Funktioniert in jeder Gemeindegröße. Wichtig: "
            "Betroffene als Expertinnen und Experten einladen, nicht als "
            "Testpersonen; das Bauamt muss dabei sein; Ergebnisse mit Fotos und "
            "Lageplan dokumentieren.",
            "evaluation_method": "observation",
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
            "themes": [WOHNEN, WIRTSCHAFT],
            "target_groups": [AELTERE, BEHINDERUNG],
            "teaser": "An vier Samstagen fuhr ein geliehener Kleinbus aus den "
            "Teilorten zum Wochenmarkt und zurück, mit Fahrgastbefragung. Die "
            "Testfahrten wurden eingestellt: zu wenige Fahrgäste und zu wenige "
            "Ehrenamtliche am Steuer.",
            "format_type": "service",
            "status": "stopped",
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
            "cost_band": "1k-5k",
            "cost_note": "Miete Kleinbus, Kraftstoff, Versicherung, Flyer: ca. 2.400 €",
            "effort": "medium",
            "transferability": "limited",
            "transfer_conditions": "Vor dem Test klären: Gibt es genügend "
            "Ehrenamtliche für einen Dauerbetrieb? Ist der Bedarf belegt, etwa "
            "durch eine Befragung in den Teilorten? Genehmigungsfragen früh mit "
            "der zuständigen Behörde klären.",
            "evaluation_method": "survey",
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
            "kind": KIND_METHOD,
            "themes": [INKLUSION, WIRTSCHAFT],
            "evidence": ["filsingen/barriere-check"],
            "evidence_level": "repeated",
            "transferability": "high",
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
            "kind": KIND_OBSTACLE,
            "themes": [WIRTSCHAFT, BETEILIGUNG],
            "evidence": ["filsingen/quartiersladen-auf-zeit"],
            "evidence_level": "single",
            "transferability": "high",
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
            "kind": KIND_FAILED,
            "themes": [WOHNEN, BETEILIGUNG],
            "evidence": ["filsingen/buergerbus-testfahrten"],
            "evidence_level": "single",
            "transferability": "medium",
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
        "themes": [WIRTSCHAFT],
        "category": "material",
        "status": "answered",
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

KRAICHBRUNN = {
    "key": "kraichbrunn",
    "city": "Kraichbrunn",
    "slug": "quartier-ziegelei",
    "title": "Neues Quartier Ziegelei – von Anfang an Nachbarschaft",
    "image": "ziegelei",
    "primary_theme": WOHNEN,
    "themes": [WOHNEN, BETEILIGUNG],
    "target_groups": [NEUZUGEZOGENE, FAMILIEN, ALLE, VERWALTUNG],
    "fields": {
        "programme": "current",
        "status": "running",
        "teaser": "Auf dem Gelände der alten Ziegelei entsteht Wohnraum für rund 900 "
        "Menschen. Kraichbrunn erprobt, wie Nachbarschaft wächst, bevor die ersten "
        "Umzugswagen kommen – mit Willkommenspaket, Mobilitätsstation und einer "
        "Grundstücksvergabe nach Konzept.",
        "quarter_name": "Ziegelei",
        "quarter_type": "neubau",
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
            "themes": [BETEILIGUNG, WOHNEN],
            "target_groups": [NEUZUGEZOGENE, FAMILIEN],
            "teaser": "Alle künftigen Haushalte bekamen vor dem Einzug ein "
            "Willkommenspaket und eine Einladung zum Nachbarschaftsfest auf der "
            "Baustelle. So kannten sich viele schon, bevor sie Tür an Tür "
            "wohnten.",
            "format_type": "communication",
            "status": "evaluated",
            "hypothesis": "Wir vermuten, dass erste Kontakte vor dem Einzug die "
            "Hemmschwelle senken, sich später anzusprechen, und dass so früh "
            "gemeinsame Initiativen entstehen.",
            "place": "Festplatz an der alten Ziegelei-Esse (befestigter Weg, mobiles "
            "barrierefreies WC); Pakete per Post und bei der Schlüsselübergabe",
            "start_date": D(2025, 9, 20),
            "end_date": D(2026, 4, 30),
            "resources_staff": "ca. 60 Std. insgesamt (Stadtplanung, Sozialamt), "
            "Helferinnen und Helfer vom Quartiersverein Lehmgrube",
            "cost_band": "1k-5k",
            "cost_note": "Pakete mit Stadtplan, Gutscheinen örtlicher Geschäfte und "
            "Infos zu Kita, Vereinen und Mobilitätsstation; Fest mit Musik: "
            "ca. 4.600 €",
            "effort": "medium",
            "transferability": "high",
            "transfer_conditions": "Braucht früh die Kontaktdaten der künftigen "
            "Bewohnerinnen und Bewohner – über Bauträger und Genossenschaft und nur "
            "mit deren Einwilligung.",
            "evaluation_method": "survey",
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
            "themes": [WOHNEN],
            "target_groups": [FAMILIEN, AELTERE, NEUZUGEZOGENE],
            "teaser": "An der Mobilitätsstation am Quartiersplatz verleiht der "
            "örtliche Radverein zwei Lastenräder und ein Dreirad für Ältere – "
            "kostenlos, gebucht per Telefon oder online. Dazu kommen Carsharing und "
            "überdachte Radstellplätze.",
            "format_type": "service",
            "status": "testing",
            "hypothesis": "Wir vermuten, dass ein einfacher Lastenrad-Verleih den "
            "Verzicht auf ein (Zweit-)Auto erleichtert und dass ein Verein als "
            "Betreiber mehr Nähe schafft als ein kommerzieller Anbieter.",
            "place": "Mobilitätsstation am Quartiersplatz Ziegelei (ebenerdig, "
            "überdacht, beleuchtet)",
            "start_date": D(2026, 4, 1),
            "end_date": D(2027, 3, 31),
            "resources_staff": "ca. 2 Std./Woche Klimaschutzmanagement; "
            "Ehrenamtliche des Radvereins für Ausgabe und Wartung",
            "cost_band": "gt20k",
            "cost_note": "Zwei E-Lastenräder, ein E-Dreirad, Station mit "
            "Schließfächern: ca. 38.000 €, gut die Hälfte aus einem Förderprogramm "
            "für klimafreundliche Mobilität",
            "effort": "medium",
            "transferability": "medium",
            "transfer_conditions": "Braucht einen Verein mit Werkstatt-Wissen, eine "
            "kleine Aufwandsentschädigung für die Ausgabe und ein Buchungssystem, "
            "das auch telefonisch funktioniert.",
            "evaluation_method": "participants",
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
            "themes": [WOHNEN, BETEILIGUNG],
            "target_groups": [VERWALTUNG, ZIVIL, AELTERE, BEHINDERUNG],
            "teaser": "Drei städtische Baufelder gingen nicht an das höchste Gebot, "
            "sondern an die besten Konzepte: mit Gemeinschaftsräumen, bezahlbaren "
            "und barrierefreien Wohnungen und Angeboten für das ganze Quartier.",
            "format_type": "funding",
            "status": "evaluated",
            "hypothesis": "Wir vermuten, dass eine Konzeptvergabe zum Festpreis mit "
            "gewichteten Sozialkriterien mehr gemeinschaftliche und bezahlbare "
            "Wohnformen ins Quartier bringt – und dass sich trotzdem genügend "
            "Bewerberinnen und Bewerber finden.",
            "place": "Baufelder B2, B4 und C1 im Quartier Ziegelei",
            "start_date": D(2025, 1, 15),
            "end_date": D(2025, 10, 31),
            "resources_staff": "ca. 0,3 Stellen über zehn Monate (Liegenschaftsamt, "
            "Stadtplanung, Sozialamt), externe Verfahrensbegleitung",
            "cost_band": "5k-20k",
            "cost_note": "Externe Verfahrensbegleitung und Jury: ca. 16.000 €; den "
            "Mindererlös gegenüber einem Höchstpreisverfahren hat der Gemeinderat "
            "bewusst in Kauf genommen",
            "effort": "high",
            "transferability": "medium",
            "transfer_conditions": "Braucht einen Gemeinderatsbeschluss zu Festpreis "
            "und Kriterien, eine ämterübergreifende Steuerungsgruppe und eine "
            "rechtliche Prüfung, zum Beispiel zum Vergabe- und Beihilferecht. "
            "Eher ab etwa 15.000 Einwohnerinnen und Einwohnern.",
            "evaluation_method": "workshop",
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
            "kind": KIND_RECOMMENDATION,
            "themes": [WOHNEN, BETEILIGUNG],
            "evidence": ["kraichbrunn/konzeptvergabe-mit-sozialkriterien"],
            "evidence_level": "repeated",
            "transferability": "high",
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
            "kind": KIND_SUCCESS,
            "themes": [BETEILIGUNG, WOHNEN],
            "evidence": ["kraichbrunn/willkommenspaket-und-nachbarschaftsfest"],
            "evidence_level": "single",
            "transferability": "high",
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
        "themes": [WOHNEN, BETEILIGUNG],
        "category": "exchange",
        "status": "open",
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

REMSHEIM = {
    "key": "remsheim",
    "city": "Remsheim",
    "slug": "digital-dabei-rosenhalde",
    "title": "Digital dabei in der Rosenhalde",
    "image": "rosenhalde",
    "primary_theme": DIGITAL,
    "themes": [DIGITAL, INKLUSION],
    "target_groups": [AELTERE, MIGRATION, JUGEND, ARMUT],
    "fields": {
        "programme": "current",
        "status": "running",
        "teaser": "In der Rosenhalde, einer Siedlung der 1960er-Jahre mit Menschen "
        "aus über 40 Ländern, erprobt Remsheim digitale Teilhabe für alle: mit "
        "Jugendlichen als Technik-Pat*innen, mehrsprachigen Nachrichten und "
        "Tablets aus der Stadtbibliothek.",
        "quarter_name": "Rosenhalde",
        "quarter_type": "bestand",
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
            "themes": [DIGITAL, FAMILIE],
            "target_groups": [AELTERE, JUGEND, MIGRATION],
            "teaser": "Jeden Mittwochnachmittag helfen Schülerinnen und Schüler der "
            "Gemeinschaftsschule als Technik-Pat*innen im Quartierstreff: Smartphone "
            "einrichten, Videotelefonie, Online-Termine beim Bürgerbüro.",
            "format_type": "digital",
            "status": "consolidated",
            "hypothesis": "Wir vermuten, dass Ältere Hilfe von Jugendlichen aus dem "
            "eigenen Quartier eher annehmen als einen Kurs – und dass die "
            "Jugendlichen dabei Anerkennung und Kontakte ins Quartier gewinnen.",
            "place": "Quartierstreff Rosenhalde, Gruppenraum im Erdgeschoss "
            "(stufenlos, barrierefreies WC, WLAN)",
            "start_date": D(2025, 6, 4),
            "end_date": D(2026, 2, 25),
            "resources_staff": "ca. 3 Std./Woche Quartiersarbeit, eine Lehrkraft "
            "für die Begleitung der Jugendlichen",
            "cost_band": "lt1k",
            "cost_note": "Kuchen, Ausdrucke, kleine Anerkennungen für die "
            "Jugendlichen: ca. 600 €",
            "effort": "low",
            "transferability": "high",
            "transfer_conditions": "Braucht eine Schule, die das Engagement als "
            "Teil des Unterrichts oder eines Sozialpraktikums anerkennt, und einen "
            "Treffpunkt mit WLAN.",
            "evaluation_method": "participants",
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
            "themes": [DIGITAL, INKLUSION],
            "target_groups": [MIGRATION, FAMILIEN, ALLE],
            "teaser": "Termine und Hinweise aus dem Quartier gehen als kurze "
            "Nachricht in sechs Sprachen über einen Messenger-Verteiler – nur an "
            "Menschen, die ausdrücklich eingewilligt haben. Das Datenschutzkonzept "
            "wurde vorab mit dem Datenschutzbeauftragten abgestimmt.",
            "format_type": "communication",
            "status": "evaluated",
            "hypothesis": "Wir vermuten, dass kurze, mehrsprachige Nachrichten aufs "
            "Handy mehr Menschen erreichen als Aushänge und Amtsblatt – vor allem "
            "Familien mit Migrationsgeschichte.",
            "place": "Digital; Anmeldung im Quartierstreff und an Infoständen mit "
            "Sprachmittlerinnen und Sprachmittlern",
            "start_date": D(2025, 7, 1),
            "end_date": D(2026, 6, 30),
            "resources_staff": "ca. 3 Std./Woche Quartiersarbeit, sechs "
            "ehrenamtliche Sprachmittlerinnen und Sprachmittler",
            "cost_band": "lt1k",
            "cost_note": "Diensthandy und Aufwandsentschädigungen; Messenger-Dienst "
            "mit Servern in der EU über den Rahmenvertrag der Stadt",
            "effort": "low",
            "transferability": "high",
            "transfer_conditions": "Vorher mit der oder dem Datenschutzbeauftragten "
            "klären: Einwilligung, Dienst, Abmeldung und wer Zugriff auf die "
            "Nummern hat. Nur Verteiler ohne sichtbare Nummern, keine Gruppen.",
            "evaluation_method": "survey",
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
            "themes": [DIGITAL, PFLEGE],
            "target_groups": [AELTERE, ARMUT],
            "teaser": "Die Stadtbibliothek verleiht 15 vorbereitete Tablets für vier "
            "Wochen an Menschen ab 65 – mit großer Schrift, wichtigen Apps und einer "
            "Einführung durch die Technik-Pat*innen.",
            "format_type": "digital",
            "status": "testing",
            "hypothesis": "Wir vermuten, dass ältere Menschen eher ein eigenes "
            "Gerät anschaffen und nutzen, wenn sie es vorher in Ruhe zu Hause "
            "ausprobieren konnten.",
            "place": "Stadtbibliothek Remsheim, Zweigstelle im Ladenzentrum "
            "Rosenhalde (stufenlos)",
            "start_date": D(2026, 3, 1),
            "end_date": D(2026, 12, 31),
            "resources_staff": "ca. 2 Std./Woche Stadtbibliothek für Ausgabe und "
            "Zurücksetzen der Geräte",
            "cost_band": "5k-20k",
            "cost_note": "15 Tablets mit Hüllen und mobilen Daten, Geräteverwaltung: "
            "ca. 7.500 €",
            "effort": "medium",
            "transferability": "high",
            "transfer_conditions": "Braucht eine Bibliothek oder einen anderen Ort "
            "mit Ausleihroutine und eine einfache Geräteverwaltung zum Löschen der "
            "Daten nach jeder Ausleihe.",
            "evaluation_method": "survey",
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
            "kind": KIND_RECOMMENDATION,
            "themes": [DIGITAL, INKLUSION],
            "evidence": ["remsheim/mehrsprachiger-messenger-verteiler"],
            "evidence_level": "evaluated",
            "transferability": "high",
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
            "kind": KIND_SURPRISE,
            "themes": [DIGITAL, FAMILIE],
            "evidence": [
                "remsheim/digitalsprechstunde-technik-patinnen",
                "remsheim/tablet-ausleihe-stadtbibliothek",
            ],
            "evidence_level": "repeated",
            "transferability": "high",
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
        "themes": [INKLUSION, BETEILIGUNG],
        "category": "exchange",
        "status": "open",
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

ALBHAUSEN = {
    "key": "albhausen",
    "city": "Albhausen",
    "slug": "sorgende-gemeinschaft-hochfeld",
    "title": "Sorgende Gemeinschaft Hochfeld",
    "image": "hochfeld",
    "primary_theme": PFLEGE,
    "themes": [PFLEGE, BETEILIGUNG],
    "target_groups": [AELTERE, ANGEHOERIGE, ALLE, ZIVIL],
    "fields": {
        "programme": "current",
        "status": "consolidated",
        "teaser": "Im Teilort Hochfeld auf der Schwäbischen Alb organisiert sich das "
        "Dorf als sorgende Gemeinschaft: mit einem Pool von Nachbarschaftshilfen, "
        "einem Stammtisch für pflegende Angehörige und einem ausgelosten "
        "Quartiersrat.",
        "quarter_name": "Teilort Hochfeld",
        "quarter_type": "teilort",
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
            "themes": [PFLEGE, BETEILIGUNG],
            "target_groups": [AELTERE, ANGEHOERIGE, ZIVIL],
            "teaser": "Eine halbe Stelle Einsatzkoordination, gefördert über "
            "Quartiersimpulse, vermittelt Hilfe von Nachbarinnen und Nachbarn: "
            "Fahrdienste, Einkäufe, Begleitung, kleine Reparaturen. Inzwischen sind "
            "46 Helfende im Pool.",
            "format_type": "service",
            "status": "consolidated",
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
            "cost_band": "gt20k",
            "cost_note": "Personalkosten der halben Stelle, Versicherung und "
            "Aufwandsentschädigungen: ca. 36.000 € pro Jahr, in den ersten zwei "
            "Jahren überwiegend über Quartiersimpulse gefördert",
            "effort": "high",
            "transferability": "high",
            "transfer_conditions": "Braucht mindestens eine halbe Stelle für die "
            "Koordination, einen Träger für den Versicherungsschutz der Helfenden "
            "und frühzeitig einen Beschluss zur Finanzierung nach Förderende.",
            "evaluation_method": "external",
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
            "themes": [PFLEGE, FAMILIE],
            "target_groups": [ANGEHOERIGE, AELTERE],
            "teaser": "Einmal im Monat treffen sich pflegende Angehörige im "
            "Nebenzimmer des Dorfgasthauses – ohne Anmeldung, mit einer Beraterin "
            "des Pflegestützpunkts am Tisch. Ehrenamtliche betreuen währenddessen "
            "die Pflegebedürftigen.",
            "format_type": "meeting_place",
            "status": "evaluated",
            "hypothesis": "Wir vermuten, dass ein zwangloser Stammtisch im Dorf "
            "pflegende Angehörige eher erreicht als eine Selbsthilfegruppe in der "
            "Kreisstadt – und dass sie dort früher Beratung annehmen.",
            "place": "Nebenzimmer des Dorfgasthauses (ebenerdig; barrierefreies WC "
            "im Gemeindesaal nebenan)",
            "start_date": D(2024, 10, 8),
            "end_date": D(2025, 9, 30),
            "resources_staff": "ca. 4 Std./Monat Einsatzkoordination, Beraterin des "
            "Pflegestützpunkts, zwei Ehrenamtliche für die Betreuung",
            "cost_band": "lt1k",
            "cost_note": "Getränke und Aufwandsentschädigungen für die Betreuung: "
            "ca. 700 € im Jahr",
            "effort": "low",
            "transferability": "high",
            "transfer_conditions": "Braucht einen vertrauten, leicht erreichbaren "
            "Ort, einen verlässlichen Termin und eine Betreuung für die "
            "Pflegebedürftigen.",
            "evaluation_method": "participants",
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
            "themes": [BETEILIGUNG, PFLEGE],
            "target_groups": [ALLE, STILLE, NEUZUGEZOGENE],
            "teaser": "15 zufällig ausgeloste Bewohnerinnen und Bewohner haben an "
            "vier Abenden beraten, was Hochfeld für ein gutes Älterwerden braucht, "
            "und dem Ortschaftsrat sieben Empfehlungen übergeben.",
            "format_type": "participation",
            "status": "evaluated",
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
            "cost_band": "5k-20k",
            "cost_note": "Externe Moderation, Aufwandsentschädigung 30 € pro Abend "
            "und Person, Kinderbetreuung, Porto für das Losverfahren: "
            "ca. 7.900 €",
            "effort": "high",
            "transferability": "medium",
            "transfer_conditions": "Braucht eine Auswahl aus dem Melderegister, "
            "eine Aufwandsentschädigung, Kinderbetreuung und die Zusage des "
            "Gremiums, sich mit jeder Empfehlung öffentlich zu befassen.",
            "evaluation_method": "workshop",
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
            "kind": KIND_SUCCESS,
            "themes": [PFLEGE, BETEILIGUNG],
            "evidence": [
                "albhausen/nachbarschaftshilfe-pool",
                "neckarweiler/klingel-tour",
                "neckarweiler/mittagstisch-im-gemeindehaus",
            ],
            "evidence_level": "repeated",
            "transferability": "high",
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
            "kind": KIND_SUCCESS,
            "themes": [BETEILIGUNG, PFLEGE],
            "evidence": [
                "albhausen/nachbarschaftshilfe-pool",
                "albhausen/quartiersrat-per-losverfahren",
            ],
            "evidence_level": "repeated",
            "transferability": "high",
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
            "kind": KIND_METHOD,
            "themes": [BETEILIGUNG],
            "evidence": ["albhausen/quartiersrat-per-losverfahren"],
            "evidence_level": "single",
            "transferability": "medium",
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
        "themes": [BETEILIGUNG],
        "category": "question",
        "status": "answered",
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

LABS = [NECKARWEILER, FILSINGEN, KRAICHBRUNN, REMSHEIM, ALBHAUSEN]


# --- Editors' content: cross-lab synthesis, cross-city topics, curated list ----------

HUB_LEARNINGS = [
    {
        "slug": "in-der-laborphase-an-verstetigung-denken",
        "title": "Schon in der Laborphase an die Verstetigung denken: Gemeinderat "
        "früh informieren und Mittel für das Folgejahr einplanen.",
        "kind": KIND_RECOMMENDATION,
        "themes": [BETEILIGUNG, PFLEGE, WIRTSCHAFT],
        "evidence": [
            "neckarweiler/mittagstisch-im-gemeindehaus",
            "albhausen/nachbarschaftshilfe-pool",
            "filsingen/quartiersladen-auf-zeit",
            "kraichbrunn/konzeptvergabe-mit-sozialkriterien",
        ],
        "evidence_level": "repeated",
        "transferability": "high",
        "transfer_conditions": "Gilt für alle StadtLabore; der richtige Zeitpunkt "
        "hängt vom Haushaltsverfahren der Stadt ab (Doppelhaushalt bedenken).",
        "context_text": "<p>Eine Synthese der Redaktion aus allen fünf "
        "StadtLaboren: Wo Experimente nach der Laborphase weiterliefen, war der "
        "Gemeinderat früh eingebunden. In Neckarweiler beschloss er die "
        "Fortführung des Mittagstischs, in Albhausen die Weiterfinanzierung der "
        "Einsatzkoordination, in Kraichbrunn stand der Beschluss zur "
        "Konzeptvergabe am Anfang.</p>"
        "<p>Wo das fehlte, hingen erfolgreiche Ansätze in der Luft: Der "
        "Quartiersladen in Filsingen wird nur weitergeführt, weil der "
        "Bürgerverein eine Genossenschaft gründet.</p>",
        "recommendation": "Stellen Sie das StadtLabor dem Gemeinderat schon zum "
        "Start vor, berichten Sie mindestens halbjährlich und melden Sie Mittel für "
        "die Fortführung erfolgreicher Experimente rechtzeitig zum "
        "Haushaltsverfahren an – auch wenn die Auswertung noch läuft.",
        "retrospective": "",
        "easy_language_summary": "Die Städte probieren neue Ideen aus. Gute Ideen "
        "sollen weiter-gehen. Dafür braucht die Stadt Geld. Das Geld beschließt "
        "der Gemeinde-Rat. Darum: Den Gemeinde-Rat früh informieren. Und früh an "
        "das Geld für das nächste Jahr denken.",
        "last_reviewed": REVIEWED,
    },
]

EDITORIAL_DISCUSSIONS = [
    {
        "slug": "lernwerkstatt-sorgende-gemeinschaften-fragen",
        "title": "Experimentier- und Lernwerkstatt „Sorgende Gemeinschaften“: "
        "Welche Fragen bringt ihr mit?",
        "themes": [PFLEGE, BETEILIGUNG],
        "category": "notice",
        "status": "open",
        "started_by_city": "",
        "related_page": "albhausen/feste-ansprechperson-vor-ort",
        "question": "<p>Die nächste Experimentier- und Lernwerkstatt findet online "
        "im engen Kreis statt und widmet sich sorgenden Gemeinschaften. Albhausen "
        "berichtet aus dem StadtLabor Hochfeld, Neckarweiler aus Mühlbach-Süd.</p>"
        "<p>Damit wir die Werkstatt gut vorbereiten können: Welche Fragen, "
        "Stolpersteine oder Erfahrungen bringt ihr mit? Schreibt sie gern als "
        "Antwort hier in den Austausch.</p>",
    },
    {
        "slug": "foerderprogramme-fuer-quartiersprojekte",
        "title": "Welche Förderprogramme nutzt ihr für Quartiersprojekte – und was "
        "hat sich bewährt?",
        "themes": [BETEILIGUNG, WOHNEN],
        "category": "question",
        "status": "open",
        "started_by_city": "",
        "related_page": "",
        "question": "<p>Viele StadtLabore kombinieren Eigenmittel mit "
        "Förderprogrammen, zum Beispiel Quartiersimpulse oder Mitteln aus der "
        "Städtebauförderung. Wir möchten im Bereich Wissen eine Übersicht aus der "
        "Praxis aufbauen.</p>"
        "<p>Welche Programme habt ihr genutzt? Was war beim Antrag und bei der "
        "Abrechnung hilfreich oder mühsam? Bitte prüft die aktuellen "
        "Förderbedingungen immer beim jeweiligen Programm – die Konditionen "
        "ändern sich.</p>",
    },
]

# The curated list on the knowledge hub ("Empfohlene Erkenntnisse"), in order.
FEATURED = [
    (
        "albhausen/feste-ansprechperson-vor-ort",
        "Zwei StadtLabore, dieselbe Erfahrung: Ohne feste Koordination vor Ort "
        "bleibt Engagement Stückwerk.",
    ),
    (
        "neckarweiler/wohnungstausch-scheiterte-am-angebot",
        "Eine gescheiterte Idee, offen erzählt – und eine Prüffrage, die anderen "
        "Städten Monate erspart.",
    ),
    (
        "filsingen/barriere-check-mit-betroffenen",
        "Eine Methode, die in jeder Gemeindegröße funktioniert und fast nichts kostet.",
    ),
    (
        "wissen/in-der-laborphase-an-verstetigung-denken",
        "Die Synthese der Redaktion aus allen fünf StadtLaboren: Was nach der "
        "Laborphase trägt.",
    ),
]


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
        "angepasst",
        "Bei uns im Familienzentrum, einmal pro Woche und generationenübergreifend.",
    ),
    (
        "remsheim/digitalsprechstunde-technik-patinnen",
        "Rebhaldenheim",
        "seniorenbuero.rebhaldenheim@example.org",
        "uebernommen",
        "In zwei Stadtteilbibliotheken, mit einer Schule als Partnerin.",
    ),
    (
        "filsingen/barriere-check",
        "Eschenklingen",
        "inklusion.eschenklingen@example.org",
        "uebernommen",
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

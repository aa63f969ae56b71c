"""The member cities without a StadtLabor: 14 invented cities, all sizes from under
10,000 to over 100,000 inhabitants. AGS left blank on purpose. (The five lab cities
are in their own modules.)
"""

import datetime

from labs.models import MunicipalityType

D = datetime.date


MEMBER_CITIES = [
    {
        "name": "Bergmoosweiler",
        "municipality_type": MunicipalityType.GEMEINDE,
        "population": 2_900,
        "district": "Landkreis Albvorland",
        "region": "Tübingen",
        "can_report_on": "Dorfgemeinschaftshaus in Bürgerhand.",
        "seeks_exchange_on": "Nahversorgung ohne Laden; Mitfahrbänke.",
    },
    {
        "name": "Wacholderstetten",
        "municipality_type": MunicipalityType.GEMEINDE,
        "population": 4_300,
        "district": "Landkreis Albvorland",
        "region": "Tübingen",
        "can_report_on": "Seniorennachmittage mit den Vereinen im Jahreswechsel.",
        "seeks_exchange_on": "Einstieg in die Quartiersentwicklung mit wenig "
        "Personal; Förderanträge.",
    },
    {
        "name": "Forellbach",
        "municipality_type": MunicipalityType.GEMEINDE,
        "population": 5_600,
        "district": "Landkreis Schwarzwaldrand",
        "region": "Freiburg",
        "can_report_on": "Ehrenamtlicher Fahrdienst zum Arzt.",
        "seeks_exchange_on": "Barrierefreie Bushaltestellen; pflegende Angehörige "
        "erreichen.",
    },
    {
        "name": "Sternwiesingen",
        "municipality_type": MunicipalityType.GEMEINDE,
        "population": 7_900,
        "district": "Landkreis Beispieltal",
        "region": "Stuttgart",
        "can_report_on": "Jugendbeteiligung mit einem Jugendforum.",
        "seeks_exchange_on": "Ortsmitte beleben; Zwischennutzung von Leerstand.",
    },
    {
        "name": "Haselbrückingen",
        "municipality_type": MunicipalityType.STADT,
        "population": 11_200,
        "district": "Landkreis Schwarzwaldrand",
        "region": "Freiburg",
        "can_report_on": "Quartiersspaziergänge mit Seniorinnen und Senioren.",
        "seeks_exchange_on": "Sorgende Gemeinschaft in Teilorten; "
        "Nachbarschaftshilfe organisieren.",
    },
    {
        "name": "Quittenau",
        "municipality_type": MunicipalityType.STADT,
        "population": 12_800,
        "district": "Landkreis Rebenhügel",
        "region": "Karlsruhe",
        "can_report_on": "Familienzentrum als Anlaufstelle im Quartier.",
        "seeks_exchange_on": "Aufsuchende Beteiligung; Mittagstisch für Ältere.",
    },
    {
        "name": "Distelfingen",
        "municipality_type": MunicipalityType.STADT,
        "population": 16_300,
        "district": "Landkreis Musterhöhe",
        "region": "Stuttgart",
        "can_report_on": "Inklusive Spielplatzplanung mit Kindern.",
        "seeks_exchange_on": "Barriere-Check im öffentlichen Raum; Zusammenarbeit mit "
        "dem Behindertenbeirat.",
    },
    {
        "name": "Mühlsteinach",
        "municipality_type": MunicipalityType.STADT,
        "population": 17_600,
        "district": "Landkreis Schwarzwaldrand",
        "region": "Freiburg",
        "can_report_on": "Ämterübergreifende Steuerungsgruppe Quartier.",
        "seeks_exchange_on": "Digitale Teilhabe älterer Menschen.",
    },
    {
        "name": "Hopfenstaig",
        "municipality_type": MunicipalityType.GROSSE_KREISSTADT,
        "population": 23_400,
        "district": "Landkreis Obere Au",
        "region": "Tübingen",
        "can_report_on": "Seniorenbüro mit Wohnberatung.",
        "seeks_exchange_on": "Wohnungstausch; gemeinschaftliche Wohnformen.",
    },
    {
        "name": "Eschenklingen",
        "municipality_type": MunicipalityType.GROSSE_KREISSTADT,
        "population": 28_900,
        "district": "Landkreis Obere Au",
        "region": "Tübingen",
        "can_report_on": "Teilhabeplan für Menschen mit Behinderungen.",
        "seeks_exchange_on": "Gebärdensprache und Leichte Sprache in "
        "Beteiligungsformaten.",
    },
    {
        "name": "Kirschtalheim",
        "municipality_type": MunicipalityType.GROSSE_KREISSTADT,
        "population": 41_300,
        "district": "Landkreis Rebenhügel",
        "region": "Karlsruhe",
        "can_report_on": "Quartiersmanagement im Programm Sozialer Zusammenhalt.",
        "seeks_exchange_on": "Konzeptvergabe; Neubauquartiere sozial begleiten.",
    },
    {
        "name": "Schlehenbronn",
        "municipality_type": MunicipalityType.GROSSE_KREISSTADT,
        "population": 61_400,
        "district": "Landkreis Musterhöhe",
        "region": "Stuttgart",
        "can_report_on": "Gesamtstädtische Quartiersstrategie mit Sozialraumanalyse.",
        "seeks_exchange_on": "Verstetigung von Quartierskoordination; Monitoring und "
        "Wirkungsmessung.",
    },
    {
        "name": "Storchenau",
        "municipality_type": MunicipalityType.GROSSE_KREISSTADT,
        "population": 78_300,
        "district": "Landkreis Beispieltal",
        "region": "Stuttgart",
        "can_report_on": "Stadtteilkonferenzen mit Wohnungswirtschaft und "
        "Wohlfahrtsverbänden.",
        "seeks_exchange_on": "Messenger und digitale Kanäle datenschutzkonform nutzen.",
    },
    {
        "name": "Rebhaldenheim",
        "municipality_type": MunicipalityType.STADTKREIS,
        "population": 134_000,
        "district": "Stadtkreis Rebhaldenheim",
        "region": "Karlsruhe",
        "can_report_on": "Quartierszentren in zwölf Stadtteilen; Verfügungsfonds für "
        "Bürgerinitiativen.",
        "seeks_exchange_on": "Ländliche Teilorte einbinden; Ehrenamt in "
        "Großwohnsiedlungen.",
    },
]

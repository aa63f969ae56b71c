"""Names of the shared vocabularies in the demo content.

The seven Handlungsfelder are referred to by slug and the target groups by name, as
migration labs/0002 seeds them (they are rows in the database, not choices in code).
"""

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

"""The German demo content of `manage.py load_demo_content` (DOMAIN.md section 6), as
data: one module per invented lab city, the member cities without a lab, and the
association's own parts (settings, accounts, content pages, knowledge hub, exchange,
events, offers).

Everything here is **invented** (fiktiv): the cities, quarters, people, numbers and
e-mail addresses (reserved domain example.org). No invented content is attributed to a
real municipality. The city names were checked against the municipalities of
Baden-Württemberg known to us; check them against the Gemeindeverzeichnis (GV-ISys,
Destatis) before the demo is shown publicly.

The legal pages (Impressum, Datenschutz, Barrierefreiheit, Nutzungsbedingungen) have
the real structure but are drafts: every fact we do not know is marked
"[bitte ergänzen]".

Data only: `home/demo/loader.py` turns it into pages with the builders in
`home/demo/builders.py`. Choices are the models' own (`ExperimentStatus.TESTING`).
Themes are referred to by slug (seeded by migration labs/0002), target groups by name
(see `vocabulary`), images by a key of `IMAGES`, experiments by
"<lab key>/<experiment slug>", learnings by "<lab key>/<learning slug>"
("wissen/<slug>" for the editors' syntheses).
"""

from . import albhausen, filsingen, kraichbrunn, neckarweiler, remsheim

# The five lab cities, in the order in which their labs are built.
LAB_CITY_MODULES = (neckarweiler, filsingen, kraichbrunn, remsheim, albhausen)

LABS = [city.LAB for city in LAB_CITY_MODULES]
LAB_CITIES = [city.CITY for city in LAB_CITY_MODULES]

# All pictures by key: the labs' hero images first, then the others.
IMAGES = {
    **{city.LAB["image"]: city.IMAGES[city.LAB["image"]] for city in LAB_CITY_MODULES},
    **{key: spec for city in LAB_CITY_MODULES for key, spec in city.IMAGES.items()},
}

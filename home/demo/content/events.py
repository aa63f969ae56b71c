"""The invented demo events (Veranstaltungen) with a few registrations of demo accounts.

The dates follow the current week (upcoming events a few weeks ahead, past events a few
months back), so the demo always has both. Labs are referred to by slug, learnings by
"<lab key>/<learning slug>", accounts by e-mail.
"""

import datetime
from zoneinfo import ZoneInfo

from labs.models import EventCircle, EventKind, RegistrationStatus

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    """An aware datetime for a German wall-clock time."""
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BERLIN)


def on_day(day, start, end):
    """Start and end of an event on one day; `start` and `end` as (hour, minute)."""
    return {"start": at(day, *start), "end": at(day, *end)}


def online(link):
    """The place of an online event: its link, no venue to reach."""
    return {
        "is_online": True,
        "venue": "",
        "address": "",
        "online_link": link,
        "step_free": False,
        "accessible_wc": False,
    }


INTRO = (
    "<p>Experimentier- und Lernwerkstätten, Transferveranstaltungen, Besuche in den "
    "StadtLaboren und Online-Austausch: Hier melden sich Beschäftigte der "
    "Mitgliedsstädte an. Nach jeder Veranstaltung finden Sie hier die "
    "Dokumentation.</p>"
)


def event_specs(anchor: datetime.date):
    """The demo events relative to `anchor` (Monday of the current week)."""
    week = datetime.timedelta(weeks=1)
    tuesday = anchor + datetime.timedelta(days=1)
    thursday = anchor + datetime.timedelta(days=3)
    return [
        {
            "slug": "lernwerkstatt-sorgende-gemeinschaften",
            "title": "Experimentier- und Lernwerkstatt: Sorgende Gemeinschaften",
            "kind": EventKind.WORKSHOP,
            "circle": EventCircle.NARROW,
            **on_day(tuesday + 3 * week, (9, 30), (15, 30)),
            **online(
                "https://konferenz.example.org/lernwerkstatt-sorgende-gemeinschaft"
            ),
            "interpreting_on_request": True,
            "interpreting_deadline": tuesday + week,
            "accessibility_note": "Videokonferenz im Browser, ohne Installation. "
            "Live-Untertitel auf Anfrage.",
            "capacity": 4,
            "teaser": "Die Pilotstädte arbeiten einen Tag lang an einer Frage: Wie "
            "wird aus Nachbarschaftshilfe eine verlässliche Sorgende Gemeinschaft?",
            "themes": ["pflege-gesundheit", "beteiligung-engagement-teilhabe"],
            "labs": ["sorgende-gemeinschaft-hochfeld"],
            "programme": [
                ("heading", {"text": "Ablauf", "level": "h3"}),
                (
                    "paragraph",
                    "<ul><li>09:30 Ankommen und Check-in</li><li>10:00 Impuls aus "
                    "Albhausen: Einsatzkoordination im Nachbarschaftshilfe-Pool</li>"
                    "<li>11:00 Werkstatt in Kleingruppen</li><li>13:30 Was nehmen wir "
                    "mit? Verabredungen</li><li>15:30 Ende</li></ul>",
                ),
            ],
            "speakers": "Sozialplanung, Stadt Albhausen (fiktiv)\nModeration: "
            "KompetenzBereich Inklusive Quartiersentwicklung",
            "registrations": [
                ("labor.neckarweiler@example.org", RegistrationStatus.REGISTERED, {}),
                ("labor.filsingen@example.org", RegistrationStatus.REGISTERED, {}),
                (
                    "labor.kraichbrunn@example.org",
                    RegistrationStatus.REGISTERED,
                    {"needs_captioning": True},
                ),
                ("labor.remsheim@example.org", RegistrationStatus.REGISTERED, {}),
                ("labor.albhausen@example.org", RegistrationStatus.WAITLIST, {}),
            ],
        },
        {
            "slug": "vor-ort-besuch-muehlbach-sued",
            "title": "Vor-Ort-Besuch StadtLabor Mühlbach-Süd",
            "kind": EventKind.VISIT,
            "circle": EventCircle.WIDE,
            **on_day(thursday + 6 * week, (10, 0), (16, 0)),
            "venue": "Bürgerhaus Mühlbach, Großer Saal",
            "address": "Lindenplatz 3\n00000 Neckarweiler (fiktiv)",
            "step_free": True,
            "accessible_wc": True,
            "induction_loop": True,
            "interpreting_on_request": True,
            "interpreting_deadline": thursday + 4 * week,
            "accessibility_note": "Der Rundgang ist rollstuhlgerecht (ca. 1,5 km, "
            "ebene Wege, Sitzgelegenheiten). Bushaltestelle „Lindenplatz“ 50 m.",
            "capacity": 25,
            "registration_deadline": at(thursday + 5 * week, 12, 0),
            "teaser": "Neckarweiler zeigt das StadtLabor im Quartier: Klingel-Tour, "
            "Mittagstisch und was aus der gescheiterten Wohnungstausch-Börse "
            "gelernt wurde.",
            "themes": [
                "pflege-gesundheit",
                "familie-generationen-lebensgemeinschaften",
            ],
            "labs": ["muehlbach-sued"],
            "programme": [
                (
                    "paragraph",
                    "<ul><li>10:00 Begrüßung im Bürgerhaus</li><li>10:30 Rundgang mit "
                    "Nachbarschaftslots*innen</li><li>12:30 Mittagstisch im "
                    "Gemeindehaus</li><li>14:00 Werkstattgespräch: Was lässt sich "
                    "übertragen?</li></ul>",
                ),
            ],
            "speakers": "Quartierskoordination, Stadt Neckarweiler (fiktiv)",
            "registrations": [
                (
                    "inklusion.eschenklingen@example.org",
                    RegistrationStatus.REGISTERED,
                    {"needs_step_free": True, "needs_dgs": True},
                ),
                (
                    "sozialplanung.schlehenbronn@example.org",
                    RegistrationStatus.REGISTERED,
                    {
                        "note": "Wir kommen zu zweit; die Kollegin meldet sich selbst an."
                    },
                ),
                ("quartier.quittenau@example.org", RegistrationStatus.REGISTERED, {}),
            ],
        },
        {
            "slug": "online-austausch-quartierskoordination-finanzieren",
            "title": "Online-Austausch: Quartierskoordination nach der Förderung",
            "kind": EventKind.ONLINE,
            "circle": EventCircle.WIDE,
            **on_day(tuesday + 10 * week, (14, 0), (15, 30)),
            **online("https://konferenz.example.org/austausch-quartierskoordination"),
            "interpreting_on_request": True,
            "interpreting_deadline": tuesday + 8 * week,
            "capacity": None,
            "teaser": "Neunzig Minuten Erfahrungsaustausch: Wie sichern Städte die "
            "Quartierskoordination, wenn die Förderung endet?",
            "themes": ["beteiligung-engagement-teilhabe"],
            "labs": [],
            "registrations": [
                (
                    "stadtplanung.storchenau@example.org",
                    RegistrationStatus.REGISTERED,
                    {},
                ),
                (
                    "hauptamt.wacholderstetten@example.org",
                    RegistrationStatus.REGISTERED,
                    {},
                ),
            ],
        },
        {
            "slug": "fach-und-vernetzungstag-quartiersentwicklung",
            "title": "Fach- und Vernetzungstag Quartiersentwicklung",
            "kind": EventKind.CONFERENCE,
            "circle": EventCircle.WIDE,
            **on_day(thursday + 15 * week, (9, 30), (16, 30)),
            "venue": "Kongresszentrum Beispielstadt (fiktiv), Saal Neckar",
            "address": "Am Kongresspark 1\n00000 Beispielstadt",
            "step_free": True,
            "accessible_wc": True,
            "induction_loop": True,
            "interpreting_on_request": True,
            "interpreting_deadline": thursday + 12 * week,
            "capacity": 120,
            "registration_deadline": at(thursday + 13 * week, 23, 59),
            "teaser": "Der jährliche Treffpunkt der Mitgliedsstädte: Ergebnisse aus "
            "den StadtLaboren, Förderprogramme, Marktplatz der Ideen.",
            "themes": [
                "beteiligung-engagement-teilhabe",
                "inklusion-integration-vielfalt",
            ],
            "labs": [],
            "registrations": [],
        },
        {
            "slug": "transferveranstaltung-zwischennutzung-ortskern",
            "title": "Transferveranstaltung: Zwischennutzung im Ortskern",
            "kind": EventKind.TRANSFER,
            "circle": EventCircle.WIDE,
            **on_day(tuesday - 8 * week, (10, 0), (15, 0)),
            "venue": "Quartiersladen auf Zeit",
            "address": "Marktstraße 12\n00000 Filsingen (fiktiv)",
            "step_free": True,
            "accessible_wc": False,
            "capacity": 30,
            "teaser": "Filsingen berichtet vom Quartiersladen auf Zeit: Vertrag, "
            "Versicherung, Ehrenamt – und was wir anders machen würden.",
            "themes": ["wirtschaft-nahversorgung"],
            "labs": ["ortsmitte-fuer-alle"],
            "learnings": [
                "filsingen/zwischennutzung-vertrag-und-versicherung",
                "filsingen/barriere-check-mit-betroffenen",
            ],
            "documentation": "<p>22 Teilnehmende aus 14 Mitgliedsstädten. "
            "Wichtigstes Ergebnis: Nutzungsvertrag und Versicherung vor dem ersten "
            "Öffnungstag klären. Die Vorlage der Nutzungsvereinbarung teilt "
            "Filsingen im Austausch.</p>",
            "photo_consent_note": "",
            "registrations": [],
        },
        {
            "slug": "lernwerkstatt-persoenliche-ansprache",
            "title": "Experimentier- und Lernwerkstatt: Stille Gruppen erreichen",
            "kind": EventKind.WORKSHOP,
            "circle": EventCircle.NARROW,
            **on_day(thursday - 20 * week, (9, 30), (16, 0)),
            "venue": "Haus der Städte, Saal 1",
            "address": "Beispielstraße 1\n70173 Stuttgart",
            "step_free": True,
            "accessible_wc": True,
            "induction_loop": True,
            "capacity": 20,
            "teaser": "Die Pilotstädte erprobten Methoden der aufsuchenden "
            "Beteiligung und werteten die Klingel-Tour aus Neckarweiler aus.",
            "themes": [
                "beteiligung-engagement-teilhabe",
                "inklusion-integration-vielfalt",
            ],
            "labs": ["muehlbach-sued", "digital-dabei-rosenhalde"],
            "learnings": [
                "neckarweiler/persoenliche-ansprache-erreicht-stille-gruppen",
                "remsheim/jugendliche-als-technik-patinnen",
            ],
            "documentation": "<p>Fünf Pilotstädte, zwölf Teilnehmende. Die "
            "Werkstatt sammelte Gelingensfaktoren aufsuchender Beteiligung; zwei "
            "Erkenntnisse sind daraus entstanden (unten verlinkt).</p><h2>Offene "
            "Fragen</h2><ul><li>Wie schulen wir Nachbarschaftslots*innen?</li>"
            "<li>Wie dokumentieren wir Gespräche datensparsam?</li></ul>",
            "registrations": [],
        },
    ]

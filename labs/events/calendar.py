"""Calendar files (iCalendar, RFC 5545) for events, built with the `icalendar`
package: one file per event (`termin.ics`, also attached to the confirmation) and a
feed of all upcoming events (`kalender.ics`).

Times are written in the time zone Europe/Berlin with a compact VTIMEZONE (the
rules since 1996), so calendar programs show the German time. The UID depends only
on the page id and stays the same when the event is edited; SEQUENCE grows with
every revision so that clients take over changes. The public files never
contain the online-meeting link; only the attachment to a confirmed participant
does.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import timezone

TZID = "Europe/Berlin"
UID_DOMAIN = "stadtlabore-vor-ort"
PRODID = "-//Städtetag Baden-Württemberg//StadtLabore vor Ort//DE"


def event_uid(event) -> str:
    return f"veranstaltung-{event.pk}@{UID_DOMAIN}"


def _vtimezone():
    tz = icalendar.Timezone()
    tz.add("tzid", TZID)
    daylight = icalendar.TimezoneDaylight()
    daylight.add("tzname", "MESZ")
    daylight.add("dtstart", datetime.datetime(1981, 3, 29, 2, 0, 0))
    daylight.add("tzoffsetfrom", datetime.timedelta(hours=1))
    daylight.add("tzoffsetto", datetime.timedelta(hours=2))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    standard = icalendar.TimezoneStandard()
    standard.add("tzname", "MEZ")
    standard.add("dtstart", datetime.datetime(1996, 10, 27, 3, 0, 0))
    standard.add("tzoffsetfrom", datetime.timedelta(hours=2))
    standard.add("tzoffsetto", datetime.timedelta(hours=1))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    tz.add_component(daylight)
    tz.add_component(standard)
    return tz


def _calendar(name=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", TZID)
    calendar.add_component(_vtimezone())
    return calendar


def _local(value):
    return timezone.localtime(value, ZoneInfo(TZID))


def location_text(event) -> str:
    if event.is_online:
        return "Online"
    lines = [line.strip() for line in event.address.splitlines() if line.strip()]
    parts = [event.venue, ", ".join(lines)]
    return ", ".join(part for part in parts if part)


def _vevent(event, root_url, *, online_link=""):
    url = root_url.rstrip("/") + event.url if event.url else root_url
    item = icalendar.Event()
    item.add("uid", event_uid(event))
    item.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    item.add("dtstart", _local(event.start))
    item.add("dtend", _local(event.end))
    item.add("summary", event.title)
    # Grows with every revision of the page, so clients take over changes.
    item.add("sequence", event.latest_revision_id or 0)
    description = [event.teaser.strip(), "", f"Kreis: {event.get_circle_display()}"]
    if online_link:
        description += ["", f"Zugangslink: {online_link}"]
    description += ["", f"Alle Informationen und Anmeldung: {url}"]
    item.add("description", "\n".join(description))
    location = location_text(event)
    if location:
        item.add("location", location)
    item.add("url", url)
    item.add("categories", [event.get_kind_display()])
    if event.last_published_at:
        item.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    item.add("status", "CONFIRMED")
    return item


def event_ics(event, root_url, *, online_link="") -> bytes:
    calendar = _calendar()
    calendar.add_component(_vevent(event, root_url, online_link=online_link))
    return calendar.to_ical()


def feed_ics(events, root_url, name=None) -> bytes:
    calendar = _calendar(name or getattr(settings, "WAGTAIL_SITE_NAME", None))
    for event in events:
        calendar.add_component(_vevent(event, root_url))
    return calendar.to_ical()

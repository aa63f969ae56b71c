"""Event pages, the listing, the start page, calendar files, the participant lists in
the admin and the demo events."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape

from home import demo
from home.demo import events as demo_events
from labs.events.calendar import event_uid
from labs.models import Membership
from labs.models.events import (
    EventCircle,
    EventIndexPage,
    EventKind,
    EventPage,
    EventRegistration,
    RegistrationStatus,
)

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def event_index(home):
    return demo_events.ensure_event_index(home)


def make(index, title, days, **fields):
    start = (timezone.now() + datetime.timedelta(days=days)).replace(microsecond=0)
    return demo_events.build_event(index, title=title, start=start, **fields)


# --- Pages -----------------------------------------------------------------------


def test_event_page_shows_facts_in_german_time(client, event_index, themes):
    start = datetime.datetime(2031, 3, 30, 9, 30, tzinfo=BERLIN)  # summer time
    event = demo_events.build_event(
        event_index,
        title="Vor-Ort-Besuch Mühlbach-Süd",
        start=start,
        end=start + datetime.timedelta(hours=6),
        kind=EventKind.VISIT,
        capacity=20,
        induction_loop=True,
        interpreting_on_request=True,
        interpreting_deadline=datetime.date(2031, 3, 16),
        themes=[themes[1]],
    )
    page = client.get(event.url).content.decode()
    assert "Vor-Ort-Besuch" in page
    assert "30.03.2031, 09:30" in page and "15:30" in page
    assert "noch 20 Plätze frei (von 20)" in page
    assert "Induktionsanlage: ja" in page
    assert "DGS- oder Schriftdolmetschung auf Anfrage bis 16.03.2031" in page
    assert escape(themes[1].name) in page
    assert "Termin herunterladen (.ics)" in page


def test_event_index_lists_upcoming_first_and_past_as_documentation(
    client, event_index
):
    make(event_index, "Später", 30)
    make(event_index, "Bald", 3)
    make(event_index, "Vorbei", -30, documentation="<p>Protokoll folgt.</p>")
    page = client.get(event_index.url).content.decode()
    upcoming, past = page.split("Dokumentation vergangener Veranstaltungen")
    assert upcoming.index("Bald") < upcoming.index("Später")
    assert "Vorbei" not in upcoming and "Vorbei" in past
    assert "Bald" not in past


def test_event_index_filters_by_kind_and_theme(client, event_index, themes):
    make(event_index, "Werkstatt A", 5, kind=EventKind.WORKSHOP, themes=[themes[0]])
    make(event_index, "Online B", 6, kind=EventKind.ONLINE, themes=[themes[1]])
    page = client.get(event_index.url, {"art": "online"}).content.decode()
    assert "Online B" in page and "Werkstatt A" not in page
    page = client.get(event_index.url, {"thema": themes[0].slug}).content.decode()
    assert "Werkstatt A" in page and "Online B" not in page
    page = client.get(event_index.url, {"art": "fachtag"}).content.decode()
    assert "Keine kommende Veranstaltung passt zu diesen Filtern." in page


def test_event_index_empty_state_and_pagination(client, event_index):
    page = client.get(event_index.url).content.decode()
    assert "Zurzeit sind keine Veranstaltungen geplant." in page
    assert "Noch gibt es keine dokumentierten Veranstaltungen." in page
    for i in range(14):
        make(event_index, f"Vergangen {i:02d}", -10 - i)
    first = client.get(event_index.url).content.decode()
    assert "Seite 1 von 2" in first
    second = client.get(event_index.url, {"seite": 2}).content.decode()
    assert "Vergangen 13" in second and "Vergangen 00" not in second


def test_drafts_and_private_events_never_leak(client, event_index):
    make(event_index, "Entwurf einer Tagung", 5, live=False)
    page = client.get(event_index.url).content.decode()
    assert "Entwurf einer Tagung" not in page
    feed = client.get("/mitmachen/veranstaltungen/kalender.ics").content.decode()
    assert "Entwurf einer Tagung" not in feed
    draft = EventPage.objects.get(title="Entwurf einer Tagung")
    assert client.get(draft.ics_url()).status_code == 404


def test_home_page_shows_upcoming_events(client, home, event_index):
    page = client.get(home.url).content.decode()
    assert "Nächste Veranstaltungen" in page
    assert "Zurzeit sind keine Veranstaltungen geplant." in page
    make(event_index, "Fachtag Quartier", 10, kind=EventKind.CONFERENCE)
    make(event_index, "Längst vorbei", -10)
    page = client.get(home.url).content.decode()
    assert "Fachtag Quartier" in page and "Längst vorbei" not in page


def test_editor_rules_for_dates_and_place(event_index):
    event = make(event_index, "Regeln", 5)
    event.end = event.start - datetime.timedelta(hours=1)
    event.registration_deadline = event.start + datetime.timedelta(days=1)
    event.venue = event.address = ""
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    messages = str(error.value)
    assert "Das Ende darf nicht vor dem Beginn liegen." in messages
    assert "Der Anmeldeschluss darf nicht nach dem Beginn liegen." in messages
    assert "Bitte den Ort angeben" in messages


def test_event_index_only_under_home_and_events_only_under_index():
    assert EventIndexPage.parent_page_types == ["home.HomePage"]
    assert EventPage.parent_page_types == ["labs.EventIndexPage"]
    from home.models import HomePage

    assert "labs.EventIndexPage" in HomePage.subpage_types


# --- Calendar files ----------------------------------------------------------------


def test_event_ics_parses_with_correct_times_uid_and_summary(client, event_index):
    start = datetime.datetime(2031, 1, 14, 9, 30, tzinfo=BERLIN)  # winter time
    event = demo_events.build_event(
        event_index,
        title="Experimentier- und Lernwerkstatt: Sorgende Gemeinschaften",
        start=start,
        end=start + datetime.timedelta(hours=6),
        is_online=True,
        venue="",
        address="",
        online_link="https://konferenz.example.org/geheim",
    )
    response = client.get(event.ics_url())
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert b"konferenz.example.org/geheim" not in response.content
    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Berlin"
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title
    assert (
        str(vevent["UID"])
        == event_uid(event)
        == f"veranstaltung-{event.pk}@stadtlabore-vor-ort"
    )
    assert vevent.decoded("DTSTART") == start
    assert vevent.decoded("DTSTART").astimezone(datetime.UTC).hour == 8
    assert vevent.decoded("DTEND") == start + datetime.timedelta(hours=6)
    assert str(vevent["URL"]).endswith(event.url)
    # Editing keeps the UID.
    demo_events.build_event(
        event_index, title=event.title, slug=event.slug, start=start, teaser="Neu."
    )
    again = icalendar.Calendar.from_ical(client.get(event.ics_url()).content)
    assert str(again.walk("VEVENT")[0]["UID"]) == event_uid(event)


def test_ical_feed_lists_upcoming_events_only(client, event_index):
    make(event_index, "Kommt noch", 7)
    make(event_index, "Kommt auch", 40)
    make(event_index, "War schon", -7)
    response = client.get("/mitmachen/veranstaltungen/kalender.ics")
    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    summaries = [str(item["SUMMARY"]) for item in calendar.walk("VEVENT")]
    assert summaries == ["Kommt noch", "Kommt auch"]
    page = client.get(event_index.url).content.decode()
    assert "/mitmachen/veranstaltungen/kalender.ics" in page


# --- Admin: participant lists --------------------------------------------------------


@pytest.fixture
def registered_event(event_index, member, other_member):
    event = make(event_index, "Werkstatt mit Liste", 10, capacity=1)
    EventRegistration.objects.create(
        event=event,
        user=member,
        needs_dgs=True,
        accessibility_needs="Unterlagen in großer Schrift",
        note="Komme mit dem Zug",
    )
    EventRegistration.objects.create(
        event=event, user=other_member, status=RegistrationStatus.WAITLIST
    )
    return event


def test_redaktion_exports_participants_as_german_csv(
    client, redakteurin, registered_event
):
    client.force_login(redakteurin)
    listing = client.get("/admin/anmeldungen/")
    assert listing.status_code == 200
    assert "Werkstatt mit Liste" in listing.content.decode()
    detail = client.get(f"/admin/anmeldungen/{registered_event.pk}/").content.decode()
    assert "Mara Muster" in detail and "Neckarweiler" in detail
    assert "Warteliste (Platz 1)" in detail
    assert "Unterlagen in großer Schrift" in detail

    response = client.get(f"/admin/anmeldungen/{registered_event.pk}/teilnehmende.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")
    lines = [";".join(row) for row in rows]
    assert lines[0].startswith("Nachname;Vorname;E-Mail;Stadt;Funktion;Status")
    assert lines[1].startswith("Muster;Mara;mitglied@example.org;Neckarweiler;")
    assert ";angemeldet;;ja;" in lines[1]
    assert "Unterlagen in großer Schrift;Komme mit dem Zug" in lines[1]
    assert lines[2].startswith("Beispiel;Jonas;jonas@example.org;Filsingen;")
    assert ";Warteliste;1;" in lines[2]
    assert len(lines) == 3


@pytest.mark.parametrize("who", ["member", "pilot_editor", "anonymous"])
def test_participant_data_is_hidden_from_everyone_but_the_redaktion(
    client, request, registered_event, who
):
    if who != "anonymous":
        user = request.getfixturevalue(who)
        user.is_staff = True
        user.save()
        client.force_login(user)
    for url in (
        "/admin/anmeldungen/",
        f"/admin/anmeldungen/{registered_event.pk}/",
        f"/admin/anmeldungen/{registered_event.pk}/teilnehmende.csv",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert b"mitglied@example.org" not in response.content


# --- Query counts ---------------------------------------------------------------------


def grow(index, lab, learning, themes, start, stop):
    city = demo.ensure_city("Wachsstadt")
    for i in range(start, stop):
        make(index, f"Kommend {i}", 5 + i, themes=themes[:3], labs=[lab])
        make(index, f"Vergangen {i}", -5 - i, themes=themes[:2])
        user = get_user_model().objects.create_user(f"teilnahme{i}@example.org")
        Membership.objects.create(user=user, city=city)
        EventRegistration.objects.create(
            event=EventPage.objects.get(title="Fokus"), user=user
        )
    focus = EventPage.objects.get(title="Fokus")
    demo_events.build_event(
        index,
        title="Fokus",
        slug=focus.slug,
        start=focus.start,
        themes=themes[: min(stop, 7)],
        labs=[lab],
        related_learnings=[("learning", learning)] * min(stop, 10),
        capacity=100,
    )


def test_event_pages_query_count_is_bounded_and_independent_of_size(
    client, home, event_index, lab, learning, themes, member, count_queries
):
    focus = make(event_index, "Fokus", 8, circle=EventCircle.WIDE)
    urls = {"home": home.url, "index": event_index.url, "event": focus.url}
    grow(event_index, lab, learning, themes, 0, 3)
    small = {name: count_queries(client, url) for name, url in urls.items()}
    client.force_login(member)
    small_member = {name: count_queries(client, url) for name, url in urls.items()}
    client.logout()
    grow(event_index, lab, learning, themes, 3, 30)
    large = {name: count_queries(client, url) for name, url in urls.items()}
    client.force_login(member)
    large_member = {name: count_queries(client, url) for name, url in urls.items()}
    print("event queries:", small, small_member, large, large_member)  # noqa: T201
    assert max(small.values()) <= 15, small
    assert max(small_member.values()) <= 20, small_member
    assert large == small
    assert large_member == small_member


# --- Demo content -----------------------------------------------------------------------


def test_demo_events_are_plausible_and_idempotent(db):
    call_command("load_demo_content", verbosity=0)
    now = timezone.now()
    events = EventPage.objects.all()
    assert events.filter(start__gt=now).count() == 4
    assert events.filter(end__lt=now).count() == 2
    assert all(event.is_demo for event in events)
    assert events.filter(circle=EventCircle.NARROW).exists()
    narrow = events.get(slug="lernwerkstatt-sorgende-gemeinschaften")
    assert narrow.registrations.filter(status="warteliste").count() == 1
    past = events.filter(end__lt=now)
    assert all(event.documentation for event in past)
    assert all(event.related_learnings for event in past)
    registrations = EventRegistration.objects.count()
    assert registrations >= 8
    revisions = sum(event.revisions.count() for event in events)
    call_command("load_demo_content", verbosity=0)
    assert EventRegistration.objects.count() == registrations
    assert (
        sum(event.revisions.count() for event in EventPage.objects.all()) == revisions
    )


def test_admin_edit_and_add_views_open_for_event_pages(admin_client, event_index):
    event = make(event_index, "Im Admin", 5)
    for url in (
        f"/admin/pages/{event_index.pk}/edit/",
        f"/admin/pages/{event.pk}/edit/",
        f"/admin/pages/add/labs/eventpage/{event_index.pk}/",
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert "Barrierefreiheit" in response.content.decode() or url.endswith(
            f"{event_index.pk}/edit/"
        )


def test_page_editor_links_to_the_participant_list(client, redakteurin, event_index):
    event = make(event_index, "Mit Knopf", 5)
    client.force_login(redakteurin)
    page = client.get(f"/admin/pages/{event.pk}/edit/").content.decode()
    assert f"/admin/anmeldungen/{event.pk}/" in page

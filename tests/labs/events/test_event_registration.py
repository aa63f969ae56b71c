"""Registering for events: capacity, waiting list, deadline, double registration,
the enger Kreis, cancellation with moving up, the emails and the reminders."""

import datetime

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import PageLogEntry

from home import demo
from home.demo import events as demo_events
from home.models import SiteSettings
from labs.events import registration
from labs.models import Membership, OutgoingMail
from labs.models.events import EventCircle, EventRegistration, RegistrationStatus

PASSWORD = "ein-langes-Passwort-1"


@pytest.fixture
def event_index(home):
    return demo_events.ensure_event_index(home)


@pytest.fixture
def make_event(event_index):
    def make(title="Lernwerkstatt Test", days=14, **fields):
        start = timezone.now() + datetime.timedelta(days=days)
        return demo_events.build_event(
            event_index, title=title, start=start.replace(microsecond=0), **fields
        )

    return make


@pytest.fixture
def make_member(db):
    def make(email, city, first="Erika", last="Beispiel"):
        user = get_user_model().objects.create_user(
            email, email=email, password=PASSWORD, first_name=first, last_name=last
        )
        Membership.objects.create(user=user, city=city, function="Sozialplanung")
        return user

    return make


@pytest.fixture
def pilot_city(db):
    return demo.ensure_city("Albhausen", network_role="current")


def register(client, user, event, data=None, capture=None):
    client.force_login(user)
    url = f"/mitmachen/veranstaltungen/{event.pk}/anmelden/"
    if capture is None:
        return client.post(url, data or {}, follow=True)
    with capture(execute=True):
        return client.post(url, data or {}, follow=True)


def cancel(client, user, event, capture):
    client.force_login(user)
    with capture(execute=True):
        return client.post(
            f"/mitmachen/veranstaltungen/{event.pk}/absagen/", follow=True
        )


def statuses(event):
    """{e-mail address: registration status} of the event's registrations."""
    return dict(
        EventRegistration.objects.filter(event=event).values_list(
            "user__email", "status"
        )
    )


def test_member_registers_and_gets_confirmation_with_calendar_file(
    client, member, make_event, django_capture_on_commit_callbacks
):
    event = make_event(capacity=10, interpreting_on_request=True)
    response = register(
        client,
        member,
        event,
        {"needs_dgs": "on", "accessibility_needs": "Assistenzperson", "note": "Hallo"},
        django_capture_on_commit_callbacks,
    )
    assert "Sie sind angemeldet" in response.content.decode()
    registration = EventRegistration.objects.get(event=event, user=member)
    assert registration.status == RegistrationStatus.REGISTERED
    assert (
        registration.needs_dgs and registration.accessibility_needs == "Assistenzperson"
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["mitglied@example.org"]
    assert message.subject == "Anmeldung bestätigt: Lernwerkstatt Test"
    assert "Dolmetschung in Deutsche Gebärdensprache (DGS)" in message.body
    name, content, mimetype = message.attachments[0]
    assert name.endswith(".ics") and mimetype.startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(content)
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["SUMMARY"] == "Lernwerkstatt Test"
    assert vevent.decoded("DTSTART") == event.start


def test_full_event_puts_member_on_waiting_list_with_position(
    client,
    member,
    other_member,
    make_member,
    city,
    make_event,
    django_capture_on_commit_callbacks,
):
    event = make_event(capacity=1)
    register(client, member, event, capture=django_capture_on_commit_callbacks)
    response = register(
        client, other_member, event, capture=django_capture_on_commit_callbacks
    )
    page = response.content.decode()
    assert (
        "Alle Plätze sind vergeben. Sie stehen auf der Warteliste, auf Platz 1." in page
    )
    third = make_member("dritte@example.org", city)
    response = register(
        client, third, event, capture=django_capture_on_commit_callbacks
    )
    assert "auf Platz 2" in response.content.decode()
    assert statuses(event) == {
        "mitglied@example.org": "angemeldet",
        "jonas@example.org": "warteliste",
        "dritte@example.org": "warteliste",
    }
    assert mail.outbox[-1].subject == "Warteliste: Lernwerkstatt Test"
    assert "Platz 2" in mail.outbox[-1].body
    assert not mail.outbox[-1].attachments


def test_registration_after_deadline_is_refused(client, member, make_event):
    event = make_event(
        registration_deadline=timezone.now() - datetime.timedelta(hours=1)
    )
    page = client.get(event.url)
    assert "Anmeldeschluss" in page.content.decode()
    response = register(client, member, event, {"note": "bitte"})
    assert "Der Anmeldeschluss war am" in response.content.decode()
    assert not EventRegistration.objects.exists()
    assert not mail.outbox


def test_double_registration_is_refused_and_stored_once(
    client, member, make_event, django_capture_on_commit_callbacks
):
    event = make_event()
    register(client, member, event, capture=django_capture_on_commit_callbacks)
    response = register(
        client, member, event, capture=django_capture_on_commit_callbacks
    )
    assert "bereits angemeldet" in response.content.decode()
    assert EventRegistration.objects.filter(event=event, user=member).count() == 1
    assert len(mail.outbox) == 1


def test_pilot_only_event_refuses_member_city_with_clear_message(
    client,
    member,
    make_member,
    pilot_city,
    make_event,
    django_capture_on_commit_callbacks,
):
    event = make_event(circle=EventCircle.NARROW)
    client.force_login(member)
    page = client.get(event.url).content.decode()
    assert "Diese Veranstaltung ist für den engen Kreis der Pilotstädte." in page
    assert "Neckarweiler ist keine Pilotstadt" in page
    assert 'name="note"' not in page
    response = register(client, member, event)
    assert "Neckarweiler ist keine Pilotstadt" in response.content.decode()
    assert not EventRegistration.objects.exists()

    pilot_member = make_member("labor@albhausen.example.org", pilot_city)
    register(client, pilot_member, event, capture=django_capture_on_commit_callbacks)
    assert EventRegistration.objects.get().user == pilot_member


def test_cancellation_frees_place_and_moves_first_waiting_person_up(
    client,
    member,
    other_member,
    make_member,
    city,
    make_event,
    django_capture_on_commit_callbacks,
):
    event = make_event(capacity=1)
    third = make_member("dritte@example.org", city, "Dora", "Dritte")
    for user in (member, other_member, third):
        register(client, user, event, capture=django_capture_on_commit_callbacks)
    mail.outbox.clear()

    response = cancel(client, member, event, django_capture_on_commit_callbacks)
    assert "Sie haben sich abgemeldet" in response.content.decode()
    assert statuses(event) == {
        "mitglied@example.org": "abgesagt",
        "jonas@example.org": "angemeldet",
        "dritte@example.org": "warteliste",
    }
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects == {
        "mitglied@example.org": "Abmeldung bestätigt: Lernwerkstatt Test",
        "jonas@example.org": "Sie sind nachgerückt: Lernwerkstatt Test",
    }
    promoted = next(m for m in mail.outbox if m.to == ["jonas@example.org"])
    assert promoted.attachments
    client.force_login(third)
    assert "auf Platz 1" in client.get(event.url).content.decode()


def test_cancelled_member_can_register_again_at_end_of_queue(
    client, member, other_member, make_event, django_capture_on_commit_callbacks
):
    event = make_event(capacity=1)
    register(client, member, event, capture=django_capture_on_commit_callbacks)
    cancel(client, member, event, django_capture_on_commit_callbacks)
    register(client, other_member, event, capture=django_capture_on_commit_callbacks)
    register(client, member, event, capture=django_capture_on_commit_callbacks)
    assert EventRegistration.objects.filter(user=member).count() == 1
    assert EventRegistration.objects.get(user=member).status == "warteliste"


def test_bad_input_gets_field_errors_and_stores_nothing(client, member, make_event):
    event = make_event(interpreting_on_request=False)
    response = register(client, member, event, {"note": "x" * 1001, "needs_dgs": "on"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Bitte prüfen Sie Ihre Angaben" in page
    assert "Bitte höchstens 1000 Zeichen (jetzt 1001)." in page
    assert "Für diese Veranstaltung ist keine Dolmetschung vorgesehen." in page
    assert 'aria-invalid="true"' in page
    assert not EventRegistration.objects.exists()
    assert not mail.outbox


def test_visitor_sees_how_to_get_an_account_and_cannot_post(client, make_event):
    event = make_event()
    page = client.get(event.url).content.decode()
    assert "Zugang für Ihre Stadt beantragen" in page
    assert 'name="note"' not in page
    response = client.post(f"/mitmachen/veranstaltungen/{event.pk}/anmelden/", {})
    assert response.status_code == 302 and "/konto/anmelden/" in response["Location"]
    assert not EventRegistration.objects.exists()


def test_account_without_city_membership_is_refused(client, make_event, db):
    user = get_user_model().objects.create_user("ohne@example.org", password=PASSWORD)
    event = make_event()
    response = register(client, user, event)
    assert "gehört zu keiner Mitgliedsstadt" in response.content.decode()
    assert not EventRegistration.objects.exists()


def test_online_link_only_for_registered_participants(
    client, member, other_member, make_event, django_capture_on_commit_callbacks
):
    link = "https://konferenz.example.org/geheim"
    event = make_event(
        is_online=True, venue="", address="", online_link=link, capacity=1
    )
    assert link not in client.get(event.url).content.decode()
    register(client, member, event, capture=django_capture_on_commit_callbacks)
    assert link in client.get(event.url).content.decode()
    assert link in mail.outbox[0].body
    register(client, other_member, event, capture=django_capture_on_commit_callbacks)
    assert link not in client.get(event.url).content.decode()  # waiting list
    assert link not in mail.outbox[-1].body
    client.logout()
    assert link.encode() not in client.get(event.ics_url()).content


def test_reminder_command_sends_once_and_dry_run_sends_nothing(
    member, other_member, make_event, capsys
):
    soon = make_event(title="Bald", days=1)
    later = make_event(title="Später", days=10)
    EventRegistration.objects.create(event=soon, user=member)
    EventRegistration.objects.create(
        event=soon, user=other_member, status=RegistrationStatus.WAITLIST
    )
    EventRegistration.objects.create(event=later, user=member)

    call_command("send_event_reminders", "--dry-run")
    assert not mail.outbox
    assert "würde erinnern: Bald" in capsys.readouterr().out
    assert EventRegistration.objects.filter(reminder_sent_at__isnull=False).count() == 0

    call_command("send_event_reminders")
    assert [m.to for m in mail.outbox] == [["mitglied@example.org"]]
    assert mail.outbox[0].subject.startswith("Erinnerung: Bald am ")
    call_command("send_event_reminders")
    assert len(mail.outbox) == 1


def test_purge_deletes_registrations_long_after_the_event(member, make_event):
    old = make_event(title="Alt", days=-200)
    recent = make_event(title="Neu", days=-10)
    EventRegistration.objects.create(event=old, user=member)
    EventRegistration.objects.create(event=recent, user=member)
    call_command("purge_event_registrations", "--dry-run")
    assert EventRegistration.objects.count() == 2
    call_command("purge_event_registrations")
    assert list(EventRegistration.objects.values_list("event__title", flat=True)) == [
        "Neu"
    ]


def test_concurrent_registrations_never_exceed_capacity(
    django_db_setup, django_db_blocker
):
    """Threads register at the same time; with row locks (PostgreSQL), never more
    confirmed places than the capacity. Runs outside a test transaction (the
    threads need committed data) and removes what it created itself, so the
    migrated data of the test database stays."""
    import threading

    from django.db import connection, connections

    from labs.events import registration as event_registration

    with django_db_blocker.unblock():
        if connection.vendor != "postgresql":
            pytest.skip("SQLite serialisiert Schreibzugriffe; der Test gilt PostgreSQL")
        home = demo.get_home()
        had_settings = SiteSettings.objects.exists()
        had_index = demo_events.EventIndexPage.objects.exists()
        index = demo_events.ensure_event_index(home)
        event = demo_events.build_event(
            index,
            title="Begehrt (Paralleltest)",
            start=timezone.now() + datetime.timedelta(days=5),
            capacity=3,
        )
        city = demo.ensure_city("Parallelstadt")
        last_mail = (
            OutgoingMail.objects.order_by("-pk").values_list("pk", flat=True).first()
            or 0
        )
        users = []
        try:
            for i in range(8):
                email = f"parallel{i}@example.org"
                user = get_user_model().objects.create_user(email, email=email)
                Membership.objects.create(user=user, city=city)
                users.append(user)
            barrier = threading.Barrier(len(users))
            errors = []

            def run(user):
                try:
                    barrier.wait()
                    event_registration.register(event, user, {})
                except Exception as exc:  # noqa: BLE001
                    errors.append(exc)
                finally:
                    connection.close()

            threads = [threading.Thread(target=run, args=(u,)) for u in users]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert not errors
            counts = {
                status: EventRegistration.objects.filter(
                    event=event, status=status
                ).count()
                for status in ("angemeldet", "warteliste")
            }
            assert counts == {"angemeldet": 3, "warteliste": 5}
        finally:
            for user in users:
                user.delete()
            pages = [event.pk] if had_index else [event.pk, index.pk]
            event.delete()
            if not had_index:
                index.delete()
            PageLogEntry.objects.filter(page_id__in=pages).delete()
            if not had_settings:
                SiteSettings.objects.all().delete()
            city.delete()
            # The confirmations the threads queued were committed with them, and
            # deleting the accounts moved others up (more mails).
            OutgoingMail.objects.filter(pk__gt=last_mail).delete()
            connections.close_all()


def test_deleting_an_account_frees_its_place_for_the_waiting_list(
    client, member, other_member, make_event, django_capture_on_commit_callbacks
):
    from home.accounts.services import delete_account

    event = make_event(capacity=1)
    register(client, member, event, capture=django_capture_on_commit_callbacks)
    register(client, other_member, event, capture=django_capture_on_commit_callbacks)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        delete_account(member)
    assert list(EventRegistration.objects.values_list("user__email", "status")) == [
        ("jonas@example.org", "angemeldet")
    ]
    assert [m.to for m in mail.outbox] == [["jonas@example.org"]]


def test_mails_of_a_registration_are_stored_with_it_in_one_transaction(
    member, other_member, make_event
):
    """The confirmation, the cancellation and the promotion from the waiting list
    are in the outbox before the transaction commits (not in a hook after it, which
    a crash between commit and hook would skip), and leave with its rollback."""
    event = make_event(capacity=1)
    with transaction.atomic():
        registration.register(event, member, {})
        registration.register(event, other_member, {})
        assert OutgoingMail.objects.count() == 2

    class Abort(Exception):
        pass

    with pytest.raises(Abort), transaction.atomic():
        registration.cancel(EventRegistration.objects.get(user=member))
        subjects = [mail.message["subject"] for mail in OutgoingMail.objects.all()]
        assert len(subjects) == 4, subjects  # cancelled, and the next one moved up
        raise Abort
    assert OutgoingMail.objects.count() == 2
    assert statuses(event) == {
        "mitglied@example.org": "angemeldet",
        "jonas@example.org": "warteliste",
    }

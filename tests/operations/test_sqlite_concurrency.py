"""Many members at the same moment, under gunicorn with the production settings and
its documented worker count (2 per core, 4 threads each) on the database of the run
(a SQLite file with WAL, busy timeout and BEGIN IMMEDIATE; or PostgreSQL): 20
simultaneous registrations for an event with 10 places and 20 simultaneous
contributions to one thread give no error, 10 places taken and 10 on the waiting
list, and 20 stored contributions."""

import datetime
import threading
import time
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from home.demo import events as demo_events
from labs.models import Comment, EventRegistration, Membership
from tests.servers import (
    Gunicorn,
    database_rows,
    member_headers,
    request,
)

# Committed data (the server reads it), and the migrated rows back afterwards
# (the flush after the test removes them); runs after all other tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
MEMBERS, PLACES = 20, 10


@pytest.fixture
def members(city):
    users = []
    for number in range(MEMBERS):
        email = f"gleichzeitig{number}@example.org"
        user = get_user_model().objects.create_user(email, email=email)
        Membership.objects.create(user=user, city=city, function="Sozialplanung")
        users.append(user)
    return users


def _all_at_once(calls):
    """Runs the calls in threads released together; (status, seconds) of each."""
    start = threading.Barrier(len(calls))
    answers = [None] * len(calls)

    def run(number):
        start.wait(timeout=30)
        began = time.monotonic()
        status = calls[number]()
        answers[number] = (status, time.monotonic() - began)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return answers


def test_simultaneous_registrations_and_contributions_without_errors(
    tmp_path, home, members, discussion, comment_data
):
    event = demo_events.build_event(
        demo_events.ensure_event_index(home),
        title="Begehrt (gleichzeitig)",
        start=timezone.now() + datetime.timedelta(days=10),
        capacity=PLACES,
    )
    posts = []
    for number, user in enumerate(members):
        headers, token = member_headers(user)
        registration = urlencode({"csrfmiddlewaretoken": token})
        data = comment_data(discussion, f"Beitrag Nummer {number} zur Finanzierung.")
        posts.append(
            (headers, registration, urlencode({**data, "csrfmiddlewaretoken": token}))
        )
    register = f"/mitmachen/veranstaltungen/{event.pk}/anmelden/"
    comment = reverse("labs:comment_post", args=[discussion.pk])

    with Gunicorn(tmp_path, workers=4, threads=4) as server:
        port = server.port
        registered = _all_at_once(
            [
                lambda h=h, b=b: request(port, "POST", register, h, b)[0]
                for h, b, _c in posts
            ]
        )
        contributed = _all_at_once(
            [
                lambda h=h, c=c: request(port, "POST", comment, h, c)[0]
                for h, _b, c in posts
            ]
        )
    slowest = max(seconds for _status, seconds in registered + contributed)
    print(  # noqa: T201
        f"{server.url.split(':')[0]}: 20 Anmeldungen und 20 Beiträge gleichzeitig, "
        f"längste Antwort {slowest:.2f} s"
    )
    assert [status for status, _s in registered] == [302] * MEMBERS, registered
    assert [status for status, _s in contributed] == [302] * MEMBERS, contributed
    table = EventRegistration._meta.db_table
    assert (
        database_rows(
            server.url, table, f"event_id = {event.pk} AND status = 'angemeldet'"
        )
        == PLACES
    )
    assert (
        database_rows(
            server.url, table, f"event_id = {event.pk} AND status = 'warteliste'"
        )
        == MEMBERS - PLACES
    )
    assert database_rows(server.url, Comment._meta.db_table) == MEMBERS

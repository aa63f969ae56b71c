"""Mail off the request path: a request stores and enqueues, the worker
(`manage.py db_worker --backend mail`, run here in batch mode against the test
database) sends through a real SMTP server (aiosmtpd on 127.0.0.1) that is stopped and
started during the test. Nothing is lost while the server is down; afterwards each
message arrives exactly once; a thread with 500 followers costs the request no more
queries than one with none."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from home import demo
from labs import outbox
from labs.models import Membership, OutgoingMail, ThreadFollow
from tests.servers import SMTPServer

FOLLOWERS = 500
# The worker runs in this process against the test database and, like any worker,
# closes its database connection between tasks: the tests commit (the database is
# emptied after each and the rows of the data migrations restored).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def mail_queue(settings):
    """The production arrangement: mail on the database backend, Wagtail's tasks
    immediate; short retry delays so that the test waits seconds, not minutes."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
    }
    settings.MAIL_RETRY_DELAY = 0.5
    settings.MAIL_RETRY_MAX_DELAY = 1


@pytest.fixture
def smtp(settings, mail_queue):
    server = SMTPServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 3
    yield server
    server.stop()


def run_worker():
    """One run of the worker, as a fresh process would do it: all due tasks, then
    exit (a restart between runs)."""
    call_command(
        "db_worker",
        "--backend",
        "mail",
        "--queue-name",
        "mail",
        "--batch",
        "--no-startup-delay",
        "--no-reload",
        verbosity=0,
    )


def followers(page, city, count):
    users = get_user_model().objects.bulk_create(
        get_user_model()(
            username=f"folgt{page.pk}-{n}@example.org",
            email=f"folgt{page.pk}-{n}@example.org",
        )
        for n in range(count)
    )
    Membership.objects.bulk_create(
        Membership(user=user, city=city, function="Quartiersarbeit") for user in users
    )
    ThreadFollow.objects.bulk_create(
        ThreadFollow(user=user, page=page) for user in users
    )
    return users


def post(client, page, text, comment_data):
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        response = client.post(
            reverse("labs:comment_post", args=[page.pk]),
            comment_data(page, text),
        )
    elapsed = time.perf_counter() - started
    assert response.status_code == 302, response.content.decode()[:500]
    return len(queries), elapsed


def test_thread_with_500_followers_costs_the_request_no_more_than_one_without(
    client, lab, city, other_member, comment_data, mail_queue
):
    quiet = demo.build_discussion(lab, title="Eine Diskussion ohne Folgende")
    busy = demo.build_discussion(lab, title="Eine Diskussion mit vielen Folgenden")
    followers(busy, city, FOLLOWERS)
    client.force_login(other_member)
    for page in (quiet, busy):  # the first comment of a page creates its counters
        post(client, page, f"Zum Aufwärmen {page.pk}", comment_data)
    none_queries, none_time = post(client, quiet, "Niemand folgt", comment_data)
    many_queries, many_time = post(client, busy, "Fünfhundert folgen", comment_data)
    print(  # noqa: T201 – the figures of the measurement
        f"\nBeitrag posten: 0 Folgende {none_queries} Abfragen {none_time * 1000:.0f} ms;"
        f" {FOLLOWERS} Folgende {many_queries} Abfragen {many_time * 1000:.0f} ms"
    )
    assert many_queries == none_queries
    assert mail.outbox == []
    assert OutgoingMail.objects.count() == 0  # the request only enqueued

    run_worker()  # expands the recipients, stores one mail each, sends them
    sent = [m for m in mail.outbox if "Fünfhundert folgen" in m.body]
    assert len({m.to[0] for m in sent}) == len(sent) == FOLLOWERS
    assert "http://testserver/" in sent[0].body  # links use the request's host
    assert not OutgoingMail.objects.filter(sent_at__isnull=True).exists()


def test_mail_outage_loses_nothing_and_delivers_each_message_once(
    client, discussion, city, other_member, comment_data, smtp
):
    """The mail server is down while a comment is posted and during two worker runs;
    it comes back, the worker restarts: every follower gets exactly one mail."""
    addresses = sorted(user.email for user in followers(discussion, city, 5))
    client.force_login(other_member)
    post(client, discussion, "Während der Störung", comment_data)

    run_worker()  # the server is down: every attempt fails, nothing is dropped
    assert OutgoingMail.objects.filter(sent_at__isnull=True).count() == 5
    time.sleep(0.6)
    run_worker()  # still down: the retries fail again and are rescheduled
    assert smtp.inbox.messages == []
    attempts = OutgoingMail.objects.values_list("attempts", flat=True)
    assert min(attempts) >= 2, "each message tried at least twice while down"
    assert "ConnectionRefusedError" in OutgoingMail.objects.first().last_error

    failed = sorted(attempts)
    smtp.start()
    started = time.monotonic()
    deadline = started + 30
    while len(smtp.inbox.messages) < 5 and time.monotonic() < deadline:
        time.sleep(0.3)
        run_worker()  # a new worker run after the outage, as after a restart
    received = sorted(to for rcpts, _subject in smtp.inbox.messages for to in rcpts)
    print(  # noqa: T201 – the figures of the measurement
        f"\nStörung: 5 E-Mails, Fehlversuche je E-Mail {failed}; nach dem Start des"
        f" Mailservers {len(received)} zugestellt ({len(set(received))} verschiedene)"
        f" in {time.monotonic() - started:.1f} s"
    )
    assert received == addresses
    assert not OutgoingMail.objects.filter(sent_at__isnull=True).exists()

    # Another delivery task for the same messages (as `send_pending_mail` enqueues
    # it) and another worker run send nothing again.
    assert outbox.enqueue_pending() == 0
    for mail_id in OutgoingMail.objects.values_list("pk", flat=True):
        outbox.deliver.enqueue(mail_id)
    run_worker()
    assert len(smtp.inbox.messages) == 5


def test_unsent_mail_is_enqueued_again_after_a_lost_task(smtp):
    """A worker killed in the middle of a task leaves it "running" for good;
    send_pending_mail gives each unsent message a new task, and it is sent once."""
    smtp.start()
    outbox.send([mail.EmailMessage("Hallo", "Text", to=["a@example.org"])])
    DBTaskResult.objects.all().delete()  # the task is gone, the message is stored
    call_command("send_pending_mail", "--older-than", "0", verbosity=0)
    run_worker()
    call_command("send_pending_mail", "--older-than", "0", verbosity=0)
    run_worker()
    assert smtp.inbox.messages == [(("a@example.org",), "Hallo")]


def test_rolled_back_request_queues_nothing(mail_queue):
    with transaction.atomic():
        outbox.send([mail.EmailMessage("Hallo", "Text", to=["a@example.org"])])
        assert DBTaskResult.objects.count() == 1
        transaction.set_rollback(True)
    assert OutgoingMail.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


def test_access_request_is_answered_while_the_mail_server_is_down(
    client, city, redakteurin, smtp
):
    response = client.post(
        reverse("konto:access_request"),
        {
            "name": "Jonas Mehlhose",
            "email": "jonas.mehlhose@example.org",
            "city": str(city.pk),
            "function": "Quartierskoordination",
            "message": "",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("konto:access_request_done")
    run_worker()
    assert smtp.inbox.messages == []
    smtp.start()
    time.sleep(0.6)
    run_worker()
    assert [rcpts for rcpts, _subject in smtp.inbox.messages] == [(redakteurin.email,)]


def test_each_stored_message_keeps_one_message_id_for_all_its_attempts(mail_queue):
    """The id is fixed in the outbox, so a delivery that is repeated (the worker
    killed after the server took the message) reaches the receiver as the same
    message, and two messages never share one."""
    outbox.send(
        [
            mail.EmailMessage("Erste", "Text", to=["a@example.org"]),
            mail.EmailMessage("Zweite", "Text", to=["a@example.org"]),
        ]
    )
    stored = {
        row.message["subject"]: row.message["headers"]["Message-ID"]
        for row in OutgoingMail.objects.all()
    }
    assert len(set(stored.values())) == 2
    run_worker()
    first = OutgoingMail.objects.get(message__subject="Erste")
    outbox.deliver.call(first.pk)  # already sent: nothing goes out again
    OutgoingMail.objects.filter(pk=first.pk).update(sent_at=None)
    outbox.deliver.call(first.pk)  # as if the first attempt's commit was lost
    sent = [(m.subject, m.message()["Message-ID"]) for m in mail.outbox]
    assert sorted(sent) == sorted([*stored.items(), ("Erste", stored["Erste"])])

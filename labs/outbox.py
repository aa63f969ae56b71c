"""Outgoing e-mail off the request path: store each message once, let a worker send it.

A request (or a command) calls `send(messages)`: every message becomes one
`OutgoingMail` row and one `deliver` task on the task backend `MAIL_TASK_BACKEND`
("mail"). With django-tasks-db that task is a row in the same database, written in the
same transaction as the data that caused the mail: a rolled-back request leaves
neither, and a committed one cannot lose its mail between the commit and an
`on_commit` hook. The worker (`manage.py db_worker --backend mail --queue-name mail`)
runs `deliver`, which

- locks the row and returns at once if it is already sent (a second task for the same
  message, after a restart or from `send_pending_mail`, never sends it again);
- hands the message to the mail server and marks it sent in the same transaction;
- when the mail server is unreachable, counts the attempt and enqueues itself again
  with a growing delay (`MAIL_RETRY_DELAY` doubled per attempt, at most
  `MAIL_RETRY_MAX_DELAY`), so nothing is dropped during an outage.

A task that was running when its worker was killed stays "running" in django-tasks-db
and is never picked up again; `manage.py send_pending_mail` (cron, every few minutes)
enqueues `deliver` once more for every message still unsent, which is safe because of
the first rule. The only possible duplicate is a worker killed after the mail server
accepted a message and before the commit of `sent_at`.

Why a separate backend alias: Wagtail 8 enqueues its own tasks (reference index,
search index, image focal points, file deletion) on the "default" backend and relies on
them having run when the request returns (editors see usages and search results at
once); they stay on the ImmediateBackend. Only mail goes through the worker.
"""

from __future__ import annotations

import base64
import logging
import smtplib
from datetime import timedelta
from email.utils import make_msgid

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.utils import DNS_NAME
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import OutgoingMail

logger = logging.getLogger(__name__)

MAIL_TASK_BACKEND = "mail"
MAIL_QUEUE = "mail"


def _attachment(item):
    filename, content, mimetype = item
    if isinstance(content, bytes):
        return [filename, base64.b64encode(content).decode("ascii"), mimetype, True]
    return [filename, content, mimetype, False]


def serialize(message: EmailMessage) -> dict:
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "attachments": [_attachment(item) for item in message.attachments],
    }


def deserialize(data: dict) -> EmailMessage:
    message = EmailMessage(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data.get("cc") or None,
        bcc=data.get("bcc") or None,
        reply_to=data.get("reply_to") or None,
        headers=data.get("headers") or None,
    )
    for filename, content, mimetype, encoded in data.get("attachments", []):
        if encoded:
            content = base64.b64decode(content)
        message.attach(filename, content, mimetype)
    return message


def send(messages) -> int:
    """Store each message with a recipient once and enqueue its delivery; the number
    of messages queued."""
    messages = [message for message in messages if any(message.recipients())]
    if not messages:
        return 0
    for message in messages:
        # Fixed when stored, not when sent: every attempt of this message carries
        # the same id, so a receiving server (and the soak benchmark) can tell a
        # repeated delivery from a new message.
        if not any(name.lower() == "message-id" for name in message.extra_headers):
            message.extra_headers["Message-ID"] = make_msgid(domain=DNS_NAME)
    with transaction.atomic():
        stored = OutgoingMail.objects.bulk_create(
            [OutgoingMail(message=serialize(message)) for message in messages]
        )
        for mail in stored:
            deliver.enqueue(mail.pk)
    return len(messages)


def retry_delay(attempts: int) -> timedelta:
    seconds = settings.MAIL_RETRY_DELAY * 2 ** max(attempts - 1, 0)
    return timedelta(seconds=min(seconds, settings.MAIL_RETRY_MAX_DELAY))


@task(backend=MAIL_TASK_BACKEND, queue_name=MAIL_QUEUE)
def deliver(mail_id: int) -> str:
    with transaction.atomic():
        mail = (
            OutgoingMail.objects.select_for_update()
            .filter(pk=mail_id, sent_at__isnull=True)
            .first()
        )
        if mail is None:
            return "already sent"
        try:
            deserialize(mail.message).send()
        except (OSError, smtplib.SMTPException) as error:
            mail.attempts += 1
            mail.last_error = f"{type(error).__name__}: {error}"[:1000]
            mail.save(update_fields=["attempts", "last_error"])
            _retry(mail)
            return "retry"
        mail.sent_at = timezone.now()
        mail.save(update_fields=["sent_at"])
    return "sent"


def _retry(mail):
    backend = deliver.get_backend()
    delay = retry_delay(mail.attempts)
    logger.warning(
        "E-Mail %s nicht zugestellt (Versuch %s, %s); neuer Versuch in %s s",
        mail.pk,
        mail.attempts,
        mail.last_error,
        int(delay.total_seconds()),
    )
    if backend.supports_defer:
        deliver.using(run_after=timezone.now() + delay).enqueue(mail.pk)
    # Without deferred tasks (the immediate backend) the message stays unsent until
    # `send_pending_mail` runs.


def enqueue_pending(older_than: timedelta = timedelta(0)) -> int:
    """Enqueue delivery once more for every unsent message created before
    now - older_than; returns how many."""
    ids = list(
        OutgoingMail.objects.filter(
            sent_at__isnull=True, created_at__lte=timezone.now() - older_than
        ).values_list("pk", flat=True)
    )
    for pk in ids:
        deliver.enqueue(pk)
    return len(ids)


def check_queue() -> dict:
    """Readiness figures of the mail queue (`/readyz`): how many messages wait for
    the worker and how long the oldest has waited, in whole seconds. Reading them is
    a query on the queue's own table, so a queue that cannot be reached raises."""
    waiting = OutgoingMail.objects.filter(sent_at__isnull=True)
    oldest = waiting.order_by("created_at").values_list("created_at", flat=True).first()
    age = 0 if oldest is None else int((timezone.now() - oldest).total_seconds())
    return {"queue_depth": waiting.count(), "oldest_waiting_seconds": max(age, 0)}

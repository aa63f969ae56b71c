"""Remind confirmed participants of upcoming events by email, once.

    manage.py send_event_reminders [--days 2] [--dry-run]

Meant to run daily (cron or systemd timer). Each registration gets at most one
reminder (`reminder_sent_at`); people on the waiting list get none.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from labs.events import emails as event_emails
from labs.models.events import EventPage, EventRegistration, RegistrationStatus


class Command(BaseCommand):
    help = (
        "Erinnert angemeldete Personen per E-Mail an Veranstaltungen, die in den "
        "nächsten Tagen beginnen (jede Anmeldung höchstens einmal)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=2,
            help="Veranstaltungen, die innerhalb so vieler Tage beginnen (Standard: 2).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur anzeigen, wer eine Erinnerung bekäme; nichts senden oder speichern.",
        )

    def handle(self, *args, days=2, dry_run=False, **options):
        now = timezone.now()
        events = EventPage.objects.live().filter(
            start__gt=now, start__lte=now + datetime.timedelta(days=days)
        )
        due = (
            EventRegistration.objects.filter(
                event__in=events,
                status=RegistrationStatus.REGISTERED,
                reminder_sent_at__isnull=True,
                user__is_active=True,
            )
            .select_related("event", "user")
            .order_by("event__start", "pk")
        )
        total = sent = 0
        for registration in due:
            total += 1
            label = (
                f"{registration.event.title} "
                f"({timezone.localtime(registration.event.start):%d.%m.%Y %H:%M}): "
                f"{registration.user.email}"
            )
            if dry_run:
                self.stdout.write(f"würde erinnern: {label}")
                continue
            count = event_emails._send([event_emails.reminder_message(registration)])
            if count:
                registration.reminder_sent_at = timezone.now()
                registration.save(update_fields=["reminder_sent_at"])
                sent += 1
                self.stdout.write(f"erinnert: {label}")
            else:
                self.stderr.write(
                    f"nicht versendet (wird beim nächsten Lauf erneut versucht): {label}"
                )
        if dry_run:
            self.stdout.write(
                self.style.WARNING(
                    f"Probelauf: {total} Erinnerung(en) fällig, nichts versendet."
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"{sent} von {total} Erinnerung(en) versendet.")
            )

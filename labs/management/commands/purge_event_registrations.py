"""Delete registrations of events that ended more than 180 days ago (DSGVO:
storage limitation). Meant to run daily or weekly.

    manage.py purge_event_registrations [--dry-run]
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from labs.models.events import RETENTION_DAYS, EventRegistration


class Command(BaseCommand):
    help = (
        "Löscht Anmeldungen zu Veranstaltungen, die vor mehr als "
        f"{RETENTION_DAYS} Tagen endeten."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur zählen, nichts löschen.",
        )

    def handle(self, *args, dry_run=False, **options):
        limit = timezone.now() - datetime.timedelta(days=RETENTION_DAYS)
        old = EventRegistration.objects.filter(event__end__lt=limit)
        count = old.count()
        if dry_run:
            self.stdout.write(f"Probelauf: {count} Anmeldung(en) würden gelöscht.")
            return
        for registration in old.iterator():
            registration.delete()
        self.stdout.write(self.style.SUCCESS(f"{count} Anmeldung(en) gelöscht."))

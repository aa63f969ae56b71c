"""Delete personal data whose retention period is over (see home/privacy.py).

    manage.py purge_personal_data [--dry-run]

Run it daily (cron, systemd timer). The periods come from the site settings.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.privacy import purge


class Command(BaseCommand):
    help = (
        "Löscht personenbezogene Daten nach Ablauf der Speicherfrist aus den "
        "Einstellungen der Plattform: IP-Adressen und entschiedene Zugangsanfragen."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur zählen und anzeigen, nichts löschen.",
        )

    def handle(self, *args, dry_run=False, **options):
        with transaction.atomic():
            results = purge(dry_run=dry_run)
        verb = "würden gelöscht" if dry_run else "gelöscht"
        for result in results:
            self.stdout.write(
                f"{result.label} (älter als {result.days} Tage): {result.count} {verb}"
            )
        total = sum(result.count for result in results)
        if dry_run:
            self.stdout.write(f"Probelauf: nichts geändert ({total} Einträge fällig).")
        else:
            self.stdout.write(self.style.SUCCESS(f"Fertig: {total} Einträge gelöscht."))

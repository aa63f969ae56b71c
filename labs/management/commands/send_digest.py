"""Send the digest ("Zusammenfassung per E-Mail") to every member whose digest is due.

Run it by cron once a day; members choose daily, weekly or never in "Mein Bereich".
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from labs import digest, notifications


def parse_since(value):
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise CommandError(
                f"„{value}“ ist kein Datum. Bitte als JJJJ-MM-TT oder "
                "JJJJ-MM-TT HH:MM angeben."
            )
        moment = datetime.datetime.combine(day, datetime.time.min)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


class Command(BaseCommand):
    help = (
        "Verschickt die Zusammenfassung per E-Mail: Neues in StadtLaboren, "
        "Handlungsfeldern und Diskussionen, denen die Mitglieder folgen. Nichts "
        "wird doppelt verschickt; leere Zusammenfassungen werden nicht verschickt."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur anzeigen, wer was bekäme; nichts senden, nichts speichern.",
        )
        parser.add_argument(
            "--since",
            help=(
                "Frühester Zeitpunkt (JJJJ-MM-TT oder JJJJ-MM-TT HH:MM) für Personen "
                "ohne bisherige Zusammenfassung; nie vor der letzten Zusammenfassung."
            ),
        )
        parser.add_argument(
            "--konto",
            action="append",
            type=int,
            default=[],
            help="Nur für dieses Konto (ID); mehrfach möglich.",
        )

    def handle(self, *args, dry_run=False, since=None, konto=(), **options):
        since = parse_since(since) if since else None
        now = timezone.now()
        root = notifications.base_url()
        sent = empty = failed = 0
        due = list(digest.due_preferences(now, konto or None))
        total = len(due)
        if dry_run:
            self.stdout.write(
                "Probelauf: Es wird nichts gesendet und nichts gespeichert."
            )
        self.stdout.write(f"{total} Konto/Konten mit fälliger Zusammenfassung.")
        for number, (user, preference) in enumerate(due, start=1):
            item = digest.build_digest(user, preference, now, since)
            prefix = f"[{number}/{total}] {user.email}"
            if item.is_empty:
                empty += 1
                self.stdout.write(f"{prefix}: nichts Neues – keine E-Mail.")
                if not dry_run:
                    digest.mark_sent(preference, now)
                continue
            summary = (
                f"{len(item.pages)} neue Seite(n), "
                f"{sum(t.count for t in item.threads)} neue(r) Beitrag/Beiträge in "
                f"{len(item.threads)} Diskussion(en)"
            )
            if dry_run:
                self.stdout.write(f"{prefix}: würde erhalten: {summary}")
                for entry in item.pages:
                    self.stdout.write(
                        f"    – {entry.page.title} ({', '.join(entry.why)})"
                    )
                for news in item.threads:
                    self.stdout.write(
                        f"    – {news.page.title}: {news.count} Beitrag/Beiträge"
                    )
                sent += 1
                continue
            if notifications._send([digest.message_for(item, root)]):
                digest.mark_sent(preference, now)
                sent += 1
                self.stdout.write(f"{prefix}: gesendet ({summary}).")
            else:
                failed += 1
                self.stderr.write(
                    f"{prefix}: Versand fehlgeschlagen; nächster Lauf versucht es erneut."
                )
        verb = "würden gesendet" if dry_run else "gesendet"
        self.stdout.write(
            self.style.SUCCESS(
                f"Fertig: {sent} Zusammenfassung(en) {verb}, {empty} ohne Neues, "
                f"{failed} fehlgeschlagen."
            )
        )

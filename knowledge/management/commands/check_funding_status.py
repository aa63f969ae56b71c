"""Remind the Redaktion of funding programmes whose "Stand" is older than a year.

    manage.py check_funding_status            email the Redaktion (if any are outdated)
    manage.py check_funding_status --dry-run  only list them, send nothing
    manage.py check_funding_status --to a@example.org   other recipients

Meant for a daily or weekly cron job; sends nothing when everything is up to date.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string

from knowledge.funding import STALE_AFTER_DAYS, FundingProgrammePage, stale_before
from labs import outbox
from labs.links import configured_base_url
from labs.roles import association_editors


def stale_programmes():
    return FundingProgrammePage.objects.filter(
        last_checked__lt=stale_before()
    ).order_by("last_checked", "title")


def redaktion_emails():
    users = association_editors().filter(is_active=True).exclude(email="")
    return sorted({user.email for user in users})


class Command(BaseCommand):
    help = (
        "Erinnert die Redaktion per E-Mail an Förderprogramme, deren „Stand“ älter "
        f"als {STALE_AFTER_DAYS} Tage ist."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur auflisten, keine E-Mail senden.",
        )
        parser.add_argument(
            "--to",
            action="append",
            default=[],
            metavar="E-MAIL",
            help="Empfänger*in statt der Gruppe Redaktion (mehrfach möglich).",
        )

    def handle(self, *args, dry_run=False, to=(), **options):
        programmes = list(stale_programmes())
        if not programmes:
            self.stdout.write(self.style.SUCCESS("Alle Förderprogramme sind aktuell."))
            return
        self.stdout.write(
            f"{len(programmes)} Förderprogramm(e) mit Stand älter als "
            f"{STALE_AFTER_DAYS} Tage:"
        )
        base_url = configured_base_url()
        for programme in programmes:
            state = "" if programme.live else " (Entwurf)"
            self.stdout.write(
                f"  – {programme.title}{state}: Stand {programme.last_checked:%d.%m.%Y}"
            )
        recipients = list(to) or redaktion_emails()
        if not recipients:
            self.stdout.write(
                self.style.WARNING(
                    "Niemand in der Gruppe Redaktion hat eine E-Mail-Adresse; "
                    "keine E-Mail gesendet (Empfänger*innen mit --to angeben)."
                )
            )
            return
        if dry_run:
            self.stdout.write(
                "Probelauf: keine E-Mail gesendet (würde an "
                f"{', '.join(recipients)} gehen)."
            )
            return
        context = {
            "programmes": programmes,
            "base_url": base_url,
            "days": STALE_AFTER_DAYS,
        }
        subject = " ".join(
            render_to_string(
                "knowledge/email/funding_stale_subject.txt", context
            ).split()
        )
        body = render_to_string("knowledge/email/funding_stale.txt", context)
        outbox.send(
            [EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)]
        )
        self.stdout.write(
            self.style.SUCCESS(f"Erinnerung an {', '.join(recipients)} gesendet.")
        )

"""Enqueue delivery once more for every stored e-mail that is still unsent (cron, every
few minutes): picks up messages whose task was lost with a killed worker. A message is
never sent twice (see labs/outbox.py)."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from labs import outbox


class Command(BaseCommand):
    help = "Noch nicht versendete E-Mails erneut zur Zustellung einreihen."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            default=10,
            help="nur E-Mails, die mindestens so viele Minuten alt sind (Standard: 10)",
        )

    def handle(self, *args, older_than, **options):
        count = outbox.enqueue_pending(timedelta(minutes=older_than))
        self.stdout.write(f"{count} E-Mail(s) erneut eingereiht.")

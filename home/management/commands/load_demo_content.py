"""Fill the site with the invented demo content of DOMAIN.md section 6.

    manage.py load_demo_content            load (or complete) the demo content
    manage.py load_demo_content --if-empty only if there is no StadtLabor yet
    manage.py load_demo_content --reset    delete the demo content, then load it again

Runs only where `settings.DEMO_CONTENT_ALLOWED` is true (dev and test settings).
Idempotent: a second run finds everything in place and changes nothing (no new pages,
revisions, cities, accounts or images). The content itself is in `home/demo/content/`,
the loading and resetting in `home/demo/loader.py`.

Demo accounts get the password from the environment variable DEMO_PASSWORD (default
"StadtLabor-Demo-2026"); it is set only when an account is created.
"""

import os
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.demo import loader
from home.demo.content.association import ROLE_LABELS, USERS
from labs.models import ASSOCIATION_NAME, LabPage, Membership

DEFAULT_PASSWORD = "StadtLabor-Demo-2026"  # noqa: S105 – documented demo password


class Command(BaseCommand):
    help = (
        "Lädt die fiktiven Beispielinhalte (StadtLabore, Experimente, Erkenntnisse, "
        "Diskussionen, Mitgliedsstädte, Beispielkonten). Nur in Entwicklung und Tests."
    )

    def add_arguments(self, parser):
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--reset",
            action="store_true",
            help="Vorhandene Beispielinhalte löschen und neu laden.",
        )
        mode.add_argument(
            "--if-empty",
            action="store_true",
            help="Nur laden, wenn es noch kein StadtLabor gibt (für `make run`).",
        )
        parser.add_argument(
            "--scale",
            choices=["demo", "large"],
            default="demo",
            help="large: zusätzlich der große synthetische Datensatz für Lastmessungen "
            "(200 Städte, 100 Labore, 2.000 Experimente, 3.000 Erkenntnisse, "
            "300 Diskussionen, 50.000 Kommentare, 2.000 Mitglieder).",
        )

    def handle(self, *args, reset=False, if_empty=False, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Beispielinhalte sind in dieser Umgebung nicht erlaubt: Die "
                "Einstellung DEMO_CONTENT_ALLOWED ist nicht gesetzt (nur die "
                "Entwicklungs- und Testeinstellungen erlauben sie). Es wurde nichts "
                "angelegt oder gelöscht."
            )
        self.verbosity = int(options.get("verbosity", 1))
        if if_empty and LabPage.objects.exists():
            self.log(
                "Beispielinhalte übersprungen: Die Datenbank enthält bereits Inhalte."
            )
            self.load_scale(options)
            return

        started = time.monotonic()
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
        try:
            with transaction.atomic():
                if reset:
                    self.log("Lösche vorhandene Beispielinhalte …", self.style.WARNING)
                    loader.reset(self.log)
                before = loader.snapshot()
                loader.load(password, self.log)
        except loader.MissingVocabulary as error:
            raise CommandError(str(error)) from error
        after = loader.snapshot()
        self.print_summary(before, after, time.monotonic() - started)
        self.print_accounts(password)
        self.load_scale(options)

    def load_scale(self, options):
        """--scale large: the large synthetic data set (load_large_dataset) on top."""
        if options.get("scale") == "large":
            call_command("load_large_dataset", stdout=self.stdout, stderr=self.stderr)

    def log(self, message, style=None):
        if self.verbosity >= 1:
            self.stdout.write(style(message) if style else message)

    def print_summary(self, before, after, seconds):
        self.log("")
        self.log("Beispielinhalte geladen.", self.style.SUCCESS)
        width = max(len(label) for label in after) + 2
        self.log(f"{'':<{width}}{'Anzahl':>8}{'neu':>8}")
        for label, count in after.items():
            delta = count - before.get(label, 0)
            change = f"{delta:+d}" if delta else "–"
            self.log(f"{label:<{width}}{count:>8}{change:>8}")
        self.log(f"Dauer: {seconds:.1f} s".replace(".", ","))

    def print_accounts(self, password):
        if self.verbosity < 1:
            return
        cities = dict(
            Membership.objects.filter(
                user__username__in=[user["email"] for user in USERS]
            ).values_list("user__username", "city__name")
        )
        rows = [
            (
                user["email"],
                ROLE_LABELS[user["role"]],
                cities.get(user["email"]) or user["city"] or str(ASSOCIATION_NAME),
            )
            for user in USERS
        ]
        headers = ("E-Mail (Benutzername)", "Rolle", "Stadt")
        widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(3)]
        self.log("")
        self.log("Beispielkonten:", self.style.SUCCESS)
        line = "  ".join("-" * w for w in widths)
        for row in [headers, None, *rows]:
            if row is None:
                self.log(line)
                continue
            cells = (c.ljust(w) for c, w in zip(row, widths, strict=True))
            self.log("  ".join(cells).rstrip())
        self.log("")
        self.log(
            f"Passwort für neu angelegte Beispielkonten: {password}\n"
            "(bereits vorhandene Konten behalten ihr Passwort; anderes Passwort über "
            "die Umgebungsvariable DEMO_PASSWORD)"
        )
        if settings.BASE_URL:
            self.log(f"Verwaltung (Wagtail-Admin): {settings.BASE_URL}/admin/")
        else:
            self.log(
                "Verwaltung (Wagtail-Admin): /admin/ unter der Adresse, die der "
                "Server beim Start nennt"
            )

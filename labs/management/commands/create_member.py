"""Create or update the account of a person from a member city.

    manage.py create_member EMAIL --city NAME [--name "Vorname Name"]
        [--function "Sozialplanung"] [--pilot-editor] [--password-stdin]

Without --password-stdin a new account gets no usable password and the command prints
a one-time link to the page where the person sets it. --pilot-editor puts
the account into the group "Pilotstadt <City>"; the city must have been provisioned
with `manage.py create_pilot_city` first. The logic is shared with
`manage.py import_members` and the approval of access requests (labs/members.py).
"""

import sys

from django.core.management.base import BaseCommand, CommandError

from labs.members import MemberError, find_city, password_set_link, save_member


class Command(BaseCommand):
    help = (
        "Legt das Konto einer Person aus einer Mitgliedsstadt an oder aktualisiert es."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="E-Mail-Adresse (zugleich Benutzername)")
        parser.add_argument("--city", required=True, help="Name der Mitgliedsstadt")
        parser.add_argument("--name", default="", help='"Vorname Nachname"')
        parser.add_argument(
            "--function", default="", help="Funktion, z. B. Sozialplanung"
        )
        parser.add_argument(
            "--pilot-editor",
            action="store_true",
            help="Konto in die Gruppe der Pilotstadt aufnehmen (eigenes Labor bearbeiten)",
        )
        parser.add_argument(
            "--password-stdin",
            action="store_true",
            help="Passwort von der Standardeingabe lesen statt einen Link auszugeben",
        )

    def handle(
        self,
        *args,
        email,
        city,
        name,
        function,
        pilot_editor,
        password_stdin,
        **options,
    ):
        password = None
        if password_stdin:
            password = sys.stdin.readline().rstrip("\n")
            if not password:
                raise CommandError("Kein Passwort auf der Standardeingabe erhalten.")
        try:
            city_obj = find_city(city)
            saved = save_member(
                email=email,
                city=city_obj,
                name=name,
                function=function,
                pilot_editor=pilot_editor,
                password=password,
            )
        except MemberError as exc:
            raise CommandError(str(exc)) from None

        user = saved.user
        verb = "angelegt" if saved.created else "aktualisiert"
        role = " als Redaktion des StadtLabors" if pilot_editor else ""
        self.stdout.write(
            self.style.SUCCESS(f"Konto {user.email} ({city_obj.name}){role} {verb}.")
        )
        if password is None and not user.has_usable_password():
            self.stdout.write(
                "Link zum Setzen des Passworts (einmalig gültig): "
                + password_set_link(user)
            )

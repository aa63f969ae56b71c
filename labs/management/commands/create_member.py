"""Create or update the account of a person from a member city.

    manage.py create_member EMAIL --city NAME [--name "Vorname Name"]
        [--function "Sozialplanung"] [--pilot-editor] [--password-stdin]

Without --password-stdin the account gets no usable password and the command prints
a one-time link where the person sets it.
"""

import sys

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from labs.models import City, Membership

PILOT_GROUP_PREFIX = "Pilotstadt "


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
        email = email.strip().lower()
        try:
            validate_email(email)
        except ValidationError as exc:
            raise CommandError(f"Ungültige E-Mail-Adresse: {email!r}") from exc
        try:
            city_obj = City.objects.get(name__iexact=city.strip())
        except City.DoesNotExist:
            suggestions = ", ".join(
                City.objects.filter(name__icontains=city.strip()[:4]).values_list(
                    "name", flat=True
                )[:5]
            )
            hint = f" Meinten Sie: {suggestions}?" if suggestions else ""
            raise CommandError(
                f"Unbekannte Mitgliedsstadt {city!r}.{hint} "
                "Mitgliedsstädte pflegt die Redaktion im Admin unter Netzwerk."
            ) from None

        password = None
        if password_stdin:
            password = sys.stdin.readline().rstrip("\n")
            if not password:
                raise CommandError("Kein Passwort auf der Standardeingabe erhalten.")

        first_name, _sep, last_name = name.strip().partition(" ")
        User = get_user_model()
        with transaction.atomic():
            user = (
                User.objects.filter(email__iexact=email).first()
                or User.objects.filter(username__iexact=email).first()
            )
            created = user is None
            if created:
                user = User(username=email, email=email)
            if name:
                user.first_name, user.last_name = first_name, last_name
            if password is not None:
                try:
                    validate_password(password, user)
                except ValidationError as exc:
                    raise CommandError(" ".join(exc.messages)) from exc
                user.set_password(password)
            elif created:
                user.set_unusable_password()
            if pilot_editor:
                user.is_staff = True
            user.save()
            membership, _ = Membership.objects.update_or_create(
                user=user,
                defaults={
                    "city": city_obj,
                    **({"function": function} if function else {}),
                },
            )
            if pilot_editor:
                group, _ = Group.objects.get_or_create(
                    name=f"{PILOT_GROUP_PREFIX}{city_obj.name}"
                )
                user.groups.add(group)

        verb = "angelegt" if created else "aktualisiert"
        self.stdout.write(
            self.style.SUCCESS(f"Konto {email} ({city_obj.name}) {verb}.")
        )
        if password is None and not user.has_usable_password():
            self.stdout.write(
                "Link zum Setzen des Passworts (einmalig gültig): "
                + self.password_link(user)
            )

    def password_link(self, user):
        root = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
        return root + reverse(
            "wagtailadmin_password_reset_confirm",
            kwargs={"uidb64": uid, "token": token},
        )

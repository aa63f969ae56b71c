"""Provision a pilot city in one step (see home/accounts/provisioning.py).

    manage.py create_pilot_city NAME [--publishes-directly | --needs-approval]
        [--new-city]

Creates what is missing – the City, a draft StadtLabor under the lab index, the group
"Pilotstadt NAME" with page permissions on that lab only, the collection
"Pilotstadt NAME" for its images and documents, the workflow Redaktionsfreigabe on
the lab index – and reports each step. Running it again changes nothing.
"""

from django.core.management.base import BaseCommand, CommandError

from home.accounts.provisioning import PilotCityError, provision_pilot_city


class Command(BaseCommand):
    help = "Richtet eine Pilotstadt ein (Stadt, Gruppe, Sammlung, StadtLabor-Entwurf)."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Name der Stadt, z. B. Neckarweiler")
        publishing = parser.add_mutually_exclusive_group()
        publishing.add_argument(
            "--publishes-directly",
            dest="publishes_directly",
            action="store_const",
            const=True,
            help="Die Stadt darf ihre Seiten ohne Redaktionsfreigabe veröffentlichen.",
        )
        publishing.add_argument(
            "--needs-approval",
            dest="publishes_directly",
            action="store_const",
            const=False,
            help="Seiten der Stadt gehen über die Redaktionsfreigabe (Standard für "
            "neue Städte).",
        )
        parser.add_argument(
            "--new-city",
            action="store_true",
            help="Eine neue Stadt anlegen, auch wenn es eine ähnlich geschriebene gibt.",
        )

    def handle(self, *args, name, publishes_directly=None, new_city=False, **options):
        try:
            result = provision_pilot_city(
                name, publishes_directly=publishes_directly, force_new=new_city
            )
        except PilotCityError as exc:
            raise CommandError(str(exc)) from None
        for what, state in result.steps:
            self.stdout.write(f"  {what}: {state}")
        mode = (
            "veröffentlicht direkt"
            if result.city.publishes_directly
            else "Seiten gehen über die Redaktionsfreigabe"
        )
        if result.changed:
            message = f"Pilotstadt {result.city.name} eingerichtet ({mode})."
        else:
            message = (
                f"Pilotstadt {result.city.name} war bereits vollständig eingerichtet; "
                f"nichts geändert ({mode})."
            )
        self.stdout.write(self.style.SUCCESS(message))

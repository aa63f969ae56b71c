"""A large synthetic data set for benchmarks (`home.demo.large`).

    manage.py load_large_dataset [--cities 200] [--labs 100] [--experiments 2000]
        [--learnings 3000] [--discussions 300] [--comments 50000] [--members 2000]

It refuses to run where demo content is not allowed, and does nothing where the
data set is loaded already.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.demo.large import LargeDataset

SIZES = {
    "cities": 200,
    "labs": 100,
    "experiments": 2000,
    "learnings": 3000,
    "discussions": 300,
    "comments": 50000,
    "members": 2000,
}


class Command(BaseCommand):
    help = "Lädt einen großen synthetischen Datensatz für Benchmarks."

    def add_arguments(self, parser):
        for name, default in SIZES.items():
            parser.add_argument(f"--{name}", type=int, default=default)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, seed, **opts):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError(
                "Synthetische Daten sind in dieser Umgebung nicht erlaubt "
                "(DEMO_CONTENT_ALLOWED ist nicht gesetzt)."
            )
        if LargeDataset.loaded():
            self.stdout.write("Großer Datensatz ist schon geladen – nichts zu tun.")
            return
        sizes = {name: opts[name] for name in SIZES}
        seconds = LargeDataset(self.stdout, seed=seed).load(sizes)
        self.stdout.write(
            self.style.SUCCESS(f"Großer Datensatz geladen in {seconds:.0f} s.")
        )

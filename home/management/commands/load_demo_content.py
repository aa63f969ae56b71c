"""Fill the site with the invented demo content of DOMAIN.md section 6.

    manage.py load_demo_content            load (or complete) the demo content
    manage.py load_demo_content --if-empty only if there is no StadtLabor yet
    manage.py load_demo_content --reset    delete the demo content, then load it again

Runs only where `settings.DEMO_CONTENT_ALLOWED` is true (dev and test settings).
Idempotent: a second run finds everything in place and changes nothing (no new pages,
revisions, cities, accounts or images). The content itself is in `home/demo_content.py`,
the page builders in `home/demo.py`, the pictures in `home/demo_images.py`.

Demo accounts get the password from the environment variable DEMO_PASSWORD (default
"StadtLabor-Demo-2026"); it is set only when an account is created.
"""

import datetime
import os
import time

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site
from wagtail.search import index

from home import demo, demo_events, demo_offers, roles
from home import demo_content as content
from home.accounts.provisioning import provision_pilot_city
from home.demo_images import COLLECTION_NAME, demo_images, ensure_image
from home.models import ContentPage, HomePage, SiteSettings
from knowledge.models import FeaturedLearning, KnowledgeIndexPage, LearningPage
from labs.members import pilot_group_name
from labs.models import (
    ASSOCIATION_NAME,
    City,
    DiscussionIndexPage,
    DiscussionPage,
    ExperimentPage,
    LabIndexPage,
    LabPage,
    Membership,
    NetworkRole,
    TargetGroup,
    Theme,
)

DEFAULT_PASSWORD = "StadtLabor-Demo-2026"  # noqa: S105 – documented demo password
# Placeholder group of the pilot-city demo accounts before pilot cities were
# provisioned; removed when found.
LEGACY_PILOT_GROUP = "Pilotstädte (Demo)"

# The start page as migration home/0002 creates it; --reset restores these values.
HOME_DEFAULTS = {
    "title": "Startseite",
    "draft_title": "Startseite",
    "hero_title": "StadtLabore vor Ort",
    "intro": "<p>Die Laborplattform der Mitgliedsstädte für inklusive "
    "Quartiersentwicklung.</p>",
    "easy_language_intro": "",
    "sign_language_video_url": "",
    "body": [],
    "is_demo": False,
}


def snapshot():
    """Object counts for the summary (and for comparing two runs)."""
    return {
        "Seiten insgesamt": Page.objects.filter(depth__gt=1).count(),
        "Startseite": HomePage.objects.count(),
        "Übersichtsseiten": LabIndexPage.objects.count()
        + KnowledgeIndexPage.objects.count()
        + DiscussionIndexPage.objects.count(),
        "Inhaltsseiten": ContentPage.objects.count(),
        "StadtLabore": LabPage.objects.count(),
        "Experimente": ExperimentPage.objects.count(),
        "  davon eingestellt": ExperimentPage.objects.filter(status="stopped").count(),
        "Erkenntnisse": LearningPage.objects.count(),
        "Diskussionen": DiscussionPage.objects.count(),
        "Empfohlene Erkenntnisse": FeaturedLearning.objects.count(),
        "Seitenversionen": Revision.page_revisions.count(),
        "Mitgliedsstädte": City.objects.count(),
        "Konten": get_user_model().objects.count(),
        "Mitgliedschaften": Membership.objects.count(),
        "Bilder": get_image_model().objects.count(),
        "Beiträge in Diskussionen": _count("labs", "Comment"),
        "„Das kennen wir auch“": _count("knowledge", "LearningConfirmation"),
        "„Übernommen von“": _count("labs", "ExperimentAdoption"),
        "Gefolgte StadtLabore und Handlungsfelder": _count("labs", "LabFollow")
        + _count("labs", "ThemeFollow"),
    }


def _count(app_label, model_name):
    return apps.get_model(app_label, model_name).objects.count()


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

    # --- Entry point ---------------------------------------------------------------

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
        with transaction.atomic():
            if reset:
                self.reset()
            before = snapshot()
            self.load(password)
        after = snapshot()
        self.print_summary(before, after, time.monotonic() - started)
        self.print_accounts(password)
        self.load_scale(options)

    def load_scale(self, options):
        """--scale large: the large synthetic data set (load_large_dataset) on top."""
        if options.get("scale") == "large":
            from django.core.management import call_command

            call_command("load_large_dataset", stdout=self.stdout, stderr=self.stderr)

    def log(self, message, style=None):
        if self.verbosity >= 1:
            self.stdout.write(style(message) if style else message)

    # --- Reset ---------------------------------------------------------------------

    def reset(self):
        self.log("Lösche vorhandene Beispielinhalte …", self.style.WARNING)
        demo_offers.reset(self.log)
        home = demo.get_home()
        page_ids = list(
            Page.objects.descendant_of(home).values_list("pk", "content_type_id")
        )
        self._delete_comments(page_ids)
        for child in Page.objects.child_of(home):
            child.delete()

        emails = [user["email"] for user in content.USERS]
        get_user_model().objects.filter(username__in=emails).delete()
        self._delete_pilot_groups()

        # Cities that a real account still belongs to stay (PROTECT); the next
        # load updates them instead of creating duplicates.
        demo_cities = City.objects.filter(is_demo=True)
        kept = list(
            demo_cities.filter(memberships__isnull=False)
            .distinct()
            .values_list("name", flat=True)
        )
        demo_cities.exclude(name__in=kept).delete()
        if kept:
            self.log(
                "  Behalten (noch mit Konten verknüpft): " + ", ".join(sorted(kept))
            )

        demo_images().delete()
        collection = (
            apps.get_model("wagtailcore", "Collection")
            .objects.filter(name=COLLECTION_NAME)
            .first()
        )
        if collection is not None and not self._collection_in_use(collection):
            collection.delete()

        self._reset_home(home)
        self._reset_site_settings()

    def _delete_pilot_groups(self):
        """The groups and collections "Pilotstadt <City>" of the demo labs (their
        page permissions went with the pages), and the placeholder group of older
        versions of this command."""
        names = [pilot_group_name(spec["name"]) for spec in content.LAB_CITIES]
        Group.objects.filter(name__in=[*names, LEGACY_PILOT_GROUP]).delete()
        collection_model = apps.get_model("wagtailcore", "Collection")
        for collection in collection_model.objects.filter(name__in=names, depth=2):
            if not self._collection_in_use(collection):
                collection.delete()

    def _delete_comments(self, page_ids):
        """Comments on the demo pages would be orphaned by deleting the pages."""
        if not page_ids or not apps.is_installed("django_comments"):
            return
        import django_comments

        model = django_comments.get_model()
        base_type = ContentType.objects.get_for_model(Page)
        by_type = {}
        for pk, type_id in page_ids:
            for ct in (type_id, base_type.pk):
                by_type.setdefault(ct, []).append(str(pk))
        for type_id, pks in by_type.items():
            model.objects.filter(content_type_id=type_id, object_pk__in=pks).delete()

    @staticmethod
    def _collection_in_use(collection):
        if collection.get_children().exists():
            return True
        if get_image_model().objects.filter(collection=collection).exists():
            return True
        document_model = apps.get_model("wagtaildocs", "Document")
        return document_model.objects.filter(collection=collection).exists()

    @staticmethod
    def _reset_site_settings():
        """The invented settings (marked [Beispielangabe]) go back to their defaults;
        what an operator entered instead stays."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return
        site_settings = SiteSettings.for_site(site)
        changed = [
            name
            for name, value in content.SITE_SETTINGS.items()
            if getattr(site_settings, name) == value
        ]
        for name in changed:
            field = SiteSettings._meta.get_field(name)
            setattr(site_settings, name, field.get_default())
        if changed and site_settings.pk is not None:
            site_settings.save(update_fields=changed)

    @staticmethod
    def _reset_home(home):
        """Back to the start page of a fresh `migrate`, without its revisions, so a
        reset followed by a load gives the same counts as a first load."""
        page = HomePage.objects.get(pk=home.pk)
        for name, value in HOME_DEFAULTS.items():
            setattr(page, name, value)
        page.latest_revision = None
        page.live_revision = None
        page.has_unpublished_changes = False
        page.save()
        Revision.page_revisions.filter(object_id=str(page.pk)).delete()

    # --- Load ----------------------------------------------------------------------

    def load(self, password):
        self.themes = {theme.slug: theme for theme in Theme.objects.all()}
        self.groups = {group.name: group for group in TargetGroup.objects.all()}
        if len(self.themes) < 7 or not self.groups:
            raise CommandError(
                "Die Handlungsfelder und Zielgruppen fehlen. Bitte zuerst "
                "`manage.py migrate` ausführen (Migration labs/0002)."
            )
        self.experiments = {}
        self.learnings = {}

        self.load_site_settings()
        home = self.load_home()
        lab_index, hub, discussion_index = self.load_indexes(home)
        self.load_content_pages(home)
        self.images = self.load_images()
        self.cities = self.load_cities()
        labs = {spec["key"]: self.load_lab(lab_index, spec) for spec in content.LABS}
        for spec in content.LABS:
            self.load_learnings(labs[spec["key"]], spec["key"], spec["learnings"])
        self.log("Lege Synthesen der Redaktion im Bereich Wissen an …")
        self.load_learnings(hub, "wissen", content.HUB_LEARNINGS)
        self.log("Lege Diskussionen an …")
        for spec in content.LABS:
            self.load_discussion(labs[spec["key"]], spec["discussion"])
        for spec in content.EDITORIAL_DISCUSSIONS:
            self.load_discussion(discussion_index, spec)
        self.log("Wähle empfohlene Erkenntnisse aus …")
        demo.set_featured(
            hub, [(self.learnings[key], note) for key, note in content.FEATURED]
        )
        self.load_accounts(password)
        self.log("Lege Beiträge in den Diskussionen an …")
        self.load_comments()
        self.load_peer_signals()
        self.load_follows(labs)
        demo_events.load(self.learnings, self.log)
        demo_offers.load(self.log)
        self.update_search_index()

    def update_search_index(self):
        """Every page in the search index with its final text: some builders set
        fields with a queryset update (the lab of a page) or add what a page
        lists (the partners) after the page was saved."""
        self.log("Aktualisiere den Suchindex …")
        for page in Page.objects.exclude(depth=1).specific():
            index.insert_or_update_object(page)

    def load_site_settings(self):
        self.log("Fülle die Einstellungen der Plattform …")
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        changed = False
        for name, value in content.SITE_SETTINGS.items():
            if getattr(site_settings, name) != value:
                setattr(site_settings, name, value)
                changed = True
        if changed or site_settings.pk is None:
            site_settings.save()

    def load_home(self):
        self.log("Fülle die Startseite …")
        home = demo.get_home()
        return demo.update_page(home, fields={**content.HOME, "is_demo": True})

    def load_indexes(self, home):
        self.log("Lege die Bereiche StadtLabore, Wissen und Austausch an …")
        lab_index, hub, discussion_index = demo.ensure_indexes(home)
        intros = content.INDEX_INTROS
        return (
            demo.update_page(
                lab_index, fields={"intro": intros["labs"], "is_demo": True}
            ),
            demo.update_page(
                hub, fields={"intro": intros["knowledge"], "is_demo": True}
            ),
            demo.update_page(
                discussion_index,
                fields={"intro": intros["discussions"], "is_demo": True},
            ),
        )

    def load_content_pages(self, home):
        for spec in content.CONTENT_PAGES:
            self.log(f"Lege Seite „{spec['title']}“ an …")
            demo.build_content_page(
                home,
                title=spec["title"],
                slug=spec["slug"],
                body=spec["body"],
                intro=spec["intro"],
                last_reviewed=content.REVIEWED,
                is_demo=True,
            )

    def load_images(self):
        self.log("Zeichne die Beispielbilder (Luftbilder) …")
        return {
            key: ensure_image(spec["title"], spec["drawing"], spec["alt"])
            for key, spec in content.IMAGES.items()
        }

    def load_cities(self):
        self.log("Lege die Mitgliedsstädte an …")
        cities = {}
        for spec in content.LAB_CITIES + content.MEMBER_CITIES:
            fields = {"network_role": NetworkRole.MEMBER, **spec, "is_demo": True}
            name = fields.pop("name")
            cities[name] = demo.ensure_city(name, **fields)
        return cities

    def load_lab(self, lab_index, spec):
        self.log(f"Lege StadtLabor {spec['city']} an …")
        fields = dict(spec["fields"])
        fields["body"] = self.resolve_blocks(fields.get("body", []))
        lab = demo.build_lab(
            lab_index,
            title=spec["title"],
            slug=spec["slug"],
            city=self.cities[spec["city"]],
            primary_theme=self.themes[spec["primary_theme"]],
            themes=self.theme_list(spec["themes"]),
            target_groups=self.group_list(spec["target_groups"]),
            hero_image=self.images[spec["image"]],
            is_demo=True,
            **fields,
        )
        for item in spec["experiments"]:
            fields = dict(item)
            slug, title = fields.pop("slug"), fields.pop("title")
            themes = self.theme_list(fields.pop("themes"))
            groups = self.group_list(fields.pop("target_groups"))
            fields["procedure"] = self.resolve_blocks(fields.get("procedure", []))
            self.experiments[f"{spec['key']}/{slug}"] = demo.build_experiment(
                lab,
                title=title,
                slug=slug,
                themes=themes,
                target_groups=groups,
                is_demo=True,
                **fields,
            )
        return lab

    def load_learnings(self, parent, key, items):
        for item in items:
            fields = dict(item)
            slug, title = fields.pop("slug"), fields.pop("title")
            themes = self.theme_list(fields.pop("themes"))
            evidence = [self.experiments[ref] for ref in fields.pop("evidence")]
            self.learnings[f"{key}/{slug}"] = demo.build_learning(
                parent,
                title=title,
                slug=slug,
                themes=themes,
                evidence=evidence,
                is_demo=True,
                **fields,
            )

    def load_discussion(self, parent, spec):
        fields = dict(spec)
        slug, title = fields.pop("slug"), fields.pop("title")
        themes = self.theme_list(fields.pop("themes"))
        city = fields.pop("started_by_city")
        related = fields.pop("related_page")
        fields["started_by_city"] = self.cities[city] if city else None
        fields["related_page"] = (
            (self.experiments.get(related) or self.learnings[related])
            if related
            else None
        )
        return demo.build_discussion(
            parent, title=title, slug=slug, themes=themes, is_demo=True, **fields
        )

    # --- Accounts ------------------------------------------------------------------

    def load_accounts(self, password):
        """Redaktion is a plain member of the group Redaktion (no superuser); each
        pilot-city person is in the group of their city, provisioned like
        `manage.py create_pilot_city` does (rights in their own lab only)."""
        self.log("Lege die Beispielkonten an …")
        editors = roles.setup_roles(apps)
        Group.objects.filter(name=LEGACY_PILOT_GROUP).delete()
        pilot_groups = {}
        for spec in content.USERS:
            if spec["role"] == "pilot" and spec["city"] not in pilot_groups:
                pilot_groups[spec["city"]] = provision_pilot_city(
                    spec["city"], create_city=False
                ).group

        hashed = None
        user_model = get_user_model()
        for spec in content.USERS:
            email = spec["email"]
            user = user_model.objects.filter(username__iexact=email).first()
            if user is None:
                hashed = hashed or make_password(password)
                user = user_model(username=email, password=hashed)
            wanted = {
                "email": email,
                "first_name": spec["first_name"],
                "last_name": spec["last_name"],
                "is_active": True,
                "is_staff": spec["role"] in ("redaktion", "pilot"),
                "is_superuser": False,
            }
            if user.pk is None or any(
                getattr(user, name) != value for name, value in wanted.items()
            ):
                for name, value in wanted.items():
                    setattr(user, name, value)
                user.save()
            if spec["role"] == "redaktion":
                user.groups.add(editors)
            elif spec["role"] == "pilot":
                user.groups.add(pilot_groups[spec["city"]])

            city = self.cities[spec["city"]] if spec["city"] else None
            membership = Membership.objects.filter(user=user).first()
            if membership is None:
                Membership.objects.create(
                    user=user, city=city, function=spec["function"]
                )
            elif (membership.city_id, membership.function) != (
                city.pk if city else None,
                spec["function"],
            ):
                membership.city, membership.function = city, spec["function"]
                membership.save()

    def load_follows(self, labs):
        """Demo members follow a few labs and themes (idempotent)."""
        from labs.models import LabFollow, ThemeFollow

        users = {u.email: u for u in get_user_model().objects.filter(is_active=True)}
        for email, kind, key in content.DEMO_FOLLOWS:
            user = users.get(email)
            if user is None:
                continue
            if kind == "lab":
                LabFollow.objects.get_or_create(user=user, lab=labs[key])
            else:
                ThemeFollow.objects.get_or_create(user=user, theme=self.themes[key])

    # --- Discussions (comments, peer signals) --------------------------------------

    def demo_page(self, ref):
        kind, key = ref.split(":", 1)
        if kind == "experiment":
            return self.experiments[key]
        if kind == "learning":
            return self.learnings[key]
        return DiscussionPage.objects.get(slug=key)

    def load_comments(self):
        """Threaded comments between member cities. Idempotent: a comment with the
        same page, author and text is not created again."""
        from django.contrib.contenttypes.models import ContentType

        from labs.comment_models import Comment

        users = {
            user.username: user
            for user in get_user_model()
            .objects.filter(username__in=[u["email"] for u in content.USERS])
            .select_related("membership__city")
        }
        until = timezone.make_aware(content.COMMENTS_UNTIL)

        def add(page, spec, parent=None):
            user = users[spec["by"]]
            comment = Comment.objects.filter(
                page_id=page.pk, user=user, comment=spec["text"]
            ).first()
            if comment is None:
                membership = user.membership
                comment = Comment(
                    content_type=ContentType.objects.get_for_model(page),
                    object_pk=str(page.pk),
                    page_id=page.pk,
                    site_id=settings.SITE_ID,
                    user=user,
                    user_name=user.get_full_name(),
                    user_email=user.email,
                    comment=spec["text"],
                    submit_date=until - datetime.timedelta(days=spec["days"]),
                    parent_id=parent.pk if parent else 0,
                    author_city=membership.city,
                    author_function=membership.function,
                    is_editorial=spec.get("editorial", False),
                    highlighted=spec.get("highlighted", False),
                    reviewed=spec.get("highlighted", False),
                )
                comment.save()
            for reply in spec.get("replies", []):
                add(page, reply, comment)

        for ref, threads in content.DEMO_COMMENTS.items():
            page = self.demo_page(ref)
            for spec in threads:
                add(page, spec)

    def load_peer_signals(self):
        from knowledge.models import LearningConfirmation
        from labs.comment_models import ExperimentAdoption

        users = {
            user.username: user
            for user in get_user_model().objects.filter(
                username__in=[u["email"] for u in content.USERS]
            )
        }
        for key, city, email, note in content.DEMO_CONFIRMATIONS:
            LearningConfirmation.objects.get_or_create(
                learning=self.learnings[key],
                city=self.cities[city],
                defaults={"user": users[email], "note": note},
            )
        for key, city, email, kind, note in content.DEMO_ADOPTIONS:
            ExperimentAdoption.objects.get_or_create(
                experiment=self.experiments[key],
                city=self.cities[city],
                defaults={"user": users[email], "kind": kind, "note": note},
            )

    # --- Helpers -------------------------------------------------------------------

    def theme_list(self, slugs):
        return [self.themes[slug] for slug in slugs]

    def group_list(self, names):
        return [self.groups[name] for name in names]

    def resolve_blocks(self, blocks):
        """Replace image keys in image blocks by the Wagtail images."""
        resolved = []
        for block_type, value in blocks:
            if block_type == "image":
                value = {**value, "image": self.images[value["image"]]}
            resolved.append((block_type, value))
        return resolved

    # --- Output --------------------------------------------------------------------

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
                user__username__in=[user["email"] for user in content.USERS]
            ).values_list("user__username", "city__name")
        )
        rows = [
            (
                user["email"],
                content.ROLE_LABELS[user["role"]],
                cities.get(user["email"]) or user["city"] or str(ASSOCIATION_NAME),
            )
            for user in content.USERS
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

"""Turn the demo content (`content/`) into pages, cities and accounts, and remove it.

    load(password, log)   load (or complete) the demo content
    reset(log)            delete the demo content (then `load` gives a fresh copy)
    snapshot()            object counts, for the summary and for comparing two runs

Idempotent: a second `load` finds everything in place and changes nothing (no new
pages, revisions, cities, accounts or images). `log` receives one line of progress at
a time. `manage.py load_demo_content` calls these inside one transaction.
"""

import datetime

import django_comments
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision, Site
from wagtail.search import index

from home import roles
from home.models import ContentPage, HomePage, SiteSettings
from home.pilot_cities import provision_pilot_city
from knowledge.models import (
    FeaturedLearning,
    KnowledgeIndexPage,
    LearningConfirmation,
    LearningPage,
)
from labs.models import (
    City,
    Comment,
    DiscussionIndexPage,
    DiscussionPage,
    ExperimentAdoption,
    ExperimentPage,
    ExperimentStatus,
    LabFollow,
    LabIndexPage,
    LabPage,
    Membership,
    NetworkRole,
    TargetGroup,
    Theme,
    ThemeFollow,
)
from labs.roles import pilot_group_name

from . import builders, events, offers
from .content import IMAGES, LAB_CITIES, LABS, association, exchange, pages
from .content.member_cities import MEMBER_CITIES
from .images import COLLECTION_NAME, demo_images, ensure_image

# Placeholder group of the pilot-city demo accounts before pilot cities were
# provisioned; removed when found.
LEGACY_PILOT_GROUP = "Pilotstädte (Demo)"

# The start page as migration home/0002 creates it; `reset` restores these values.
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


class MissingVocabulary(Exception):
    """The Handlungsfelder and target groups of migration labs/0002 are missing."""


def _silent(message):
    pass


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
        "  davon eingestellt": ExperimentPage.objects.filter(
            status=ExperimentStatus.STOPPED
        ).count(),
        "Erkenntnisse": LearningPage.objects.count(),
        "Diskussionen": DiscussionPage.objects.count(),
        "Empfohlene Erkenntnisse": FeaturedLearning.objects.count(),
        "Seitenversionen": Revision.page_revisions.count(),
        "Mitgliedsstädte": City.objects.count(),
        "Konten": get_user_model().objects.count(),
        "Mitgliedschaften": Membership.objects.count(),
        "Bilder": get_image_model().objects.count(),
        "Beiträge in Diskussionen": Comment.objects.count(),
        "„Das kennen wir auch“": LearningConfirmation.objects.count(),
        "„Übernommen von“": ExperimentAdoption.objects.count(),
        "Gefolgte StadtLabore und Handlungsfelder": LabFollow.objects.count()
        + ThemeFollow.objects.count(),
    }


def load(password, log=_silent):
    """Create or complete the demo content; new accounts get `password`."""
    DemoLoader(log).load(password)


# --- Reset -------------------------------------------------------------------------


def reset(log=_silent):
    """Delete the demo content: the pages under the start page with their comments,
    the demo accounts, pilot groups, cities and images; the start page and the
    invented settings go back to their defaults."""
    offers.reset(log)
    home = builders.get_home()
    page_ids = list(
        Page.objects.descendant_of(home).values_list("pk", "content_type_id")
    )
    _delete_comments(page_ids)
    for child in Page.objects.child_of(home):
        child.delete()

    emails = [user["email"] for user in association.USERS]
    get_user_model().objects.filter(username__in=emails).delete()
    _delete_pilot_groups()

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
        log("  Behalten (noch mit Konten verknüpft): " + ", ".join(sorted(kept)))

    demo_images().delete()
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is not None and not _collection_in_use(collection):
        collection.delete()

    _reset_home(home)
    _reset_site_settings()


def _delete_pilot_groups():
    """The groups and collections "Pilotstadt <City>" of the demo labs (their
    page permissions went with the pages), and the placeholder group of older
    versions of the demo content."""
    names = [pilot_group_name(spec["name"]) for spec in LAB_CITIES]
    Group.objects.filter(name__in=[*names, LEGACY_PILOT_GROUP]).delete()
    for collection in Collection.objects.filter(name__in=names, depth=2):
        if not _collection_in_use(collection):
            collection.delete()


def _delete_comments(page_ids):
    """Comments on the demo pages would be orphaned by deleting the pages."""
    if not page_ids:
        return
    model = django_comments.get_model()
    base_type = ContentType.objects.get_for_model(Page)
    by_type = {}
    for pk, type_id in page_ids:
        for ct in (type_id, base_type.pk):
            by_type.setdefault(ct, []).append(str(pk))
    for type_id, pks in by_type.items():
        model.objects.filter(content_type_id=type_id, object_pk__in=pks).delete()


def _collection_in_use(collection):
    if collection.get_children().exists():
        return True
    if get_image_model().objects.filter(collection=collection).exists():
        return True
    return get_document_model().objects.filter(collection=collection).exists()


def _reset_site_settings():
    """The invented settings (marked [Beispielangabe]) go back to their defaults;
    what an operator entered instead stays."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    site_settings = SiteSettings.for_site(site)
    changed = [
        name
        for name, value in association.SITE_SETTINGS.items()
        if getattr(site_settings, name) == value
    ]
    for name in changed:
        field = SiteSettings._meta.get_field(name)
        setattr(site_settings, name, field.get_default())
    if changed and site_settings.pk is not None:
        site_settings.save(update_fields=changed)


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


# --- Load --------------------------------------------------------------------------


class DemoLoader:
    """One run of `load`: keeps what it built (themes, cities, images, experiments,
    learnings by key) so that later parts of the content can refer to it."""

    def __init__(self, log=_silent):
        self.log = log

    def load(self, password):
        self.themes = {theme.slug: theme for theme in Theme.objects.all()}
        self.groups = {group.name: group for group in TargetGroup.objects.all()}
        if len(self.themes) < 7 or not self.groups:
            raise MissingVocabulary(
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
        labs = {spec["key"]: self.load_lab(lab_index, spec) for spec in LABS}
        for spec in LABS:
            self.load_learnings(labs[spec["key"]], spec["key"], spec["learnings"])
        self.log("Lege Synthesen der Redaktion im Bereich Wissen an …")
        self.load_learnings(hub, "wissen", association.HUB_LEARNINGS)
        self.log("Lege Diskussionen an …")
        for spec in LABS:
            self.load_discussion(labs[spec["key"]], spec["discussion"])
        for spec in association.EDITORIAL_DISCUSSIONS:
            self.load_discussion(discussion_index, spec)
        self.log("Wähle empfohlene Erkenntnisse aus …")
        builders.set_featured(
            hub,
            [(self.learnings[key], note) for key, note in association.FEATURED],
        )
        self.load_accounts(password)
        self.log("Lege Beiträge in den Diskussionen an …")
        self.load_comments()
        self.load_peer_signals()
        self.load_follows(labs)
        events.load(self.learnings, self.log)
        offers.load(self.log)
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
        for name, value in association.SITE_SETTINGS.items():
            if getattr(site_settings, name) != value:
                setattr(site_settings, name, value)
                changed = True
        if changed or site_settings.pk is None:
            site_settings.save()

    def load_home(self):
        self.log("Fülle die Startseite …")
        home = builders.get_home()
        return builders.update_page(home, fields={**association.HOME, "is_demo": True})

    def load_indexes(self, home):
        self.log("Lege die Bereiche StadtLabore, Wissen und Austausch an …")
        indexes = builders.ensure_indexes(home)
        intros = (
            association.INDEX_INTROS["labs"],
            association.INDEX_INTROS["knowledge"],
            association.INDEX_INTROS["discussions"],
        )
        return tuple(
            builders.update_page(page, fields={"intro": intro, "is_demo": True})
            for page, intro in zip(indexes, intros, strict=True)
        )

    def load_content_pages(self, home):
        for spec in pages.CONTENT_PAGES:
            self.log(f"Lege Seite „{spec['title']}“ an …")
            builders.build_content_page(
                home,
                title=spec["title"],
                slug=spec["slug"],
                body=spec["body"],
                intro=spec["intro"],
                last_reviewed=association.REVIEWED,
                is_demo=True,
            )

    def load_images(self):
        self.log("Zeichne die Beispielbilder (Luftbilder) …")
        return {
            key: ensure_image(spec["title"], spec["drawing"], spec["alt"])
            for key, spec in IMAGES.items()
        }

    def load_cities(self):
        self.log("Lege die Mitgliedsstädte an …")
        cities = {}
        for spec in LAB_CITIES + MEMBER_CITIES:
            fields = {"network_role": NetworkRole.MEMBER, **spec, "is_demo": True}
            name = fields.pop("name")
            cities[name] = builders.ensure_city(name, **fields)
        return cities

    def load_lab(self, lab_index, spec):
        self.log(f"Lege StadtLabor {spec['city']} an …")
        fields = dict(spec["fields"])
        fields["body"] = self.resolve_blocks(fields.get("body", []))
        lab = builders.build_lab(
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
            self.experiments[f"{spec['key']}/{slug}"] = builders.build_experiment(
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
            self.learnings[f"{key}/{slug}"] = builders.build_learning(
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
        return builders.build_discussion(
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
        for spec in association.USERS:
            if spec["role"] == "pilot" and spec["city"] not in pilot_groups:
                pilot_groups[spec["city"]] = provision_pilot_city(
                    spec["city"], create_city=False
                ).group

        hashed = None
        user_model = get_user_model()
        for spec in association.USERS:
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
        users = {u.email: u for u in get_user_model().objects.filter(is_active=True)}
        for email, kind, key in exchange.DEMO_FOLLOWS:
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
        users = {
            user.username: user
            for user in get_user_model()
            .objects.filter(username__in=[u["email"] for u in association.USERS])
            .select_related("membership__city")
        }
        until = timezone.make_aware(exchange.COMMENTS_UNTIL)

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

        for ref, threads in exchange.DEMO_COMMENTS.items():
            page = self.demo_page(ref)
            for spec in threads:
                add(page, spec)

    def load_peer_signals(self):
        users = {
            user.username: user
            for user in get_user_model().objects.filter(
                username__in=[u["email"] for u in association.USERS]
            )
        }
        for key, city, email, note in exchange.DEMO_CONFIRMATIONS:
            LearningConfirmation.objects.get_or_create(
                learning=self.learnings[key],
                city=self.cities[city],
                defaults={"user": users[email], "note": note},
            )
        for key, city, email, kind, note in exchange.DEMO_ADOPTIONS:
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

"""Builder functions for pages, cities and the curated list.

Used by the demo content loader (`loader.py`, run by `manage.py load_demo_content`)
and by the test fixtures, so that tests build small page trees the same way the demo
does.

Every builder is idempotent: it looks for an existing page by slug under the given
parent and updates it instead of creating a duplicate. Pages are saved with a revision
and published (`live=False` keeps a draft). A revision is only written when something
actually changed, so running the demo command twice adds nothing. Every required model
field has a German default, so `build_experiment(lab, title="X")` is enough in a test.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from home.accounts.provisioning import make_slug
from home.models import ContentPage, HomePage
from knowledge.models import (
    EvidenceLevel,
    FeaturedLearning,
    KnowledgeIndexPage,
    LearningKind,
    LearningPage,
)
from labs.models import (
    City,
    CostBand,
    DiscussionIndexPage,
    DiscussionPage,
    Effort,
    ExperimentPage,
    ExperimentStatus,
    FormatType,
    LabChildMixin,
    LabIndexPage,
    LabPage,
    QuarterType,
    Theme,
    Transferability,
)

DEFAULT_DATE = datetime.date(2026, 1, 15)
PLACEHOLDER_PARAGRAPH = "<p>[bitte ergänzen]</p>"

# --- Generic page upsert ----------------------------------------------------------


def _comparable(page: models.Model, field: models.Field):
    """A value of `field` on `page` that compares equal across save/load cycles
    (StreamField block ids are ignored, foreign keys compare by id)."""
    if isinstance(field, StreamField):
        raw = field.get_prep_value(getattr(page, field.name))
        return [
            {key: value for key, value in block.items() if key != "id"}
            for block in (raw or [])
        ]
    if isinstance(field, models.ForeignKey):
        return getattr(page, field.attname)
    return field.to_python(getattr(page, field.attname))


def _related_ids(page: models.Model, name: str) -> set:
    return {obj.pk for obj in getattr(page, name).all()}


def _resolve_field(model: type[models.Model], name: str) -> models.Field:
    field = model._meta.get_field(name)
    if not getattr(field, "concrete", False) or field.many_to_many:
        raise ValueError(f"{model.__name__}.{name} ist kein einfaches Feld.")
    return field


def _refresh(page: Page) -> Page:
    return type(page).objects.get(pk=page.pk)


def _ensure_lab(page: Page) -> None:
    """LabChildMixin.save sets `lab` once the page has a tree path; make sure the
    stored value is right (it is recomputed from the tree, never trusted)."""
    if not isinstance(page, LabChildMixin):
        return
    lab = LabPage.objects.ancestor_of(page).first()
    lab_id = lab.pk if lab else None
    if page.lab_id != lab_id:
        type(page).objects.filter(pk=page.pk).update(lab=lab_id)
        page.lab_id = lab_id


def upsert_page(
    parent: Page,
    model: type[Page],
    *,
    slug: str,
    title: str,
    live: bool = True,
    fields: Mapping | None = None,
    m2m: Mapping[str, Iterable] | None = None,
) -> Page:
    """Create or update the page of type `model` with `slug` under `parent`.

    `fields` are plain model fields (foreign keys as instances or `<name>_id`),
    `m2m` maps a ParentalManyToManyField name to model instances. Returns a fresh copy
    of the page from the database. Writes a revision (and publishes it if `live`) only
    when something changed or the publication state differs.
    """
    fields = dict(fields or {})
    m2m = {name: list(values) for name, values in (m2m or {}).items()}
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is None:
        sibling = Page.objects.child_of(parent).filter(slug=slug).first()
        if sibling is not None:
            raise ValueError(
                f"Unter „{parent.title}“ gibt es schon eine Seite mit dem Kurznamen "
                f"„{slug}“, aber vom Typ {type(sibling.specific).__name__}."
            )
        page = model(title=title, slug=slug, live=live, **fields)
        for name, values in m2m.items():
            getattr(page, name).set(values)
        # A fresh parent object: treebeard computes the child's path from the
        # parent's in-memory child count, which may be stale in the caller's copy.
        Page.objects.get(pk=parent.pk).add_child(instance=page)
        _ensure_lab(page)
        revision = page.save_revision()
        if live:
            revision.publish()
        page = _refresh(page)
        _ensure_lab(page)
        return page

    return update_page(existing, title=title, live=live, fields=fields, m2m=m2m)


def update_page(
    page: Page,
    *,
    title: str | None = None,
    live: bool = True,
    fields: Mapping | None = None,
    m2m: Mapping[str, Iterable] | None = None,
) -> Page:
    """Update an existing page (e.g. the start page) like `upsert_page` does: a new
    revision only if a field changed, published if `live`, unpublished if not."""
    existing = Page.objects.get(pk=page.pk).specific
    model = type(existing)
    current = existing.get_latest_revision_as_object()
    title = title or current.title
    changed = current.draft_title != title
    for name, value in {"title": title, **(fields or {})}.items():
        field = _resolve_field(model, name.removesuffix("_id"))
        before = _comparable(current, field)
        setattr(current, name, value)
        if _comparable(current, field) != before:
            changed = True
    for name, values in (m2m or {}).items():
        values = list(values)
        if _related_ids(current, name) != {obj.pk for obj in values}:
            getattr(current, name).set(values)
            changed = True

    if changed:
        revision = current.save_revision()
        if live:
            revision.publish()
    elif live and (not existing.live or existing.has_unpublished_changes):
        latest = existing.get_latest_revision()
        revision = latest or existing.save_revision()
        revision.publish()
    if not live and existing.live:
        _refresh(existing).unpublish()
    page = _refresh(existing)
    _ensure_lab(page)
    return page


# --- Home, indexes, cities --------------------------------------------------------


def get_home() -> HomePage:
    """The default Site's root page (the start page created by migration)."""
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    return site.root_page.specific


def ensure_indexes(
    home: HomePage | None = None,
) -> tuple[LabIndexPage, KnowledgeIndexPage, DiscussionIndexPage]:
    """The three index pages under the start page, created (published) if missing.
    Existing index pages are returned unchanged."""
    home = home or get_home()
    result = []
    for model, slug, title in (
        (LabIndexPage, "stadtlabore", "StadtLabore"),
        (KnowledgeIndexPage, "wissen", "Wissen"),
        (DiscussionIndexPage, "austausch", "Austausch"),
    ):
        page = model.objects.child_of(home).filter(slug=slug).first()
        if page is None:
            page = model.objects.child_of(home).first()
        if page is None:
            page = upsert_page(home, model, slug=slug, title=title)
        result.append(page)
    return tuple(result)


def ensure_city(name: str, **fields) -> City:
    """Get or create the member city `name`; update the given fields if they differ."""
    city = City.objects.filter(name=name).first()
    if city is None:
        fields.setdefault("slug", make_slug(name))
        return City.objects.create(name=name, **fields)
    changed = [key for key, value in fields.items() if getattr(city, key) != value]
    if changed:
        for key in changed:
            setattr(city, key, fields[key])
        city.full_clean()
        city.save()
    return city


def _first_theme() -> Theme:
    theme = Theme.objects.order_by("sort_order", "name").first()
    if theme is None:
        raise RuntimeError(
            "Es gibt noch keine Handlungsfelder. Bitte zuerst `manage.py migrate` "
            "ausführen (die Migration labs/0002 legt die sieben Handlungsfelder an)."
        )
    return theme


# --- Labs and their children ------------------------------------------------------


def build_lab(
    lab_index: LabIndexPage,
    *,
    title: str,
    city: City,
    slug: str | None = None,
    primary_theme: Theme | None = None,
    themes: Iterable[Theme] = (),
    target_groups: Iterable = (),
    live: bool = True,
    **fields,
) -> LabPage:
    defaults = {
        "teaser": f"Das StadtLabor in {city.name} erprobt neue Wege in der "
        "Quartiersentwicklung.",
        "quarter_name": "Innenstadt",
        "quarter_type": QuarterType.EXISTING,
        "guiding_question": "Wie gelingt ein gutes Miteinander im Quartier?",
        "initial_situation": "<p>Die Ausgangslage wird noch beschrieben.</p>",
        "challenges": "<p>Die Herausforderungen werden noch beschrieben.</p>",
        "goals": "<ul><li>Das Quartier gemeinsam mit den Menschen vor Ort "
        "weiterentwickeln.</li></ul>",
        "responsible_units": "Amt für Soziales",
        "contact_role": "Quartierskoordination",
        "start_date": DEFAULT_DATE,
        "last_reviewed": DEFAULT_DATE,
    }
    defaults.update(fields)
    defaults["city"] = city
    defaults["primary_theme"] = primary_theme or _first_theme()
    return upsert_page(
        lab_index,
        LabPage,
        slug=slug or make_slug(title),
        title=title,
        live=live,
        fields=defaults,
        m2m={"themes": themes, "target_groups": target_groups},
    )


def build_experiment(
    lab: LabPage,
    *,
    title: str,
    slug: str | None = None,
    themes: Iterable[Theme] = (),
    target_groups: Iterable = (),
    live: bool = True,
    **fields,
) -> ExperimentPage:
    defaults = {
        "teaser": "Ein Experiment im StadtLabor.",
        "format_type": FormatType.PARTICIPATION,
        "status": ExperimentStatus.TESTING,
        "hypothesis": "Wir vermuten, dass dieses Format mehr Menschen im Quartier "
        "erreicht.",
        "start_date": DEFAULT_DATE,
        "resources_staff": "ca. 4 Std./Woche Quartierskoordination",
        "cost_band": CostBand.UNDER_1K,
        "effort": Effort.MEDIUM,
        "transferability": Transferability.MEDIUM,
    }
    defaults.update(fields)
    if defaults["status"] == ExperimentStatus.STOPPED and not defaults.get(
        "stop_reason"
    ):
        defaults["stop_reason"] = "Der Grund für die Einstellung wird noch ergänzt."
    return upsert_page(
        lab,
        ExperimentPage,
        slug=slug or make_slug(title),
        title=title,
        live=live,
        fields=defaults,
        m2m={"themes": themes, "target_groups": target_groups},
    )


def build_learning(
    parent: LabPage | KnowledgeIndexPage,
    *,
    title: str,
    slug: str | None = None,
    themes: Iterable[Theme] = (),
    evidence: Iterable[ExperimentPage] = (),
    live: bool = True,
    **fields,
) -> LearningPage:
    defaults = {
        "kind": LearningKind.RECOMMENDATION,
        "context_text": "<p>Wie es zu dieser Erkenntnis kam, wird noch "
        "beschrieben.</p>",
        "recommendation": "Probieren Sie es in kleinem Rahmen aus und werten Sie "
        "die Erfahrungen gemeinsam aus.",
        "transferability": Transferability.MEDIUM,
        "evidence_level": EvidenceLevel.SINGLE,
        "easy_language_summary": "Eine Stadt hat etwas ausprobiert. "
        "Andere Städte können daraus lernen.",
        "last_reviewed": DEFAULT_DATE,
    }
    defaults.update(fields)
    return upsert_page(
        parent,
        LearningPage,
        slug=slug or make_slug(title),
        title=title,
        live=live,
        fields=defaults,
        m2m={"themes": themes, "evidence": evidence},
    )


def build_discussion(
    parent: LabPage | DiscussionIndexPage,
    *,
    title: str,
    slug: str | None = None,
    themes: Iterable[Theme] = (),
    live: bool = True,
    **fields,
) -> DiscussionPage:
    defaults = {
        "question": "<p>Wie sind Ihre Erfahrungen? Wir freuen uns auf den "
        "Austausch.</p>",
    }
    defaults.update(fields)
    return upsert_page(
        parent,
        DiscussionPage,
        slug=slug or make_slug(title),
        title=title,
        live=live,
        fields=defaults,
        m2m={"themes": themes},
    )


def build_content_page(
    parent: Page,
    *,
    title: str,
    slug: str,
    body: Iterable[tuple[str, object]] = (),
    live: bool = True,
    **fields,
) -> ContentPage:
    """`body` is a list of (block_type, value) tuples of the BodyBlock StreamField,
    e.g. [("heading", {"text": "…", "level": "h2"}), ("paragraph", "<p>…</p>")]."""
    body = list(body) or [("paragraph", PLACEHOLDER_PARAGRAPH)]
    return upsert_page(
        parent,
        ContentPage,
        slug=slug,
        title=title,
        live=live,
        fields={**fields, "body": body},
    )


# --- Curated list -----------------------------------------------------------------


def set_featured(
    knowledge_index: KnowledgeIndexPage,
    learnings_with_notes: Iterable[tuple[LearningPage, str] | LearningPage],
) -> None:
    """Replace the curated list ("Empfohlene Erkenntnisse") in the given order.
    Items are (learning, note) tuples or bare learnings. Publishes the hub with a new
    revision only if the list changed."""
    wanted = []
    for item in learnings_with_notes:
        learning, note = item if isinstance(item, tuple) else (item, "")
        wanted.append((learning.pk, note or ""))

    hub = KnowledgeIndexPage.objects.get(pk=knowledge_index.pk)
    current = hub.get_latest_revision_as_object()
    existing = [
        (entry.learning_id, entry.note or "")
        for entry in sorted(
            current.featured_learnings.all(), key=lambda e: e.sort_order
        )
    ]
    if existing == wanted and not hub.has_unpublished_changes:
        return
    current.featured_learnings = [
        FeaturedLearning(learning_id=pk, note=note, sort_order=index)
        for index, (pk, note) in enumerate(wanted)
    ]
    revision = current.save_revision()
    if hub.live:
        revision.publish()

"""Events (Veranstaltungen) for the demo content and the tests: the builders, and
`load`, which builds the invented events of `content/events.py` with a few
registrations of demo accounts.

The events' dates follow the current week, so a second run in the same week changes
nothing (no new revisions, no duplicate registrations).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.utils import timezone

from labs.models import (
    EventCircle,
    EventIndexPage,
    EventKind,
    EventPage,
    EventRegistration,
    LabPage,
    Theme,
)

from .builders import get_home, make_slug, update_page, upsert_page
from .content import events as content

INDEX_SLUG = "veranstaltungen"


def ensure_event_index(home=None, **fields) -> EventIndexPage:
    """The page "Veranstaltungen" under the start page (created, published, if
    missing; given fields updated)."""
    home = home or get_home()
    page = EventIndexPage.objects.child_of(home).first()
    if page is None:
        return upsert_page(
            home,
            EventIndexPage,
            slug=INDEX_SLUG,
            title="Veranstaltungen",
            fields=fields,
        )
    if fields:
        return update_page(page, fields=fields)
    return page


def build_event(
    index: EventIndexPage,
    *,
    title: str,
    start: datetime.datetime,
    end: datetime.datetime | None = None,
    slug: str | None = None,
    themes: Iterable[Theme] = (),
    labs: Iterable[LabPage] = (),
    live: bool = True,
    **fields,
) -> EventPage:
    """Create or update an event; every required field has a German default, so
    `build_event(index, title="X", start=…)` is enough in a test."""
    defaults = {
        "kind": EventKind.WORKSHOP,
        "teaser": "Austausch der Mitgliedsstädte zur inklusiven Quartiersentwicklung.",
        "circle": EventCircle.WIDE,
        "venue": "Haus der Städte, Saal 1",
        "address": "Beispielstraße 1\n70173 Stuttgart",
        "step_free": True,
        "accessible_wc": True,
    }
    defaults.update(fields)
    defaults["start"] = start
    defaults["end"] = end or start + datetime.timedelta(hours=6)
    return upsert_page(
        index,
        EventPage,
        slug=slug or make_slug(title),
        title=title,
        live=live,
        fields=defaults,
        m2m={"themes": themes, "labs": labs},
    )


def learning_blocks(learnings):
    return [("learning", learning) for learning in learnings]


def load(learnings=None, log=print):
    """Create or update the demo events and registrations (idempotent)."""
    log("Lege Veranstaltungen an …")
    home = get_home()
    index = ensure_event_index(home, intro=content.INTRO, is_demo=True)
    today = timezone.localdate()
    anchor = today - datetime.timedelta(days=today.weekday())
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    labs = {lab.slug: lab for lab in LabPage.objects.all()}
    users = {
        user.username: user
        for user in get_user_model().objects.filter(username__endswith="@example.org")
    }
    learnings = learnings or {}
    events = []
    for spec in content.event_specs(anchor):
        spec = dict(spec)
        registrations = spec.pop("registrations")
        related = [
            learnings[key] for key in spec.pop("learnings", []) if key in learnings
        ]
        event = build_event(
            index,
            title=spec.pop("title"),
            slug=spec.pop("slug"),
            start=spec.pop("start"),
            end=spec.pop("end"),
            themes=[themes[slug] for slug in spec.pop("themes")],
            labs=[labs[slug] for slug in spec.pop("labs") if slug in labs],
            related_learnings=learning_blocks(related),
            is_demo=True,
            **spec,
        )
        for email, status, extra in registrations:
            user = users.get(email)
            if user is None:
                continue
            EventRegistration.objects.get_or_create(
                event=event, user=user, defaults={"status": status, **extra}
            )
        events.append(event)
    return index, events

"""Following a lab or a theme, and the email when something new is published there.

When a new experiment or learning is published for the first time, everyone who
follows its lab or one of its themes gets ONE email (also when they follow both),
saying why, with one-click links to stop it. Never to the author; only to people
who may see the page and who did not switch these emails off. Republishing a page
sends nothing: only the first publication counts.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.db import IntegrityError, transaction
from wagtail.signals import page_published

from .. import notifications
from ..discussions import comments as discussion
from ..models.follows import LabFollow, ThemeFollow

# Page types whose first publication is announced to followers.
ANNOUNCED_MODELS = ("labs.ExperimentPage", settings.LABS_LEARNING_PAGE_MODEL)


def is_announced(page):
    return page._meta.label in ANNOUNCED_MODELS


def is_first_publication(page):
    """Wagtail sets first_published_at only on the first publication, and then to
    the same instant as last_published_at."""
    return (
        page.live
        and page.first_published_at is not None
        and page.first_published_at == page.last_published_at
    )


# --- Follow and unfollow ---------------------------------------------------------------


def _follow(model, user, **followed):
    """Follow once; a second request that got there first is no error."""
    try:
        with transaction.atomic():
            model.objects.get_or_create(user=user, **followed)
    except IntegrityError:
        pass


def _unfollow(model, user, **followed):
    for follow in model.objects.filter(user=user, **followed):
        follow.delete()


def follow_lab(user, lab):
    _follow(LabFollow, user, lab=lab)


def unfollow_lab(user, lab_id):
    _unfollow(LabFollow, user, lab_id=lab_id)


def follow_theme(user, theme):
    _follow(ThemeFollow, user, theme=theme)


def unfollow_theme(user, theme_id):
    _unfollow(ThemeFollow, user, theme_id=theme_id)


# --- Who hears about a new page ---------------------------------------------------------


def page_theme_ids(page):
    return set(page.themes.values_list("pk", flat=True))


def followers_of(page, authors=()):
    """{user: {"lab": lab or None, "themes": [themes]}} of the people who follow the
    page's lab or one of its themes, without the authors."""
    found = {}
    lab_id = getattr(page, "lab_id", None)
    if lab_id:
        for follow in LabFollow.objects.filter(lab_id=lab_id).select_related(
            "user", "lab"
        ):
            found.setdefault(follow.user, {"lab": None, "themes": []})["lab"] = (
                follow.lab
            )
    theme_ids = page_theme_ids(page)
    if theme_ids:
        for follow in (
            ThemeFollow.objects.filter(theme_id__in=theme_ids)
            .select_related("user", "theme")
            .order_by("theme__sort_order")
        ):
            found.setdefault(follow.user, {"lab": None, "themes": []})["themes"].append(
                follow.theme
            )
    authors = {pk for pk in authors if pk}
    return {user: why for user, why in found.items() if user.pk not in authors}


def publication_recipients(page, authors=()):
    found = followers_of(page, authors)
    allowed = set(discussion.recipients_with_preferences(list(found), "follows"))
    restrictions = list(page.get_view_restrictions())
    return {
        user: why
        for user, why in found.items()
        if user in allowed and discussion.user_can_view_page(user, page, restrictions)
    }


def notify_new_page(page, revision=None):
    """Send the emails for the first publication of `page`; returns the number sent."""
    if not is_announced(page) or not is_first_publication(page):
        return 0
    authors = {page.owner_id, getattr(revision, "user_id", None)}
    recipients = publication_recipients(page, authors)
    if not recipients:
        return 0
    root = notifications.base_url()
    common = notifications._common(root)
    lab = page.lab if getattr(page, "lab_id", None) else None
    messages = []
    for user, why in recipients.items():
        stops = []
        if why["lab"] is not None:
            stops.append(
                (
                    why["lab"].title,
                    notifications.unsubscribe_url(
                        user, notifications.FOLLOW_LAB, why["lab"].pk, root
                    ),
                )
            )
        for theme in why["themes"]:
            stops.append(
                (
                    theme.name,
                    notifications.unsubscribe_url(
                        user, notifications.FOLLOW_THEME, theme.pk, root
                    ),
                )
            )
        stop_all = notifications.unsubscribe_url(user, "follows", root=root)
        context = {
            **common,
            "recipient": user,
            "page": page,
            "kind_label": page._meta.verbose_name,
            "lab": lab,
            "followed_lab": why["lab"],
            "followed_themes": why["themes"],
            "page_url": notifications.absolute(page.url or "/", root),
            "stops": stops,
            "stop_url": stop_all,
        }
        messages.append(
            notifications._message("follow_new_page", context, user, stops[0][1])
        )
    return notifications._send(messages)


def on_page_published(sender, instance, revision=None, **kwargs):
    if not is_announced(instance):
        return
    notify_new_page(instance, revision)


def connect():
    for label in ANNOUNCED_MODELS:
        page_published.connect(
            on_page_published,
            sender=apps.get_model(label),
            dispatch_uid=f"follow-notify-{label}",
        )

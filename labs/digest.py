"""The digest ("Zusammenfassung per E-Mail", `manage.py send_digest`): for each
member whose digest is due, what is new since their last digest in the labs and
themes they follow (experiments and learnings first published) and in the threads
they follow (new comments by others).

Nothing is sent twice: each person's `last_digest_at` is moved to the start of the
run once their digest is sent (or when there was nothing new), and the next digest
only looks at what happened after it. Empty digests are not sent.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Q

from . import extensions, notifications
from .discussions import comments as discussion
from .links import following_url
from .models import (
    DigestFrequency,
    ExperimentPage,
    NotificationPreference,
    ThreadFollow,
)
from .models.comments import ACTIVE, Comment
from .models.follows import LabFollow, ThemeFollow

PERIODS = {
    DigestFrequency.DAILY: datetime.timedelta(days=1),
    DigestFrequency.WEEKLY: datetime.timedelta(days=7),
}
# A cron job that runs a little earlier than the day before still counts.
TOLERANCE = datetime.timedelta(hours=2)
MAX_ITEMS = 50


@dataclass
class NewPage:
    page: object
    why: list = field(default_factory=list)


@dataclass
class ThreadNews:
    page: object
    count: int
    latest: object


@dataclass
class Digest:
    user: object
    preference: NotificationPreference
    since: datetime.datetime
    until: datetime.datetime
    pages: list = field(default_factory=list)
    threads: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not self.pages and not self.threads

    @property
    def item_count(self):
        return len(self.pages) + sum(thread.count for thread in self.threads)


def is_due(preference, now):
    period = PERIODS.get(preference.digest)
    if period is None:
        return False
    last = preference.last_digest_at
    return last is None or now - last >= period - TOLERANCE


def window_start(preference, now, since=None):
    """Never before the last digest (nothing twice); without one, one period back
    or from `since`."""
    period = PERIODS.get(preference.digest, PERIODS[DigestFrequency.WEEKLY])
    start = since or (now - period)
    if preference.last_digest_at and preference.last_digest_at > start:
        start = preference.last_digest_at
    return start


def due_preferences(now, user_ids=None):
    """Preferences of active members with an email address whose digest is due;
    people who never chose get the default (weekly)."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    users = users.filter(
        Q(lab_follows__isnull=False)
        | Q(theme_follows__isnull=False)
        | Q(thread_follows__isnull=False)
    ).distinct()
    if user_ids:
        users = users.filter(pk__in=user_ids)
    for user in users.order_by("pk"):
        preference = NotificationPreference.for_user(user)
        if is_due(preference, now):
            yield user, preference


def _new_pages(user, since, until):
    lab_ids = set(LabFollow.objects.filter(user=user).values_list("lab_id", flat=True))
    themes = {
        follow.theme_id: follow.theme
        for follow in ThemeFollow.objects.filter(user=user).select_related("theme")
    }
    if not lab_ids and not themes:
        return []
    found = {}
    learning_model = extensions.learning_page_model()
    for model in (ExperimentPage, learning_model):
        pages = (
            model.objects.live()
            .filter(first_published_at__gt=since, first_published_at__lte=until)
            .filter(Q(lab_id__in=lab_ids) | Q(themes__in=list(themes)))
            .exclude(owner=user)
            .select_related("lab__city")
            .prefetch_related("themes")
            .defer_streamfields()
            .distinct()
            .order_by("first_published_at")
        )
        for page in pages[:MAX_ITEMS]:
            if not discussion.user_can_view_page(user, page):
                continue
            item = found.setdefault(page.pk, NewPage(page=page))
            if page.lab_id in lab_ids:
                item.why.append(page.lab.title)
            for theme in page.themes.all():
                if theme.pk in themes and theme.name not in item.why:
                    item.why.append(theme.name)
    return sorted(found.values(), key=lambda item: item.page.first_published_at)


def _thread_news(user, since, until):
    follows = ThreadFollow.objects.filter(user=user, page__live=True).select_related(
        "page"
    )
    pages = {follow.page_id: follow.page for follow in follows}
    if not pages:
        return []
    comments = (
        Comment.objects.filter(
            ACTIVE,
            page_id__in=list(pages),
            submit_date__gt=since,
            submit_date__lte=until,
        )
        .exclude(user=user)
        .select_related("author_city")
        .order_by("submit_date")
    )
    news = {}
    for comment in comments:
        entry = news.get(comment.page_id)
        if entry is None:
            page = pages[comment.page_id].specific
            if not discussion.user_can_view_page(user, page):
                pages[comment.page_id] = None
                continue
            entry = news[comment.page_id] = ThreadNews(page=page, count=0, latest=None)
        entry.count += 1
        entry.latest = comment
    return list(news.values())


def build_digest(user, preference, now, since=None):
    start = window_start(preference, now, since)
    digest = Digest(user=user, preference=preference, since=start, until=now)
    digest.pages = _new_pages(user, start, now)
    digest.threads = _thread_news(user, start, now)
    return digest


def message_for(digest, root=None):
    root = root or notifications.base_url()
    user = digest.user
    stop_url = notifications.unsubscribe_url(
        user, notifications.DIGEST, digest.preference.digest, root
    )
    context = {
        **notifications._common(root),
        "recipient": user,
        "digest": digest,
        "pages": [
            {
                "page": item.page,
                "kind": item.page._meta.verbose_name,
                "why": item.why,
                "url": notifications.absolute(item.page.url or "/", root),
            }
            for item in digest.pages
        ],
        "threads": [
            {
                "page": news.page,
                "count": news.count,
                "latest": news.latest,
                "url": notifications.absolute(
                    discussion.comment_url(news.latest, news.page), root
                ),
            }
            for news in digest.threads
        ],
        "frequency": digest.preference.get_digest_display(),
        "stop_url": stop_url,
        "profile_url": notifications.absolute(following_url(), root),
    }
    return notifications._message("digest", context, user, stop_url)


def mark_sent(preference, now):
    preference.last_digest_at = now
    preference.save(update_fields=["last_digest_at"])

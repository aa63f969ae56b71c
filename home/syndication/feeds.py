"""RSS and Atom feeds (Django's syndication framework) under /feeds/.

All learnings, each lab (its experiments and learnings), each Handlungsfeld
(learnings and experiments tagged with it) and the discussions. Only live pages
without view restriction; absolute links with the Wagtail site's host name. The
discussion feed carries the topic of each discussion (public on the page), never
the contributions: those are for members unless the site setting opens them, and
a feed would pass them on to anyone.
"""

from dataclasses import dataclass, field
from html import unescape
from itertools import chain

from django.contrib.syndication.views import Feed
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Site

from knowledge.models import KnowledgeIndexPage, LearningPage
from labs.models import (
    DiscussionIndexPage,
    DiscussionPage,
    ExperimentPage,
    LabPage,
    Theme,
)
from labs.parsing import parse_id
from labs.queries import live_public

FEED_SIZE = 30
DESCRIPTION_LENGTH = 500


@dataclass
class FeedSource:
    """What one request's feed is about (feeds are shared between requests, so
    nothing request-specific is stored on the feed object itself)."""

    request: object
    subject: object = None
    site_root: str = ""
    items: list = field(default_factory=list)

    def full_url(self, page):
        return page.get_full_url(self.request)


def site_root_url(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    return site.root_url


def plain(text, html=False, length=DESCRIPTION_LENGTH):
    """One line of plain text (rich text without tags), shortened."""
    text = unescape(strip_tags(text or "")) if html else text or ""
    return Truncator(" ".join(text.split())).chars(length)


def learnings_queryset(request):
    return (
        live_public(LearningPage.objects.all(), request)
        .defer_streamfields()
        .select_related("lab__city")
        .prefetch_related("themes")
    )


def experiments_queryset(request):
    return (
        live_public(ExperimentPage.objects.all(), request)
        .defer_streamfields()
        .select_related("lab__city")
        .prefetch_related("themes")
    )


def newest(*querysets, limit=FEED_SIZE):
    """The newest `limit` pages of several querysets, newest first."""
    pages = chain.from_iterable(
        qs.order_by("-first_published_at", "-pk")[:limit] for qs in querysets
    )
    return sorted(pages, key=lambda p: (p.first_published_at, p.pk), reverse=True)[
        :limit
    ]


class PageFeed(Feed):
    """Items are Wagtail pages (learnings, experiments, discussions)."""

    language = "de"

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = "max-age=300"
        return response

    def get_object(self, request, *args, **kwargs):
        source = FeedSource(request=request, site_root=site_root_url(request))
        source.subject = self.get_subject(request, *args, **kwargs)
        pages = self.get_pages(source)
        for page in pages:
            page.feed_url = source.full_url(page)
        source.items = pages
        return source

    def get_subject(self, request, *args, **kwargs):
        return None

    def get_pages(self, source):
        raise NotImplementedError

    def items(self, source):
        return source.items

    def feed_url(self, source):
        return source.site_root + source.request.path

    def item_link(self, item):
        return item.feed_url

    def item_title(self, item):
        return item.title

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        city = item.display_city if isinstance(item, DiscussionPage) else item.city
        return city.name if city else _("Redaktion")

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]

    def item_description(self, item):
        if isinstance(item, LearningPage):
            return plain(
                _("%(kind)s · Übertragbarkeit %(transfer)s. Empfehlung: %(text)s")
                % {
                    "kind": item.get_kind_display(),
                    "transfer": item.get_transferability_display(),
                    "text": item.recommendation,
                }
            )
        if isinstance(item, ExperimentPage):
            return plain(
                _("%(teaser)s (Status: %(status)s)")
                % {"teaser": item.teaser, "status": item.get_status_display()}
            )
        return plain(item.question, html=True)

    def hub_url(self, source, model):
        hub = model.objects.live().first()
        return source.full_url(hub) if hub else source.site_root + "/"


class MixedPageFeed(PageFeed):
    """Feeds with experiments and learnings: the item title names the kind."""

    def item_title(self, item):
        kind = _("Erkenntnis") if isinstance(item, LearningPage) else _("Experiment")
        return f"{kind}: {item.title}"


class LearningsFeed(PageFeed):
    def title(self, source):
        return _("Neue Erkenntnisse – StadtLabore vor Ort")

    def description(self, source):
        return _(
            "Was die StadtLabore in Baden-Württemberg gelernt haben: neue "
            "Erkenntnisse aus allen Laboren."
        )

    def link(self, source):
        return self.hub_url(source, KnowledgeIndexPage)

    def get_pages(self, source):
        return newest(learnings_queryset(source.request))


class LabFeed(MixedPageFeed):
    def get_subject(self, request, lab):
        labs = live_public(LabPage.objects.select_related("city"), request)
        number = parse_id(lab)
        match = Q(slug=lab) | Q(pk=number) if number else Q(slug=lab)
        found = labs.filter(match).order_by("path").first()
        if found is None:
            raise Http404(_("Dieses StadtLabor gibt es nicht (mehr)."))
        return found

    def title(self, source):
        return _("StadtLabor %(title)s (%(city)s): Experimente und Erkenntnisse") % {
            "title": source.subject.title,
            "city": source.subject.city.name,
        }

    def description(self, source):
        return _(
            "Neue Experimente und Erkenntnisse aus dem StadtLabor in %(city)s."
        ) % {"city": source.subject.city.name}

    def link(self, source):
        return source.full_url(source.subject)

    def get_pages(self, source):
        request, lab = source.request, source.subject
        return newest(
            experiments_queryset(request).descendant_of(lab),
            learnings_queryset(request).descendant_of(lab),
        )


class ThemeFeed(MixedPageFeed):
    def get_subject(self, request, slug):
        return get_object_or_404(Theme, slug=slug)

    def title(self, source):
        return _("Handlungsfeld %(name)s: Experimente und Erkenntnisse") % {
            "name": source.subject.name
        }

    def description(self, source):
        return _(
            "Neue Experimente und Erkenntnisse aller StadtLabore im Handlungsfeld "
            "„%(name)s“."
        ) % {"name": source.subject.name}

    def link(self, source):
        return f"{self.hub_url(source, KnowledgeIndexPage)}?thema={source.subject.slug}"

    def get_pages(self, source):
        request, theme = source.request, source.subject
        return newest(
            experiments_queryset(request).filter(themes=theme),
            learnings_queryset(request).filter(themes=theme),
        )


class DiscussionsFeed(PageFeed):
    def title(self, source):
        return _("Neue Diskussionen – StadtLabore vor Ort")

    def description(self, source):
        return _(
            "Neue Fragen der Mitgliedsstädte zum Austausch. Die Beiträge lesen "
            "angemeldete Mitglieder auf der Plattform."
        )

    def link(self, source):
        return self.hub_url(source, DiscussionIndexPage)

    def get_pages(self, source):
        return newest(
            live_public(DiscussionPage.objects.all(), source.request)
            .defer_streamfields()
            .select_related("lab__city", "started_by_city")
            .prefetch_related("themes")
        )


def atom(feed_class):
    """The Atom variant of an RSS feed class."""
    return type(
        f"{feed_class.__name__}Atom",
        (feed_class,),
        {"feed_type": Atom1Feed, "subtitle": feed_class.description},
    )

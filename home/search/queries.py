"""Site-wide search: pages of every type and comments, with filters by type,
theme, city and year. The page types come from Wagtail's page model registry:
every type a visitor can read is searched and listed in the type filter.

A results page costs a fixed number of queries, whatever the number of hits:
the hits carry their city, summary and date as annotations of the search query,
and the themes of all hits on a page come in one UNION query.
"""

from dataclasses import dataclass, field
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, DateField, OuterRef, Q, Subquery, TextField
from django.db.models.functions import Coalesce, ExtractYear, TruncDate
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend

from knowledge.models import LearningPage
from labs.models import City, Comment, DiscussionPage, ExperimentPage, LabPage, Theme
from labs.models.comments import ACTIVE
from labs.models.labs import lab_theme_q
from labs.parsing import parse_year
from labs.queries import has_theme_q, live_public
from labs.search import build_query, query_terms

from ..caching import render_cache


@cache
def page_types():
    """{filter key: (model, label)} of every page type (Wagtail's registry), in
    the registry's order. The label is the plural, for a type with a single page
    (an overview, the home page) its name."""
    types = {}
    for model in get_page_models():
        if model is Page:
            continue
        key = getattr(model, "search_filter_key", "") or model._meta.model_name
        meta = model._meta
        label = meta.verbose_name if model.max_count == 1 else meta.verbose_name_plural
        types[key] = (model, label)
    return types


def summary_fields():
    """(model, field) of the page types that name a summary for their hits."""
    return [
        (model, model.search_summary_field)
        for model, _label in page_types().values()
        if getattr(model, "search_summary_field", "")
    ]


COMMENT_TYPE = "beitrag"
COMMENT_LABEL = _("Beiträge in Diskussionen")
THEMED = (LabPage, ExperimentPage, LearningPage, DiscussionPage)
# Page types with a date of their own; the others are dated by first publication.
DATED = (LabPage, ExperimentPage, LearningPage)
RESULTS_PER_PAGE = 10
COMMENTS_PREVIEW = 5


def _value(model, expression):
    """The value of `expression` on the page as `model`, NULL for other types."""
    return Subquery(model.objects.filter(pk=OuterRef("pk")).values(expression)[:1])


def _pks(queryset):
    return Q(pk__in=queryset.order_by().values("pk"))


def theme_q(slug):
    """Pages with the theme (a lab also by its Schwerpunkt)."""
    condition = _pks(LabPage.objects.filter(lab_theme_q(slug)))
    for model in THEMED[1:]:
        condition |= has_theme_q(model, slug)
    return condition


def city_q(slug):
    """Pages of the city: a lab by its city, pages inside a lab by the lab's city,
    a discussion by the city that started it."""
    return (
        _pks(LabPage.objects.filter(city__slug=slug))
        | _pks(ExperimentPage.objects.filter(lab__city__slug=slug))
        | _pks(LearningPage.objects.filter(lab__city__slug=slug))
        | _pks(
            DiscussionPage.objects.filter(
                Q(started_by_city__slug=slug)
                | Q(started_by_city__isnull=True, lab__city__slug=slug)
            )
        )
    )


def year_q(year):
    """Pages whose date (lab and experiment: start; learning: Stand; others:
    first publication) falls in `year`."""
    return (
        _pks(LabPage.objects.filter(start_date__year=year))
        | _pks(ExperimentPage.objects.filter(start_date__year=year))
        | _pks(LearningPage.objects.filter(last_reviewed__year=year))
        | _pks(Page.objects.not_type(*DATED).filter(first_published_at__year=year))
    )


def annotate_display(queryset):
    """City, summary and date of each hit, in the search query itself."""
    return queryset.annotate(
        hit_city=Coalesce(
            _value(LabPage, "city__name"),
            _value(ExperimentPage, "lab__city__name"),
            _value(LearningPage, "lab__city__name"),
            _value(DiscussionPage, "started_by_city__name"),
            _value(DiscussionPage, "lab__city__name"),
            output_field=CharField(),
        ),
        hit_summary=Coalesce(
            *(_value(model, name) for model, name in summary_fields()),
            output_field=TextField(),
        ),
        hit_date=Coalesce(
            _value(LabPage, "start_date"),
            _value(ExperimentPage, "start_date"),
            _value(LearningPage, "last_reviewed"),
            TruncDate("first_published_at"),
            output_field=DateField(),
        ),
    )


def themes_by_page(page_ids, themes):
    """{page id: [Theme, …]} for the given pages, in ONE query (UNION of the
    theme tables of all page types, labs with their Schwerpunkt first)."""
    if not page_ids:
        return {}
    parts = [
        LabPage.objects.filter(pk__in=page_ids)
        .order_by()
        .values_list("pk", "primary_theme_id")
    ]
    for model in THEMED:
        descriptor = model._meta.get_field("themes")
        source = descriptor.m2m_field_name()
        target = descriptor.m2m_reverse_field_name()
        parts.append(
            descriptor.remote_field.through.objects.filter(
                **{f"{source}_id__in": page_ids}
            )
            .order_by()
            .values_list(f"{source}_id", f"{target}_id")
        )
    by_id = {theme.pk: theme for theme in themes}
    result = {}
    for page_id, theme_id in parts[0].union(*parts[1:], all=True):
        theme = by_id.get(theme_id)
        if theme is not None and theme not in result.setdefault(page_id, []):
            result[page_id].append(theme)
    return result


def available_years(request):
    """Years for the year filter, newest first (one query)."""
    parts = [
        live_public(queryset, request)
        .annotate(y=ExtractYear(field))
        .order_by()
        .values_list("y", flat=True)
        for queryset, field in (
            (LabPage.objects.all(), "start_date"),
            (ExperimentPage.objects.all(), "start_date"),
            (LearningPage.objects.all(), "last_reviewed"),
            (Page.objects.not_type(*DATED), "first_published_at"),
        )
    ]
    years = {year for year in parts[0].union(*parts[1:]) if year}
    return sorted(years, reverse=True)


@dataclass
class SearchForm:
    """The cleaned search parameters (GET)."""

    query: str = ""
    type: str = ""
    theme: str = ""
    city: str = ""
    year: int | None = None
    error: str = ""
    active: dict = field(default_factory=dict)

    @property
    def has_filters(self):
        return bool(self.active)


def _param(request, name, limit=100):
    return request.GET.get(name, "").replace("\x00", "").strip()[:limit]


def read_form(request, max_length):
    raw = request.GET.get("q", "").replace("\x00", "").strip()
    form = SearchForm(query=raw)
    if len(raw) > max_length:
        form.error = _("Der Suchbegriff ist zu lang (höchstens %(max)d Zeichen).") % {
            "max": max_length
        }
        form.query = raw[:max_length]
    kind = _param(request, "typ")
    if kind in page_types() or kind == COMMENT_TYPE:
        form.type = form.active["typ"] = kind
    theme = _param(request, "thema")
    if theme:
        form.theme = form.active["thema"] = theme
    city = _param(request, "stadt")
    if city:
        form.city = form.active["stadt"] = city
    year = parse_year(_param(request, "jahr", 4))
    if year is not None:
        form.year = year
        form.active["jahr"] = str(year)
    return form


def filtered_pages(request, form, *, with_type=True):
    types = page_types()
    models = [model for model, _label in types.values()]
    if with_type and form.type in types:
        models = [types[form.type][0]]
    queryset = live_public(Page.objects.type(*models), request)
    if form.theme:
        queryset = queryset.filter(theme_q(form.theme))
    if form.city:
        queryset = queryset.filter(city_q(form.city))
    if form.year:
        queryset = queryset.filter(year_q(form.year))
    return queryset


def search_pages(request, form, terms):
    query = build_query(terms)
    return annotate_display(filtered_pages(request, form)).search(query)


def type_counts(request, form, terms, results=None):
    """Hits per page type for the current query and the other filters (one
    query): shown next to the type options. Without a type filter the page
    search itself (`results`) has exactly these hits and answers the counts."""
    if results is None:
        results = filtered_pages(request, form, with_type=False).search(
            build_query(terms)
        )
    counts = results.facet("content_type_id")
    by_model = {}
    for key, (model, _label) in page_types().items():
        ct = ContentType.objects.get_for_model(model)
        by_model[key] = counts.get(ct.pk, 0)
    return by_model


def search_comments(request, form, terms):
    """Active comments on pages the viewer may see (the caller checks that the
    viewer may read discussions at all), newest first: in a discussion the
    latest contribution is what a reader looks for, and on 50,000 contributions
    ranking every hit costs ten times as much as reading the newest."""
    pages = live_public(Page.objects.all(), request)
    if form.theme:
        pages = pages.filter(theme_q(form.theme))
    comments = Comment.objects.filter(ACTIVE, page_id__in=pages.values("pk"))
    if form.city:
        comments = comments.filter(
            author_city_id__in=City.objects.filter(slug=form.city).values("pk")
        )
    if form.year:
        comments = comments.filter(submit_date__year=form.year)
    return get_search_backend().search(
        build_query(terms),
        comments.select_related("author_city", "page").order_by("-submit_date"),
        order_by_relevance=False,
    )


def summary_text(hit, words=35):
    text = strip_tags(hit.hit_summary or "") or hit.search_description or ""
    text = " ".join(text.split())
    return Truncator(text).words(words, truncate=" …") if text else ""


def decorate(hits, themes):
    """Type label, themes and summary on each page hit of a results page."""
    by_page = themes_by_page([hit.pk for hit in hits], themes)
    for hit in hits:
        model = hit.specific_class
        hit.type_label = model._meta.verbose_name if model else ""
        hit.hit_themes = by_page.get(hit.pk, [])
        hit.summary = summary_text(hit)
    return hits


def filter_options(request):
    """Themes, cities and years of the filters: the same for every reader, kept
    in the render cache until the data changes."""

    def compute():
        return {
            "filter_themes": list(Theme.objects.all()),
            "filter_cities": list(City.objects.filter(labs__live=True).distinct()),
            "filter_years": [
                (str(year), str(year)) for year in available_years(request)
            ],
        }

    return render_cache.cached(request, "search-filter-options", compute)


__all__ = [
    "COMMENTS_PREVIEW",
    "COMMENT_LABEL",
    "COMMENT_TYPE",
    "RESULTS_PER_PAGE",
    "decorate",
    "filter_options",
    "page_types",
    "query_terms",
    "read_form",
    "search_comments",
    "search_pages",
    "type_counts",
]

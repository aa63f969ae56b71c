"""The knowledge hub's faceted listing: filters, counts per facet value, sorting.

Counts follow the usual faceted-search rule: the count next to an option is the
number of learnings the listing would show if that option were chosen, keeping
the other filters. All counts, the option lists of cities and labs, and the total
come from ONE grouped query (one row per lab, conditional aggregates), so the
hub costs the same number of queries at any size.
"""

from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _

from labs.models import Theme, Transferability
from labs.parsing import parse_choice, parse_id
from labs.queries import has_theme_q

# GET parameter → lookup on LearningPage
FACETS = {
    "thema": "themes__slug",
    "stadt": "lab__city__slug",
    "labor": "lab_id",
    "uebertragbarkeit": "transferability",
    "art": "kind",
}
SORTS = {
    "neu": (_("Neueste zuerst"), ("-first_published_at", "title")),
    "diskutiert": (
        _("Meistdiskutierte zuerst"),
        ("-comment_count", "-last_comment_at", "-first_published_at", "title"),
    ),
}
DEFAULT_SORT = "neu"


@dataclass
class Option:
    """One value of a facet; `slug` and `name` as includes/filter_select.html
    expects them, the name with the count."""

    value: str
    title: str
    count: int = 0

    @property
    def slug(self):
        return self.value

    @property
    def name(self):
        return f"{self.title} ({self.count})"


@dataclass
class Facets:
    active: dict
    total: int = 0
    themes: list = field(default_factory=list)
    cities: list = field(default_factory=list)
    labs: list = field(default_factory=list)
    transferability: list = field(default_factory=list)
    kinds: list = field(default_factory=list)


def read_filters(request):
    """The active facet values from the query string (invalid ones dropped)."""
    active = {}
    for param in FACETS:
        value = request.GET.get(param, "").replace("\x00", "").strip()[:100]
        if not value:
            continue
        if param == "labor":
            if parse_id(value) is None:
                continue
            value = str(parse_id(value))
        active[param] = value
    return active


def read_sort(request):
    return parse_choice(request.GET.get("sortierung"), SORTS, DEFAULT_SORT)


def facet_q(active, *, without=None):
    """The filters as one Q object, optionally without one facet."""
    condition = Q()
    for param, value in active.items():
        if param != without:
            condition &= Q(**{FACETS[param]: value})
    return condition or None


def apply_filters(queryset, active):
    """The listing's filters; the theme as a semi-join, so that the listing
    needs no DISTINCT."""
    for param, value in active.items():
        if param == "thema":
            queryset = queryset.filter(has_theme_q(queryset.model, value))
            continue
        lookup = FACETS[param]
        queryset = queryset.filter(**{lookup: value})
    return queryset


def compute_facets(base, active, kind_choices):
    """All facet counts in one query. `base` is the live, public learnings
    without filters."""
    themes = list(Theme.objects.all())
    aggregates = {
        "n_all": Count("pk", distinct=True, filter=facet_q(active)),
        "n_lab": Count("pk", distinct=True, filter=facet_q(active, without="labor")),
        "n_city": Count("pk", distinct=True, filter=facet_q(active, without="stadt")),
    }
    for value, _label in Transferability.choices:
        aggregates[f"t_{value}"] = Count(
            "pk",
            distinct=True,
            filter=Q(transferability=value)
            & (facet_q(active, without="uebertragbarkeit") or Q()),
        )
    for value, _label in kind_choices:
        aggregates[f"k_{value}"] = Count(
            "pk",
            distinct=True,
            filter=Q(kind=value) & (facet_q(active, without="art") or Q()),
        )
    for index, theme in enumerate(themes):
        aggregates[f"h_{index}"] = Count(
            "pk",
            distinct=True,
            filter=Q(themes__slug=theme.slug)
            & (facet_q(active, without="thema") or Q()),
        )
    rows = list(
        base.order_by()
        .values("lab_id", "lab__title", "lab__city__slug", "lab__city__name")
        .annotate(**aggregates)
    )

    facets = Facets(active=active)
    facets.total = sum(row["n_all"] for row in rows)
    cities = {}
    for row in rows:
        if row["lab_id"] is None:
            continue
        facets.labs.append(
            Option(
                str(row["lab_id"]),
                f"{row['lab__title']} ({row['lab__city__name']})",
                row["n_lab"],
            )
        )
        slug = row["lab__city__slug"]
        city = cities.setdefault(slug, Option(slug, row["lab__city__name"]))
        city.count += row["n_city"]
    facets.labs.sort(key=lambda option: option.title.lower())
    facets.cities = sorted(cities.values(), key=lambda option: option.title.lower())
    facets.transferability = [
        Option(value, label, sum(row[f"t_{value}"] for row in rows))
        for value, label in Transferability.choices
    ]
    facets.kinds = [
        Option(value, label, sum(row[f"k_{value}"] for row in rows))
        for value, label in kind_choices
    ]
    facets.themes = [
        Option(theme.slug, theme.name, sum(row[f"h_{index}"] for row in rows))
        for index, theme in enumerate(themes)
    ]
    return facets


def sort_options(active_sort):
    return [
        {"value": key, "label": label, "active": key == active_sort}
        for key, (label, _ordering) in SORTS.items()
    ]


def related_learnings(learning, candidates, limit=4):
    """Live, public learnings that share themes with `learning`, those sharing
    the most themes first (one query). `candidates` is the visible learnings.
    The ranking groups the narrow themes table, not the learnings with all their
    columns; only the chosen few are read in full."""
    through = candidates.model._meta.get_field("themes").remote_field.through
    shared_themes = through.objects.filter(learningpage_id=learning.pk).values(
        "theme_id"
    )
    shared = through.objects.filter(theme_id__in=shared_themes).exclude(
        learningpage_id=learning.pk
    )
    top = (
        shared.filter(learningpage_id__in=candidates.values("pk"))
        .values("learningpage_id")
        .annotate(n=Count("theme_id"))
        .order_by("-n", "-learningpage__first_published_at", "learningpage__title")
        .values("learningpage_id")[:limit]
    )
    shared_count = (
        shared.filter(learningpage_id=OuterRef("pk"))
        .order_by()
        .values("learningpage_id")
        .annotate(n=Count("theme_id"))
        .values("n")
    )
    return list(
        candidates.filter(pk__in=top)
        .annotate(shared_count=Subquery(shared_count))
        .defer_streamfields()
        .select_related("lab__city")
        .order_by("-shared_count", "-first_published_at", "title")
    )

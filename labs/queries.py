"""Query helpers shared by the listings: live and public pages (view restrictions
read once per request), the listing filters of the query string, paging, and the
comment numbers of listed pages."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models.functions import Coalesce, Greatest
from django.utils.functional import cached_property
from wagtail.models import Page

from . import extensions

PAGE_SIZE = 12


def with_comment_stats(queryset):
    """Annotate a page queryset with `comment_count` and `last_comment_at` (active
    comments only) from the pages' `CommentStats` rows, joined in the same query:
    no query per listed page, and no counting of comments."""
    return queryset.annotate(
        comment_count=Coalesce(models.F("comment_stats__comment_count"), 0),
        last_comment_at=models.F("comment_stats__last_comment_at"),
    )


def with_last_activity(queryset):
    """Comment stats plus `last_activity`: the latest comment, else the first
    publication of the page."""
    queryset = with_comment_stats(queryset)
    return queryset.annotate(
        last_activity=Greatest(
            Coalesce("last_comment_at", "first_published_at"), "first_published_at"
        )
    )


def live_public(queryset, request):
    """`queryset.live().public()`, but the view restrictions are read once per
    request: Wagtail's `.public()` queries them on every call, and a page with
    several listings would pay for them several times.

    A page's own relations in a preview or a revision view live in memory
    (modelcluster's `FakeQuerySet`): they are read as the same pages from the
    database, so that a draft's relations are filtered like the live ones."""
    if not isinstance(queryset, models.QuerySet):
        queryset = queryset.model.objects.filter(pk__in=[item.pk for item in queryset])
    return queryset.live().exclude(private_pages_q(request))


# The request attribute that holds the view restrictions of one request.
PRIVATE_PAGES_Q_ATTR = "_private_pages_q"


def private_pages_q(request):
    """The pages with a view restriction, as a Q object, queried once per request."""
    private_q = getattr(request, PRIVATE_PAGES_Q_ATTR, None)
    if private_q is None:
        private_q = Page.objects.all().private_q()
        setattr(request, PRIVATE_PAGES_Q_ATTR, private_q)
    return private_q


def filter_by_request(queryset, request, filters):
    """Apply the listing filters present in the query string; returns the queryset
    and the active values. `filters` maps a GET parameter to a lookup, or to a
    function that turns the value into a Q object."""
    active = {}
    for param, lookup in filters.items():
        value = request.GET.get(param, "").replace("\x00", "").strip()[:100]
        if value:
            active[param] = value
            condition = (
                lookup(value) if callable(lookup) else models.Q(**{lookup: value})
            )
            queryset = queryset.filter(condition)
    return queryset, active


def has_theme_q(model, slug):
    """Pages of `model` with the Handlungsfeld, as a semi-join on the themes table:
    no duplicate rows, so listings need no DISTINCT (which would make the
    database compute every row's comment statistics before it can paginate)."""
    themes = model._meta.get_field("themes")
    return models.Q(
        pk__in=themes.remote_field.through.objects.filter(theme__slug=slug).values(
            f"{themes.m2m_field_name()}_id"
        )
    )


def paginate(request, queryset, per_page=PAGE_SIZE, count=None):
    """The page of `queryset` the query string asks for (`?seite=`); `count` is
    the total where it is known already (no COUNT query)."""
    if count is None:
        paginator = Paginator(queryset, per_page)
    else:
        paginator = CountedPaginator(queryset, per_page, count=count)
    return paginator.get_page(request.GET.get("seite"))


class CountedPaginator(Paginator):
    """A paginator told its total (e.g. from facet or type counts that came with
    another query), so that it needs no COUNT query of its own."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count


class PageListings:
    """What a page lists, each list a `cached_property` of a subclass, read when
    the page's template first asks for it: inside the page's cached fragment (the
    render cache), so a fragment hit queries nothing."""

    def __init__(self, page, request):
        self.page, self.request = page, request


class PagedListing:
    """The live, public pages of a listing page, paged (`page_obj`), read when its
    template first asks for them: inside the page's cached fragment
    (the render cache), so a fragment hit queries nothing."""

    def __init__(self, request, queryset):
        self.request, self.queryset = request, queryset

    @cached_property
    def page_obj(self):
        return paginate(self.request, live_public(self.queryset, self.request))


def count_subquery(model, field):
    """The number of rows of `model` whose foreign key `field` points at the
    listed row (0 without any), as a subquery for `annotate()`."""
    return Coalesce(
        models.Subquery(
            model.objects.filter(**{f"{field}_id": models.OuterRef("pk")})
            .order_by()
            .values(f"{field}_id")
            .annotate(n=models.Count("pk"))
            .values("n")[:1]
        ),
        0,
    )


def confirmation_count_subquery():
    """Number of cities that confirmed a learning ("Das kennen wir auch")."""
    return count_subquery(extensions.learning_confirmation_model(), "learning")


def page_lab(page):
    """The lab of a page inside a lab's subtree, with its city, in one query
    (instead of one for `page.lab` and one for `page.lab.city`). The result is
    also cached on the page, so `page.lab`, `page.city` and `page.display_city`
    cost nothing afterwards. None for pages outside a lab."""
    lab_id = getattr(page, "lab_id", None)
    if not lab_id:
        return None
    field = type(page)._meta.get_field("lab")
    if field.is_cached(page):
        return field.get_cached_value(page)
    lab = field.related_model.objects.select_related("city").filter(pk=lab_id).first()
    field.set_cached_value(page, lab)
    return lab

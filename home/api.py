"""Read-only Wagtail API v2 under /api/v2/: pages, images, documents.

Everything here is anonymous and public, whoever asks: only live pages without
view restriction (no drafts, no pages for members only or behind a password), only
images and documents outside collections with a view restriction. No login over the
API (no session, no Basic auth), JSON only, at most WAGTAILAPI_LIMIT_MAX items per
request and API_RATE_LIMIT requests per client address. The fields of labs,
experiments, learnings and discussions are declared in `labs.api` and
`knowledge.api`; they contain no e-mail addresses and no user names.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Page, Site

from labs.parsing import parse_choice, parse_id, parse_int
from labs.ratelimit import client_ip, hit, retry_after

# Parameters that name a page or an object: ids only.
ID_PARAMETERS = ("id", "child_of", "ancestor_of", "descendant_of", "translation_of")
SEARCH_OPERATORS = ("and", "or")


class ApiRateThrottle(SimpleRateThrottle):
    """Requests per client address (the API knows no logins): DRF reads the rate
    ("120/minute"), the project's limiter counts, keyed by `client_ip` (which
    honours TRUSTED_PROXY_COUNT, unlike DRF's own `get_ident`)."""

    scope = "api"

    def get_rate(self):
        return settings.API_RATE_LIMIT

    def allow_request(self, request, view):
        if self.rate is None:  # no limit configured
            return True
        return hit(
            self.scope,
            f"ip:{client_ip(request)}",
            limit=self.num_requests,
            period=self.duration,
        )

    def wait(self):
        return retry_after(self.duration)


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's field filters (`?start_date=…`, `?themes=…`), with values that do
    not fit the field (a date, an id) refused as a bad request."""

    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except (ValueError, ValidationError) as error:
            raise BadRequestError("field filter error") from error


def checked_filters(backends):
    return [
        CheckedFieldsFilter if backend is FieldsFilter else backend
        for backend in backends
    ]


class PublicAPIMixin:
    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = []
    throttle_classes = [ApiRateThrottle]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_parameters(request.GET)

    def handle_exception(self, exc):
        """Errors as JSON with a German message; Wagtail's own (English) reason
        follows in brackets, it names the parameter."""
        if isinstance(exc, BadRequestError):
            message = _("Die Anfrage ist ungültig (%(reason)s).") % {"reason": exc}
            return Response({"message": message}, status=400)
        if isinstance(exc, Http404):
            return Response({"message": _("Nicht gefunden.")}, status=404)
        return super().handle_exception(exc)


def check_parameters(query):
    """Refuse junk before Wagtail turns it into a database query: NUL characters,
    ids that are no ids, numbers beyond the database's range, unknown search
    operators. Wagtail checks the rest (unknown fields, types, orderings)."""
    for name, values in query.lists():
        for value in values:
            if "\x00" in name or "\x00" in value:
                raise BadRequestError("null characters are not allowed")
            number = value.strip().lstrip("-")
            if number.isdigit() and parse_int(number) is None:
                raise BadRequestError(f"{name}: not a number in range")
    for name in ID_PARAMETERS:
        if name in query and parse_id(query[name]) is None:
            raise BadRequestError(f"{name} must be a positive integer")
    for name in ("offset", "limit"):
        if name in query and parse_int(query[name]) is None:
            raise BadRequestError(f"{name} must be a positive integer")
    if "search_operator" in query and not parse_choice(
        query["search_operator"], SEARCH_OPERATORS
    ):
        raise BadRequestError("search_operator must be 'and' or 'or'")


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
    filter_backends = checked_filters(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        """Live pages of the requested site without any view restriction, the
        same for everyone (a page password entered on the site opens nothing
        here)."""
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        return (
            Page.objects.live()
            .public()
            .descendant_of(site.root_page, inclusive=True)
            .order_by("id")
        )


def restricted_collection_ids():
    """Collections with a view restriction of any kind, and their descendants."""
    roots = Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values("collection_id")
    )
    ids = set()
    for root in roots:
        ids.update(
            Collection.objects.filter(path__startswith=root.path).values_list(
                "pk", flat=True
            )
        )
    return ids


class PublicImagesAPIViewSet(PublicAPIMixin, ImagesAPIViewSet):
    filter_backends = checked_filters(ImagesAPIViewSet.filter_backends)

    def get_queryset(self):
        return self.model.objects.exclude(
            collection__in=restricted_collection_ids()
        ).order_by("id")


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    filter_backends = checked_filters(DocumentsAPIViewSet.filter_backends)

    def get_queryset(self):
        return self.model.objects.exclude(
            collection__in=restricted_collection_ids()
        ).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

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
from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import SimpleRateThrottle
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Page, Site


class ApiRateThrottle(SimpleRateThrottle):
    """Requests per client address (the API knows no logins)."""

    scope = "api"

    def get_rate(self):
        return settings.API_RATE_LIMIT

    def get_cache_key(self, request, view):
        return self.cache_format % {
            "scope": self.scope,
            "ident": self.get_ident(request),
        }


class PublicAPIMixin:
    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = []
    throttle_classes = [ApiRateThrottle]


class PublicPagesAPIViewSet(PublicAPIMixin, PagesAPIViewSet):
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
    def get_queryset(self):
        return self.model.objects.exclude(
            collection__in=restricted_collection_ids()
        ).order_by("id")


class PublicDocumentsAPIViewSet(PublicAPIMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return self.model.objects.exclude(
            collection__in=restricted_collection_ids()
        ).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

"""`{% funding_programmes page as programmes %}`: the live, public funding
programmes that name a lab or an experiment as funded.

Lab and experiment pages are within their query budget already, so the mapping
"page → programmes" is read in one query for all programmes and kept in Django's
cache; `knowledge.signals` drops it whenever a programme, a view restriction or the
page tree changes.
"""

from django import template
from django.core.cache import cache

from knowledge.funding import FundingProgrammePage
from labs.models import ExperimentPage, LabPage
from labs.previews import uses_shared_caches
from labs.queries import live_public

register = template.Library()

CACHE_KEY = "knowledge:funded-by"
CACHE_SECONDS = 60 * 60


def invalidate():
    cache.delete(CACHE_KEY)


def _mapping(request):
    shared = uses_shared_caches(request)  # not for previews
    mapping = cache.get(CACHE_KEY) if shared else None
    if mapping is not None:
        return mapping
    mapping = {}
    programmes = live_public(FundingProgrammePage.objects.all(), request)
    through_labs = FundingProgrammePage.labs.through.objects.filter(
        fundingprogrammepage__in=programmes
    ).values_list("fundingprogrammepage_id", "labpage_id")
    through_experiments = FundingProgrammePage.experiments.through.objects.filter(
        fundingprogrammepage__in=programmes
    ).values_list("fundingprogrammepage_id", "experimentpage_id")
    entries = {
        programme.pk: {"title": programme.title, "url": programme.get_url(request)}
        for programme in programmes
    }
    for kind, rows in (("lab", through_labs), ("experiment", through_experiments)):
        for programme_id, page_id in rows:
            mapping.setdefault(f"{kind}:{page_id}", []).append(entries[programme_id])
    for items in mapping.values():
        items.sort(key=lambda item: item["title"])
    if shared:
        cache.set(CACHE_KEY, mapping, CACHE_SECONDS)
    return mapping


@register.simple_tag(takes_context=True)
def funding_programmes(context, page):
    if isinstance(page, LabPage):
        kind = "lab"
    elif isinstance(page, ExperimentPage):
        kind = "experiment"
    else:
        return []
    return _mapping(context.get("request")).get(f"{kind}:{page.pk}", [])

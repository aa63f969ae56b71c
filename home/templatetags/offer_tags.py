"""Blocks of the KompetenzBereich's offers for any template, e.g. the start page:
`{% latest_news as news %}` (the three newest news items, one query)."""

from django import template

from home.models import NewsPage
from labs.queries import live_public

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_news(context, limit=3):
    request = context.get("request")
    return list(
        live_public(NewsPage.objects.all(), request)
        .defer_streamfields()
        .order_by("-date", "-first_published_at")[: int(limit)]
    )

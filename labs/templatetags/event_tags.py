"""The upcoming events on the start page (`includes/upcoming_events.html`): one
query for the events, the events section comes from the cached layout query."""

from django import template
from django.utils import timezone

from labs.models.events import EventPage, upcoming_q
from labs.queries import live_public

from .site_tags import section_page

register = template.Library()

HOME_LIMIT = 3


@register.simple_tag(takes_context=True)
def upcoming_events(context, limit=HOME_LIMIT):
    index = section_page(context, "labs.EventIndexPage")
    request = context.get("request")
    if index is None or request is None:
        return {"index": None, "events": []}
    events = list(
        live_public(EventPage.objects.all(), request)
        .filter(upcoming_q(timezone.now()))
        .defer_streamfields()
        .order_by("start", "title")[:limit]
    )
    return {"index": index, "events": events}

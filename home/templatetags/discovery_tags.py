"""Template tags of the discovery pages: "Diese Städte haben Erfahrung damit"."""

from django import template

from home.discovery import peers
from knowledge.models import LearningPage
from labs.models import Theme

register = template.Library()


@register.inclusion_tag("includes/peer_cities.html", takes_context=True)
def peer_cities(context, subject):
    """`subject` is a learning page or a theme."""
    request = context.get("request")
    if isinstance(subject, Theme | LearningPage):
        suggestions = peers.cached_suggestions(request, subject)
    else:
        suggestions = []
    return {"suggestions": suggestions, "subject": subject}

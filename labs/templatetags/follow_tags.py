"""The follow button of a lab or a theme: whether the viewer follows it (one query
for a logged-in member, none for a visitor)."""

from django import template

from labs import comments as discussion
from labs.follow_models import LabFollow, ThemeFollow
from labs.models import LabPage, Theme

register = template.Library()


@register.inclusion_tag("includes/follow_button.html", takes_context=True)
def follow_button(context, subject):
    """`subject` is a lab page or a theme."""
    lab = subject if isinstance(subject, LabPage) else None
    theme = subject if isinstance(subject, Theme) else None
    request = context.get("request")
    viewer = discussion.viewer_for(request) if request is not None else None
    following = False
    if viewer is not None and viewer.can_post:
        if lab is not None:
            following = LabFollow.objects.filter(user=viewer.user, lab=lab).exists()
        elif theme is not None:
            following = ThemeFollow.objects.filter(
                user=viewer.user, theme=theme
            ).exists()
    return {
        "request": request,
        "viewer": viewer,
        "lab": lab,
        "theme": theme,
        "following": following,
        "messages": context.get("messages"),
        "csrf_token": context.get("csrf_token"),
    }

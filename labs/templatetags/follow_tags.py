"""The follow button of a lab or a theme: whether the viewer may follow and already
follows it, in one query for a logged-in person, none for a visitor."""

from django import template
from django.db.models import Exists, OuterRef

from labs.discussions import comments as discussion
from labs.models import LabPage, Membership, Theme
from labs.models.follows import LabFollow, ThemeFollow

register = template.Library()


def _state(request, lab, theme):
    """(may_follow, following)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.is_active:
        return False, False
    if lab is not None:
        follows = LabFollow.objects.filter(user=OuterRef("user"), lab=lab)
    else:
        follows = ThemeFollow.objects.filter(user=OuterRef("user"), theme=theme)
    viewer = getattr(request, "_discussion_viewer", None)
    if viewer is not None:
        if not viewer.can_post:
            return False, False
        return True, follows.model.objects.filter(
            user=user, **({"lab": lab} if lab is not None else {"theme": theme})
        ).exists()
    row = (
        Membership.objects.filter(user=user)
        .annotate(following=Exists(follows))
        .values_list("following", flat=True)
        .first()
    )
    if row is not None:
        return True, bool(row)
    # Accounts without a membership: the Redaktion's moderators (rare).

    viewer = discussion.viewer_for(request)
    if not viewer.can_post:
        return False, False
    return True, follows.model.objects.filter(
        user=user, **({"lab": lab} if lab is not None else {"theme": theme})
    ).exists()


@register.inclusion_tag("includes/follow_button.html", takes_context=True)
def follow_button(context, subject):
    """`subject` is a lab page or a theme."""
    lab = subject if isinstance(subject, LabPage) else None
    theme = subject if isinstance(subject, Theme) else None
    request = context.get("request")
    may_follow, following = _state(request, lab, theme)
    return {
        "request": request,
        "may_follow": may_follow,
        "logged_in": bool(request and request.user.is_authenticated),
        "lab": lab,
        "theme": theme,
        "following": following,
        "messages": context.get("messages"),
        "csrf_token": context.get("csrf_token"),
    }

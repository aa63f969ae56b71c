"""Follow or stop following a lab ("Labor folgen") or a theme ("Thema folgen").

POST only, with CSRF, usable without JavaScript: the button sends the form and the
page comes back with a message. Visitors are sent to the login.
"""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..discussions import comments as discussion
from ..discussions.views import _require_member
from ..models import LabPage, Theme
from . import services as follows


def _back(request, default):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


def _toggle(request, target, *, follow, unfollow, followed, unfollowed):
    """Follow (or, with action=unfollow, stop following) for a member, say so in a
    message and go back to `target`."""
    refused = _require_member(request, target)
    if refused:
        return refused
    user = discussion.viewer_for(request).user
    if request.POST.get("action") == "unfollow":
        unfollow(user)
        messages.success(request, unfollowed)
    else:
        follow(user)
        messages.success(request, followed)
    return HttpResponseRedirect(target)


@require_POST
def lab_follow(request, page_id):
    lab = LabPage.objects.live().filter(pk=page_id).select_related("city").first()
    if lab is None or not discussion.request_can_view_page(request, lab):
        raise Http404
    return _toggle(
        request,
        _back(request, lab.url),
        follow=lambda user: follows.follow_lab(user, lab),
        unfollow=lambda user: follows.unfollow_lab(user, lab.pk),
        followed=_(
            "Sie folgen dem StadtLabor „%(title)s“. Neue Experimente und "
            "Erkenntnisse kommen per E-Mail."
        )
        % {"title": lab.title},
        unfollowed=_("Sie folgen dem StadtLabor „%(title)s“ nicht mehr.")
        % {"title": lab.title},
    )


@require_POST
def theme_follow(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    return _toggle(
        request,
        _back(request, reverse("discovery:theme", args=[theme.slug])),
        follow=lambda user: follows.follow_theme(user, theme),
        unfollow=lambda user: follows.unfollow_theme(user, theme.pk),
        followed=_(
            "Sie folgen dem Handlungsfeld „%(name)s“. Neue Experimente und "
            "Erkenntnisse kommen per E-Mail."
        )
        % {"name": theme.name},
        unfollowed=_("Sie folgen dem Handlungsfeld „%(name)s“ nicht mehr.")
        % {"name": theme.name},
    )

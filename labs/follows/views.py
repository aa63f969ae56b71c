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


@require_POST
def lab_follow(request, page_id):
    lab = LabPage.objects.live().filter(pk=page_id).select_related("city").first()
    if lab is None or not discussion.request_can_view_page(request, lab):
        raise Http404
    target = _back(request, lab.url)
    refused = _require_member(request, target)
    if refused:
        return refused
    user = discussion.viewer_for(request).user
    if request.POST.get("action") == "unfollow":
        follows.unfollow_lab(user, lab.pk)
        messages.success(
            request,
            _("Sie folgen dem StadtLabor „%(title)s“ nicht mehr.")
            % {"title": lab.title},
        )
    else:
        follows.follow_lab(user, lab)
        messages.success(
            request,
            _(
                "Sie folgen dem StadtLabor „%(title)s“. Neue Experimente und "
                "Erkenntnisse kommen per E-Mail."
            )
            % {"title": lab.title},
        )
    return HttpResponseRedirect(target)


@require_POST
def theme_follow(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    target = _back(request, reverse("discovery:theme", args=[theme.slug]))
    refused = _require_member(request, target)
    if refused:
        return refused
    user = discussion.viewer_for(request).user
    if request.POST.get("action") == "unfollow":
        follows.unfollow_theme(user, theme.pk)
        messages.success(
            request,
            _("Sie folgen dem Handlungsfeld „%(name)s“ nicht mehr.")
            % {"name": theme.name},
        )
    else:
        follows.follow_theme(user, theme)
        messages.success(
            request,
            _(
                "Sie folgen dem Handlungsfeld „%(name)s“. Neue Experimente und "
                "Erkenntnisse kommen per E-Mail."
            )
            % {"name": theme.name},
        )
    return HttpResponseRedirect(target)

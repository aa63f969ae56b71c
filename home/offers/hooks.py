"""Admin for the KompetenzBereich's offers: the requests "Beratung anfragen"
(list, filter, set the status) and the partners of the state strategy (an ordered
snippet list). Registered from `home/wagtail_hooks.py`."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import ConsultationRequest, Partner


class ConsultationFilterSet(WagtailFilterSet):
    class Meta:
        model = ConsultationRequest
        fields = ["status", "city", "theme"]


class ConsultationPermissionPolicy(ModelPermissionPolicy):
    """Requests come only from the public form: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)


register_permission_policy(
    ConsultationRequest, ConsultationPermissionPolicy(ConsultationRequest)
)


class ConsultationRequestViewSet(ModelViewSet):
    model = ConsultationRequest
    name = "beratungsanfragen"
    icon = "mail"
    menu_label = _("Beratungsanfragen")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["__str__", "name", "email", "created_at", "status"]
    list_filter = None
    filterset_class = ConsultationFilterSet
    search_fields = ["name", "email", "message"]
    ordering = ["-created_at"]
    form_fields = ["status", "note"]
    inspect_view_enabled = True
    copy_view_enabled = False


consultation_viewset = ConsultationRequestViewSet()


@hooks.register("register_admin_viewset")
def register_consultation_viewset():
    return consultation_viewset


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partner*innen")
    list_display = ["name", "url"]
    add_to_admin_menu = False


register_snippet(PartnerViewSet)

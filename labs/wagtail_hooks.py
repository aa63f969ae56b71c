"""Admin views for vocabularies and memberships (snippets chosen in page editors)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import City, Membership, TargetGroup, Theme


class CityFilterSet(WagtailFilterSet):
    class Meta:
        model = City
        fields = ["network_role", "municipality_type", "region"]


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    menu_label = _("Mitgliedsstädte")
    list_display = ["name", "district", "population", "network_role"]
    search_fields = ["name", "district"]
    filterset_class = CityFilterSet
    ordering = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Handlungsfelder")
    list_display = ["name", "sort_order"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Zielgruppen")
    list_display = ["name", "sort_order"]


class MembershipFilterSet(WagtailFilterSet):
    class Meta:
        model = Membership
        fields = ["city"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Mitgliedschaften")
    list_display = ["user", "city", "function", "created_at"]
    search_fields = ["function", "user__email", "user__last_name"]
    filterset_class = MembershipFilterSet


class NetworkGroup(SnippetViewSetGroup):
    items = (CityViewSet, MembershipViewSet, ThemeViewSet, TargetGroupViewSet)
    menu_icon = "site"
    menu_label = _("Netzwerk")
    menu_name = "netzwerk"


register_snippet(NetworkGroup)

"""Admin dashboard: funding programmes whose "Stand" is older than a year."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from labs.roles import is_association_editor

from .funding import STALE_AFTER_DAYS, FundingProgrammePage, stale_before


class StaleFundingPanel(Component):
    name = "stale_funding"
    order = 90
    template_name = "knowledge/admin/stale_funding_panel.html"

    def __init__(self, programmes):
        self.programmes = programmes

    def get_context_data(self, parent_context):
        return {
            "programmes": self.programmes,
            "days": STALE_AFTER_DAYS,
            "title": _("Förderprogramme prüfen"),
        }


@hooks.register("construct_homepage_panels")
def add_stale_funding_panel(request, panels):
    if not is_association_editor(request.user):
        return
    programmes = list(
        FundingProgrammePage.objects.filter(last_checked__lt=stale_before()).order_by(
            "last_checked"
        )[:20]
    )
    if programmes:
        panels.append(StaleFundingPanel(programmes))

"""`{% funding_programmes page as programmes %}`: the live, public funding
programmes that name a lab or an experiment as funded (one query)."""

from django import template

from knowledge.funding import FundingProgrammePage
from labs.models import ExperimentPage, LabPage, live_public

register = template.Library()


@register.simple_tag(takes_context=True)
def funding_programmes(context, page):
    request = context.get("request")
    if isinstance(page, LabPage):
        programmes = FundingProgrammePage.objects.filter(labs=page.pk)
    elif isinstance(page, ExperimentPage):
        programmes = FundingProgrammePage.objects.filter(experiments=page.pk)
    else:
        return []
    return list(live_public(programmes, request).order_by("title"))

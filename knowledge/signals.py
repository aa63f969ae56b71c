"""Keep the cached "Gefördert durch" mapping (knowledge/templatetags/funding_tags.py)
in step with programmes, view restrictions and the page tree."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .funding import FundingProgrammePage


def _invalidate(**kwargs):
    from .templatetags.funding_tags import invalidate

    invalidate()


def connect():
    for signal in (post_save, post_delete):
        signal.connect(
            _invalidate,
            sender=FundingProgrammePage,
            dispatch_uid=f"funding-{id(signal)}",
        )
        signal.connect(
            _invalidate,
            sender=PageViewRestriction,
            dispatch_uid=f"funding-pvr-{id(signal)}",
        )
    page_published.connect(
        _invalidate, sender=FundingProgrammePage, dispatch_uid="funding-pub"
    )
    page_unpublished.connect(
        _invalidate, sender=FundingProgrammePage, dispatch_uid="funding-unpub"
    )
    post_page_move.connect(_invalidate, dispatch_uid="funding-move")

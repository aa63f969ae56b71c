"""Keep the denormalised `lab` of pages inside a lab's subtree in step after a move."""

from django.dispatch import receiver
from wagtail.signals import post_page_move


@receiver(post_page_move)
def refresh_lab_after_move(sender, instance, **kwargs):
    from .models import LabChildMixin, LabPage

    specific = instance.specific_deferred
    pages = [specific]
    if isinstance(specific, LabPage):
        pages = list(specific.get_descendants().specific())
    for page in pages:
        if isinstance(page, LabChildMixin):
            page.refresh_from_db(fields=["path", "depth"])
            lab = LabPage.objects.ancestor_of(page).first()
            type(page).objects.filter(pk=page.pk).update(lab=lab)

"""The partners page stays findable by the names of the partners it lists."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.search import index

from ..models import Partner, PartnersPage


@receiver(post_save, sender=Partner)
@receiver(post_delete, sender=Partner)
def reindex_partners_page(sender, raw=False, **kwargs):
    if raw:
        return
    for page in PartnersPage.objects.all():
        index.insert_or_update_object(page)

"""Keep a pilot city's group and collection in step with its City record and its
labs: a renamed city renames "Pilotstadt <Name>", switching "Darf direkt
veröffentlichen" gives or takes the group's publish permission, and a further lab of
the city gets the group's permissions at once. The partners page stays findable by
the names of the partners it lists."""

from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Collection
from wagtail.search import index

from labs.models import City, LabPage
from labs.roles import pilot_group_name

from .offers import Partner, PartnersPage


@receiver(pre_save, sender=City)
def remember_city_state(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        instance._before = None
        return
    instance._before = (
        City.objects.filter(pk=instance.pk)
        .values_list("name", "publishes_directly")
        .first()
    )


@receiver(post_save, sender=City)
def follow_city_changes(sender, instance, created=False, raw=False, **kwargs):
    before = getattr(instance, "_before", None)
    if raw or created or before is None:
        return
    old_name, old_publishes = before
    if old_name != instance.name:
        old, new = pilot_group_name(old_name), pilot_group_name(instance.name)
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)
        root = Collection.get_first_root_node()
        if root is not None and not root.get_children().filter(name=new).exists():
            root.get_children().filter(name=old).update(name=new)
    if old_publishes != instance.publishes_directly or old_name != instance.name:
        from .pilot_cities import sync_publishing

        sync_publishing(instance)


@receiver(post_save, sender=LabPage)
def give_new_lab_to_its_pilot_city(sender, instance, created=False, raw=False, **_):
    """A further lab of a provisioned pilot city (created by the Redaktion) belongs
    to the city's group at once, like the first one."""
    if raw or not created or not instance.city_id:
        return
    from .pilot_cities import sync_publishing

    sync_publishing(instance.city)


@receiver(post_save, sender=Partner)
@receiver(post_delete, sender=Partner)
def reindex_partners_page(sender, raw=False, **kwargs):
    if raw:
        return
    for page in PartnersPage.objects.all():
        index.insert_or_update_object(page)

"""Keep the denormalised `lab` of pages inside a lab's subtree in step after a move,
and the pages' comment numbers (`CommentStats`) after every change to a comment;
anonymise the comments of a deleted account and free its event places; keep
Django's Site in step with Wagtail's default Site.

Imported by `LabsConfig.ready()`, when the models are loaded."""

from django.conf import settings
from django.contrib.sites.models import Site as DjangoSite
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Site as WagtailSite
from wagtail.signals import post_page_move

from .events.registration import release_places_of
from .models import Comment, CommentStats, LabChildMixin, LabPage


@receiver(post_page_move)
def refresh_lab_after_move(sender, instance, **kwargs):
    specific = instance.specific_deferred
    pages = [specific]
    if isinstance(specific, LabPage):
        pages = list(specific.get_descendants().specific())
    for page in pages:
        if isinstance(page, LabChildMixin):
            page.refresh_from_db(fields=["path", "depth"])
            lab = LabPage.objects.ancestor_of(page).first()
            type(page).objects.filter(pk=page.pk).update(lab=lab)


def refresh_comment_stats(sender, instance, **kwargs):
    """A comment was posted, edited, withdrawn, hidden, removed, restored or
    deleted: recount its page (in the same transaction)."""
    if instance.page_id and not kwargs.get("raw", False):
        CommentStats.refresh(instance.page_id)


def connect_comment_stats():
    post_save.connect(refresh_comment_stats, sender=Comment)
    post_delete.connect(refresh_comment_stats, sender=Comment)


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL)
def release_event_places_of_deleted_account(sender, instance, **kwargs):
    """A deleted account frees its places; the first on the waiting list moves up."""
    release_places_of(instance)


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL)
def anonymise_comments_of_deleted_account(sender, instance, **kwargs):
    """Deleting an account keeps its comments: name, email and URL are erased,
    the city stays ("gelöschtes Konto (Neckarweiler)"; the function goes too, it could identify
    the person); the user link becomes
    NULL by the foreign key's SET_NULL."""
    Comment.objects.filter(user=instance).update(
        user_name="", user_email="", user_url="", author_function=""
    )


def sync_django_site(site):
    """Django's Sites framework (used by the comments' `site`) follows the default
    Wagtail Site: same host, same name."""
    domain = site.hostname
    if site.port not in (80, 443):
        domain = f"{domain}:{site.port}"
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": domain[:100], "name": (site.site_name or domain)[:50]},
    )
    DjangoSite.objects.clear_cache()


@receiver(post_save, sender=WagtailSite)
def keep_django_site_in_step(sender, instance, raw=False, **kwargs):
    if not raw and instance.is_default_site:
        sync_django_site(instance)

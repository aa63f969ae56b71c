"""Abstract page base classes and mixins shared by the page types of all apps."""

from django.conf import settings
from django.db import models
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..page_forms import MediaPermissionPageForm
from ..search import StemmedSearchMixin

# The Wagtail hook with which the modules that build a page's interactive parts
# (the thread of a page, peer signals, the event registration) add them to the
# page's context: `fn(page, request, context)`. Those modules are built on these
# models, so the models cannot import them (labs/wagtail_hooks.py registers them).
PAGE_CONTEXT_HOOK = "labs_page_context"


class BasePage(StemmedSearchMixin, Page):
    """Fields and behaviour every page of the site shares.

    Every page type is searchable by its title and text: subclasses extend
    `search_fields` with their reader-visible text fields. The site search lists
    every page type in its type filter under `search_filter_key` (default: the
    model name) and shows `search_summary_field` as the hit's summary."""

    search_fields = Page.search_fields + [index.SearchField("search_stems")]
    search_filter_key = ""
    search_summary_field = ""

    is_demo = models.BooleanField(
        _("Beispielinhalt (fiktiv)"),
        default=False,
        help_text=_(
            "Zeigt auf der Seite deutlich den Hinweis „Beispielinhalt (fiktiv)“."
        ),
    )

    promote_panels = Page.promote_panels + [FieldPanel("is_demo")]
    # Images and documents only from collections the editor may choose from.
    base_form_class = MediaPermissionPageForm

    class Meta:
        abstract = True

    def get_absolute_url(self):
        return self.get_url()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for add_to_context in hooks.get_hooks(PAGE_CONTEXT_HOOK):
            add_to_context(self, request, context)
        return context

    def serve(self, request, *args, **kwargs):
        # Pages show comment counts, threads and the viewer's login state: a shared
        # cache must revalidate, so that a new comment shows up at once.
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, no_cache=True)
        patch_vary_headers(response, ["Cookie"])
        return response


class CommentableMixin:
    """Pages with a comment thread (experiments, learnings, discussions). The
    thread, the form and the viewer's rights come from `labs.discussions.comments`
    (`discussion` in the context, see PAGE_CONTEXT_HOOK), which loads a page's
    thread in one query."""

    has_comments = True


class LabChildMixin(models.Model):
    """Pages inside a lab's subtree remember their lab (kept in step on save and move)
    so that listings can filter and show the city without walking the tree."""

    lab = models.ForeignKey(
        "labs.LabPage",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("StadtLabor"),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.path:
            lab_page = self._meta.get_field("lab").related_model
            self.lab = lab_page.objects.ancestor_of(self).first()
        super().save(*args, **kwargs)

    @property
    def city(self):
        return self.lab.city if self.lab_id else None

    def search_city_name(self):
        """The city's name in the search index."""
        city = self.city
        return city.name if city else ""


class SectionIndexPage(BasePage):
    """The one overview page of a section (labs, discussions, events, learnings,
    funding, materials, news) directly under the start page: an introduction above
    the listing."""

    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"]
    )

    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    search_summary_field = "intro"
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = [settings.LABS_START_PAGE_MODEL]
    max_count = 1

    class Meta:
        abstract = True

"""The knowledge hub ("Wissen") and learnings (Erkenntnisse).

Learnings live inside their lab's subtree (so that pilot-city editors own them through
Wagtail's subtree permissions); the hub aggregates them across labs. Cross-lab
syntheses by association editors live directly under the hub.
"""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from labs import personal_data
from labs.blocks import BodyBlock
from labs.discussions import comments
from labs.models import (
    BasePage,
    CommentableMixin,
    LabChildMixin,
    PeerSignal,
    SectionIndexPage,
    Theme,
    Transferability,
    signalling_city,
)
from labs.queries import (
    PageListings,
    confirmation_count_subquery,
    live_public,
    paginate,
    with_comment_stats,
)

from . import hub
from .api import learning_api_fields
from .forms import KnowledgeIndexPageForm


class LearningKind(models.TextChoices):
    SUCCESS_FACTOR = "success_factor", _("Gelingensfaktor")
    OBSTACLE = "obstacle", _("Stolperstein")
    METHOD = "method", _("Methode / Werkzeug")
    SURPRISE = "surprise", _("Überraschung")
    RECOMMENDATION = "recommendation", _("Empfehlung")
    FAILED_IDEA = "failed_idea", _("Gescheiterte Idee")


class EvidenceLevel(models.TextChoices):
    SINGLE = "single", _("Einzelbeobachtung")
    REPEATED = "repeated", _("mehrfach beobachtet")
    EVALUATED = "evaluated", _("ausgewertet")
    EXTERNAL = "external", _("extern evaluiert")


class KnowledgeIndexPage(SectionIndexPage):
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "featured_learnings",
            heading=_("Empfohlene Erkenntnisse"),
            label=_("Erkenntnis"),
            max_num=12,
        ),
    ]
    subpage_types = ["knowledge.LearningPage"]
    base_form_class = KnowledgeIndexPageForm

    class Meta:
        verbose_name = _("Wissen (Übersicht Erkenntnisse)")

    def featured(self, request, limit=None):
        """The curated list, live and public learnings only, in the editors' order,
        each learning once (its first entry) even if stored data repeats it."""
        public = live_public(LearningPage.objects.all(), request)
        items = self.featured_learnings.all()
        if isinstance(items, models.QuerySet):
            items = (
                items.filter(learning__in=public.values("pk"))
                .select_related("learning", "learning__lab__city")
                .order_by("sort_order", "pk")
            )
        else:  # a preview: the draft's entries live in memory (modelcluster)
            shown = set(
                public.filter(pk__in=[item.learning_id for item in items]).values_list(
                    "pk", flat=True
                )
            )
            items = [item for item in items if item.learning_id in shown]
        unique = {}
        for item in items:
            unique.setdefault(item.learning_id, item)
        featured = list(unique.values())
        return featured[:limit] if limit else featured

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sort = hub.read_sort(request)
        context["listing"] = KnowledgeIndexListing(self, request, sort)
        context["active_filters"] = context["listing"].active
        context["sort"] = sort
        context["sort_options"] = hub.sort_options(sort)
        return context


class KnowledgeIndexListing:
    """The hub's learnings, facets and curated list, read when its template first
    asks for them: inside the page's cached fragment (the render cache),
    so a fragment hit queries nothing."""

    def __init__(self, hub_page, request, sort):
        self.hub_page, self.request, self.sort = hub_page, request, sort
        self.active = hub.read_filters(request)

    @cached_property
    def base(self):
        return live_public(LearningPage.objects.all(), self.request)

    @cached_property
    def facets(self):
        return hub.compute_facets(self.base, self.active, LearningKind.choices)

    @cached_property
    def page_obj(self):
        learnings = (
            with_comment_stats(hub.apply_filters(self.base, self.active))
            .annotate(confirmation_count=confirmation_count_subquery())
            .defer_streamfields()
            .select_related("lab__city")
            .prefetch_related("themes")
            .order_by(*hub.SORTS[self.sort][1])
        )
        # The total comes with the facet counts: no extra COUNT query.
        return paginate(self.request, learnings, count=self.facets.total)

    @cached_property
    def featured(self):
        return self.hub_page.featured(self.request)


class FeaturedLearning(Orderable):
    """An entry of the curated list on the knowledge hub."""

    page = ParentalKey(
        KnowledgeIndexPage, on_delete=models.CASCADE, related_name="featured_learnings"
    )
    learning = models.ForeignKey(
        "knowledge.LearningPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Erkenntnis"),
    )
    note = models.CharField(
        _("Warum lesenswert"),
        max_length=250,
        help_text=_("Ein Satz der Redaktion, warum diese Erkenntnis lesenswert ist."),
    )

    panels = [FieldPanel("learning"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("Empfohlene Erkenntnis")
        verbose_name_plural = _("Empfohlene Erkenntnisse")


class LearningPage(LabChildMixin, CommentableMixin, BasePage):
    """Erkenntnis: the title is the core statement (Kernaussage) in one sentence."""

    kind = models.CharField(
        _("Erkenntnistyp"), max_length=20, choices=LearningKind.choices
    )
    context_text = RichTextField(
        _("Kontext / Erläuterung"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Wie kam es zu dieser Erkenntnis? Was genau haben Sie beobachtet?"),
    )
    recommendation = models.TextField(
        _("Empfehlung für andere Städte"),
        help_text=_("Was raten Sie einer Stadt, die Ähnliches vorhat?"),
    )
    retrospective = models.TextField(
        _("Was wir heute anders machen würden"), blank=True
    )
    themes = ParentalManyToManyField(
        Theme, related_name="learnings", blank=True, verbose_name=_("Handlungsfelder")
    )
    transferability = models.CharField(
        _("Übertragbarkeit"), max_length=10, choices=Transferability.choices
    )
    transfer_conditions = models.TextField(
        _("Bedingungen für die Übertragung"),
        blank=True,
        help_text=_(
            "z. B. „ab ca. 10.000 EW“ oder „braucht Kirchengemeinde als Partnerin“."
        ),
    )
    evidence_level = models.CharField(
        _("Evidenzgrad"),
        max_length=20,
        choices=EvidenceLevel.choices,
        help_text=_("Seien Sie ehrlich: Wie gut ist die Erkenntnis belegt?"),
    )
    evidence = ParentalManyToManyField(
        "labs.ExperimentPage",
        related_name="learnings",
        blank=True,
        verbose_name=_("Belege (Experimente)"),
        help_text=_("Die Experimente, aus denen diese Erkenntnis stammt."),
    )
    easy_language_summary = models.TextField(
        _("Zusammenfassung in Leichter Sprache"),
        help_text=_(
            "Kurze Sätze, einfache Wörter, keine Abkürzungen, keine Gender-Zeichen."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Weitere Inhalte"))
    last_reviewed = models.DateField(_("Stand / zuletzt geprüft"))

    search_fields = BasePage.search_fields + [
        index.SearchField("context_text"),
        index.SearchField("recommendation"),
        index.SearchField("retrospective"),
        index.SearchField("transfer_conditions"),
        index.SearchField("easy_language_summary"),
        index.SearchField("body"),
        index.SearchField("search_city_name"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("kind"),
    ]
    search_filter_key = "erkenntnis"
    search_summary_field = "recommendation"

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("evidence_level")]),
        FieldPanel("context_text"),
        FieldPanel("recommendation"),
        FieldPanel("retrospective"),
        MultiFieldPanel(
            [FieldPanel("transferability"), FieldPanel("transfer_conditions")],
            heading=_("Übertragbarkeit"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("evidence"),
        FieldPanel("easy_language_summary"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]

    api_fields = learning_api_fields()

    parent_page_types = ["labs.LabPage", "knowledge.KnowledgeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Erkenntnis")
        verbose_name_plural = _("Erkenntnisse")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Themes once for the fact sheet and "Diese Städte haben Erfahrung damit".
        models.prefetch_related_objects([self], "themes")
        context["listings"] = LearningPageListings(self, request)
        context["peer_signals"] = comments.confirmations_for(request, self)
        return context


class LearningPageListings(PageListings):
    """What a learning's page lists, see `PageListings`."""

    @cached_property
    def evidence_experiments(self):
        return (
            live_public(self.page.evidence.all(), self.request)
            .defer_streamfields()
            .order_by("title")
        )

    @cached_property
    def related_learnings(self):
        return hub.related_learnings(
            self.page, live_public(LearningPage.objects.all(), self.request)
        )


@personal_data.register(label="Bestätigungen „Das kennen wir auch“")
class LearningConfirmation(PeerSignal):
    """“Das kennen wir auch”: a member city confirms a learning from its own
    practice, with a short note. One per city; the city's members can withdraw it."""

    learning = models.ForeignKey(
        LearningPage,
        on_delete=models.CASCADE,
        related_name="confirmations",
        verbose_name=_("Erkenntnis"),
    )
    city = signalling_city("learning_confirmations")
    signalled_field = "learning"

    class Meta(PeerSignal.Meta):
        verbose_name = _("Bestätigung „Das kennen wir auch“")
        verbose_name_plural = _("Bestätigungen „Das kennen wir auch“")
        constraints = [
            models.UniqueConstraint(
                fields=["learning", "city"], name="unique_confirmation_per_city"
            )
        ]


# Funding programmes and materials live in their own modules; Django finds them here.
from .funding import (  # noqa: E402, F401
    FundingDeadline,
    FundingIndexPage,
    FundingProgrammePage,
)
from .materials import MaterialIndexPage, MaterialPage  # noqa: E402, F401

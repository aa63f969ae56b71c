"""Comments of member cities (django-comments-xtd), reports ("Inhalt melden") and
the peer signal "Übernommen von" on experiments.

The comment model extends django-comments-xtd's `XtdComment` (thread,
parent, level, order) with what our discussions need: the page it belongs to, the
author's city and function at the time of posting, and the states a contribution
can be in (edited, withdrawn by its author, hidden or removed by the editors).
"""

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment, XtdCommentManager
from wagtail.models import Page
from wagtail.search import index

from .. import personal_data
from ..queries import count_subquery
from ..search import StemmedSearchMixin
from ..text import plain_text
from .network import ASSOCIATION_NAME, City

# Limits (docs/features.md, section Diskussionen). The length is the package's own model
# limit (COMMENT_MAX_LENGTH, 3,000 characters): changing it would alter the
# migrations of django_comments.
MAX_LENGTH = 3000
MAX_LINKS = 3
RATE_LIMIT_COUNT = 5
RATE_LIMIT_MINUTES = 10
DUPLICATE_SECONDS = 60
MAX_DEPTH = 3  # top-level comment, reply, reply to a reply
THREADS_PER_PAGE = 20

# On the page (a placeholder where needed): public and not removed by the editors.
VISIBLE = Q(is_public=True, is_removed=False)
# Counted as a contribution in listings: visible, neither withdrawn nor hidden.
ACTIVE = VISIBLE & Q(withdrawn_at__isnull=True, hidden_at__isnull=True)


class CommentQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(VISIBLE)

    def active(self):
        return self.filter(ACTIVE)

    def for_page(self, page):
        return self.filter(page_id=page.pk)


class CommentManager(XtdCommentManager.from_queryset(CommentQuerySet)):
    def get_queryset(self):
        # No select_related("user"): names are stored on the comment.
        return CommentQuerySet(self.model, using=self._db).order_by(
            "thread_id", "order"
        )


class Comment(StemmedSearchMixin, index.Indexed, XtdComment):
    """A contribution to the discussion of an experiment, a learning or a
    discussion page. Name, email and city come from the account, never from a form;
    no IP address is stored. Indexed for the site search, which shows only active
    comments on pages the searcher may see, and only to those who may read the
    discussions."""

    # Explicit parent link: the default reverse name "comment" would clash with
    # the comment text field of the parent model.
    xtdcomment_ptr = models.OneToOneField(
        XtdComment,
        on_delete=models.CASCADE,
        parent_link=True,
        primary_key=True,
        related_name="discussion_comment",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Seite"),
    )
    author_city = models.ForeignKey(
        City,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Stadt"),
        help_text=_("Die Stadt der Verfasserin oder des Verfassers beim Schreiben."),
    )
    author_function = models.CharField(_("Funktion"), max_length=120, blank=True)
    is_editorial = models.BooleanField(
        _("Rückmeldung der Redaktion"),
        default=False,
        help_text=_("Eine Antwort im Namen des Städtetags, deutlich hervorgehoben."),
    )
    highlighted = models.BooleanField(
        _("Hervorgehoben"),
        default=False,
        help_text=_("Von der Redaktion als besonders hilfreich markiert."),
    )
    edited_at = models.DateTimeField(_("bearbeitet am"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("zurückgezogen am"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("ausgeblendet am"), null=True, blank=True)
    hidden_reason = models.TextField(_("Grund für das Ausblenden"), blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("ausgeblendet von"),
    )
    removed_reason = models.TextField(_("Grund für das Entfernen"), blank=True)
    reviewed = models.BooleanField(
        _("geprüft"),
        default=False,
        help_text=_("Die Redaktion hat den Beitrag und seine Meldungen geprüft."),
    )

    objects = CommentManager()

    search_fields = [
        index.SearchField("comment"),
        index.SearchField("search_stems"),
        index.FilterField("page"),
        index.FilterField("author_city"),
        index.FilterField("submit_date"),
        index.FilterField("is_public"),
        index.FilterField("is_removed"),
        index.FilterField("withdrawn_at"),
        index.FilterField("hidden_at"),
    ]

    class Meta:
        verbose_name = _("Kommentar")
        verbose_name_plural = _("Kommentare")
        ordering = ["thread_id", "order"]

    def __str__(self):
        text = " ".join(self.comment.split())
        return text[:60] + ("…" if len(text) > 60 else "")

    @property
    def depth(self):
        """1 for a top-level comment, 2 for a reply, 3 for a reply to a reply."""
        return self.level + 1

    @property
    def can_have_replies(self):
        return self.depth < MAX_DEPTH

    @property
    def is_withdrawn(self):
        return self.withdrawn_at is not None

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    @property
    def author_deleted(self):
        return self.user_id is None

    @property
    def author_name(self):
        if self.is_editorial:
            return _("Redaktion")
        if self.user_id is None:
            return _("gelöschtes Konto")
        return plain_text(self.user_name)

    @property
    def affiliation(self):
        if self.author_city_id:
            return plain_text(self.author_city.name)
        return ASSOCIATION_NAME

    @property
    def function(self):
        return plain_text(self.author_function)

    @property
    def initials(self):
        """Shown instead of an avatar: no Gravatar, no external image."""
        if self.is_editorial:
            return "ST"
        parts = [p for p in str(self.author_name).replace("-", " ").split() if p]
        letters = "".join(p[0] for p in parts[:1] + parts[1:][-1:])
        return letters.upper() or "?"

    def anchor(self):
        return f"beitrag-{self.pk}"

    def get_absolute_url(self):
        """The permalink: redirects to the page, on the right "page" of threads,
        with the anchor of the comment."""
        return reverse("labs:comment_permalink", args=[self.pk])


class CommentStats(models.Model):
    """The active contributions of a page: how many, and when the latest came.

    Listings show and sort by these numbers (the StadtLabor page, the
    hub's "Meistdiskutierte zuerst", the discussions by last activity); reading
    them from this one row per page instead of counting the comments keeps a
    listing's cost independent of the number of comments. `refresh()` recounts a
    page's row inside the transaction of every change to one of its comments
    (`labs.signals`), under a row lock, so that comments posted at the same time
    are all counted."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="comment_stats",
        verbose_name=_("Seite"),
    )
    comment_count = models.PositiveIntegerField(_("Beiträge"), default=0)
    last_comment_at = models.DateTimeField(_("letzter Beitrag"), null=True)

    class Meta:
        verbose_name = _("Beitragszahl einer Seite")
        verbose_name_plural = _("Beitragszahlen der Seiten")

    def __str__(self):
        return f"{self.page_id}: {self.comment_count}"

    @classmethod
    def refresh(cls, page_id):
        """Recount the active comments of one page (in the caller's transaction)."""
        with transaction.atomic():
            if not Page.objects.filter(pk=page_id).exists():
                return  # the page is being deleted: its row goes with it
            cls.objects.get_or_create(page_id=page_id)
            row = cls.objects.select_for_update().get(page_id=page_id)
            stats = Comment.objects.filter(ACTIVE, page_id=page_id).aggregate(
                n=models.Count("pk"), last=models.Max("submit_date")
            )
            row.comment_count, row.last_comment_at = stats["n"], stats["last"]
            row.save(update_fields=["comment_count", "last_comment_at"])

    @classmethod
    def rebuild(cls, page_ids=None):
        """Recount all pages (or the given ones) in a few queries, after bulk
        inserts that send no signals (the migration `labs/0009` does the same
        with its historical models)."""
        comments = Comment.objects.filter(ACTIVE)
        stale = cls.objects.all()
        if page_ids is not None:
            comments = comments.filter(page_id__in=page_ids)
            stale = stale.filter(page_id__in=page_ids)
        rows = (
            comments.order_by()
            .values("page_id")
            .annotate(n=models.Count("pk"), last=models.Max("submit_date"))
        )
        stale.delete()
        cls.objects.bulk_create(
            (
                cls(
                    page_id=r["page_id"],
                    comment_count=r["n"],
                    last_comment_at=r["last"],
                )
                for r in rows
            ),
            batch_size=500,
        )


class CommentSubmission(models.Model):
    """The key of a sent comment form (`labs.discussions.forms.submission_key`): unique, so
    that the same form sent twice at once stores one comment, in every process and
    on every server."""

    key = models.CharField(_("Schlüssel"), max_length=64, unique=True)
    comment = models.OneToOneField(
        Comment,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Kommentar"),
    )
    created_at = models.DateTimeField(_("gesendet am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Absendung eines Beitrags")
        verbose_name_plural = _("Absendungen von Beiträgen")

    def __str__(self):
        return self.key


class ReportReason(models.TextChoices):
    ILLEGAL = "illegal", _("Rechtswidriger Inhalt")
    INSULT = "insult", _("Beleidigung oder Herabwürdigung")
    PRIVACY = "privacy", _("Persönliche Daten Dritter")
    SPAM = "spam", _("Werbung oder Spam")
    OTHER = "other", _("Sonstiges")


def _report_for_export(report):
    return {
        "beitrag": str(report.comment),
        "seite_id": report.comment.page_id,
        "grund": report.get_reason_display(),
        "erlaeuterung": report.note,
        "gemeldet_am": report.created_at,
    }


@personal_data.register(label="Meldungen", serialize=_report_for_export)
class CommentReport(models.Model):
    """ "Inhalt melden" (Art. 16 DSA): a person reports a comment with a reason."""

    comment = models.ForeignKey(
        Comment,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("Kommentar"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gemeldet von"),
    )
    reason = models.CharField(_("Grund"), max_length=20, choices=ReportReason.choices)
    note = models.TextField(_("Erläuterung"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("gemeldet am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Meldung")
        verbose_name_plural = _("Meldungen")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "user"], name="unique_report_per_user"
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()} ({self.comment_id})"


def signalling_city(related_name):
    """The member city that gives a peer signal (the same field on every signal)."""
    return models.ForeignKey(
        City,
        on_delete=models.CASCADE,
        related_name=related_name,
        verbose_name=_("Mitgliedsstadt"),
    )


class PeerSignal(models.Model):
    """A member city vouches for a page from its own practice ("Übernommen von",
    "Das kennen wir auch"): one per city and page, with a short note and who
    entered it. `signalled_field` names the foreign key to the page."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("eingetragen von"),
    )
    note = models.TextField(_("Notiz"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("eingetragen am"), auto_now_add=True)

    signalled_field = ""

    class Meta:
        abstract = True
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.city} → {self.serializable_value(self.signalled_field)}"


class AdoptionKind(models.TextChoices):
    ADOPTED = "uebernommen", _("Wir haben das übernommen")
    ADAPTED = "angepasst", _("Wir haben das angepasst")


@personal_data.register(label="Übernahmen von Experimenten")
class ExperimentAdoption(PeerSignal):
    """ "Übernommen von": a member city marks that it adopted an experiment."""

    experiment = models.ForeignKey(
        "labs.ExperimentPage",
        on_delete=models.CASCADE,
        related_name="adoptions",
        verbose_name=_("Experiment"),
    )
    city = signalling_city("adoptions")
    kind = models.CharField(
        _("Art"),
        max_length=20,
        choices=AdoptionKind.choices,
        default=AdoptionKind.ADOPTED,
    )
    signalled_field = "experiment"

    class Meta(PeerSignal.Meta):
        verbose_name = _("Übernahme eines Experiments")
        verbose_name_plural = _("Übernahmen von Experimenten")
        constraints = [
            models.UniqueConstraint(
                fields=["experiment", "city"], name="unique_adoption_per_city"
            )
        ]


def adoption_count_subquery():
    """Number of cities that adopted the experiment (for listings)."""
    return count_subquery(ExperimentAdoption, "experiment")

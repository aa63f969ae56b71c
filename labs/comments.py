"""Discussions under experiments, learnings and discussion pages.

Who may read and write, a page's thread in ONE query (the tree is built in Python,
django-comments-xtd's tree template tags would cost queries per comment), the
comment form with its abuse limits, posting, following and the peer signals.
The views are in `labs/views.py`, the emails in `labs/notifications.py`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import timedelta
from types import SimpleNamespace

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_comments.forms import CommentSecurityForm
from wagtail.models import Page, PageViewRestriction

from . import roles
from .comment_models import (
    ACTIVE,
    DUPLICATE_SECONDS,
    MAX_DEPTH,
    MAX_LENGTH,
    MAX_LINKS,
    RATE_LIMIT_COUNT,
    RATE_LIMIT_MINUTES,
    THREADS_PER_PAGE,
    VISIBLE,
    AdoptionKind,
    Comment,
    CommentStats,
    CommentSubmission,
    ExperimentAdoption,
    ReportReason,
)
from .models import ASSOCIATION_NAME, Membership, ThreadFollow
from .parsing import MAX_ID, parse_page_number
from .text import is_blank, link_count, plain_text

ACCESS_REQUEST_URL = "/konto/zugang-beantragen/"
PAGE_PARAM = "beitraege"


def display_name(user):
    return plain_text(user.get_full_name() or user.get_username()).strip()[:50]


# --- Who is looking ----------------------------------------------------------------


@dataclass
class Viewer:
    user: object = None
    membership: Membership | None = None
    is_moderator: bool = False
    # May open the Wagtail admin (and so sees Wagtail's user bar on pages).
    can_access_admin: bool = False

    @property
    def is_authenticated(self):
        return self.user is not None

    @property
    def city(self):
        return self.membership.city if self.membership else None

    @property
    def is_member(self):
        """Members of a city and editors read the discussions."""
        return self.is_authenticated and (
            self.membership is not None or self.is_moderator
        )

    @property
    def can_post(self):
        return self.is_member and self.user.is_active

    @property
    def can_sign(self):
        """Peer signals are given for a city."""
        return self.can_post and self.city is not None

    @property
    def affiliation(self):
        return self.city.name if self.city else ASSOCIATION_NAME


def moderator_annotations():
    """`roles.can_moderate` and admin access of the user in the row, as SQL."""
    app_label, codename = roles.MODERATE_PERMISSION.split(".")
    perm = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    )
    admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    return {
        "_perm_user": Exists(perm.filter(user=OuterRef("pk"))),
        "_perm_group": Exists(perm.filter(group__user=OuterRef("pk"))),
        "_admin_user": Exists(admin.filter(user=OuterRef("pk"))),
        "_admin_group": Exists(admin.filter(group__user=OuterRef("pk"))),
    }


def viewer_for(request):
    """The person behind the request, with membership, city and moderation right,
    in one query, cached on the request."""
    cached = getattr(request, "_discussion_viewer", None)
    if cached is not None:
        return cached
    user = getattr(request, "user", None)
    viewer = Viewer()
    if user is not None and user.is_authenticated and user.is_active:
        row = (
            get_user_model()
            .objects.filter(pk=user.pk)
            .select_related("membership__city")
            .annotate(**moderator_annotations())
            .first()
        )
        if row is not None:
            try:
                membership = row.membership
            except Membership.DoesNotExist:
                membership = None
            viewer = Viewer(
                user=user,
                membership=membership,
                is_moderator=bool(
                    user.is_superuser or row._perm_user or row._perm_group
                ),
                can_access_admin=bool(
                    user.is_superuser or row._admin_user or row._admin_group
                ),
            )
    request._discussion_viewer = viewer
    return viewer


def is_moderator(user):
    return roles.can_moderate(user)


def discussions_public(request):
    site_settings = apps.get_model("home", "SiteSettings")
    try:
        return site_settings.for_request(request).discussions_public
    except Exception:  # noqa: BLE001 – no Site for this host: the safe default
        return False


def can_read(request):
    return discussions_public(request) or viewer_for(request).is_member


def request_can_view_page(request, page):
    """Live, and every Wagtail view restriction (login, groups, password) passed."""
    if not page.live:
        return False
    return all(
        restriction.accept_request(request)
        for restriction in page.get_view_restrictions()
    )


def user_can_view_page(user, page, restrictions=None):
    """The same for a person who is not making the request (email recipients). A
    password-protected page counts as closed: an email cannot carry the password."""
    if not page.live or not user.is_active:
        return False
    if restrictions is None:
        restrictions = list(page.get_view_restrictions())
    fake_request = SimpleNamespace(user=user, session={})
    for restriction in restrictions:
        if restriction.restriction_type == PageViewRestriction.PASSWORD:
            return False
        if not restriction.accept_request(fake_request):
            return False
    return True


def commentable_page(page_id, request):
    """The specific page for a comment action, or 404 if it has no comments or
    the viewer may not see it (drafts, private pages)."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        raise Http404
    page = page.specific
    if not getattr(page, "has_comments", False) or not request_can_view_page(
        request, page
    ):
        raise Http404
    return page


def visible_comment(pk, request, *, include_hidden=True):
    """A comment the viewer may see (its page visible to them, comments readable),
    or 404."""
    comment = (
        Comment.objects.filter(VISIBLE, pk=pk)
        .select_related("author_city", "page")
        .first()
    )
    if comment is None or not can_read(request):
        raise Http404
    page = comment.page.specific
    if not request_can_view_page(request, page):
        raise Http404
    if not include_hidden and (comment.is_hidden or comment.is_withdrawn):
        raise Http404
    comment.page = page
    return comment


def login_url(request, next_url):
    return resolve_url(settings.LOGIN_URL) + "?" + urlencode({"next": next_url})


# --- The thread of a page ----------------------------------------------------------


@dataclass
class Node:
    comment: Comment
    children: list = field(default_factory=list)

    @property
    def reply_count(self):
        return sum(1 + child.reply_count for child in self.children)


@dataclass
class Discussion:
    page: object
    viewer: Viewer
    can_read: bool
    is_public: bool
    count: int = 0
    thread_count: int = 0
    threads: list = field(default_factory=list)
    shown_pages: int = 1
    more_url: str = ""
    first_new_anchor: str = ""
    following: bool = False
    # The viewer's user id when the shown threads hold a contribution of theirs
    # (they see "Bearbeiten" there), else 0: the thread's HTML is shared by all
    # readers with the same `can_post` and `own_key` (render cache).
    own_key: int = 0
    form: object = None
    login_url: str = ""
    access_url: str = ACCESS_REQUEST_URL

    @property
    def can_post(self):
        return self.viewer.can_post


def shown_pages(request):
    return parse_page_number(request.GET.get(PAGE_PARAM), maximum=1000)


def thread_queryset(page, limit, viewer=None):
    """Every visible comment of the first `limit` threads of the page, with the
    author's city, the page totals and whether the viewer follows the page, in
    ONE query."""
    base = Comment.objects.filter(VISIBLE, page_id=page.pk).order_by()
    top = base.filter(level=0).order_by("thread_id").values("thread_id")[:limit]
    total = Subquery(
        Comment.objects.filter(ACTIVE, page_id=page.pk)
        .order_by()
        .values("page_id")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    threads = Subquery(
        base.filter(level=0).values("page_id").annotate(n=Count("pk")).values("n")[:1]
    )
    queryset = (
        Comment.objects.filter(VISIBLE, page_id=page.pk, thread_id__in=top)
        .select_related("author_city")
        .annotate(_total=Coalesce(total, 0), _threads=Coalesce(threads, 0))
        .order_by("thread_id", "order")
    )
    if viewer is not None and viewer.is_authenticated:
        queryset = queryset.annotate(
            _following=Exists(
                ThreadFollow.objects.filter(user_id=viewer.user.pk, page_id=page.pk)
            )
        )
    return queryset


def build_tree(comments):
    """Nest comments (ordered by thread and order) by their parent."""
    roots, nodes = [], {}
    for comment in comments:
        node = Node(comment)
        nodes[comment.pk] = node
        if comment.level == 0:
            roots.append(node)
        elif comment.parent_id in nodes:
            nodes[comment.parent_id].children.append(node)
    return roots


def page_discussion(request, page, form=None):
    viewer = viewer_for(request)
    public = discussions_public(request)
    readable = public or viewer.is_member
    discussion = Discussion(
        page=page,
        viewer=viewer,
        can_read=readable,
        is_public=public,
        login_url=login_url(request, page.get_url(request) + "#beitraege"),
    )
    if not readable:
        # Only the number is shown (with the login link): the page's row.
        discussion.count = (
            CommentStats.objects.filter(page_id=page.pk)
            .values_list("comment_count", flat=True)
            .first()
            or 0
        )
        return discussion

    pages = shown_pages(request)
    limit = pages * THREADS_PER_PAGE
    rows = list(thread_queryset(page, limit + 1, viewer))
    if rows:
        discussion.count = rows[0]._total
        discussion.thread_count = rows[0]._threads
        discussion.following = getattr(rows[0], "_following", False)
    elif viewer.is_authenticated:
        discussion.following = ThreadFollow.objects.filter(
            user=viewer.user, page_id=page.pk
        ).exists()
    if viewer.is_authenticated and any(row.user_id == viewer.user.pk for row in rows):
        discussion.own_key = viewer.user.pk
    roots = build_tree(rows)
    if len(roots) > limit:
        roots = roots[:limit]
        discussion.more_url = "?" + urlencode({PAGE_PARAM: pages + 1})
        discussion.first_new_anchor = f"beitrag-{_first_new_thread(rows, limit)}"
    discussion.threads = roots
    discussion.shown_pages = pages
    if viewer.can_post:
        discussion.form = form or CommentForm(page, viewer=viewer)
    return discussion


def _first_new_thread(rows, limit):
    """Id of the first thread the "weitere Beiträge laden" link will add."""
    thread_ids = sorted({row.thread_id for row in rows})
    return thread_ids[limit] if len(thread_ids) > limit else ""


def thread_page_of(comment):
    """On which "page" of threads (`?beitraege=N`) the comment appears."""
    before = (
        Comment.objects.filter(
            VISIBLE, page_id=comment.page_id, level=0, thread_id__lt=comment.thread_id
        )
        .order_by()
        .count()
    )
    return before // THREADS_PER_PAGE + 1


def comment_url(comment, page=None):
    """Path of the comment on its page: `/…/seite/?beitraege=N#beitrag-ID`."""
    page = page or comment.page.specific
    number = thread_page_of(comment)
    query = f"?{PAGE_PARAM}={number}" if number > 1 else ""
    return f"{page.url}{query}#beitrag-{comment.pk}"


# --- The form ------------------------------------------------------------------------


def clean_contribution(text):
    """A contribution as it is stored: without bidirectional controls, trimmed;
    refused when it shows nothing or has too many links."""
    text = plain_text(text).replace("\r\n", "\n").strip()
    if not text:
        raise forms.ValidationError(_("Bitte schreiben Sie Ihren Beitrag."))
    if is_blank(text):
        raise forms.ValidationError(
            _(
                "Ihr Beitrag enthält nur unsichtbare Zeichen. Bitte schreiben Sie "
                "Ihren Beitrag."
            ),
            code="blank",
        )
    return check_links(text)


def clean_note(text):
    """An optional note (report, peer signal): without bidirectional controls;
    empty when it shows nothing."""
    text = plain_text(text or "").replace("\r\n", "\n").strip()
    return "" if is_blank(text) else text


def check_links(text):
    """The text, or a refusal when the page would show more than MAX_LINKS links
    (web addresses with or without http(s)://, bare domains, e-mail addresses)."""
    links = link_count(text)
    if links > MAX_LINKS:
        raise forms.ValidationError(
            ngettext(
                "Bitte höchstens %(max)d Link pro Beitrag (jetzt %(count)d). "
                "Auch Adressen ohne „https://“ und E-Mail-Adressen werden zu Links.",
                "Bitte höchstens %(max)d Links pro Beitrag (jetzt %(count)d). "
                "Auch Adressen ohne „https://“ und E-Mail-Adressen werden zu Links.",
                MAX_LINKS,
            )
            % {"max": MAX_LINKS, "count": links},
            code="links",
        )
    return text


class CommentForm(CommentSecurityForm):
    """The comment form. Name, email and URL are not fields: they come from the
    account. The security hash and timestamp (django-contrib-comments) tie the
    form to its page."""

    comment = forms.CharField(
        label=_("Ihr Beitrag"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_LENGTH,
        error_messages={
            "required": _("Bitte schreiben Sie Ihren Beitrag."),
            "max_length": _(
                "Ihr Beitrag ist zu lang: höchstens %(limit_value)d Zeichen "
                "(jetzt %(show_value)d)."
            ),
        },
    )
    reply_to = forms.IntegerField(
        required=False,
        min_value=0,
        max_value=MAX_ID,
        initial=0,
        widget=forms.HiddenInput,
    )
    follow = forms.BooleanField(
        label=_(
            "Diskussion folgen: Ich möchte per E-Mail von neuen Beiträgen erfahren."
        ),
        required=False,
    )
    as_editorial = forms.BooleanField(
        label=_("Als „Rückmeldung der Redaktion“ veröffentlichen"), required=False
    )

    def __init__(self, page, data=None, *, viewer, parent=None, **kwargs):
        self.page = page
        self.viewer = viewer
        self.parent = parent
        initial = kwargs.pop("initial", {}) or {}
        if parent is not None:
            initial["reply_to"] = parent.pk
        super().__init__(page, data=data, initial=initial, **kwargs)
        self.fields["comment"].widget.attrs["maxlength"] = MAX_LENGTH
        self.fields["comment"].help_text = _(
            "Höchstens %(length)s Zeichen und %(links)d Links. Ihr Name, Ihre "
            "Funktion und Ihre Stadt stehen über dem Beitrag; Ihre E-Mail-Adresse "
            "sieht nur die Redaktion."
        ) % {"length": f"{MAX_LENGTH:,}".replace(",", "."), "links": MAX_LINKS}
        if not viewer.is_moderator:
            del self.fields["as_editorial"]
        for name in ("comment", "follow", "as_editorial"):
            if name in self.fields:
                self.fields[name].widget.attrs["id"] = self.field_id(name)

    def field_id(self, name):
        suffix = f"-{self.parent.pk}" if self.parent is not None else ""
        return f"kommentar-{name}{suffix}"

    @property
    def form_id(self):
        return "antwort-formular" if self.parent is not None else "beitrag-formular"

    def clean_security_hash(self):
        try:
            return super().clean_security_hash()
        except forms.ValidationError:
            raise forms.ValidationError(
                _("Die Sicherheitsprüfung des Formulars ist fehlgeschlagen."),
                code="security_hash",
            ) from None

    def clean_timestamp(self):
        try:
            return super().clean_timestamp()
        except forms.ValidationError:
            raise forms.ValidationError(
                _("Das Formular war zu lange geöffnet."), code="timestamp"
            ) from None

    SECURITY_FIELDS = ("content_type", "object_pk", "timestamp", "security_hash")

    def security_errors(self):
        return {
            name: self.errors[name]
            for name in self.SECURITY_FIELDS
            if name in self.errors
        }

    def clean_comment(self):
        return clean_contribution(self.cleaned_data["comment"])

    def clean_reply_to(self):
        reply_to = self.cleaned_data.get("reply_to") or 0
        if not reply_to:
            return None
        parent = (
            Comment.objects.filter(VISIBLE, pk=reply_to, page_id=self.page.pk)
            .order_by()
            .first()
        )
        if parent is None or parent.is_withdrawn or parent.is_hidden:
            raise forms.ValidationError(
                _("Auf diesen Beitrag kann nicht mehr geantwortet werden.")
            )
        if not parent.can_have_replies:
            raise forms.ValidationError(
                _(
                    "Antworten sind bis zur %(depth)d. Ebene möglich. Bitte antworten "
                    "Sie auf den Beitrag darüber."
                )
                % {"depth": MAX_DEPTH}
            )
        return parent

    def clean(self):
        cleaned = super().clean()
        # The security hash covers the posted content type and object; they must
        # also be this page (security data of another page is refused).
        expected = {
            "content_type": str(self.target_object._meta),
            "object_pk": str(self.target_object._get_pk_val()),
        }
        for name, value in expected.items():
            if self.data.get(name) != value and name not in self.errors:
                self.add_error(name, _("Das Formular gehört zu einer anderen Seite."))
        if self.security_errors():
            # Expired (more than two hours open) or tampered with: fresh security
            # data, so that sending again works; the text is kept.
            raise forms.ValidationError(
                _(
                    "Das Formular war zu lange geöffnet oder wurde verändert. Bitte "
                    "senden Sie es noch einmal ab; Ihr Text ist erhalten."
                ),
                code="security",
            )
        user = self.viewer.user
        since = timezone.now() - timedelta(minutes=RATE_LIMIT_MINUTES)
        recent = Comment.objects.filter(user=user, submit_date__gte=since).order_by()
        text = cleaned.get("comment")
        if text and self.find_duplicate(text) is not None:
            return cleaned
        if recent.count() >= RATE_LIMIT_COUNT:
            raise forms.ValidationError(
                _(
                    "Sie haben in den letzten %(minutes)d Minuten schon %(count)d "
                    "Beiträge geschrieben. Bitte warten Sie ein paar Minuten; Ihr "
                    "Text ist erhalten."
                )
                % {"minutes": RATE_LIMIT_MINUTES, "count": RATE_LIMIT_COUNT},
                code="rate_limit",
            )
        return cleaned

    def find_duplicate(self, text):
        """The same text by the same person on the same page within a minute:
        a double submission."""
        since = timezone.now() - timedelta(seconds=DUPLICATE_SECONDS)
        return (
            Comment.objects.filter(
                user=self.viewer.user,
                page_id=self.page.pk,
                comment=text,
                submit_date__gte=since,
            )
            .order_by("-submit_date")
            .first()
        )

    def error_list(self):
        """Every error with the id of its field, for the error summary."""
        items = [{"id": "", "message": error} for error in self.non_field_errors()]
        for name, errors in self.errors.items():
            # Hidden security fields: the form-wide message above explains them.
            if name == "__all__" or name not in self.fields:
                continue
            if name in self.SECURITY_FIELDS:
                continue
            target = self.field_id(name) if name != "reply_to" else ""
            items.extend({"id": target, "message": error} for error in errors)
        return items


def submission_key(form):
    """The same form sent twice (a double click, a repeated request) gives the same
    key: author, page, parent, the form's signed timestamp and the text."""
    parent = form.cleaned_data.get("reply_to")
    parts = [
        form.viewer.user.pk,
        form.page.pk,
        parent.pk if parent else 0,
        form.cleaned_data["timestamp"],
        form.cleaned_data["comment"],
    ]
    return hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()


def post_comment(form):
    """Store the comment of a valid form, or return the earlier one on a double
    submission. Returns (comment, created); (None, False) if a parallel request
    with the same form failed to store it.

    Parallel posts of the same form (a double click, also when the requests reach
    different processes or servers) claim the same key first: the database's unique
    constraint lets exactly one of them store the comment; the others wait for it
    (PostgreSQL's row lock, SQLite's write lock) and then find its comment. No
    cache is needed for this."""
    viewer, page = form.viewer, form.page
    text = form.cleaned_data["comment"]
    duplicate = form.find_duplicate(text)
    if duplicate is not None:
        return duplicate, False
    key = submission_key(form)
    parent = form.cleaned_data.get("reply_to")
    membership = viewer.membership
    comment = Comment(
        content_type=ContentType.objects.get_for_model(page),
        object_pk=str(page.pk),
        page_id=page.pk,
        site_id=settings.SITE_ID,
        user=viewer.user,
        user_name=display_name(viewer.user),
        user_email=viewer.user.email,
        user_url="",
        ip_address=None,
        comment=text,
        submit_date=timezone.now(),
        is_public=True,
        is_removed=False,
        parent_id=parent.pk if parent else 0,
        followup=bool(form.cleaned_data.get("follow")),
        author_city=membership.city if membership else None,
        author_function=membership.function if membership else "",
        is_editorial=bool(form.cleaned_data.get("as_editorial")),
    )
    try:
        with transaction.atomic():
            # The transaction's first statement writes: on SQLite it takes the
            # write lock before anything is read.
            claim = CommentSubmission.objects.create(key=key)
            comment.save()
            claim.comment = comment
            claim.save(update_fields=["comment"])
            if comment.followup:
                follow(viewer.user, page)
    except IntegrityError:
        earlier = (
            CommentSubmission.objects.filter(key=key, comment__isnull=False)
            .select_related("comment")
            .first()
        )
        return (earlier.comment if earlier else None), False
    return comment, True


def follow(user, page):
    try:
        with transaction.atomic():
            ThreadFollow.objects.get_or_create(user=user, page_id=page.pk)
    except IntegrityError:
        pass


def unfollow(user, page_id):
    ThreadFollow.objects.filter(user=user, page_id=page_id).delete()


# --- Editing and withdrawing ---------------------------------------------------------


class EditForm(forms.Form):
    comment = CommentForm.base_fields["comment"]

    def clean_comment(self):
        return clean_contribution(self.cleaned_data["comment"])


def can_change(comment, viewer):
    """Authors edit and withdraw their own visible comments."""
    return (
        viewer.is_authenticated
        and comment.user_id == viewer.user.pk
        and not comment.is_withdrawn
        and not comment.is_hidden
        and not comment.is_removed
    )


def edit_comment(comment, text):
    if text == comment.comment:
        return False
    # save(), not update(): the page cache is invalidated by model signals.
    comment.comment, comment.edited_at = text, timezone.now()
    comment.save(update_fields=["comment", "edited_at"])
    return True


def withdraw_comment(comment):
    comment.withdrawn_at = timezone.now()
    comment.save(update_fields=["withdrawn_at"])


# --- Reports ---------------------------------------------------------------------------


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Warum melden Sie diesen Beitrag?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie einen Grund.")},
    )
    note = forms.CharField(
        label=_("Erläuterung (freiwillig)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Was genau ist problematisch? Bei rechtswidrigen Inhalten hilft der "
            "Hinweis, welches Recht verletzt ist."
        ),
        error_messages={"max_length": _("Bitte höchstens %(limit_value)d Zeichen.")},
    )

    def clean_note(self):
        return clean_note(self.cleaned_data["note"])


# --- Moderation ----------------------------------------------------------------------


def hide_comment(comment, reason, moderator):
    comment.hidden_at = timezone.now()
    comment.hidden_reason = reason
    comment.hidden_by = moderator
    comment.reviewed = True
    comment.save(update_fields=["hidden_at", "hidden_reason", "hidden_by", "reviewed"])


def remove_comment(comment, reason):
    """Removed comments stay in the database but disappear from the page, with
    their replies (django-comments-xtd un-publishes the nested comments)."""
    comment.is_removed = True
    comment.removed_reason = reason
    comment.reviewed = True
    comment.save(update_fields=["is_removed", "removed_reason", "reviewed"])


def approve_comment(comment, moderator):
    """The comment is fine: visible again (not hidden, not removed), reviewed."""
    from django_comments.models import CommentFlag

    comment.is_removed = False
    comment.is_public = True
    comment.hidden_at = None
    comment.hidden_reason = ""
    comment.hidden_by = None
    comment.reviewed = True
    comment.save(
        update_fields=[
            "is_removed",
            "is_public",
            "hidden_at",
            "hidden_reason",
            "hidden_by",
            "reviewed",
        ]
    )
    CommentFlag.objects.get_or_create(
        comment_id=comment.pk, user=moderator, flag=CommentFlag.MODERATOR_APPROVAL
    )


# --- Peer signals ----------------------------------------------------------------------


@dataclass
class PeerSignals:
    """Cities that confirmed a learning or adopted an experiment, and what the
    viewer's city may do."""

    entries: list
    viewer: Viewer
    own: object = None
    own_lab: bool = False

    @property
    def can_sign(self):
        return self.viewer.can_sign and not self.own_lab

    @property
    def count(self):
        return len(self.entries)


def _peer_signals(request, page, queryset):
    viewer = viewer_for(request)
    entries = list(queryset.select_related("city"))
    own = None
    if viewer.city is not None:
        own = next((e for e in entries if e.city_id == viewer.city.pk), None)
    own_lab = False
    if viewer.city is not None and getattr(page, "lab_id", None):
        from .templatetags.site_tags import page_lab

        # Lab and city in one query, cached on the page for the template too.
        lab = page_lab(page)
        own_lab = bool(lab and lab.city_id == viewer.city.pk)
    return PeerSignals(entries=entries, viewer=viewer, own=own, own_lab=own_lab)


def adoptions_for(request, experiment):
    return _peer_signals(
        request, experiment, ExperimentAdoption.objects.filter(experiment=experiment)
    )


def confirmations_for(request, learning):
    confirmation = apps.get_model("knowledge", "LearningConfirmation")
    return _peer_signals(
        request, learning, confirmation.objects.filter(learning=learning)
    )


class PeerSignalForm(forms.Form):
    note = forms.CharField(
        label=_("Kurze Notiz (freiwillig)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Bitte höchstens %(limit_value)d Zeichen.")},
    )
    kind = forms.ChoiceField(
        label=_("Was trifft zu?"),
        choices=AdoptionKind.choices,
        initial=AdoptionKind.ADOPTED,
        widget=forms.RadioSelect,
        required=False,
    )

    def clean_note(self):
        return clean_note(self.cleaned_data["note"])


def recipients_with_preferences(users, kind):
    """Active users with an email address whose preference for `kind` is on
    (default on when they never changed it)."""
    from .models import NotificationPreference

    users = [u for u in users if u.is_active and u.email]
    off = set(
        NotificationPreference.objects.filter(
            user__in=[u.pk for u in users], **{kind: False}
        ).values_list("user_id", flat=True)
    )
    return [u for u in users if u.pk not in off]


def lab_editors(page):
    """Editors of the lab that owns the page: the group "Pilotstadt <City>"."""
    lab_id = getattr(page, "lab_id", None)
    if not lab_id:
        return []
    lab = (
        apps.get_model("labs", "LabPage").objects.select_related("city").get(pk=lab_id)
    )
    return list(roles.pilot_editors(lab.city))


def association_editors():
    return list(roles.association_editors().distinct().order_by("pk"))


def admin_url_for(comment):
    return reverse("labs_comment_moderate", args=[comment.pk])

"""Discussions under experiments, learnings and discussion pages.

Who may read and write, a page's thread in ONE query (the tree is built in Python,
django-comments-xtd's tree template tags would cost queries per comment), the
comment form with its abuse limits, posting, following and the peer signals.
The forms are in `labs.discussions.forms`, the views in `labs.discussions.views`,
the emails in `labs.notifications`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

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
from django_comments.models import CommentFlag
from wagtail.models import Page, PageViewRestriction

from .. import extensions, roles
from ..links import access_request_url
from ..models import ASSOCIATION_NAME, Membership, NotificationPreference, ThreadFollow
from ..models.comments import (
    ACTIVE,
    THREADS_PER_PAGE,
    VISIBLE,
    Comment,
    CommentStats,
    CommentSubmission,
    ExperimentAdoption,
)
from ..parsing import parse_page_number
from ..queries import page_lab
from ..text import plain_text
from .forms import CommentForm, submission_key

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
    site_settings = extensions.site_settings_model()
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
    access_url: str = field(default_factory=access_request_url)

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
    )
    if not viewer.is_authenticated:
        # Only visitors see the login link. It leads back to the address they read
        # the page at: the page's own URL without a lookup of the Site (a query).
        discussion.login_url = login_url(request, request.path + "#beitraege")
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


def post_comment(form, on_created=None):
    """Store the comment of a valid form, or return the earlier one on a double
    submission. Returns (comment, created); (None, False) if a parallel request
    with the same form failed to store it. `on_created(comment)` runs in the
    transaction that stores a new comment (the view queues its notifications
    there: stored together or not at all).

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
            if on_created is not None:
                on_created(comment)
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
        # Lab and city in one query, cached on the page for the template too.
        lab = page_lab(page)
        own_lab = bool(lab and lab.city_id == viewer.city.pk)
    return PeerSignals(entries=entries, viewer=viewer, own=own, own_lab=own_lab)


def adoptions_for(request, experiment):
    return _peer_signals(
        request, experiment, ExperimentAdoption.objects.filter(experiment=experiment)
    )


def confirmations_for(request, learning):
    confirmation = extensions.learning_confirmation_model()
    return _peer_signals(
        request, learning, confirmation.objects.filter(learning=learning)
    )


def recipients_with_preferences(users, kind):
    """Active users with an email address whose preference for `kind` is on
    (default on when they never changed it)."""

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

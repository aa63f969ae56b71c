"""The discussion views: posting and replying, editing and withdrawing one's own
comment, reporting, following, one-click unsubscribing, notification settings and
the peer signals ("Das kennen wir auch", "Übernommen von").

Only these views are routed (labs/discussions/urls.py); django-comments-xtd's own URLs (its
REST API, anonymous posting, pickled confirmation and mute links) are never
mounted. Every view checks that the page is live and that the viewer passes its
Wagtail view restrictions.
"""

from django.contrib import messages
from django.core import signing
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from .. import extensions, notifications
from ..links import access_request_url
from ..models import ExperimentPage, NotificationPreference, Theme, ThreadFollow
from ..models.comments import Comment, CommentReport, ExperimentAdoption
from ..parsing import parse_id
from . import comments as discussion
from . import forms as discussion_forms


def _require_member(request, next_url):
    """None if the viewer may post, else the response: login or a refusal."""
    viewer = discussion.viewer_for(request)
    if not viewer.is_authenticated:
        return redirect(discussion.login_url(request, next_url))
    if not viewer.can_post:
        return render(
            request,
            "comments/not_allowed.html",
            {"access_url": access_request_url()},
            status=403,
        )
    return None


def _target(request, comment):
    return discussion.comment_url(comment, comment.page)


# --- Posting --------------------------------------------------------------------------


def _announce(comment):
    """Queue the worker's mails about a new comment (in the transaction that stores
    it; see labs/notifications.py)."""
    notifications.announce_comment.enqueue(comment.pk, notifications.base_url())


@require_POST
def comment_post(request, page_id):
    page = discussion.commentable_page(page_id, request)
    refused = _require_member(request, page.url + "#beitraege")
    if refused:
        return refused
    viewer = discussion.viewer_for(request)
    parent = None
    reply_to = parse_id(request.POST.get("reply_to"))
    if reply_to:
        parent = (
            Comment.objects.filter(discussion.VISIBLE, pk=reply_to, page_id=page.pk)
            .select_related("author_city")
            .first()
        )
    form = discussion_forms.CommentForm(
        page, request.POST, viewer=viewer, parent=parent
    )
    if form.is_valid():
        comment, created = discussion.post_comment(form, on_created=_announce)
        if comment is None:
            messages.info(
                request,
                _("Ihr Beitrag wird gerade gespeichert; er erscheint nur einmal."),
            )
            return HttpResponseRedirect(page.url + "#beitraege")
        if created:
            messages.success(request, _("Ihr Beitrag ist veröffentlicht."))
        else:
            messages.info(
                request,
                _("Dieser Beitrag war schon gespeichert; er erscheint nur einmal."),
            )
        return HttpResponseRedirect(discussion.comment_url(comment, page))
    if parent is not None:
        return render(
            request,
            "comments/reply.html",
            {"target_page": page, "parent": parent, "form": form},
        )
    # Errors on a new comment: the page again, with the form and its errors.
    request._comment_form = form
    return page.serve(request)


def comment_reply(request, pk):
    """The reply form on its own page (works without JavaScript)."""
    comment = discussion.visible_comment(pk, request, include_hidden=False)
    refused = _require_member(request, request.path)
    if refused:
        return refused
    if not comment.can_have_replies:
        messages.info(
            request,
            _(
                "Antworten sind bis zur dritten Ebene möglich. Bitte antworten Sie "
                "auf den Beitrag darüber."
            ),
        )
        return HttpResponseRedirect(_target(request, comment))
    form = discussion_forms.CommentForm(
        comment.page, viewer=discussion.viewer_for(request), parent=comment
    )
    return render(
        request,
        "comments/reply.html",
        {"target_page": comment.page, "parent": comment, "form": form},
    )


# --- Editing, withdrawing, reporting --------------------------------------------------


def _own_comment(request, pk):
    comment = discussion.visible_comment(pk, request)
    viewer = discussion.viewer_for(request)
    if not discussion.can_change(comment, viewer):
        raise Http404
    return comment


@require_http_methods(["GET", "POST"])
def comment_edit(request, pk):
    refused = _require_member(request, request.path)
    if refused:
        return refused
    comment = _own_comment(request, pk)
    if request.method == "POST":
        form = discussion_forms.EditForm(request.POST)
        if form.is_valid():
            if discussion.edit_comment(comment, form.cleaned_data["comment"]):
                messages.success(request, _("Ihr Beitrag ist geändert."))
            return HttpResponseRedirect(_target(request, comment))
    else:
        form = discussion_forms.EditForm(initial={"comment": comment.comment})
    return render(
        request,
        "comments/edit.html",
        {"target_page": comment.page, "comment": comment, "form": form},
    )


@require_http_methods(["GET", "POST"])
def comment_withdraw(request, pk):
    refused = _require_member(request, request.path)
    if refused:
        return refused
    comment = _own_comment(request, pk)
    if request.method == "POST":
        discussion.withdraw_comment(comment)
        messages.success(
            request,
            _("Ihr Beitrag ist zurückgezogen. Antworten darauf bleiben sichtbar."),
        )
        return HttpResponseRedirect(_target(request, comment))
    return render(
        request,
        "comments/withdraw.html",
        {"target_page": comment.page, "comment": comment},
    )


@require_http_methods(["GET", "POST"])
def comment_report(request, pk):
    refused = _require_member(request, request.path)
    if refused:
        return refused
    comment = discussion.visible_comment(pk, request, include_hidden=False)
    viewer = discussion.viewer_for(request)
    already = CommentReport.objects.filter(comment=comment, user=viewer.user).exists()
    if already:
        messages.info(
            request,
            _("Sie haben diesen Beitrag bereits gemeldet. Die Redaktion prüft ihn."),
        )
        return HttpResponseRedirect(_target(request, comment))
    if request.method == "POST":
        form = discussion_forms.ReportForm(request.POST)
        if form.is_valid():
            try:
                with transaction.atomic():
                    report = CommentReport.objects.create(
                        comment=comment,
                        user=viewer.user,
                        reason=form.cleaned_data["reason"],
                        note=form.cleaned_data["note"].strip(),
                    )
                    Comment.objects.filter(pk=comment.pk).update(reviewed=False)
                    # With the report or not at all (labs/notifications.py).
                    notifications.announce_report.enqueue(
                        report.pk, notifications.base_url()
                    )
            except IntegrityError:
                pass
            messages.success(
                request,
                _(
                    "Danke für Ihre Meldung. Die Redaktion prüft den Beitrag und "
                    "entscheidet, ob er sichtbar bleibt."
                ),
            )
            return HttpResponseRedirect(_target(request, comment))
    else:
        form = discussion_forms.ReportForm()
    return render(
        request,
        "comments/report.html",
        {"target_page": comment.page, "comment": comment, "form": form},
    )


def comment_permalink(request, pk):
    comment = discussion.visible_comment(pk, request)
    return HttpResponseRedirect(_target(request, comment))


# --- Following and notifications -----------------------------------------------------


@require_POST
def follow_toggle(request, page_id):
    page = discussion.commentable_page(page_id, request)
    refused = _require_member(request, page.url + "#beitraege")
    if refused:
        return refused
    user = discussion.viewer_for(request).user
    if request.POST.get("action") == "unfollow":
        discussion.unfollow(user, page.pk)
        messages.success(request, _("Sie folgen dieser Diskussion nicht mehr."))
    else:
        discussion.follow(user, page)
        messages.success(
            request,
            _("Sie folgen dieser Diskussion und erhalten neue Beiträge per E-Mail."),
        )
    # No fragment: the confirmation has autofocus, which browsers skip when the
    # address points at an element.
    return HttpResponseRedirect(page.url)


def _invalid_unsubscribe(request):
    return render(request, "comments/unsubscribe.html", {"invalid": True}, status=400)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One click from an email switches the notification off; the page offers to
    undo it. Mail programs unsubscribe by POSTing `List-Unsubscribe=One-Click`
    (RFC 8058) without cookies: that POST needs no CSRF token, the signed token in
    the URL is its proof. Every other POST (undo) is CSRF-protected."""
    if request.method == "POST" and request.POST.get("List-Unsubscribe") == "One-Click":
        try:
            user, kind, page_id = notifications.read_token(token)
        except signing.BadSignature:
            return _invalid_unsubscribe(request)
        notifications.apply_unsubscribe(user, kind, page_id)
        return render(request, "comments/unsubscribe.html", {"kind": kind})
    return _unsubscribe_page(request, token)


@csrf_protect
def _unsubscribe_page(request, token):
    try:
        user, kind, page_id = notifications.read_token(token)
    except signing.BadSignature:
        return _invalid_unsubscribe(request)
    page = None
    if page_id and kind in (notifications.FOLLOW, notifications.FOLLOW_LAB):
        page = Page.objects.filter(pk=page_id).first()
    theme = None
    if page_id and kind == notifications.FOLLOW_THEME:
        theme = Theme.objects.filter(pk=page_id).first()
    undo = request.method == "POST" and request.POST.get("action") == "undo"
    if undo:
        notifications.undo_unsubscribe(user, kind, page_id)
    else:
        notifications.apply_unsubscribe(user, kind, page_id)
    return render(
        request,
        "comments/unsubscribe.html",
        {
            "kind": kind,
            "target_page": page if page and page.live else None,
            "theme": theme,
            "undone": undo,
            "token": token,
        },
    )


@require_http_methods(["GET", "POST"])
def notification_settings(request):
    viewer = discussion.viewer_for(request)
    if not viewer.is_authenticated:
        return redirect(discussion.login_url(request, request.path))
    preference = NotificationPreference.for_user(viewer.user)
    kinds = [
        ("replies", NotificationPreference._meta.get_field("replies").verbose_name),
        (
            "lab_comments",
            NotificationPreference._meta.get_field("lab_comments").verbose_name,
        ),
    ]
    if viewer.is_moderator:
        kinds.append(
            (
                "moderation",
                NotificationPreference._meta.get_field("moderation").verbose_name,
            )
        )
    if request.method == "POST":
        if request.POST.get("unfollow"):
            ThreadFollow.objects.filter(
                user=viewer.user, pk=parse_id(request.POST["unfollow"])
            ).delete()
            messages.success(request, _("Sie folgen dieser Diskussion nicht mehr."))
        else:
            for name, _label in kinds:
                setattr(preference, name, bool(request.POST.get(name)))
            preference.save()
            messages.success(request, _("Ihre Einstellungen sind gespeichert."))
        return redirect("labs:notification_settings")
    follows = (
        ThreadFollow.objects.filter(user=viewer.user, page__live=True)
        .select_related("page")
        .order_by("page__title")
    )
    return render(
        request,
        "comments/settings.html",
        {
            "kinds": [
                {"name": name, "label": label, "on": getattr(preference, name)}
                for name, label in kinds
            ],
            "follows": follows,
        },
    )


# --- Peer signals ----------------------------------------------------------------------


@require_POST
def peer_signal(request, page_id):
    """Add or withdraw "Das kennen wir auch" (learning) or "Übernommen von"
    (experiment) for the viewer's city."""
    page = discussion.commentable_page(page_id, request)
    refused = _require_member(request, page.url + "#rueckmeldungen")
    if refused:
        return refused
    viewer = discussion.viewer_for(request)
    anchor = page.url + "#rueckmeldungen"
    if viewer.city is None:
        messages.error(
            request,
            _("Nur Konten einer Mitgliedsstadt können für ihre Stadt zustimmen."),
        )
        return HttpResponseRedirect(anchor)
    if isinstance(page, ExperimentPage):
        model, lookup = ExperimentAdoption, {"experiment": page}
    else:
        model = extensions.learning_confirmation_model()
        if not isinstance(page, model._meta.get_field("learning").related_model):
            raise Http404
        lookup = {"learning": page}
    if getattr(page, "lab_id", None) and page.lab.city_id == viewer.city.pk:
        messages.error(request, _("Das ist eine Seite Ihres eigenen StadtLabors."))
        return HttpResponseRedirect(anchor)
    existing = model.objects.filter(city=viewer.city, **lookup)
    if request.POST.get("action") == "withdraw":
        existing.delete()
        messages.success(request, _("Der Eintrag Ihrer Stadt ist zurückgenommen."))
        return HttpResponseRedirect(anchor)
    form = discussion_forms.PeerSignalForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return HttpResponseRedirect(anchor)
    values = {"note": form.cleaned_data["note"].strip(), "user": viewer.user}
    if model is ExperimentAdoption:
        values["kind"] = form.cleaned_data["kind"] or "uebernommen"
    try:
        with transaction.atomic():
            model.objects.update_or_create(city=viewer.city, defaults=values, **lookup)
    except IntegrityError:
        pass
    messages.success(
        request,
        _("Eingetragen für %(city)s. Danke für die Rückmeldung!")
        % {"city": viewer.city.name},
    )
    return HttpResponseRedirect(anchor)

"""Emails about discussions, in German, each saying why the recipient gets it and
with a one-click link to stop it.

- new comment: to those who follow the thread, to the author of the comment that
  was answered, and to the editors of the lab that owns the page ("Pilotstadt
  <City>"); never to the author; only to people who may see the page;
- report ("Inhalt melden"): to the Redaktion;
- moderation (hidden, removed): to the author, with the reason.

Unsubscribe links carry a signed token (django.core.signing, own salt, JSON, with
an expiry), never pickled data.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task
from wagtail.models import Page, Site

from . import extensions, outbox
from .discussions import comments as discussion
from .links import base_url
from .models import (
    CommentReport,
    DigestFrequency,
    LabPage,
    NotificationPreference,
    Theme,
    ThreadFollow,
)
from .models.follows import LabFollow, ThemeFollow

UNSUBSCRIBE_SALT = "stadtlabore.notifications.unsubscribe"
UNSUBSCRIBE_MAX_AGE = 60 * 60 * 24 * 180  # half a year
KINDS = ("replies", "lab_comments", "moderation", "follows")
FOLLOW = "follow"
# Following a lab or a theme (p = its id) and the digest (p = the frequency before).
FOLLOW_LAB = "follow_lab"
FOLLOW_THEME = "follow_theme"
DIGEST = "digest"


# --- Links -------------------------------------------------------------------------


def absolute(path, root=None):
    if path.startswith(("http://", "https://")):
        return path
    return (root or base_url()) + path


def make_token(user, kind, page_id=None):
    payload = {"u": user.pk, "k": kind}
    if page_id:
        payload["p"] = page_id
    return signing.dumps(payload, salt=UNSUBSCRIBE_SALT, compress=True)


def read_token(token):
    """(user, kind, page_id) or raise signing.BadSignature (also when expired)."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)
    kind = data.get("k")
    if kind not in (*KINDS, FOLLOW, FOLLOW_LAB, FOLLOW_THEME, DIGEST):
        raise signing.BadSignature("unknown kind")
    user = get_user_model().objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None:
        raise signing.BadSignature("unknown user")
    return user, kind, data.get("p")


def unsubscribe_url(user, kind, page_id=None, root=None):
    path = reverse("labs:unsubscribe", args=[make_token(user, kind, page_id)])
    return absolute(path, root)


def apply_unsubscribe(user, kind, page_id=None):
    if kind == FOLLOW:
        ThreadFollow.objects.filter(user=user, page_id=page_id).delete()
    elif kind == FOLLOW_LAB:
        for follow in LabFollow.objects.filter(user=user, lab_id=page_id):
            follow.delete()
    elif kind == FOLLOW_THEME:
        for follow in ThemeFollow.objects.filter(user=user, theme_id=page_id):
            follow.delete()
    elif kind == DIGEST:
        preference = NotificationPreference.for_user(user)
        preference.digest = "never"
        preference.save(update_fields=["digest"])
    else:
        preference = NotificationPreference.for_user(user)
        setattr(preference, kind, False)
        preference.save(update_fields=[kind])


def undo_unsubscribe(user, kind, page_id=None):
    if kind == FOLLOW_LAB:
        if LabPage.objects.filter(pk=page_id).exists():
            LabFollow.objects.get_or_create(user=user, lab_id=page_id)
    elif kind == FOLLOW_THEME:
        if Theme.objects.filter(pk=page_id).exists():
            ThemeFollow.objects.get_or_create(user=user, theme_id=page_id)
    elif kind == DIGEST:
        preference = NotificationPreference.for_user(user)
        previous = page_id if page_id in DigestFrequency.values else "weekly"
        preference.digest = previous if previous != "never" else "weekly"
        preference.save(update_fields=["digest"])
    elif kind == FOLLOW:
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            discussion.follow(user, page)
    else:
        preference = NotificationPreference.for_user(user)
        setattr(preference, kind, True)
        preference.save(update_fields=[kind])


# --- Sending -------------------------------------------------------------------------


def _message(template, context, recipient, stop_url):
    subject = " ".join(
        render_to_string(f"comments/email/{template}_subject.txt", context).split()
    )
    body = render_to_string(f"comments/email/{template}.txt", context)
    headers = {}
    if stop_url:
        headers = {
            "List-Unsubscribe": f"<{stop_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient.email],
        headers=headers,
    )


def _send(messages):
    """Store the messages in the outbox; a worker sends them (labs/outbox.py)."""
    return outbox.send(messages)


def _common(root):

    site = Site.objects.filter(is_default_site=True).first()
    site_settings = extensions.site_settings_model().for_site(site) if site else None
    return {
        "site_name": site_settings.site_name
        if site_settings
        else getattr(settings, "WAGTAIL_SITE_NAME", "StadtLabore vor Ort"),
        "contact_email": site_settings.contact_email if site_settings else "",
        "settings_url": absolute(reverse("labs:notification_settings"), root),
    }


REASONS = {
    "reply": ("replies", False),
    FOLLOW: ("replies", True),
    "lab": ("lab_comments", False),
}


def new_comment_recipients(comment, page):
    """{user: reason} for a new comment: the answered author ("reply"), the
    followers ("follow"), the lab's editors ("lab"); the most specific reason wins."""
    found = {}
    if comment.level > 0:
        parent = (
            discussion.Comment.objects.filter(pk=comment.parent_id)
            .select_related("user")
            .first()
        )
        if parent is not None and parent.user_id and not parent.is_editorial:
            found[parent.user] = "reply"
    for follow in ThreadFollow.objects.filter(page_id=page.pk).select_related("user"):
        found.setdefault(follow.user, FOLLOW)
    for editor in discussion.lab_editors(page):
        found.setdefault(editor, "lab")
    found = {
        user: reason for user, reason in found.items() if user.pk != comment.user_id
    }
    restrictions = list(page.get_view_restrictions())
    allowed = {}
    for reason in ("reply", FOLLOW, "lab"):
        users = [user for user, why in found.items() if why == reason]
        kind = REASONS[reason][0]
        for user in discussion.recipients_with_preferences(users, kind):
            if discussion.user_can_view_page(user, page, restrictions):
                allowed[user] = reason
    return allowed


def notify_new_comment(comment, page=None, root=None):
    page = page or comment.page.specific
    root = root or base_url()
    recipients = new_comment_recipients(comment, page)
    url = absolute(discussion.comment_url(comment, page), root)
    messages = []
    for user, reason in recipients.items():
        kind, per_thread = REASONS[reason]
        stop_url = (
            unsubscribe_url(user, FOLLOW, page.pk, root)
            if per_thread
            else unsubscribe_url(user, kind, root=root)
        )
        context = {
            **_common(root),
            "recipient": user,
            "comment": comment,
            "page": page,
            "lab": getattr(page, "lab", None) if reason == "lab" else None,
            "reason": reason,
            "comment_url": url,
            "stop_url": stop_url,
        }
        messages.append(_message("new_comment", context, user, stop_url))
    return _send(messages)


@task(backend=outbox.MAIL_TASK_BACKEND, queue_name=outbox.MAIL_QUEUE)
def announce_comment(comment_id: int, root: str = "") -> int:
    """The worker's half of a new comment: find the recipients and queue one mail
    each. The request only enqueues this task, so that a thread with 500 followers
    costs it no more than one with none; it passes its own scheme and host (`root`)
    for the links, as if the mail were written during the request."""
    comment = discussion.Comment.objects.filter(pk=comment_id).first()
    if comment is None:
        return 0
    return notify_new_comment(comment, root=root or None)


@task(backend=outbox.MAIL_TASK_BACKEND, queue_name=outbox.MAIL_QUEUE)
def announce_report(report_id: int, root: str = "") -> int:
    """The worker's half of a report: mail the Redaktion."""
    report = (
        CommentReport.objects.filter(pk=report_id).select_related("comment").first()
    )
    if report is None:
        return 0
    return notify_report(report, root=root or None)


def notify_report(report, root=None):
    comment = report.comment
    page = comment.page.specific
    root = root or base_url()
    editors = discussion.recipients_with_preferences(
        discussion.association_editors(), "moderation"
    )
    messages = []
    for user in editors:
        if user.pk == report.user_id:
            continue
        stop_url = unsubscribe_url(user, "moderation", root=root)
        context = {
            **_common(root),
            "recipient": user,
            "report": report,
            "comment": comment,
            "page": page,
            "moderate_url": absolute(discussion.admin_url_for(comment), root),
            "comment_url": absolute(discussion.comment_url(comment, page), root),
            "stop_url": stop_url,
        }
        messages.append(_message("report", context, user, stop_url))
    return _send(messages)


def notify_moderation(comment, action, reason):
    """Tell the author why their comment was hidden or removed (Art. 17 DSA)."""
    user = comment.user
    if user is None or not user.is_active or not user.email:
        return 0
    page = comment.page.specific
    root = base_url()
    context = {
        **_common(root),
        "recipient": user,
        "comment": comment,
        "page": page,
        "action": action,
        "reason": reason,
        "page_url": absolute(page.url or "/", root),
    }
    return _send([_message("moderation", context, user, None)])

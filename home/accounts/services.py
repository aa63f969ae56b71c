"""What happens to member accounts: requests for access and their approval or
decline, the export of one's own data (Art. 15/20 DSGVO) and account deletion
(Art. 17 DSGVO). Views and admin views call these functions; tests too."""

from __future__ import annotations

import logging

import django_comments
from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from labs import outbox, personal_data
from labs.links import base_url
from labs.members import (
    MemberError,
    find_user,
    password_set_link,
    pilot_group,
    save_member,
)
from labs.models import Membership, NotificationPreference, ThreadFollow
from labs.parsing import parse_id
from labs.roles import association_editors

from ..models import AccessRequest, AccessRequestStatus

logger = logging.getLogger(__name__)


def send_templated_mail(template: str, recipients, context: dict) -> None:
    """Render templates/account/email/<template>_subject.txt and <template>.txt and
    queue them in the outbox (labs/outbox.py). Inside a transaction (approval, decline)
    the mail is stored with the decision, so nobody is approved without getting the
    link, and a mail server that is down delays the mail instead of failing the
    request."""
    context = {"base_url": base_url(), **context}
    subject = " ".join(
        render_to_string(f"account/email/{template}_subject.txt", context).split()
    )
    body = render_to_string(f"account/email/{template}.txt", context)
    recipients = [address for address in recipients if address]
    if not recipients:
        return
    outbox.send([EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)])


# --- Zugang beantragen ----------------------------------------------------------


def submit_access_request(form) -> AccessRequest | None:
    """Store a valid request, unless the address already has an account (then that
    person gets a mail with a link to set a new password) or a request of the same
    address is still open. The visitor sees the same confirmation in every case, so
    that the form does not reveal who has an account."""
    email = form.cleaned_data["email"]
    user = find_user(email)
    if user is not None:
        send_templated_mail(
            "access_request_existing",
            [user.email],
            {
                "name": user.get_full_name() or form.cleaned_data["name"],
                "reset_url": base_url() + reverse("konto:password_reset"),
            },
        )
        return None
    if AccessRequest.objects.filter(
        email__iexact=email, status=AccessRequestStatus.PENDING
    ).exists():
        return None
    access_request = form.save()
    editors = association_editors().filter(is_active=True).exclude(email="")
    send_templated_mail(
        "access_request_new",
        sorted({editor.email for editor in editors}),
        {
            "request": access_request,
            "admin_url": base_url() + reverse("home_accessrequest_modeladmin_index"),
        },
    )
    return access_request


class AccessRequestError(ValueError):
    """The request cannot be approved or declined; German message."""


def _lock_pending(access_request):
    """The request, locked until the transaction ends; refused if it was decided
    already (by someone else, in the meantime)."""
    access_request = AccessRequest.objects.select_for_update().get(pk=access_request.pk)
    if not access_request.is_pending:
        raise AccessRequestError(
            _("Diese Anfrage wurde bereits entschieden (%(status)s).")
            % {"status": access_request.get_status_display()}
        )
    return access_request


def _decide(access_request, status, by):
    access_request.status = status
    access_request.decided_at = timezone.now()
    access_request.decided_by = by if getattr(by, "pk", None) else None


def approve_access_request(
    access_request: AccessRequest, *, by, pilot_editor: bool = False
):
    """Create the account (with membership) and mail a one-time link where the person
    sets a password. Refused if the request was decided already or the address has
    an account by now."""
    with transaction.atomic():
        access_request = _lock_pending(access_request)
        existing = find_user(access_request.email)
        if existing is not None:
            raise AccessRequestError(
                _(
                    "Für %(email)s gibt es bereits ein Konto. Bitte lehnen Sie die "
                    "Anfrage ab oder prüfen Sie das vorhandene Konto."
                )
                % {"email": access_request.email}
            )
        try:
            saved = save_member(
                email=access_request.email,
                city=access_request.city,
                name=access_request.name,
                function=access_request.function,
                pilot_editor=pilot_editor,
            )
        except MemberError as exc:
            raise AccessRequestError(str(exc)) from exc
        _decide(access_request, AccessRequestStatus.APPROVED, by)
        access_request.save()
        send_templated_mail(
            "access_request_approved",
            [saved.user.email],
            {
                "request": access_request,
                "user": saved.user,
                "set_password_url": password_set_link(saved.user),
                "reset_url": base_url() + reverse("konto:password_reset"),
                "login_url": base_url() + reverse("konto:login"),
                "timeout_days": settings.PASSWORD_RESET_TIMEOUT // 86400,
            },
        )
    return saved.user


def decline_access_request(access_request: AccessRequest, *, by, note: str = ""):
    with transaction.atomic():
        access_request = _lock_pending(access_request)
        _decide(access_request, AccessRequestStatus.DECLINED, by)
        access_request.decline_note = note.strip()
        access_request.save()
        send_templated_mail(
            "access_request_declined",
            [access_request.email],
            {"request": access_request},
        )
    return access_request


def send_invitation(user) -> None:
    """The mail of an approved request, for accounts created by import."""
    membership = Membership.objects.filter(user=user).select_related("city").first()
    send_templated_mail(
        "invitation",
        [user.email],
        {
            "user": user,
            "city": membership.city if membership else None,
            "set_password_url": password_set_link(user),
            "reset_url": base_url() + reverse("konto:password_reset"),
            "timeout_days": settings.PASSWORD_RESET_TIMEOUT // 86400,
        },
    )


def can_be_pilot_editor(access_request: AccessRequest) -> bool:
    return pilot_group(access_request.city) is not None


# --- Export ---------------------------------------------------------------------


def _page_info(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return None
    return {
        "id": page.pk,
        "titel": page.title,
        "adresse": base_url() + page.url if page.live and page.url else None,
    }


def _fields_of(obj, exclude=()):
    return {
        field.name: field.value_from_object(obj)
        for field in obj._meta.concrete_fields
        if field.name not in exclude
    }


def comment_model():
    """The comment model of django-comments(-xtd), or None where it is not set up."""
    if not apps.is_installed("django_comments"):
        return None
    try:
        return django_comments.get_model()
    except Exception:  # noqa: BLE001 – a missing or half-configured comments app
        logger.warning("Kommentarmodell nicht verfügbar", exc_info=True)
        return None


def comments_of(user) -> list[dict]:
    model = comment_model()
    if model is None or "user" not in {f.name for f in model._meta.get_fields()}:
        return []
    comments = []
    for comment in model.objects.filter(user=user).order_by("pk"):
        entry = _fields_of(comment)
        object_pk = getattr(comment, "object_pk", None)
        page_id = parse_id(str(object_pk or ""))
        if page_id:
            entry["seite"] = _page_info(page_id)
        comments.append(entry)
    return comments


def other_records_of(user) -> dict:
    """Rows of the models registered in labs.personal_data (reports, peer signals
    and whatever later models hold about the person)."""
    return personal_data.export_registered(user, _page_info)


def export_data(user) -> dict:
    """Everything the platform stores about the person, as JSON-ready data."""
    membership = Membership.objects.filter(user=user).select_related("city").first()
    preference = NotificationPreference.objects.filter(user=user).first()
    follows = ThreadFollow.objects.filter(user=user).order_by("created_at")
    requests = AccessRequest.objects.filter(email__iexact=user.email).select_related(
        "city"
    )
    image_model, document_model = get_image_model(), get_document_model()
    return {
        "exportiert_am": timezone.now(),
        "plattform": base_url(),
        "konto": {
            "benutzername": user.get_username(),
            "e_mail": user.email,
            "vorname": user.first_name,
            "nachname": user.last_name,
            "aktiv": user.is_active,
            "angelegt_am": user.date_joined,
            "letzte_anmeldung": user.last_login,
            "gruppen": sorted(user.groups.values_list("name", flat=True)),
        },
        "mitgliedschaft": {
            "stadt": membership.city.name if membership and membership.city else None,
            "angezeigt_als": membership.affiliation if membership else None,
            "funktion": membership.function if membership else None,
            "angelegt_am": membership.created_at if membership else None,
        },
        "benachrichtigungen": {
            "antworten_in_verfolgten_diskussionen": preference.replies,
            "beitraege_im_eigenen_stadtlabor": preference.lab_comments,
            "gemeldete_beitraege": preference.moderation,
            "neues_in_gefolgten_laboren_und_feldern": preference.follows,
            "zusammenfassung": preference.get_digest_display(),
            "letzte_zusammenfassung": preference.last_digest_at,
        }
        if preference
        else None,
        "verfolgte_diskussionen": [
            {**(_page_info(follow.page_id) or {}), "seit": follow.created_at}
            for follow in follows
        ],
        "zugangsanfragen": [
            {
                "name": r.name,
                "e_mail": r.email,
                "stadt": r.city.name,
                "funktion": r.function,
                "nachricht": r.message,
                "status": r.get_status_display(),
                "eingegangen_am": r.created_at,
                "entschieden_am": r.decided_at,
            }
            for r in requests
        ],
        "beitraege": comments_of(user),
        "weitere_daten": other_records_of(user),
        "seiten_als_eigentuemer": [
            {"id": pk, "titel": title, "veroeffentlicht": live}
            for pk, title, live in Page.objects.filter(owner=user)
            .order_by("path")
            .values_list("pk", "title", "live")
        ],
        "hochgeladene_bilder": list(
            image_model.objects.filter(uploaded_by_user=user).values(
                "id", "title", "created_at"
            )
        ),
        "hochgeladene_dokumente": list(
            document_model.objects.filter(uploaded_by_user=user).values(
                "id", "title", "created_at"
            )
        ),
    }


# --- Deletion -------------------------------------------------------------------


def delete_account(user) -> None:
    """Delete the account and the personal data that hangs on it: membership,
    notification settings and follows go with the user row (CASCADE), requests for
    access of the address are deleted here. Comments stay in their threads; the
    comments app anonymises them when the user is deleted. Pages, revisions and
    uploads keep their content and lose the link to the person (Wagtail: SET_NULL)."""
    with transaction.atomic():
        AccessRequest.objects.filter(email__iexact=user.email).delete()
        user.delete()

"""The forms of the discussions: a contribution (with its abuse limits), its edit,
a report ("Inhalt melden") and a peer signal, and the checks they share."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_comments.forms import CommentSecurityForm

from ..models.comments import (
    DUPLICATE_SECONDS,
    MAX_DEPTH,
    MAX_LENGTH,
    MAX_LINKS,
    RATE_LIMIT_COUNT,
    RATE_LIMIT_MINUTES,
    VISIBLE,
    AdoptionKind,
    Comment,
    ReportReason,
)
from ..parsing import MAX_ID
from ..text import is_blank, link_count, plain_text


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


class EditForm(forms.Form):
    comment = CommentForm.base_fields["comment"]

    def clean_comment(self):
        return clean_contribution(self.cleaned_data["comment"])


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

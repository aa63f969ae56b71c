"""The form "Beratung anfragen" of the Fachberatung.

A valid request is stored (`ConsultationRequest`, status "neu"), mailed to the
Fachberatung's mailbox (site settings) with the sender as Reply-To, and confirmed to
the sender. Spam protection without third-party services:

* a honeypot field that people do not see (hidden by the stylesheet, skipped by
  screen readers and the keyboard) and robots fill in,
* a signed timestamp: a form sent back faster than `CONSULTATION_MIN_SECONDS`
  (default 3) after it was shown, or older than a day, is refused,
* a rate limit (`labs.ratelimit`), per session and per (hashed, never stored) client
  address, which behind reverse proxies is the sender's, not the proxy's
  (TRUSTED_PROXY_COUNT): `CONSULTATION_RATE_LIMIT` requests (default 5) per hour.
  Only stored requests count.

Bad input gets German field errors; then nothing is stored and nobody is mailed.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from labs import outbox, ratelimit
from labs.links import base_url
from labs.models import City, Membership, Theme

from ..forms import AccessibleFormMixin

# The leaf modules, not the package: the Fachberatung page (home.models.offers)
# imports this view.
from ..models.consultation_requests import ConsultationRequest
from ..models.pages import ContentPage
from ..models.site_settings import SiteSettings

TOKEN_SALT = "home.consultation.form"  # noqa: S105 – a salt, not a secret
TOKEN_MAX_AGE = 24 * 60 * 60
OTHER_TOPIC = "sonstiges"
RATE_SCOPE = "beratung"
RATE_WINDOW = 60 * 60
HONEYPOT = "website"


def min_seconds():
    return getattr(settings, "CONSULTATION_MIN_SECONDS", 3)


def rate_limit():
    return getattr(settings, "CONSULTATION_RATE_LIMIT", 5)


def form_token(now=None):
    """The signed time at which the form was shown."""
    return signing.dumps(int(now if now is not None else time.time()), salt=TOKEN_SALT)


class ConsultationForm(AccessibleFormMixin, forms.Form):
    city = forms.ModelChoiceField(
        label=gettext_lazy("Mitgliedsstadt"),
        queryset=City.objects.all(),
        empty_label=gettext_lazy("Bitte wählen …"),
        error_messages={
            "required": gettext_lazy("Bitte wählen Sie Ihre Mitgliedsstadt."),
            "invalid_choice": gettext_lazy(
                "Bitte wählen Sie eine Mitgliedsstadt aus der Liste."
            ),
        },
    )
    topic = forms.ChoiceField(
        label=gettext_lazy("Thema"),
        error_messages={
            "required": gettext_lazy("Bitte wählen Sie ein Thema."),
            "invalid_choice": gettext_lazy("Bitte wählen Sie ein Thema aus der Liste."),
        },
    )
    message = forms.CharField(
        label=gettext_lazy("Ihr Anliegen"),
        max_length=3000,
        min_length=20,
        help_text=gettext_lazy(
            "Worum geht es, was haben Sie schon versucht, bis wann brauchen Sie "
            "eine Antwort? Höchstens 3.000 Zeichen."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": gettext_lazy("Bitte beschreiben Sie Ihr Anliegen."),
            "min_length": gettext_lazy(
                "Bitte beschreiben Sie Ihr Anliegen in ein, zwei Sätzen "
                "(mindestens %(limit_value)d Zeichen)."
            ),
            "max_length": gettext_lazy(
                "Bitte fassen Sie sich kürzer (höchstens %(limit_value)d Zeichen, "
                "jetzt %(show_value)d)."
            ),
        },
    )
    name = forms.CharField(
        label=gettext_lazy("Ihr Name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": gettext_lazy("Bitte geben Sie Ihren Namen an.")},
    )
    email = forms.EmailField(
        label=gettext_lazy("Ihre E-Mail-Adresse"),
        help_text=gettext_lazy("An diese Adresse schicken wir die Antwort."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": gettext_lazy("Bitte geben Sie Ihre E-Mail-Adresse an."),
            "invalid": gettext_lazy(
                "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. "
                "name@stadt.example."
            ),
        },
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "Ich bin einverstanden, dass der Städtetag meine Angaben speichert und "
            "verwendet, um meine Anfrage zu beantworten."
        ),
        help_text=gettext_lazy(
            "Wir verwenden Ihre Angaben nur für diese Anfrage; die Redaktion des "
            "Städtetags sieht sie, sonst niemand."
        ),
        error_messages={
            "required": gettext_lazy(
                "Bitte stimmen Sie zu, damit wir Ihre Anfrage bearbeiten dürfen."
            )
        },
    )
    # Spam protection: see the module docstring.
    website = forms.CharField(
        label=gettext_lazy("Bitte dieses Feld leer lassen"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    spam_message = gettext_lazy(
        "Ihre Anfrage konnte nicht gesendet werden. Bitte füllen Sie das Formular "
        "in Ruhe aus und senden Sie es noch einmal."
    )
    expired_message = gettext_lazy(
        "Das Formular war zu lange geöffnet. Bitte prüfen Sie Ihre Angaben und "
        "senden Sie es noch einmal."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [
            ("", _("Bitte wählen …")),
            *[(theme.slug, theme.name) for theme in Theme.objects.all()],
            (OTHER_TOPIC, _("Sonstiges")),
        ]
        self.fields["started"].initial = form_token()
        self.is_spam = False

    @property
    def visible_fields_without_traps(self):
        return [self[name] for name in ("city", "topic", "message", "name", "email")]

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip()

    def clean_message(self):
        return self.cleaned_data["message"].strip()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            self.is_spam = True
            raise forms.ValidationError(self.spam_message, code="honeypot")
        try:
            started = signing.loads(
                cleaned.get("started") or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE
            )
        except signing.SignatureExpired as exc:
            raise forms.ValidationError(self.expired_message, code="expired") from exc
        except signing.BadSignature as exc:
            self.is_spam = True
            raise forms.ValidationError(self.spam_message, code="token") from exc
        if time.time() - int(started) < min_seconds():
            self.is_spam = True
            raise forms.ValidationError(self.spam_message, code="too_fast")
        return cleaned

    @property
    def theme(self):
        slug = self.cleaned_data["topic"]
        if slug == OTHER_TOPIC:
            return None
        return Theme.objects.filter(slug=slug).first()


# --- Rate limit ------------------------------------------------------------------------


def _senders(request):
    """Who sends, for the rate limit: the client address and the session."""
    senders = []
    ip = ratelimit.client_ip(request)
    if ip:
        senders.append(f"ip:{ip}")
    if request.session.session_key:
        senders.append(f"session:{request.session.session_key}")
    return senders


def is_rate_limited(request):
    limit = rate_limit()
    return any(
        ratelimit.used(RATE_SCOPE, sender, period=RATE_WINDOW) >= limit
        for sender in _senders(request)
    )


def count_request(request):
    for sender in _senders(request):
        ratelimit.count(RATE_SCOPE, sender, period=RATE_WINDOW)


# --- Emails ----------------------------------------------------------------------------


def _base_url():
    return base_url()


def _message(template, context, to, reply_to=None):
    subject = " ".join(
        render_to_string(f"home/email/{template}_subject.txt", context).split()
    )
    body = render_to_string(f"home/email/{template}.txt", context)
    return EmailMessage(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        to,
        reply_to=reply_to or None,
    )


def send_consultation_mails(consultation, site_settings, page):
    """To the Fachberatung's mailbox (reply goes to the sender) and a confirmation of
    receipt to the sender, through the outbox (labs/outbox.py): a failing mail server
    delays them and never loses the stored request."""
    admin_url = _base_url() + reverse("beratungsanfragen:edit", args=[consultation.pk])
    context = {
        "request_obj": consultation,
        "site_name": site_settings.site_name,
        "organisation": site_settings.organisation,
        "mailbox": site_settings.advice_mailbox,
        "phone": site_settings.advice_phone,
        "admin_url": admin_url,
        "page_url": _base_url() + page.url if page.url else _base_url(),
    }
    return outbox.send(
        [
            _message(
                "consultation_new",
                context,
                [site_settings.advice_mailbox],
                [consultation.email],
            ),
            _message(
                "consultation_receipt",
                context,
                [consultation.email],
                [site_settings.advice_mailbox],
            ),
        ]
    )


# --- Views -----------------------------------------------------------------------------


def _initial_for(user):
    if not user.is_authenticated:
        return {}
    initial = {"name": user.get_full_name(), "email": user.email}
    membership = Membership.objects.filter(user=user).select_related("city").first()
    if membership and membership.city_id:
        initial["city"] = membership.city_id
    return initial


def _privacy_url():
    page = ContentPage.objects.live().filter(slug="datenschutz").first()
    return page.url if page else None


def consultation_form_view(request, page):
    site = Site.find_for_request(request)
    site_settings = SiteSettings.for_site(site) if site else SiteSettings()
    status = 200
    if request.method == "POST":
        form = ConsultationForm(request.POST)
        if is_rate_limited(request):
            form.is_valid()
            form.errors.clear()
            form.add_error(
                None,
                _(
                    "Sie haben in kurzer Zeit schon mehrere Anfragen gesendet. Bitte "
                    "versuchen Sie es in einer Stunde noch einmal oder schreiben Sie "
                    "direkt an %(mailbox)s."
                )
                % {"mailbox": site_settings.advice_mailbox},
            )
            status = 429
        elif form.is_valid():
            consultation = ConsultationRequest.objects.create(
                city=form.cleaned_data["city"],
                theme=form.theme,
                message=form.cleaned_data["message"],
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                user=request.user if request.user.is_authenticated else None,
                consent_at=timezone.now(),
            )
            if not request.session.session_key:
                request.session.save()
            count_request(request)
            send_consultation_mails(consultation, site_settings, page)
            request.session["beratung_email"] = consultation.email
            return redirect(page.url + page.reverse_subpage("request_done"))
        else:
            status = 400
    else:
        form = ConsultationForm(initial=_initial_for(request.user))
        # A session, so that the rate limit also counts per browser.
        if not request.session.session_key:
            request.session.save()
    response = TemplateResponse(
        request,
        "home/consultation_form.html",
        {
            "page": page,
            "self": page,
            "form": form,
            "settings_obj": site_settings,
            "datenschutz_url": _privacy_url(),
        },
        status=status,
    )
    add_never_cache_headers(response)
    return response


def consultation_done_view(request, page):
    response = TemplateResponse(
        request,
        "home/consultation_done.html",
        {
            "page": page,
            "self": page,
            "email": request.session.pop("beratung_email", ""),
        },
    )
    add_never_cache_headers(response)
    return response

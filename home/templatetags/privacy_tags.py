"""The facts of the privacy page (Datenschutzerklärung) from the site settings, so
that editors keep controller, data protection officer, hosting and retention
periods in one place (Admin → Einstellungen → Einstellungen der Plattform)."""

from django import template
from django.conf import settings
from django.urls import reverse

from home.models import SiteSettings

register = template.Library()

PRIVACY_SLUG = "datenschutz"


@register.inclusion_tag("includes/privacy_facts.html", takes_context=True)
def privacy_facts(context):
    request = context.get("request")
    site_settings = SiteSettings.for_request(request)
    return {
        "s": site_settings,
        "session_days": max(1, settings.SESSION_COOKIE_AGE // 86400),
        "csrf_cookie": settings.CSRF_COOKIE_NAME,
        "session_cookie": settings.SESSION_COOKIE_NAME,
        "export_url": reverse("konto:export"),
        "delete_url": reverse("konto:delete"),
        "profile_url": reverse("konto:profile"),
    }


@register.filter
def is_privacy_page(page):
    return getattr(page, "slug", None) == PRIVACY_SLUG

"""Retention (Speicherfristen): what `manage.py purge_personal_data` deletes, with
the periods from the site settings (Admin → Einstellungen → Einstellungen der
Plattform, section Datenschutz), which the privacy page shows too.

- IP addresses older than `ip_retention_days`: comments store none (the form never
  passes one), but rows from elsewhere (imports, the admin, older versions) are
  cleared; login attempts of django-axes, where installed, are deleted.
- Requests for access that were decided more than `access_request_retention_days`
  ago are deleted (open requests stay until someone decides).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.apps import apps
from django.utils import timezone
from wagtail.models import Site

from labs.models import Comment

from .models import AccessRequest, AccessRequestStatus, SiteSettings


@dataclass
class PurgeResult:
    label: str
    count: int
    days: int


def retention_settings() -> SiteSettings:
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return SiteSettings.for_site(site)


def _comment_ips(days, now, dry_run):
    rows = Comment.objects.exclude(ip_address=None).filter(
        submit_date__lt=now - timedelta(days=days)
    )
    count = rows.count()
    if not dry_run:
        for comment in rows.iterator():
            comment.ip_address = None
            comment.save(update_fields=["ip_address"])
    return count


def _access_requests(days, now, dry_run):
    rows = AccessRequest.objects.exclude(status=AccessRequestStatus.PENDING).filter(
        decided_at__lt=now - timedelta(days=days)
    )
    count = rows.count()
    if not dry_run:
        rows.delete()
    return count


def _login_attempts(days, now, dry_run):
    """django-axes keeps IP addresses of login attempts (where it is installed)."""
    count = 0
    for name, field in (
        ("AccessAttempt", "attempt_time"),
        ("AccessFailureLog", "attempt_time"),
        ("AccessLog", "attempt_time"),
    ):
        try:
            model = apps.get_model("axes", name)
        except LookupError:
            continue
        rows = model.objects.filter(**{f"{field}__lt": now - timedelta(days=days)})
        count += rows.count()
        if not dry_run:
            rows.delete()
    return count


def purge(dry_run: bool = False, now=None) -> list[PurgeResult]:
    now = now or timezone.now()
    s = retention_settings()
    results = [
        PurgeResult(
            "IP-Adressen an Beiträgen",
            _comment_ips(s.ip_retention_days, now, dry_run),
            s.ip_retention_days,
        ),
        PurgeResult(
            "entschiedene Zugangsanfragen",
            _access_requests(s.access_request_retention_days, now, dry_run),
            s.access_request_retention_days,
        ),
    ]
    if apps.is_installed("axes"):
        results.append(
            PurgeResult(
                "protokollierte Anmeldeversuche (mit IP-Adresse)",
                _login_attempts(s.ip_retention_days, now, dry_run),
                s.ip_retention_days,
            )
        )
    return results

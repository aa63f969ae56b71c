"""Privacy (DSGVO): the privacy page built from the site settings, no IP address
stored with comments, retention (purge_personal_data), and the export and deletion
of one's own data covering every model that holds personal data."""

import datetime
import json
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from home import demo
from home.models import AccessRequest, SiteSettings
from knowledge.models import LearningConfirmation
from labs import personal_data
from labs.models import Comment, CommentReport, ExperimentAdoption

PASSWORD = "ein-langes-Passwort-1"


@pytest.fixture
def site_settings(db):
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def privacy_page(home):
    return demo.build_content_page(
        home,
        title="Datenschutzerklärung",
        slug="datenschutz",
        body=[("paragraph", "<p>Zwecke und Rechtsgrundlagen.</p>")],
    )


# --- Privacy page -----------------------------------------------------------------


def test_privacy_page_shows_the_facts_from_the_site_settings(
    client, site_settings, privacy_page
):
    site_settings.privacy_controller = "Städtetag Musterland\nMusterweg 5, 70000 Muster"
    site_settings.privacy_officer = "Dr. Erika Beispiel"
    site_settings.privacy_officer_email = "dsb@example.org"
    site_settings.hosting_provider = "Muster-Rechenzentrum GmbH, Karlsruhe"
    site_settings.server_log_retention_days = 10
    site_settings.ip_retention_days = 3
    site_settings.access_request_retention_days = 60
    site_settings.save()
    html = client.get(privacy_page.url).content.decode()
    assert "Städtetag Musterland<br>Musterweg 5, 70000 Muster" in html
    assert "Dr. Erika Beispiel" in html
    assert 'href="mailto:dsb@example.org"' in html
    assert "Muster-Rechenzentrum GmbH, Karlsruhe" in html
    assert "Server-Protokolle (mit IP-Adresse): 10 Tage" in html
    assert "nach 3 Tagen" in html
    assert "danach noch 60 Tage" in html
    assert "Zu Beiträgen speichern wir keine IP-Adresse" in html
    assert "csrftoken" in html and "sessionid" in html
    assert reverse("konto:export") in html and reverse("konto:delete") in html
    assert "Landesbeauftragte für den Datenschutz" in html  # default authority
    assert "Zwecke und Rechtsgrundlagen" in html  # the editors' text stays

    # One change in the settings, and the page says so.
    site_settings.hosting_provider = "Anderes Rechenzentrum AG"
    site_settings.save()
    html = client.get(privacy_page.url).content.decode()
    assert "Anderes Rechenzentrum AG" in html
    assert "Muster-Rechenzentrum" not in html


def test_privacy_facts_only_on_the_privacy_page(client, site_settings, home):
    site_settings.hosting_provider = "Muster-Rechenzentrum GmbH"
    site_settings.save()
    imprint = demo.build_content_page(home, title="Impressum", slug="impressum")
    html = client.get(imprint.url).content.decode()
    assert "Muster-Rechenzentrum" not in html
    assert "Speicherdauer" not in html


def test_privacy_page_without_settings_invents_nothing(client, privacy_page):
    html = client.get(privacy_page.url).content.decode()
    assert "werden hier in Kürze ergänzt" in html
    assert "Städtetag Baden-Württemberg" in html  # the publisher as controller


# --- No IP addresses --------------------------------------------------------------


def test_posting_a_comment_stores_no_ip_address(
    client, member, discussion, comment_data
):
    client.force_login(member)
    client.post(
        reverse("labs:comment_post", args=[discussion.pk]),
        comment_data(discussion, "Bei uns klappt das mit dem Förderverein."),
        REMOTE_ADDR="203.0.113.7",
        HTTP_X_FORWARDED_FOR="198.51.100.9",
    )
    comment = Comment.objects.get()
    assert comment.comment == "Bei uns klappt das mit dem Förderverein."
    assert comment.ip_address is None
    stored = json.dumps(list(Comment.objects.values()), default=str, ensure_ascii=False)
    assert "203.0.113.7" not in stored and "198.51.100.9" not in stored


# --- Retention: purge_personal_data -------------------------------------------------


def _request(city, email, status, decided_days_ago):
    request = AccessRequest.objects.create(
        name="Alex Beispiel", email=email, city=city, function="Hauptamt", status=status
    )
    if decided_days_ago is not None:
        request.decided_at = timezone.now() - datetime.timedelta(days=decided_days_ago)
        request.save()
    return request


def test_purge_deletes_old_ips_and_decided_requests_after_the_set_days(
    site_settings, city, member, discussion, make_comment
):
    site_settings.ip_retention_days = 7
    site_settings.access_request_retention_days = 30
    site_settings.save()
    old = make_comment(discussion, member, "Alt.", ip_address="203.0.113.1")
    Comment.objects.filter(pk=old.pk).update(
        submit_date=timezone.now() - datetime.timedelta(days=8)
    )
    recent = make_comment(discussion, member, "Neu.", ip_address="203.0.113.2")
    old_declined = _request(city, "a@example.org", "declined", 31)
    old_approved = _request(city, "b@example.org", "approved", 45)
    recent_decided = _request(city, "c@example.org", "declined", 29)
    pending = _request(city, "d@example.org", "pending", None)
    AccessRequest.objects.filter(pk=pending.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=400)
    )

    out = StringIO()
    call_command("purge_personal_data", "--dry-run", stdout=out)
    assert "IP-Adressen an Beiträgen (älter als 7 Tage): 1 würden gelöscht" in (
        out.getvalue()
    )
    assert "entschiedene Zugangsanfragen (älter als 30 Tage): 2 würden gelöscht" in (
        out.getvalue()
    )
    assert "Probelauf: nichts geändert" in out.getvalue()
    assert AccessRequest.objects.count() == 4
    assert Comment.objects.get(pk=old.pk).ip_address == "203.0.113.1"

    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "Fertig: 3 Einträge gelöscht." in out.getvalue()
    assert Comment.objects.get(pk=old.pk).ip_address is None
    assert Comment.objects.get(pk=old.pk).comment == "Alt."
    assert Comment.objects.get(pk=recent.pk).ip_address == "203.0.113.2"
    remaining = set(AccessRequest.objects.values_list("pk", flat=True))
    assert remaining == {recent_decided.pk, pending.pk}
    assert old_declined.pk not in remaining and old_approved.pk not in remaining


# --- Export and deletion cover every model with personal data -------------------


def test_every_model_with_a_user_key_is_exported_or_explained(db):
    """A model added later with a foreign key to the account must be registered in
    labs.personal_data (or listed with a reason), else this fails."""
    keys = dict(personal_data.user_foreign_keys())
    assert "labs.CommentReport.user" in keys  # the discovery works
    registered = {
        f"{entry.model_label}.{entry.user_field}"
        for entry in personal_data.REGISTRY.values()
    }
    missing = sorted(set(keys) - registered - set(personal_data.NOT_EXPORTED))
    assert not missing, missing


def test_export_contains_reports_and_peer_signals(
    client, member, other_member, discussion, experiment, learning, make_comment
):
    theirs = make_comment(discussion, other_member, "Das sehe ich anders.")
    CommentReport.objects.create(
        comment=theirs, user=member, reason="insult", note="Ton"
    )
    ExperimentAdoption.objects.create(
        experiment=experiment,
        city=member.membership.city,
        user=member,
        note="Bei uns im Ortsteil",
    )
    LearningConfirmation.objects.create(
        learning=learning, city=member.membership.city, user=member, note="Ja!"
    )
    client.force_login(member)
    data = json.loads(client.get(reverse("konto:export")).content)
    more = data["weitere_daten"]
    assert more["Meldungen"] == [
        {
            "beitrag": "Das sehe ich anders.",
            "seite_id": discussion.pk,
            "grund": "Beleidigung oder Herabwürdigung",
            "erlaeuterung": "Ton",
            "gemeldet_am": more["Meldungen"][0]["gemeldet_am"],
        }
    ]
    adoption = more["Übernahmen von Experimenten"][0]
    assert adoption["experiment"]["titel"] == experiment.title
    assert adoption["city"] == member.membership.city.name
    assert adoption["note"] == "Bei uns im Ortsteil"
    assert "user" not in adoption
    confirmation = more["Bestätigungen „Das kennen wir auch“"][0]
    assert confirmation["learning"]["titel"] == learning.title
    assert confirmation["note"] == "Ja!"
    # Nothing of the other member.
    assert "Das sehe ich anders." not in json.dumps(data["beitraege"])


def test_deleting_the_account_leaves_no_row_pointing_at_it(
    client, member, other_member, discussion, experiment, learning, make_comment
):
    theirs = make_comment(discussion, other_member, "Das sehe ich anders.")
    report = CommentReport.objects.create(comment=theirs, user=member, reason="spam")
    adoption = ExperimentAdoption.objects.create(
        experiment=experiment, city=member.membership.city, user=member
    )
    mine = make_comment(discussion, member, "Mein Beitrag.")
    user_pk = member.pk
    client.force_login(member)
    client.post(reverse("konto:delete"), {"password": PASSWORD})
    assert not get_user_model().objects.filter(pk=user_pk).exists()
    for key, field in personal_data.user_foreign_keys():
        leftover = field.model._default_manager.filter(**{field.attname: user_pk})
        assert not leftover.exists(), key
    # Anonymised, not lost: the report still counts, the city's signal stays,
    # the comment stays in its thread.
    assert CommentReport.objects.get(pk=report.pk).user_id is None
    assert ExperimentAdoption.objects.get(pk=adoption.pk).user_id is None
    assert Comment.objects.get(pk=mine.pk).comment == "Mein Beitrag."

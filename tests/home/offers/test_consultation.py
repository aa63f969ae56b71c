"""Fachberatung: the page, the home-page block and the form "Beratung anfragen"
(stored request, mail to the association's mailbox, confirmation to the sender,
spam protection, German field errors, status in the admin)."""

import time

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Site

from home.demo import offers as demo_offers
from home.models import ConsultationRequest, ConsultationStatus, SiteSettings
from home.offers.consultation import form_token, rate_limit

MAILBOX = "fachberatung@example.org"


@pytest.fixture(autouse=True)
def clear_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_settings(db):
    obj = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    obj.advice_email = MAILBOX
    obj.advice_phone = "0711 000000-1"
    obj.advice_contacts = [
        (
            "contact",
            {
                "role": "Fachberatung Quartiersentwicklung",
                "topics": "Beteiligung",
                "email": "beratung-rolle@example.org",
                "phone": "0711 000000-9",
            },
        )
    ]
    obj.save()
    return obj


@pytest.fixture
def advice_page(home, site_settings):
    return demo_offers.build_fachberatung(home)


@pytest.fixture
def form_url(advice_page):
    return advice_page.url + "anfragen/"


def valid_data(member_city, themes, **extra):
    data = {
        "city": str(member_city.pk),
        "topic": themes[0].slug,
        "message": "Wir möchten eine Quartierskoordination einrichten und suchen "
        "Erfahrungen anderer Städte.",
        "name": "Mara Muster",
        "email": "mara.muster@neckarweiler.example",
        "consent": "on",
        "website": "",
        "started": form_token(time.time() - 30),
    }
    data.update(extra)
    return data


def test_fachberatung_page_shows_offer_contacts_and_form_link(
    client, advice_page, site_settings
):
    response = client.get(advice_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wozu wir beraten" in html
    assert "Fachberatung Quartiersentwicklung" in html
    assert "mailto:beratung-rolle@example.org" in html
    assert f"mailto:{MAILBOX}" in html
    assert "0711 000000-1" in html
    assert 'href="/fachberatung/anfragen/"' in html


def test_home_page_shows_fachberatung_block(client, home, advice_page):
    html = client.get(home.url).content.decode()
    assert "Fachberatung für Mitgliedsstädte" in html
    assert f"mailto:{MAILBOX}" in html
    assert "/fachberatung/anfragen/" in html


def test_valid_request_is_stored_mailed_and_confirmed(client, form_url, city, themes):
    response = client.post(form_url, valid_data(city, themes))
    assert response.status_code == 302
    assert response["Location"].endswith("/fachberatung/anfragen/danke/")

    stored = ConsultationRequest.objects.get()
    assert stored.city == city
    assert stored.theme == themes[0]
    assert stored.name == "Mara Muster"
    assert stored.status == ConsultationStatus.NEW
    assert stored.consent_at is not None

    assert len(mail.outbox) == 2
    to_association, receipt = mail.outbox
    assert to_association.to == [MAILBOX]
    assert to_association.reply_to == ["mara.muster@neckarweiler.example"]
    assert themes[0].name in to_association.subject
    assert "Neckarweiler" in to_association.subject
    assert "Quartierskoordination einrichten" in to_association.body
    assert f"/admin/beratungsanfragen/edit/{stored.pk}/" in to_association.body
    assert receipt.to == ["mara.muster@neckarweiler.example"]
    assert "eingegangen" in receipt.subject
    assert "Quartierskoordination einrichten" in receipt.body

    done = client.get(response["Location"])
    assert "Ihre Anfrage ist eingegangen" in done.content.decode()
    assert "mara.muster@neckarweiler.example" in done.content.decode()


def test_topic_sonstiges_is_stored_without_theme(client, form_url, city, themes):
    client.post(form_url, valid_data(city, themes, topic="sonstiges"))
    stored = ConsultationRequest.objects.get()
    assert stored.theme is None
    assert stored.topic == "Sonstiges"
    assert "Sonstiges" in mail.outbox[0].subject


def test_form_offers_seven_themes_and_sonstiges(client, form_url, themes):
    html = client.get(form_url).content.decode()
    for theme in themes:
        assert f'value="{theme.slug}"' in html
    assert 'value="sonstiges"' in html
    assert "Ich bin einverstanden" in html


def test_form_links_privacy_page(client, home, form_url):
    from home import demo

    demo.build_content_page(home, title="Datenschutzerklärung", slug="datenschutz")
    html = client.get(form_url).content.decode()
    assert 'href="/datenschutz/"' in html


def test_member_gets_city_name_and_email_prefilled(client, form_url, member, city):
    client.force_login(member)
    html = client.get(form_url).content.decode()
    assert f'<option value="{city.pk}" selected>' in html
    assert 'value="mitglied@example.org"' in html
    assert 'value="Mara Muster"' in html


def test_member_request_is_linked_to_the_account(
    client, form_url, member, city, themes
):
    client.force_login(member)
    client.post(form_url, valid_data(city, themes))
    assert ConsultationRequest.objects.get().user == member


def test_bad_input_gets_german_field_errors_and_stores_nothing(
    client, form_url, city, themes
):
    data = valid_data(city, themes, message="", email="keine-adresse", topic="x")
    del data["consent"]
    response = client.post(form_url, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Bitte beschreiben Sie Ihr Anliegen." in html
    assert "Bitte geben Sie eine gültige E-Mail-Adresse an" in html
    assert "Bitte wählen Sie ein Thema aus der Liste." in html
    assert "Bitte stimmen Sie zu" in html
    assert 'aria-invalid="true"' in html
    assert ConsultationRequest.objects.count() == 0
    assert mail.outbox == []


def test_unknown_city_is_refused(client, form_url, city, themes):
    response = client.post(form_url, valid_data(city, themes, city="999999"))
    assert response.status_code == 400
    assert "Bitte wählen Sie eine Mitgliedsstadt aus der Liste." in (
        response.content.decode()
    )
    assert ConsultationRequest.objects.count() == 0


def test_filled_honeypot_is_rejected(client, form_url, city, themes):
    response = client.post(
        form_url, valid_data(city, themes, website="http://spam.example")
    )
    assert response.status_code == 400
    assert "konnte nicht gesendet werden" in response.content.decode()
    assert ConsultationRequest.objects.count() == 0
    assert mail.outbox == []


def test_too_fast_submission_is_rejected(client, form_url, city, themes):
    response = client.post(
        form_url, valid_data(city, themes, started=form_token(time.time()))
    )
    assert response.status_code == 400
    assert "konnte nicht gesendet werden" in response.content.decode()
    assert ConsultationRequest.objects.count() == 0
    assert mail.outbox == []


def test_forged_or_missing_timestamp_is_rejected(client, form_url, city, themes):
    for started in ("12345", ""):
        response = client.post(form_url, valid_data(city, themes, started=started))
        assert response.status_code == 400
    assert ConsultationRequest.objects.count() == 0
    assert mail.outbox == []


def test_form_shown_with_a_fresh_timestamp_and_no_cache(client, form_url):
    response = client.get(form_url)
    assert 'name="started"' in response.content.decode()
    assert (
        "no-cache" in response["Cache-Control"]
        or "max-age=0" in (response["Cache-Control"])
    )


def test_rate_limit_per_sender(client, form_url, city, themes, settings):
    settings.CONSULTATION_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(form_url, valid_data(city, themes)).status_code == 302
    response = client.post(form_url, valid_data(city, themes))
    assert response.status_code == 429
    assert "mehrere Anfragen" in response.content.decode()
    assert ConsultationRequest.objects.count() == 2
    assert len(mail.outbox) == 4


def test_rate_limit_also_counts_by_address_without_session(
    client, form_url, city, themes, settings
):
    from django.test import Client

    settings.CONSULTATION_RATE_LIMIT = 1
    assert client.post(form_url, valid_data(city, themes)).status_code == 302
    other_browser = Client()  # new session, same address
    assert other_browser.post(form_url, valid_data(city, themes)).status_code == 429
    assert ConsultationRequest.objects.count() == 1


def test_rate_limit_behind_a_proxy_is_per_sender_not_per_proxy(
    form_url, city, themes, settings
):
    """Behind the documented nginx (TRUSTED_PROXY_COUNT=1) every request comes from
    the proxy's address; the sender is the one in X-Forwarded-For, and each sender
    has their own limit of 5 an hour."""
    from django.test import Client

    settings.TRUSTED_PROXY_COUNT = 1
    assert rate_limit() == 5

    def send(sender):
        # A new browser each time: only the address can tell the sender apart.
        return Client().post(
            form_url,
            valid_data(city, themes),
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=sender,
        )

    for _ in range(5):
        assert send("203.0.113.10").status_code == 302
    refused = send("203.0.113.10")
    assert refused.status_code == 429
    assert "Sie haben in kurzer Zeit schon mehrere Anfragen gesendet" in (
        refused.content.decode()
    )
    assert send("198.51.100.20").status_code == 302
    assert ConsultationRequest.objects.count() == 6


def test_editor_lists_request_and_sets_status_in_admin(
    client, form_url, city, themes, redakteurin
):
    client.post(form_url, valid_data(city, themes))
    stored = ConsultationRequest.objects.get()
    client.force_login(redakteurin)
    listing = client.get(reverse("beratungsanfragen:index"))
    assert listing.status_code == 200
    assert "Mara Muster" in listing.content.decode()
    response = client.post(
        reverse("beratungsanfragen:edit", args=[stored.pk]),
        {"status": ConsultationStatus.IN_PROGRESS, "note": "Übernimmt Team Nord."},
    )
    assert response.status_code == 302
    stored.refresh_from_db()
    assert stored.status == ConsultationStatus.IN_PROGRESS
    assert stored.note == "Übernimmt Team Nord."
    assert stored.message.startswith("Wir möchten")  # not editable, unchanged


def test_requests_cannot_be_added_in_admin(client, superuser):
    client.force_login(superuser)
    listing = client.get(reverse("beratungsanfragen:index"))
    assert listing.status_code == 200
    response = client.get(reverse("beratungsanfragen:add"))
    assert response.status_code in (302, 403)


def test_member_cannot_see_requests_in_admin(client, member):
    client.force_login(member)
    response = client.get(reverse("beratungsanfragen:index"))
    assert response.status_code in (302, 403)


def test_query_counts_do_not_grow_with_contacts_or_requests(
    client, advice_page, form_url, site_settings, city, themes, member, count_queries
):
    def grow(n):
        site_settings.advice_contacts = [
            ("contact", {"role": f"Rolle {i}", "email": f"r{i}@example.org"})
            for i in range(n)
        ]
        site_settings.save()
        for i in range(n):
            ConsultationRequest.objects.create(
                city=city,
                message=f"Anfrage {i}",
                name="X",
                email="x@example.org",
                consent_at="2026-01-01T10:00:00Z",
            )

    from django.test import Client

    def visitor_counts():
        # A fresh browser each time: the form starts a session, which costs a
        # query on later pages.
        return [
            count_queries(Client(), advice_page.url),
            count_queries(Client(), form_url),
        ]

    grow(1)
    small = visitor_counts()
    grow(12)
    large = visitor_counts()
    assert max(small) <= 15
    assert small == large
    client.force_login(member)
    member_counts = [
        count_queries(client, advice_page.url),
        count_queries(client, form_url),
    ]
    assert max(member_counts) <= 20

"""Django's error pages (400, 403, 403 after a failed CSRF check, 404, 500) are
German pages of the site, never Django's English defaults."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import Client, RequestFactory
from django.views import defaults

ENGLISH = ("Bad Request", "Forbidden", "Not Found", "Server Error", "CSRF")


def german(response, heading):
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert f"<h1>{heading}</h1>" in html
    assert f"<title>{heading} – " in html
    assert not [word for word in ENGLISH if word in html]
    return html


@pytest.mark.django_db
def test_bad_request_page_is_german(client):
    # A host name no server can have: Django answers 400 before any view.
    response = client.get("/", HTTP_HOST="kein host!")
    assert response.status_code == 400
    german(response, "Ungültige Anfrage")


@pytest.mark.django_db
def test_failed_csrf_check_page_is_german():
    response = Client(enforce_csrf_checks=True).post("/konto/anmelden/", {})
    assert response.status_code == 403
    html = german(response, "Formular nicht gesendet")
    assert "Cookies" in html


@pytest.mark.django_db
def test_permission_denied_page_is_german():
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    response = defaults.permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    german(response, "Kein Zugriff")


@pytest.mark.django_db
def test_not_found_page_is_german(client):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    german(response, "Seite nicht gefunden")


def test_server_error_page_is_german():
    response = defaults.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    german(response, "Technischer Fehler")


def test_database_outage_page_is_german_with_retry_after():
    from django.db import OperationalError

    from home.operations.errors import server_error

    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    german(response, "Vorübergehend nicht erreichbar")

    try:
        raise RuntimeError("kein Datenbankfehler")
    except RuntimeError:
        assert server_error(RequestFactory().get("/")).status_code == 500

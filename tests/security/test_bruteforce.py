"""Brute-force protection (django-axes) on both logins and the rate limits of the
forms that check passwords, send emails or notify the Redaktion."""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from home.models import AccessRequest
from labs.models.comments import RATE_LIMIT_COUNT, Comment, CommentReport

PASSWORD = "ein-langes-Passwort-1"
LOGIN = "/konto/anmelden/"


def _fail(client, username="mitglied@example.org", path=LOGIN, **extra):
    return client.post(
        path, {"username": username, "password": "falsch-geraten"}, **extra
    )


def test_five_failed_logins_lock_the_account_from_that_address(client, member):
    for _attempt in range(4):
        response = _fail(client)
        assert response.status_code == 200
        assert "stimmen nicht" in response.content.decode()
    locked = _fail(client)  # the fifth failure locks
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in text
    assert "15 Minuten" in text
    # Even the right password does not get in during the lockout.
    right = client.post(LOGIN, {"username": member.username, "password": PASSWORD})
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_ignores_capitalisation_of_the_address(client, member):
    for variant in ["Mitglied@example.org", "MITGLIED@example.org"] * 3:
        _fail(client, username=variant)
    response = client.post(
        LOGIN, {"username": "mitglied@example.org", "password": PASSWORD}
    )
    assert response.status_code == 429


def test_lockout_is_per_username_and_address(client, member, other_member):
    for _attempt in range(6):
        _fail(client)
    # Another account from the same address still logs in …
    other = client.post(
        LOGIN, {"username": other_member.username, "password": PASSWORD}
    )
    assert other.status_code == 302
    client.post(reverse("konto:logout"))
    # … and the same account from another address too.
    response = client.post(
        LOGIN,
        {"username": member.username, "password": PASSWORD},
        REMOTE_ADDR="198.51.100.7",
    )
    assert response.status_code == 302


def test_successful_login_resets_the_failures(client, member):
    for _attempt in range(4):
        _fail(client)
    assert (
        client.post(
            LOGIN, {"username": member.username, "password": PASSWORD}
        ).status_code
        == 302
    )
    client.post(reverse("konto:logout"))
    for _attempt in range(4):
        assert _fail(client).status_code == 200


def test_wagtail_admin_login_is_protected_too(client, superuser):
    path = reverse("wagtailadmin_login")
    for _attempt in range(4):
        assert _fail(client, superuser.username, path=path).status_code == 200
    assert _fail(client, superuser.username, path=path).status_code == 429
    response = client.post(path, {"username": superuser.username, "password": PASSWORD})
    assert response.status_code == 429
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.content.decode()
    assert "_auth_user_id" not in client.session


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_forwarded_address_counts(client, member):
    for _attempt in range(6):
        _fail(client, HTTP_X_FORWARDED_FOR="203.0.113.5")
    locked = client.post(
        LOGIN,
        {"username": member.username, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.5",
    )
    assert locked.status_code == 429
    # A forged first entry does not help: the proxy's entry (the last) counts.
    forged = client.post(
        LOGIN,
        {"username": member.username, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5",
    )
    assert forged.status_code == 429
    other = client.post(
        LOGIN,
        {"username": member.username, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.99",
    )
    assert other.status_code == 302


# --- Rate limits ----------------------------------------------------------------------


@override_settings(RATE_LIMITS={"konto:login": (3, 600, "ip")})
def test_login_rate_limit_per_address_across_usernames(client, member):
    for number in range(3):
        assert _fail(client, username=f"rate{number}@example.org").status_code == 200
    response = client.post(LOGIN, {"username": member.username, "password": PASSWORD})
    assert response.status_code == 429
    assert "zu oft in kurzer Zeit" in response.content.decode()
    assert int(response["Retry-After"]) > 0
    assert "_auth_user_id" not in client.session


def test_login_page_itself_is_not_rate_limited(client, db):
    for _attempt in range(40):
        assert client.get(LOGIN).status_code == 200


def test_access_requests_are_limited_per_address(client, city):
    def send(number):
        return client.post(
            reverse("konto:access_request"),
            {
                "name": f"Person {number}",
                "email": f"person{number}@neckarweiler.example.org",
                "city": city.pk,
                "function": "Sozialplanung",
                "privacy": "on",
                "consent": "on",
            },
        )

    statuses = [send(number).status_code for number in range(6)]
    stored = AccessRequest.objects.count()
    assert statuses[-1] == 429
    assert stored == 5
    blocked = send(99)
    assert blocked.status_code == 429
    assert "zu oft in kurzer Zeit" in blocked.content.decode()
    assert AccessRequest.objects.count() == stored
    assert not any("person99" in str(m.to) for m in mail.outbox)


def test_password_reset_mails_are_limited_per_address(client, member):
    for _attempt in range(5):
        client.post(reverse("konto:password_reset"), {"email": member.email})
    sent = len(mail.outbox)
    response = client.post(reverse("konto:password_reset"), {"email": member.email})
    assert response.status_code == 429
    assert len(mail.outbox) == sent == 5


@override_settings(RATE_LIMITS={"labs:comment_report": (2, 3600, "user")})
def test_reports_are_limited_per_person(
    client, member, other_member, discussion, make_comment
):
    comments = [
        make_comment(discussion, other_member, f"Beitrag {n}") for n in range(3)
    ]
    client.force_login(member)
    for comment in comments[:2]:
        response = client.post(
            reverse("labs:comment_report", args=[comment.pk]), {"reason": "spam"}
        )
        assert response.status_code == 302
    response = client.post(
        reverse("labs:comment_report", args=[comments[2].pk]), {"reason": "spam"}
    )
    assert response.status_code == 429
    assert "zu oft in kurzer Zeit" in response.content.decode()
    assert CommentReport.objects.count() == 2


def test_comments_keep_their_limit_of_five_in_ten_minutes(
    client, member, discussion, comment_data
):
    client.force_login(member)
    url = reverse("labs:comment_post", args=[discussion.pk])
    for number in range(RATE_LIMIT_COUNT):
        client.post(url, comment_data(discussion, f"Beitrag Nummer {number}"))
    response = client.post(url, comment_data(discussion, "Einer zu viel"))
    assert "Bitte warten Sie ein paar Minuten" in response.content.decode()
    assert Comment.objects.count() == RATE_LIMIT_COUNT


@pytest.mark.parametrize("path", [LOGIN, "/admin/login/"])
def test_lockout_page_is_german_and_has_no_inline_code(client, member, path):
    for _attempt in range(6):
        response = _fail(client, path=path)
    text = response.content.decode()
    assert response.status_code == 429
    assert 'lang="de"' in text
    assert "<script>" not in text and "style=" not in text

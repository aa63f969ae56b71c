"""Account pages under /konto/: login, logout, password reset and change, "Mein
Bereich" (profile, notification settings, followed threads), data export and
account deletion – end to end through the real views and the locmem outbox."""

import json
import re

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse

from home.models import AccessRequest
from labs.models import Membership, NotificationPreference, ThreadFollow

PASSWORD = "ein-langes-Passwort-1"
LINK = re.compile(r"https?://[^/\s]+(/konto/passwort/neu/[^\s]+/)")


def link_from(message):
    match = LINK.search(message.body)
    assert match, message.body
    return match.group(1)


# --- Login and logout -------------------------------------------------------------


def test_login_page_is_german_and_accessible_by_structure(client, db):
    html = client.get(reverse("konto:login")).content.decode()
    assert "<h1>Anmelden</h1>" in html
    assert '<label for="id_username">E-Mail-Adresse' in html
    assert 'autocomplete="current-password"' in html
    assert "Passwort vergessen?" in html


def test_member_logs_in_with_email_in_any_capitalisation(client, member):
    response = client.post(
        reverse("konto:login"),
        {"username": "Mitglied@Example.org", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("konto:profile")
    assert client.get(reverse("konto:profile")).status_code == 200


def test_wrong_password_shows_error_summary_tied_to_the_form(client, member):
    response = client.post(
        reverse("konto:login"),
        {"username": "mitglied@example.org", "password": "falsch"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary" role="alert"' in html
    assert "E-Mail-Adresse oder Passwort stimmen nicht" in html
    assert "<title>Fehler: Anmelden" in html


def test_login_follows_next_only_within_the_site(client, member, lab):
    data = {"username": "mitglied@example.org", "password": PASSWORD}
    response = client.post(f"{reverse('konto:login')}?next={lab.url}", data)
    assert response["Location"] == lab.url
    client.logout()
    for evil in ("https://evil.example/", "//evil.example/", "javascript:alert(1)"):
        response = client.post(reverse("konto:login"), {**data, "next": evil})
        assert response.status_code == 302
        assert response["Location"] == reverse("konto:profile"), evil
        client.logout()


def test_header_shows_login_or_my_area_and_logout(client, member, lab):
    html = client.get(lab.url).content.decode()
    assert f'href="/konto/anmelden/?next={lab.url}"' in html
    assert "Zugang beantragen" in html
    client.force_login(member)
    html = client.get(lab.url).content.decode()
    assert 'href="/konto/">Mein Bereich</a>' in html
    assert 'action="/konto/abmelden/"' in html
    assert "Anmelden</a>" not in html


def test_logout_only_by_post(client, member):
    client.force_login(member)
    assert client.get(reverse("konto:logout")).status_code == 405
    response = client.post(reverse("konto:logout"), follow=True)
    assert "Sie sind abgemeldet." in response.content.decode()
    assert not response.context["request"].user.is_authenticated


def test_profile_needs_login(client, db):
    response = client.get(reverse("konto:profile"))
    assert response.status_code == 302
    assert response["Location"] == "/konto/anmelden/?next=/konto/"


# --- Password reset and change -------------------------------------------------------


def test_password_reset_by_email_link(client, member):
    response = client.post(
        reverse("konto:password_reset"), {"email": "MITGLIED@example.org"}
    )
    assert response["Location"] == reverse("konto:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["mitglied@example.org"]
    assert "neues Passwort" in message.subject
    path = link_from(message)

    form = client.get(path, follow=True)
    assert "Passwort festlegen" in form.content.decode()
    set_url = form.redirect_chain[-1][0]
    new = "Quartier-Labor-2026!"
    response = client.post(
        set_url, {"new_password1": new, "new_password2": new}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("konto:profile")
    assert "Ihr Passwort ist gespeichert" in response.content.decode()
    client.logout()
    assert client.login(username="mitglied@example.org", password=new)

    # The link works once.
    client.logout()
    again = client.get(path, follow=True).content.decode()
    assert "Dieser Link gilt nicht mehr" in again


def test_password_reset_does_not_reveal_unknown_addresses(client, db):
    response = client.post(
        reverse("konto:password_reset"), {"email": "niemand@example.org"}
    )
    assert response["Location"] == reverse("konto:password_reset_done")
    assert mail.outbox == []


def test_weak_new_password_is_refused_with_field_error(client, member):
    client.post(reverse("konto:password_reset"), {"email": "mitglied@example.org"})
    form = client.get(link_from(mail.outbox[0]), follow=True)
    set_url = form.redirect_chain[-1][0]
    response = client.post(set_url, {"new_password1": "123", "new_password2": "123"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-invalid="true"' in html
    assert 'id="id_new_password2-fehler"' in html
    assert get_user_model().objects.get(pk=member.pk).check_password(PASSWORD)


def test_member_changes_password(client, member):
    client.force_login(member)
    new = "Noch-ein-Passwort-2026"
    response = client.post(
        reverse("konto:password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response["Location"] == reverse("konto:profile")
    assert get_user_model().objects.get(pk=member.pk).check_password(new)
    # Still logged in (the session was updated).
    assert client.get(reverse("konto:profile")).status_code == 200


def test_password_change_needs_the_old_password(client, member):
    client.force_login(member)
    new = "Noch-ein-Passwort-2026"
    response = client.post(
        reverse("konto:password_change"),
        {"old_password": "falsch", "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 200
    assert get_user_model().objects.get(pk=member.pk).check_password(PASSWORD)


# --- Mein Bereich ----------------------------------------------------------------------


def test_profile_shows_name_city_function_and_email(client, member):
    client.force_login(member)
    html = client.get(reverse("konto:profile")).content.decode()
    assert "Angemeldet als Mara Muster (Neckarweiler)" in html
    assert 'value="Sozialplanung"' in html
    assert "mitglied@example.org" in html


def test_member_edits_name_and_function(client, member):
    client.force_login(member)
    response = client.post(
        reverse("konto:profile"),
        {
            "formular": "profil",
            "first_name": "Mara",
            "last_name": "Muster-Beispiel",
            "function": "Quartierskoordination",
        },
        follow=True,
    )
    assert "Ihre Angaben sind gespeichert" in response.content.decode()
    member.refresh_from_db()
    assert member.last_name == "Muster-Beispiel"
    assert Membership.objects.get(user=member).function == "Quartierskoordination"


def test_profile_form_errors_are_summarised_and_change_nothing(client, member):
    client.force_login(member)
    response = client.post(
        reverse("konto:profile"),
        {"formular": "profil", "first_name": "", "last_name": "", "function": "x"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert 'href="#id_first_name"' in html
    assert "<title>Fehler: Mein Bereich" in html
    member.refresh_from_db()
    assert member.first_name == "Mara"


def test_member_switches_off_reply_emails(client, member):
    client.force_login(member)
    html = client.get(reverse("konto:profile")).content.decode()
    assert 'name="replies"' in html
    # Members see only the choice that can concern them.
    assert 'name="lab_comments"' not in html
    assert 'name="moderation"' not in html
    client.post(reverse("konto:profile"), {"formular": "benachrichtigungen"})
    assert not NotificationPreference.for_user(member).replies
    client.post(
        reverse("konto:profile"), {"formular": "benachrichtigungen", "replies": "on"}
    )
    assert NotificationPreference.for_user(member).replies


def test_pilot_editor_and_redaktion_see_their_notification_choices(
    client, pilot, redakteurin
):
    client.force_login(pilot)
    html = client.get(reverse("konto:profile")).content.decode()
    assert 'name="lab_comments"' in html and 'name="moderation"' not in html
    client.force_login(redakteurin)
    html = client.get(reverse("konto:profile")).content.decode()
    assert 'name="moderation"' in html


def test_followed_threads_are_listed_and_can_be_unfollowed(
    client, member, discussion, learning
):
    follow = ThreadFollow.objects.create(user=member, page=discussion)
    ThreadFollow.objects.create(user=member, page=learning)
    client.force_login(member)
    html = client.get(reverse("konto:profile")).content.decode()
    assert discussion.title in html and learning.title in html
    response = client.post(reverse("konto:unfollow", args=[follow.pk]), follow=True)
    assert "nicht mehr" in response.content.decode()
    assert not ThreadFollow.objects.filter(pk=follow.pk).exists()
    assert ThreadFollow.objects.filter(user=member, page=learning).exists()


def test_nobody_can_end_someone_elses_follow(client, member, pilot, discussion):
    follow = ThreadFollow.objects.create(user=member, page=discussion)
    client.force_login(pilot)
    response = client.post(reverse("konto:unfollow", args=[follow.pk]))
    assert response.status_code == 404
    assert ThreadFollow.objects.filter(pk=follow.pk).exists()
    assert client.get(reverse("konto:unfollow", args=[follow.pk])).status_code == 405


# --- Export -----------------------------------------------------------------------------


def make_comment(user, page, text):
    """A comment as the comments app stores it (whichever model it uses)."""
    import django_comments
    from django.conf import settings

    model = django_comments.get_model()
    membership = Membership.objects.filter(user=user).first()
    values = {
        "content_type_id": ContentType.objects.get_for_model(page.specific).pk,
        "object_pk": str(page.pk),
        "site_id": settings.SITE_ID,
        "user_id": user.pk,
        "user_name": user.get_full_name(),
        "user_email": user.email,
        "comment": text,
        "page_id": page.pk,
        "author_city_id": membership.city_id if membership else None,
    }
    attnames = {f.attname for f in model._meta.concrete_fields}
    return model.objects.create(**{k: v for k, v in values.items() if k in attnames})


def test_member_downloads_own_data_as_json(client, member, discussion, other_city):
    ThreadFollow.objects.create(user=member, page=discussion)
    AccessRequest.objects.create(
        name="Mara Muster",
        email="mitglied@example.org",
        city=member.membership.city,
        function="Sozialplanung",
        status="approved",
    )
    AccessRequest.objects.create(
        name="Jemand anderes",
        email="anders@example.org",
        city=other_city,
        function="Hauptamt",
    )
    comment = make_comment(member, discussion, "Bei uns zahlt der Gemeinderat.")
    client.force_login(member)
    response = client.get(reverse("konto:export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["konto"]["e_mail"] == "mitglied@example.org"
    assert data["konto"]["vorname"] == "Mara"
    assert data["mitgliedschaft"] == {
        "stadt": "Neckarweiler",
        "angezeigt_als": "Neckarweiler",
        "funktion": "Sozialplanung",
        "angelegt_am": data["mitgliedschaft"]["angelegt_am"],
    }
    assert (
        data["benachrichtigungen"] is None
        or "antworten_in_verfolgten_diskussionen" in (data["benachrichtigungen"])
    )
    assert [f["titel"] for f in data["verfolgte_diskussionen"]] == [discussion.title]
    assert [r["e_mail"] for r in data["zugangsanfragen"]] == ["mitglied@example.org"]
    assert [c["comment"] for c in data["beitraege"]] == [comment.comment]
    assert data["beitraege"][0]["seite"]["titel"] == discussion.title
    assert "anders@example.org" not in response.content.decode()


def test_export_needs_login(client, db):
    assert client.get(reverse("konto:export")).status_code == 302


# --- Account deletion --------------------------------------------------------------------


def test_deletion_needs_the_password(client, member):
    client.force_login(member)
    assert (
        "Konto endgültig löschen"
        in client.get(reverse("konto:delete")).content.decode()
    )
    response = client.post(reverse("konto:delete"), {"password": "falsch"})
    assert response.status_code == 400
    assert "Das Passwort stimmt nicht" in response.content.decode()
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_deleting_the_account_removes_personal_data_and_keeps_comments(
    client, member, discussion, other_city
):
    NotificationPreference.for_user(member)
    ThreadFollow.objects.create(user=member, page=discussion)
    AccessRequest.objects.create(
        name="Mara Muster",
        email="Mitglied@Example.org",
        city=member.membership.city,
        function="Sozialplanung",
    )
    kept = AccessRequest.objects.create(
        name="Jemand anderes", email="anders@example.org", city=other_city, function="x"
    )
    comment = make_comment(member, discussion, "Wir haben gute Erfahrungen gemacht.")
    user_pk = member.pk

    client.force_login(member)
    response = client.post(reverse("konto:delete"), {"password": PASSWORD})
    assert response["Location"] == reverse("konto:deleted")

    assert not get_user_model().objects.filter(pk=user_pk).exists()
    assert not Membership.objects.filter(user_id=user_pk).exists()
    assert not NotificationPreference.objects.filter(user_id=user_pk).exists()
    assert not ThreadFollow.objects.filter(user_id=user_pk).exists()
    assert not AccessRequest.objects.filter(
        email__iexact="mitglied@example.org"
    ).exists()
    assert AccessRequest.objects.filter(pk=kept.pk).exists()

    # The comment stays in the thread, without a link to the account.
    comment = type(comment).objects.get(pk=comment.pk)
    assert comment.comment == "Wir haben gute Erfahrungen gemacht."
    assert comment.user_id is None

    # Logged out; the session no longer knows the account.
    assert client.get(reverse("konto:profile")).status_code == 302
    assert not client.login(username="mitglied@example.org", password=PASSWORD)


def test_deleted_account_comments_keep_no_personal_data(client, member, discussion):
    """The comments app anonymises the comments of a deleted account (issue 3):
    shown as "gelöschtes Konto (City)", no name and no email address left."""
    comment = make_comment(member, discussion, "Bei uns hat das funktioniert.")
    client.force_login(member)
    client.post(reverse("konto:delete"), {"password": PASSWORD})
    comment = type(comment).objects.get(pk=comment.pk)
    assert "Mara" not in comment.user_name
    assert "Muster" not in comment.user_name
    assert "mitglied@example.org" not in comment.user_email
    if hasattr(comment, "author_name"):
        assert "gelöschtes Konto" in str(comment.author_name)


def test_superuser_cannot_delete_itself_on_the_member_page(client, superuser):
    client.force_login(superuser)
    response = client.post(reverse("konto:delete"), {"password": PASSWORD})
    assert response.status_code == 403
    assert get_user_model().objects.filter(pk=superuser.pk).exists()

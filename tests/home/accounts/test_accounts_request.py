"""The request for access ("Zugang beantragen"): a person of a member city asks for
an account, the Redaktion approves it in the admin, the person sets a password
through the link in the mail – or gets a polite notice. Non-member cities are
refused with a clear message."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from home.models import AccessRequest
from labs.models import Membership

LINK = re.compile(r"https?://[^/\s]+(/konto/passwort/neu/[^\s]+/)")
URL = "/konto/zugang-beantragen/"


def request_data(member_city, **extra):
    return {
        "name": "Jonas Mehlhose",
        "email": "Jonas.Mehlhose@Example.org",
        "city": str(member_city.pk),
        "function": "Quartierskoordination",
        "message": "",
        **extra,
    }


def approve_url(access_request):
    return reverse("home_accessrequest_modeladmin_approve", args=[access_request.pk])


def decline_url(access_request):
    return reverse("home_accessrequest_modeladmin_decline", args=[access_request.pk])


@pytest.fixture
def open_request(city):
    return AccessRequest.objects.create(
        name="Jonas Mehlhose",
        email="jonas.mehlhose@example.org",
        city=city,
        function="Quartierskoordination",
    )


# --- The form --------------------------------------------------------------------------


def test_form_lists_member_cities_and_explains_data_use(client, city, other_city):
    html = client.get(URL).content.decode()
    assert "<h1>Zugang beantragen</h1>" in html
    assert f'<option value="{city.pk}">Neckarweiler</option>' in html
    assert f'<option value="{other_city.pk}">Filsingen</option>' in html
    assert "Meine Stadt ist nicht in der Liste" in html
    assert "Datenschutzhinweis" in html
    assert 'autocomplete="email"' in html


def test_request_is_stored_and_redaktion_is_told(client, city, redakteurin):
    response = client.post(URL, request_data(city))
    assert response["Location"] == reverse("konto:access_request_done")
    access_request = AccessRequest.objects.get()
    assert access_request.email == "jonas.mehlhose@example.org"
    assert access_request.city == city
    assert access_request.is_pending
    assert [m.to for m in mail.outbox] == [[redakteurin.email]]
    assert (
        "Neue Zugangsanfrage: Jonas Mehlhose (Neckarweiler)" in mail.outbox[0].subject
    )
    thanks = client.get(response["Location"]).content.decode()
    assert "jonas.mehlhose@example.org" in thanks


@pytest.mark.parametrize(
    "city_value", ["andere", "Gibtsnichtstadt", "999999", "<script>x</script>"]
)
def test_non_member_city_is_refused_with_a_clear_message(client, city, city_value):
    response = client.post(URL, request_data(city, city=city_value))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Zugang erhalten nur Beschäftigte der Mitgliedsstädte" in html
    assert 'href="#id_city"' in html  # error summary links to the field
    assert 'aria-describedby="id_city-hilfe id_city-fehler"' in html
    assert "<script>x</script>" not in html
    assert not AccessRequest.objects.exists()
    assert mail.outbox == []


def test_member_city_typed_as_text_is_accepted(client, city):
    client.post(URL, request_data(city, city="  neckarweiler "))
    assert AccessRequest.objects.get().city == city


def test_missing_fields_are_summarised(client, city):
    response = client.post(URL, {"city": str(city.pk)})
    html = response.content.decode()
    assert response.status_code == 400
    for field in ("name", "email", "function"):
        assert f'href="#id_{field}"' in html
    assert not AccessRequest.objects.exists()


def test_second_request_of_the_same_address_is_not_duplicated(client, city):
    client.post(URL, request_data(city))
    response = client.post(URL, request_data(city, email="jonas.mehlhose@example.org"))
    assert response["Location"] == reverse("konto:access_request_done")
    assert AccessRequest.objects.count() == 1


def test_request_for_an_existing_account_sends_a_reset_link_instead(
    client, city, member
):
    response = client.post(URL, request_data(city, email="MITGLIED@example.org"))
    # Same answer as for anyone else: the form does not reveal who has an account.
    assert response["Location"] == reverse("konto:access_request_done")
    assert not AccessRequest.objects.exists()
    assert [m.to for m in mail.outbox] == [["mitglied@example.org"]]
    assert "schon ein Konto" in mail.outbox[0].subject
    assert "/konto/passwort-vergessen/" in mail.outbox[0].body


# --- Approval in the admin, and setting the password ------------------------------------


def test_redaktion_approves_and_the_person_sets_a_password(
    client, redakteurin, open_request, city
):
    client.force_login(redakteurin)
    listing = client.get(reverse("home_accessrequest_modeladmin_index"))
    html = listing.content.decode()
    assert "Jonas Mehlhose" in html
    assert approve_url(open_request) in html and decline_url(open_request) in html
    assert client.get(approve_url(open_request)).status_code == 200

    response = client.post(approve_url(open_request))
    assert response.status_code == 302
    user = get_user_model().objects.get(email="jonas.mehlhose@example.org")
    assert user.username == "jonas.mehlhose@example.org"
    assert user.get_full_name() == "Jonas Mehlhose"
    assert not user.has_usable_password()
    assert Membership.objects.get(user=user).city == city
    assert Membership.objects.get(user=user).function == "Quartierskoordination"
    open_request.refresh_from_db()
    assert open_request.status == "approved"
    assert open_request.decided_by == redakteurin

    message = mail.outbox[-1]
    assert message.to == ["jonas.mehlhose@example.org"]
    assert "freigegeben" in message.subject
    path = LINK.search(message.body).group(1)

    client.logout()
    form = client.get(path, follow=True)
    assert "Passwort festlegen" in form.content.decode()
    password = "Mein-Quartier-2026"
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": password, "new_password2": password},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("konto:profile")
    assert "Jonas Mehlhose (Neckarweiler)" in response.content.decode()
    client.logout()
    assert client.login(username="jonas.mehlhose@example.org", password=password)
    client.logout()
    assert (
        "Dieser Link gilt nicht mehr" in client.get(path, follow=True).content.decode()
    )


def test_expired_invitation_can_be_renewed_by_password_reset(
    client, redakteurin, open_request
):
    """An account that never had a password still gets a reset link."""
    client.force_login(redakteurin)
    client.post(approve_url(open_request))
    client.logout()
    mail.outbox.clear()
    client.post(reverse("konto:password_reset"), {"email": open_request.email})
    assert [m.to for m in mail.outbox] == [[open_request.email]]
    assert LINK.search(mail.outbox[0].body)


def test_redaktion_approves_a_pilot_city_editor(client, redakteurin, pilot, lab, city):
    access_request = AccessRequest.objects.create(
        name="Nora Neu", email="nora@example.org", city=city, function="Stadtplanung"
    )
    client.force_login(redakteurin)
    assert (
        "Auch als Redaktion des StadtLabors"
        in client.get(approve_url(access_request)).content.decode()
    )
    client.post(approve_url(access_request), {"pilot_editor": "on"})
    user = get_user_model().objects.get(email="nora@example.org")
    assert user.groups.filter(name="Pilotstadt Neckarweiler").exists()


def test_redaktion_declines_politely(client, redakteurin, open_request):
    client.force_login(redakteurin)
    response = client.post(
        decline_url(open_request), {"note": "Bitte mit der dienstlichen Adresse."}
    )
    assert response.status_code == 302
    open_request.refresh_from_db()
    assert open_request.status == "declined"
    assert not get_user_model().objects.filter(email=open_request.email).exists()
    message = mail.outbox[-1]
    assert message.to == [open_request.email]
    assert "Guten Tag Jonas Mehlhose" in message.body
    assert "Bitte mit der dienstlichen Adresse." in message.body


def test_a_decided_request_cannot_be_decided_again(client, redakteurin, open_request):
    client.force_login(redakteurin)
    client.post(decline_url(open_request))
    response = client.post(approve_url(open_request), follow=True)
    assert "bereits entschieden" in response.content.decode()
    assert not get_user_model().objects.filter(email=open_request.email).exists()


def test_approval_is_refused_if_the_address_got_an_account_meanwhile(
    client, redakteurin, open_request, member
):
    open_request.email = member.email
    open_request.save()
    client.force_login(redakteurin)
    response = client.post(approve_url(open_request), follow=True)
    assert "gibt es bereits ein Konto" in response.content.decode()
    open_request.refresh_from_db()
    assert open_request.is_pending
    assert Membership.objects.get(user=member).city.name == "Neckarweiler"


def test_only_redaktion_sees_and_decides_requests(client, pilot, member, open_request):
    for user in (pilot, member):
        client.force_login(user)
        assert client.get(
            reverse("home_accessrequest_modeladmin_index")
        ).status_code in (
            302,
            403,
        )
        response = client.post(approve_url(open_request))
        assert response.status_code in (302, 403)
        assert "/modeladmin" not in response.get("Location", "")
    open_request.refresh_from_db()
    assert open_request.is_pending
    assert not get_user_model().objects.filter(email=open_request.email).exists()

"""The demo accounts have the real roles: the demo Redaktion is a plain member of
the group Redaktion (no superuser), each demo pilot-city editor edits only their own
lab, demo members have no admin access."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from home.demo.content.association import USERS
from knowledge.models import KnowledgeIndexPage
from labs.models import LabPage


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)


def users(role):
    return [spec for spec in USERS if spec["role"] == role]


def test_demo_accounts_have_real_roles(demo, client):
    User = get_user_model()
    redaktion = User.objects.get(username="redaktion@example.org")
    assert not redaktion.is_superuser
    assert list(redaktion.groups.values_list("name", flat=True)) == ["Redaktion"]
    for spec in users("pilot"):
        user = User.objects.get(username=spec["email"])
        assert list(user.groups.values_list("name", flat=True)) == [
            f"Pilotstadt {spec['city']}"
        ]
    for spec in users("member"):
        assert not User.objects.get(username=spec["email"]).groups.exists()
    assert not Group.objects.filter(name="Pilotstädte (Demo)").exists()

    # The demo Redaktion edits every lab, curates and decides on requests.
    assert client_login(client, "redaktion@example.org")
    for lab in LabPage.objects.all():
        url = reverse("wagtailadmin_pages:edit", args=[lab.pk])
        assert client.get(url).status_code == 200
    hub = KnowledgeIndexPage.objects.get()
    html = client.get(
        reverse("wagtailadmin_pages:edit", args=[hub.pk])
    ).content.decode()
    assert "featured_learnings-TOTAL_FORMS" in html
    assert client.get(reverse("home_accessrequest_modeladmin_index")).status_code == 200
    assert client.get(reverse("provision_pilot_city")).status_code == 200


def client_login(client, username):
    return client.login(username=username, password="StadtLabor-Demo-2026")


def test_demo_pilot_editors_edit_only_their_own_lab(demo, client):
    labs = {lab.city.name: lab for lab in LabPage.objects.select_related("city")}
    hub = KnowledgeIndexPage.objects.get()
    for spec in users("pilot"):
        assert client_login(client, spec["email"])
        for city, lab in labs.items():
            response = client.get(reverse("wagtailadmin_pages:edit", args=[lab.pk]))
            expected = 200 if city == spec["city"] else 302
            assert response.status_code == expected, (spec["email"], city)
        response = client.get(reverse("wagtailadmin_pages:edit", args=[hub.pk]))
        assert response.status_code == 302
        client.logout()

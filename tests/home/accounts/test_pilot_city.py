"""`manage.py create_pilot_city` and the admin action provision a pilot city in one
step and idempotently: City, draft lab, group with rights on that lab only, collection,
workflow."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    WorkflowPage,
)

from home import demo
from labs.models import City, LabIndexPage, LabPage, NetworkRole


def run(*args):
    out = io.StringIO()
    call_command("create_pilot_city", *args, stdout=out)
    return out.getvalue()


def state():
    """Everything provisioning may create, for comparing two runs."""
    return {
        "cities": list(
            City.objects.values_list("name", "network_role", "publishes_directly")
        ),
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "group_permissions": sorted(
            GroupPagePermission.objects.values_list(
                "group__name", "page_id", "permission__codename"
            )
        ),
        "collections": sorted(Collection.objects.values_list("name", flat=True)),
        "collection_permissions": sorted(
            GroupCollectionPermission.objects.values_list(
                "group__name", "collection__name", "permission__codename"
            )
        ),
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "workflow_pages": sorted(
            WorkflowPage.objects.values_list("page_id", "workflow__name")
        ),
    }


def test_new_pilot_city_gets_city_draft_lab_group_collection_and_workflow(lab_index):
    out = run("Rebhaldenheim")
    city = City.objects.get(name="Rebhaldenheim")
    assert city.network_role == NetworkRole.CURRENT
    assert not city.publishes_directly

    lab = LabPage.objects.get(city=city)
    assert not lab.live
    assert lab.get_parent().pk == lab_index.pk
    assert lab.title == "StadtLabor Rebhaldenheim"

    group = Group.objects.get(name="Pilotstadt Rebhaldenheim")
    assert group.permissions.filter(codename="access_admin").exists()
    page_perms = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    )
    assert page_perms == {(lab.pk, "add_page"), (lab.pk, "change_page")}

    collection = Collection.objects.get(name="Pilotstadt Rebhaldenheim")
    assert collection.get_parent().depth == 1
    collection_perms = set(
        GroupCollectionPermission.objects.filter(collection=collection).values_list(
            "group__name", "permission__codename"
        )
    )
    assert collection_perms == {
        ("Pilotstadt Rebhaldenheim", f"{action}_{model}")
        for action in ("add", "change", "choose")
        for model in ("image", "document")
    }
    assert WorkflowPage.objects.get(page=lab_index).workflow.name == (
        "Redaktionsfreigabe"
    )
    assert lab.get_workflow().name == "Redaktionsfreigabe"
    assert "Pilotstadt Rebhaldenheim eingerichtet" in out


def test_second_run_changes_nothing(lab_index):
    run("Rebhaldenheim", "--publishes-directly")
    before = state()
    out = run("Rebhaldenheim")
    assert state() == before
    assert "nichts geändert" in out
    assert "angelegt" not in out


def test_existing_city_with_lab_keeps_its_lab_and_gets_no_draft(lab, city):
    pages = Page.objects.count()
    run("neckarweiler")  # any capitalisation
    assert Page.objects.count() == pages
    group = Group.objects.get(name="Pilotstadt Neckarweiler")
    assert set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", flat=True
        )
    ) == {lab.pk}
    city.refresh_from_db()
    assert city.network_role == NetworkRole.CURRENT


def test_trusted_city_gets_publish_permission_and_loses_it_again(lab, city):
    run("Neckarweiler", "--publishes-directly")
    perms = GroupPagePermission.objects.filter(group__name="Pilotstadt Neckarweiler")
    assert perms.filter(permission__codename="publish_page").exists()
    run("Neckarweiler", "--needs-approval")
    assert not perms.filter(permission__codename="publish_page").exists()
    city.refresh_from_db()
    assert not city.publishes_directly


def test_switching_publishes_directly_on_the_city_updates_the_group(lab, city):
    run("Neckarweiler")
    city.publishes_directly = True
    city.save()
    perms = GroupPagePermission.objects.filter(group__name="Pilotstadt Neckarweiler")
    assert perms.filter(permission__codename="publish_page").exists()
    city.publishes_directly = False
    city.save()
    assert not perms.filter(permission__codename="publish_page").exists()


def test_a_further_lab_of_a_pilot_city_belongs_to_its_group(lab, lab_index, city):
    run("Neckarweiler")
    second = demo.build_lab(lab_index, title="Zweites Labor: Ortskern", city=city)
    assert (
        GroupPagePermission.objects.filter(
            group__name="Pilotstadt Neckarweiler", page=second
        ).count()
        == 2
    )  # add and change


def test_renaming_a_city_renames_its_group_and_collection(lab, city):
    run("Neckarweiler")
    city.name = "Neckarweiler am See"
    city.save()
    assert Group.objects.filter(name="Pilotstadt Neckarweiler am See").exists()
    assert Collection.objects.filter(name="Pilotstadt Neckarweiler am See").exists()
    assert not Group.objects.filter(name="Pilotstadt Neckarweiler").exists()


def test_probable_typo_is_refused_with_suggestion(lab, city):
    with pytest.raises(CommandError, match="Neckarweiler"):
        run("Neckarwieler")
    assert not City.objects.filter(name="Neckarwieler").exists()
    assert not Group.objects.filter(name__startswith="Pilotstadt").exists()


def test_new_city_flag_creates_a_city_despite_a_similar_name(lab, city):
    run("Neckarwieler", "--new-city")
    assert City.objects.filter(name="Neckarwieler").exists()


@pytest.mark.parametrize("name", ["", "   ", "123", "x" * 101])
def test_bad_names_are_refused_and_nothing_created(lab_index, name):
    before = state()
    with pytest.raises(CommandError):
        run(name)
    assert state() == before


def test_without_lab_index_the_command_explains_what_is_missing(db):
    assert not LabIndexPage.objects.exists()
    with pytest.raises(CommandError, match="StadtLabore"):
        run("Rebhaldenheim")
    assert not City.objects.filter(name="Rebhaldenheim").exists()


# --- The same as an action in the admin -------------------------------------------


def test_redaktion_provisions_a_pilot_city_in_the_admin(client, redakteurin, lab, city):
    client.force_login(redakteurin)
    listing = client.get(reverse("wagtailsnippets_labs_city:list"))
    assert "Als Pilotstadt einrichten" in listing.content.decode()

    url = reverse("provision_pilot_city")
    form = client.get(url, {"city": city.pk})
    assert form.status_code == 200
    response = client.post(url, {"city": city.pk, "publishes_directly": "on"})
    assert response.status_code == 200
    assert "Ergebnis für Neckarweiler" in response.content.decode()
    group = Group.objects.get(name="Pilotstadt Neckarweiler")
    assert GroupPagePermission.objects.filter(
        group=group, page=lab, permission__codename="publish_page"
    ).exists()

    before = state()
    again = client.post(url, {"city": city.pk, "publishes_directly": "on"})
    assert "bereits vollständig eingerichtet" in again.content.decode()
    assert state() == before


def test_pilot_editor_and_member_cannot_provision(client, pilot, member, other_city):
    url = reverse("provision_pilot_city")
    for user in (pilot, member):
        client.force_login(user)
        response = client.post(url, {"city": other_city.pk})
        assert response.status_code in (302, 403)
    assert not Group.objects.filter(name="Pilotstadt Filsingen").exists()

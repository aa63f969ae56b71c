"""Workflow "Redaktionsfreigabe": pages that a pilot city submits go to the Redaktion
for approval; a trusted pilot city publishes directly."""

import re

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowPage, WorkflowState

from home import demo
from labs.models import City, ExperimentPage


def submit_form(page, **extra):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "teaser": page.teaser,
            "format_type": page.format_type,
            "status": page.status,
            "hypothesis": page.hypothesis,
            "start_date": page.start_date.isoformat(),
            "resources_staff": page.resources_staff,
            "cost_band": page.cost_band,
            "effort": page.effort,
            "transferability": page.transferability,
            "success_criteria": rich_text(""),
            "result": rich_text(""),
            "success_factors": rich_text(""),
            "obstacles": rich_text(""),
            "next_steps": rich_text(""),
            "procedure": streamfield([]),
            **extra,
        }
    )


def test_migration_creates_redaktion_and_the_workflow(db):
    group = Group.objects.get(name="Redaktion")
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "change_city",
        "change_membership",
        "change_accessrequest",
        "provision_pilot_city",
        "change_sitesettings",
    } <= codenames
    page_perms = set(
        group.page_permissions.filter(page__depth=1).values_list(
            "permission__codename", flat=True
        )
    )
    assert page_perms == {
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    }
    collection_perms = set(
        group.collection_permissions.filter(collection__depth=1).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_image", "choose_image", "add_document", "choose_document"} <= (
        collection_perms
    )
    # Wagtail's generic groups with rights on the whole tree are gone.
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    root_workflow = WorkflowPage.objects.get(page__depth=1).workflow
    assert root_workflow.name == "Redaktionsfreigabe"
    task = root_workflow.tasks.get().specific
    assert list(task.groups.all()) == [group]


def test_lab_pages_go_through_redaktionsfreigabe(pilot, lab, experiment):
    assert WorkflowPage.objects.filter(
        page=lab.get_parent(), workflow__name="Redaktionsfreigabe"
    ).exists()
    assert experiment.get_workflow().name == "Redaktionsfreigabe"


def test_submitted_page_goes_to_redaktion_who_approves_it(
    client, pilot, redakteurin, lab
):
    draft = demo.build_experiment(lab, title="Quartiersspaziergang", live=False)
    client.force_login(pilot)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        submit_form(draft, **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Redaktionsfreigabe"
    assert not ExperimentPage.objects.get(pk=draft.pk).live
    # The Redaktion hears about it by email.
    assert any(redakteurin.email in message.to for message in mail.outbox)

    # The pilot city cannot approve its own page.
    task_state = state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[draft.pk, "approve", task_state.pk],
    )
    client.post(approve)
    assert not ExperimentPage.objects.get(pk=draft.pk).live

    client.force_login(redakteurin)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Quartiersspaziergang" in dashboard
    response = client.post(approve)
    assert response.status_code == 302
    page = ExperimentPage.objects.get(pk=draft.pk)
    assert page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_redaktion_sends_a_page_back_for_changes(client, pilot, redakteurin, lab):
    draft = demo.build_experiment(lab, title="Leerstandslotsen", live=False)
    client.force_login(pilot)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        submit_form(draft, **{"action-submit": "1"}),
    )
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    client.force_login(redakteurin)
    mail.outbox.clear()
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[draft.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": "Bitte die Kosten ergänzen."},
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not ExperimentPage.objects.get(pk=draft.pk).live
    assert any(pilot.email in message.to for message in mail.outbox)


def test_trusted_pilot_city_publishes_without_approval(client, other_pilot, other_lab):
    draft = demo.build_experiment(other_lab, title="Bürgerbus", live=False)
    client.force_login(other_pilot)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        submit_form(draft, **{"action-publish": "1"}),
    )
    assert ExperimentPage.objects.get(pk=draft.pk).live
    assert not WorkflowState.objects.filter(object_id=str(draft.pk)).exists()


def test_redaktion_makes_a_pilot_city_trusted_in_the_city_snippet(
    client, pilot, redakteurin, lab, city
):
    draft = demo.build_experiment(lab, title="Nachbarschaftsbank", live=False)
    client.force_login(redakteurin)
    edit = reverse("wagtailsnippets_labs_city:edit", args=[city.pk])
    form = client.get(edit).content.decode()
    assert 'name="publishes_directly"' in form
    data = {
        "name": city.name,
        "slug": city.slug,
        "ags": "",
        "municipality_type": city.municipality_type,
        "district": city.district,
        "region": city.region,
        "population": city.population or "",
        "network_role": city.network_role,
        "website": "",
        "can_report_on": "",
        "seeks_exchange_on": "",
        "publishes_directly": "on",
    }
    response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert City.objects.get(pk=city.pk).publishes_directly

    client.force_login(pilot)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        submit_form(draft, **{"action-publish": "1"}),
    )
    assert ExperimentPage.objects.get(pk=draft.pk).live


def test_approval_mail_links_to_the_admin(client, pilot, redakteurin, lab):
    draft = demo.build_experiment(lab, title="Stadtteilfest", live=False)
    client.force_login(pilot)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        submit_form(draft, **{"action-submit": "1"}),
    )
    to_redaktion = [m for m in mail.outbox if redakteurin.email in m.to]
    assert to_redaktion
    assert re.search(r"/admin/pages/\d+/", to_redaktion[0].body)

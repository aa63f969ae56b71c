"""Permission isolation through the real Wagtail admin views.

Two pilot cities: Neckarweiler (`pilot`, needs the Redaktion's approval) and Filsingen
(`other_pilot`, trusted: publishes directly), a member without admin access, and a
plain member of the group Redaktion. Every test acts through the admin's own URLs
with the real permission checks: edit, add child, delete, move, publish, unpublish,
image and document listings and choosers, the featured list on the knowledge hub.
"""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home import demo
from knowledge.models import KnowledgeIndexPage
from labs.models import DiscussionPage, ExperimentPage, LabPage


def login(client, user):
    client.force_login(user)
    return client


def denied(response):
    """Wagtail answers a forbidden admin action with a redirect to the dashboard
    (with the message "Sorry, you do not have permission …") or with 403."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and (
        response["Location"] == "/admin/"
        or response["Location"].startswith("/admin/login/")
    )


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@pytest.fixture
def other_experiment(other_lab):
    return demo.build_experiment(other_lab, title="Bürgerbus am Markttag")


@pytest.fixture
def draft(lab):
    return demo.build_experiment(lab, title="Entwurf: Quartiersspaziergang", live=False)


@pytest.fixture
def other_draft(other_lab):
    return demo.build_experiment(other_lab, title="Entwurf: Ladenleerstand", live=False)


# --- Edit ---------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["lab", "experiment", "learning", "discussion"])
def test_pilot_editor_opens_the_editor_for_every_page_of_own_lab(
    client, pilot, request, target
):
    page = request.getfixturevalue(target)
    response = login(client, pilot).get(edit_url(page))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "target", ["other_lab", "other_experiment", "home", "knowledge_index", "lab_index"]
)
def test_pilot_editor_cannot_open_pages_outside_own_lab(client, pilot, request, target):
    page = request.getfixturevalue(target)
    assert denied(login(client, pilot).get(edit_url(page)))


def test_pilot_editor_saves_a_draft_in_own_lab_but_not_in_another(
    client, pilot, experiment, other_experiment, experiment_form
):
    login(client, pilot)
    own = client.post(
        edit_url(experiment),
        experiment_form("Klingel-Tour, zweite Runde", experiment.slug),
    )
    assert own.status_code == 302
    assert ExperimentPage.objects.get(pk=experiment.pk).draft_title == (
        "Klingel-Tour, zweite Runde"
    )

    foreign = client.post(
        edit_url(other_experiment),
        experiment_form("Übernommen!", other_experiment.slug),
    )
    assert denied(foreign)
    page = ExperimentPage.objects.get(pk=other_experiment.pk)
    assert page.draft_title == "Bürgerbus am Markttag"
    assert not page.has_unpublished_changes


def test_pilot_editor_cannot_move_own_lab_to_another_city(
    client, pilot, lab, other_city
):
    """The city field is the Redaktion's: hidden for pilot editors, and ignored if
    posted anyway."""
    login(client, pilot)
    form = client.get(edit_url(lab)).content.decode()
    assert 'name="city"' not in form
    data = nested_form_data(
        {
            "title": lab.title,
            "slug": lab.slug,
            "city": other_city.pk,
            "programme": lab.programme,
            "status": lab.status,
            "teaser": lab.teaser,
            "guiding_question": lab.guiding_question,
            "quarter_name": lab.quarter_name,
            "quarter_type": lab.quarter_type,
            "start_date": lab.start_date.isoformat(),
            "primary_theme": lab.primary_theme_id,
            "initial_situation": rich_text(lab.initial_situation),
            "challenges": rich_text(lab.challenges),
            "goals": rich_text(lab.goals),
            "responsible_units": lab.responsible_units,
            "contact_role": lab.contact_role,
            "last_reviewed": lab.last_reviewed.isoformat(),
            "body": streamfield([]),
            "easy_language_summary": rich_text(""),
        }
    )
    response = client.post(edit_url(lab), data)
    assert response.status_code == 302
    assert LabPage.objects.get(pk=lab.pk).get_latest_revision_as_object().city_id == (
        lab.city_id
    )


# --- Add child ------------------------------------------------------------------------


def test_pilot_editor_adds_an_experiment_to_own_lab_as_draft(
    client, pilot, lab, experiment_form
):
    login(client, pilot)
    assert client.get(add_url(ExperimentPage, lab)).status_code == 200
    response = client.post(
        add_url(ExperimentPage, lab),
        experiment_form(
            "Bürgerbus-Testfahrten", "buergerbus", **{"action-publish": "1"}
        ),
    )
    # Saved as a draft: publishing needs the Redaktion's approval.
    page = ExperimentPage.objects.get(slug="buergerbus")
    assert response["Location"] == edit_url(page)
    assert not page.live
    assert page.get_parent().pk == lab.pk


def test_pilot_editor_saves_a_new_draft_in_own_lab(client, pilot, lab, experiment_form):
    login(client, pilot)
    response = client.post(
        add_url(ExperimentPage, lab), experiment_form("Bürgerbus", "buergerbus")
    )
    assert response.status_code == 302
    page = ExperimentPage.objects.get(slug="buergerbus")
    assert not page.live
    assert page.lab.pk == lab.pk
    assert page.owner == pilot


@pytest.mark.parametrize(
    ("model", "parent"),
    [
        (ExperimentPage, "other_lab"),
        (DiscussionPage, "other_lab"),
        (DiscussionPage, "discussion_index"),
        (LabPage, "lab_index"),
    ],
)
def test_pilot_editor_cannot_add_pages_outside_own_lab(
    client, pilot, request, model, parent, experiment_form
):
    parent_page = request.getfixturevalue(parent)
    login(client, pilot)
    assert denied(client.get(add_url(model, parent_page)))
    count = Page.objects.count()
    response = client.post(
        add_url(model, parent_page), experiment_form("Eingeschmuggelt", "schmuggel")
    )
    assert denied(response)
    assert Page.objects.count() == count


# --- Publish and unpublish -------------------------------------------------------------


def test_pilot_editor_without_trust_cannot_publish(
    client, pilot, draft, experiment_form
):
    login(client, pilot)
    client.post(
        edit_url(draft),
        experiment_form(draft.title, draft.slug, **{"action-publish": "1"}),
    )
    assert not ExperimentPage.objects.get(pk=draft.pk).live


def test_pilot_editor_without_trust_cannot_unpublish_own_page(
    client, pilot, experiment
):
    url = reverse("wagtailadmin_pages:unpublish", args=[experiment.pk])
    login(client, pilot)
    assert denied(client.get(url))
    client.post(url)
    assert ExperimentPage.objects.get(pk=experiment.pk).live


def test_trusted_pilot_editor_publishes_and_unpublishes_in_own_lab(
    client, other_pilot, other_draft, other_experiment, experiment_form
):
    login(client, other_pilot)
    response = client.post(
        edit_url(other_draft),
        experiment_form(other_draft.title, other_draft.slug, **{"action-publish": "1"}),
    )
    assert response.status_code == 302
    assert ExperimentPage.objects.get(pk=other_draft.pk).live

    url = reverse("wagtailadmin_pages:unpublish", args=[other_experiment.pk])
    assert client.get(url).status_code == 200
    client.post(url)
    assert not ExperimentPage.objects.get(pk=other_experiment.pk).live


def test_trusted_pilot_editor_cannot_publish_or_unpublish_in_another_lab(
    client, other_pilot, draft, experiment, experiment_form
):
    login(client, other_pilot)
    response = client.post(
        edit_url(draft),
        experiment_form(draft.title, draft.slug, **{"action-publish": "1"}),
    )
    assert denied(response)
    assert not ExperimentPage.objects.get(pk=draft.pk).live
    url = reverse("wagtailadmin_pages:unpublish", args=[experiment.pk])
    assert denied(client.post(url))
    assert ExperimentPage.objects.get(pk=experiment.pk).live


# --- Delete and move -------------------------------------------------------------------


def delete_url(page):
    return reverse("wagtailadmin_pages:delete", args=[page.pk])


def test_pilot_editor_deletes_a_draft_of_own_lab(client, pilot, draft):
    login(client, pilot)
    assert client.get(delete_url(draft)).status_code == 200
    client.post(delete_url(draft))
    assert not Page.objects.filter(pk=draft.pk).exists()


def test_pilot_editor_without_trust_cannot_delete_live_pages(client, pilot, experiment):
    login(client, pilot)
    assert denied(client.post(delete_url(experiment)))
    assert Page.objects.filter(pk=experiment.pk).exists()


@pytest.mark.parametrize("who", ["pilot", "other_pilot"])
def test_pilot_editors_cannot_delete_their_lab_itself(client, request, who, lab_index):
    """Not even a childless draft lab: it carries the group's permissions."""
    user = request.getfixturevalue(who)
    lab = LabPage.objects.get(city__name=user.membership.city.name)
    for child in lab.get_children():
        child.delete()
    login(client, user)
    response = client.post(delete_url(lab))
    assert response.status_code == 302
    assert LabPage.objects.filter(pk=lab.pk).exists()


@pytest.mark.parametrize("target", ["other_experiment", "other_draft", "other_lab"])
def test_pilot_editor_cannot_delete_in_another_lab(client, pilot, request, target):
    page = request.getfixturevalue(target)
    login(client, pilot)
    assert denied(client.get(delete_url(page)))
    assert denied(client.post(delete_url(page)))
    assert Page.objects.filter(pk=page.pk).exists()


def test_pilot_editor_cannot_move_pages_into_or_out_of_another_lab(
    client, pilot, other_pilot, draft, other_draft, lab, other_lab
):
    login(client, pilot)
    out = reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, other_lab.pk])
    assert denied(client.post(out))
    into = reverse("wagtailadmin_pages:move_confirm", args=[other_draft.pk, lab.pk])
    assert denied(client.post(into))
    assert denied(client.get(reverse("wagtailadmin_pages:move", args=[other_draft.pk])))
    assert Page.objects.get(pk=draft.pk).get_parent().pk == lab.pk
    assert Page.objects.get(pk=other_draft.pk).get_parent().pk == other_lab.pk


def test_trusted_pilot_editor_cannot_move_own_lab(client, other_pilot, other_lab, home):
    login(client, other_pilot)
    url = reverse("wagtailadmin_pages:move_confirm", args=[other_lab.pk, home.pk])
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] != reverse("wagtailadmin_explore", args=[home.pk])
    assert Page.objects.get(pk=other_lab.pk).get_parent().specific_class.__name__ == (
        "LabIndexPage"
    )


# --- Images and documents -----------------------------------------------------------


@pytest.fixture
def media(pilot, other_pilot):
    """One image and one document in each pilot city's collection."""
    image_model, document_model = get_image_model(), get_document_model()
    items = {}
    for key, city in (("own", "Neckarweiler"), ("other", "Filsingen")):
        collection = Collection.objects.get(name=f"Pilotstadt {city}")
        items[f"{key}_image"] = image_model.objects.create(
            title=f"Luftbild {city}",
            file=get_test_image_file(filename=f"{city.lower()}.png"),
            collection=collection,
        )
        items[f"{key}_document"] = document_model.objects.create(
            title=f"Protokoll {city}",
            file=ContentFile(b"%PDF-1.4 Beispiel", name=f"{city.lower()}.pdf"),
            collection=collection,
        )
    return items


def test_pilot_editor_sees_and_chooses_only_own_images(client, pilot, media):
    login(client, pilot)
    for name in ("wagtailimages:index", "wagtailimages_chooser:choose"):
        html = client.get(reverse(name)).content.decode()
        assert "Luftbild Neckarweiler" in html, name
        assert "Luftbild Filsingen" not in html, name
    chosen = client.get(
        reverse("wagtailimages_chooser:chosen", args=[media["other_image"].pk])
    )
    assert denied(chosen)


def test_pilot_editor_sees_and_chooses_only_own_documents(client, pilot, media):
    login(client, pilot)
    for name in ("wagtaildocs:index", "wagtaildocs_chooser:choose"):
        html = client.get(reverse(name)).content.decode()
        assert "Protokoll Neckarweiler" in html, name
        assert "Protokoll Filsingen" not in html, name
    chosen = client.get(
        reverse("wagtaildocs_chooser:chosen", args=[media["other_document"].pk])
    )
    assert denied(chosen)


def test_pilot_editor_cannot_edit_or_delete_another_citys_media(client, pilot, media):
    login(client, pilot)
    image, document = media["other_image"], media["other_document"]
    for url in (
        reverse("wagtailimages:edit", args=[image.pk]),
        reverse("wagtailimages:delete", args=[image.pk]),
        reverse("wagtaildocs:edit", args=[document.pk]),
        reverse("wagtaildocs:delete", args=[document.pk]),
    ):
        assert denied(client.get(url)), url
        client.post(url, {"title": "Gekapert"})
    assert get_image_model().objects.get(pk=image.pk).title == "Luftbild Filsingen"
    assert get_document_model().objects.get(pk=document.pk).title == (
        "Protokoll Filsingen"
    )


def test_pilot_editor_uploads_into_own_collection_only(client, pilot, other_pilot):
    own = Collection.objects.get(name="Pilotstadt Neckarweiler")
    other = Collection.objects.get(name="Pilotstadt Filsingen")
    login(client, pilot)
    form = client.get(reverse("wagtailimages:add")).content.decode()
    assert "Pilotstadt Filsingen" not in form
    client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Stadtteilfest",
            "file": get_test_image_file(filename="fest.png"),
            "collection": other.pk,
        },
    )
    client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Einladung",
            "file": ContentFile(b"%PDF-1.4 Einladung", name="einladung.pdf"),
            "collection": other.pk,
        },
    )
    image_model, document_model = get_image_model(), get_document_model()
    assert not image_model.objects.filter(collection=other).exists()
    assert not document_model.objects.filter(collection=other).exists()
    uploaded = image_model.objects.filter(title="Stadtteilfest").first()
    if uploaded is not None:
        assert uploaded.collection == own


def image_block(image):
    return streamfield(
        [
            (
                "image",
                {
                    "image": image.pk,
                    "alt_text": "Luftbild",
                    "caption": "",
                    "credit": "",
                },
            )
        ]
    )


def test_page_referring_to_another_citys_image_is_refused(
    client, pilot, media, experiment, experiment_form
):
    """The chooser does not offer it; a hand-made request is refused as well."""
    login(client, pilot)
    data = experiment_form(experiment.title, experiment.slug)
    data.update(nested_form_data({"procedure": image_block(media["other_image"])}))
    response = client.post(edit_url(experiment), data)
    assert response.status_code == 200
    assert "Sammlung, aus der Sie nicht auswählen" in response.content.decode()
    latest = ExperimentPage.objects.get(
        pk=experiment.pk
    ).get_latest_revision_as_object()
    assert not list(latest.procedure)

    data.update(nested_form_data({"procedure": image_block(media["own_image"])}))
    assert client.post(edit_url(experiment), data).status_code == 302
    latest = ExperimentPage.objects.get(
        pk=experiment.pk
    ).get_latest_revision_as_object()
    assert latest.procedure[0].value["image"].pk == media["own_image"].pk


@pytest.mark.parametrize("block", ["document", "paragraph"])
def test_document_of_another_city_is_refused_in_a_block_and_in_rich_text(
    client, pilot, media, experiment, block, experiment_form
):
    document = media["other_document"]
    value = (
        {"document": document.pk, "title": ""}
        if block == "document"
        else rich_text(
            f'<p><a linktype="document" id="{document.pk}">Protokoll</a></p>'
        )
    )
    login(client, pilot)
    data = experiment_form(experiment.title, experiment.slug)
    data.update(nested_form_data({"procedure": streamfield([(block, value)])}))
    response = client.post(edit_url(experiment), data)
    assert response.status_code == 200
    assert "Protokoll Filsingen" in response.content.decode()


def test_image_the_page_already_had_may_stay(client, pilot, media, lab):
    """E.g. the lab's title image, chosen by the Redaktion from the shared pool."""
    lab = demo.update_page(
        lab, fields={"hero_image": media["other_image"], "hero_image_alt": "Luftbild"}
    )
    login(client, pilot)
    form = client.get(edit_url(lab))
    assert form.status_code == 200
    assert LabPage.objects.get(pk=lab.pk).hero_image_id == media["other_image"].pk


def test_redaktion_sees_every_citys_media(client, redakteurin, media):
    login(client, redakteurin)
    html = client.get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert "Luftbild Neckarweiler" in html and "Luftbild Filsingen" in html
    html = client.get(reverse("wagtaildocs_chooser:choose")).content.decode()
    assert "Protokoll Neckarweiler" in html and "Protokoll Filsingen" in html


# --- Curation: the featured list on the knowledge hub --------------------------------


def featured_form(hub, learnings):
    return nested_form_data(
        {
            "title": hub.title,
            "slug": hub.slug,
            "intro": rich_text(hub.intro or ""),
            "featured_learnings": inline_formset(
                [
                    {"learning": learning.pk, "note": f"Lesenswert: {learning.title}"}
                    for learning in learnings
                ]
            ),
            "action-publish": "1",
        }
    )


def test_only_redaktion_changes_the_featured_list(
    client, pilot, other_pilot, redakteurin, knowledge_index, lab, learning
):
    hub = knowledge_index
    for user in (pilot, other_pilot):
        login(client, user)
        assert denied(client.get(edit_url(hub)))
        assert denied(client.post(edit_url(hub), featured_form(hub, [learning])))
    assert not KnowledgeIndexPage.objects.get(pk=hub.pk).featured_learnings.exists()

    # The Redaktion (no superuser) curates an ordered list of four.
    others = [
        demo.build_learning(lab, title=f"Erkenntnis Nummer {n}") for n in (2, 3, 4)
    ]
    chosen = [others[2], learning, others[0], others[1]]
    login(client, redakteurin)
    assert client.get(edit_url(hub)).status_code == 200
    response = client.post(edit_url(hub), featured_form(hub, chosen))
    assert response.status_code == 302
    hub = KnowledgeIndexPage.objects.get(pk=hub.pk)
    assert [
        entry.learning_id for entry in hub.featured_learnings.order_by("sort_order")
    ] == [page.pk for page in chosen]

    # The home page shows the first three, in the editors' order, with their note.
    client.logout()
    home_page = client.get("/").content.decode()
    positions = [home_page.find(f"Lesenswert: {page.title}") for page in chosen[:3]]
    assert -1 not in positions and positions == sorted(positions)
    assert f"Lesenswert: {chosen[3].title}" not in home_page


# --- Members and visitors ---------------------------------------------------------


def test_member_has_no_admin_access(client, member, lab, experiment):
    login(client, member)
    for url in (
        reverse("wagtailadmin_home"),
        edit_url(experiment),
        add_url(ExperimentPage, lab),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs_chooser:choose"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "/admin/login/" in response["Location"], url


@pytest.mark.parametrize("who", [None, "member", "other_pilot"])
def test_drafts_and_previews_are_invisible(client, request, who, lab, draft):
    if who:
        login(client, request.getfixturevalue(who))
    assert client.get(f"{lab.url}{draft.slug}/").status_code == 404
    for url in (
        reverse("wagtailadmin_pages:view_draft", args=[draft.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk]),
        reverse(
            "wagtailadmin_pages:revisions_view",
            args=[draft.pk, draft.latest_revision_id],
        ),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert draft.title not in response.content.decode(), url


def test_unpublished_lab_is_invisible_to_visitors_and_members(client, member, lab):
    lab.unpublish()
    assert client.get(lab.url or f"/stadtlabore/{lab.slug}/").status_code == 404
    login(client, member)
    assert client.get(f"/stadtlabore/{lab.slug}/").status_code == 404
    assert lab.title not in client.get("/stadtlabore/").content.decode()


def test_pilot_editor_previews_own_draft(client, pilot, draft):
    login(client, pilot)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[draft.pk]))
    assert response.status_code == 200
    assert draft.title in response.content.decode()

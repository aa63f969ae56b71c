"""Read-only Wagtail API v2: published public pages only, documented fields,
no personal data, private media hidden, page size and rate limited."""

import json

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home import demo

LAB_FIELDS = {
    "city",
    "programme",
    "status",
    "teaser",
    "guiding_question",
    "quarter_name",
    "quarter_type",
    "quarter_population",
    "primary_theme",
    "themes",
    "target_groups",
    "start_date",
    "end_date",
    "initial_situation",
    "challenges",
    "goals",
    "responsible_units",
    "partners",
    "contact_role",
    "easy_language_summary",
    "last_reviewed",
    "is_demo",
}
EXPERIMENT_FIELDS = {
    "lab",
    "city",
    "teaser",
    "format_type",
    "status",
    "stop_reason",
    "hypothesis",
    "place",
    "start_date",
    "end_date",
    "themes",
    "target_groups",
    "resources_staff",
    "cost_band",
    "cost_note",
    "effort",
    "transferability",
    "transfer_conditions",
    "evaluation_method",
    "success_criteria",
    "result",
    "success_factors",
    "obstacles",
    "next_steps",
    "learnings",
    "is_demo",
}
LEARNING_FIELDS = {
    "lab",
    "city",
    "kind",
    "evidence_level",
    "context_text",
    "recommendation",
    "retrospective",
    "themes",
    "transferability",
    "transfer_conditions",
    "evidence",
    "easy_language_summary",
    "last_reviewed",
    "is_demo",
}


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )


@pytest.fixture
def hidden(lab, experiment, learning, themes):
    """A draft and a members-only learning, and a draft experiment cited as
    evidence by the public learning."""
    draft = demo.build_learning(lab, title="Entwurf einer Erkenntnis", live=False)
    private = demo.build_learning(lab, title="Nur für Mitglieder")
    restrict(private)
    draft_experiment = demo.build_experiment(lab, title="Geheimes Vorhaben", live=False)
    learning = demo.build_learning(
        lab,
        title=learning.title,
        slug=learning.slug,
        evidence=[experiment, draft_experiment],
        themes=[themes[0]],
    )
    return {"draft": draft, "private": private, "draft_experiment": draft_experiment}


def listing(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_listing_contains_published_public_pages_only(
    client, hidden, lab, experiment, learning, discussion
):
    data = listing(client, type="knowledge.LearningPage")
    assert [item["title"] for item in data["items"]] == [learning.title]
    assert data["meta"]["total_count"] == 1
    all_ids = {item["id"] for item in listing(client, limit=50)["items"]}
    assert {lab.pk, experiment.pk, learning.pk, discussion.pk} <= all_ids
    assert not all_ids & {p.pk for p in hidden.values()}


def test_drafts_and_private_pages_are_not_found_even_for_editors(
    client, hidden, superuser
):
    client.force_login(superuser)
    for page in hidden.values():
        response = client.get(f"/api/v2/pages/{page.pk}/")
        assert response.status_code == 404, page.title
    path = hidden["private"].url
    response = client.get("/api/v2/pages/find/", {"html_path": path})
    assert response.status_code == 404


def test_lab_has_the_documented_fields_with_readable_city_and_themes(
    client, lab, themes
):
    response = client.get(f"/api/v2/pages/{lab.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= LAB_FIELDS
    assert data["city"]["name"] == "Neckarweiler"
    assert data["city"]["slug"] == "neckarweiler"
    assert data["primary_theme"] == {"name": themes[1].name, "slug": themes[1].slug}
    assert data["themes"] == [{"name": themes[3].name, "slug": themes[3].slug}]
    assert data["status"] == {"value": lab.status, "label": lab.get_status_display()}
    assert data["meta"]["html_url"] == lab.full_url


def test_experiment_and_learning_have_the_documented_fields(
    client, hidden, experiment, learning, lab
):
    data = client.get(f"/api/v2/pages/{experiment.pk}/").json()
    assert set(data) >= EXPERIMENT_FIELDS
    assert data["lab"] == {"id": lab.pk, "title": lab.title, "html_url": lab.full_url}
    assert data["city"]["name"] == "Neckarweiler"
    assert data["format_type"]["label"] == experiment.get_format_type_display()
    assert data["cost_band"] == {
        "value": experiment.cost_band,
        "label": experiment.get_cost_band_display(),
    }
    assert [lrn["title"] for lrn in data["learnings"]] == [learning.title]

    data = client.get(f"/api/v2/pages/{learning.pk}/").json()
    assert set(data) >= LEARNING_FIELDS
    assert data["kind"] == {
        "value": learning.kind,
        "label": learning.get_kind_display(),
    }
    assert data["themes"][0]["name"] == "Beteiligung, Engagement & Teilhabe"
    # The draft experiment the learning cites never shows up, not even as a link.
    assert [e["title"] for e in data["evidence"]] == [experiment.title]
    assert "Geheimes Vorhaben" not in json.dumps(data, ensure_ascii=False)


def test_api_filters_by_documented_field_values(client, lab, learning, themes):
    demo.build_learning(lab, title="Ein Stolperstein", kind="obstacle")
    data = listing(
        client, type="knowledge.LearningPage", kind="obstacle", fields="kind,city"
    )
    assert [item["title"] for item in data["items"]] == ["Ein Stolperstein"]
    assert data["items"][0]["kind"]["label"] == "Stolperstein"


def test_no_email_addresses_or_user_names_in_page_data(client, lab_index, city):
    lab = demo.build_lab(
        lab_index,
        title="Labor mit Postfach",
        city=city,
        contact_email="quartier@neckarweiler.example",
    )
    for url in (
        f"/api/v2/pages/{lab.pk}/",
        "/api/v2/pages/?type=labs.LabPage&fields=*",
    ):
        text = client.get(url).content.decode()
        assert "@" not in text
        assert "contact_email" not in text
        assert "owner" not in text
    response = client.get("/api/v2/pages/?type=labs.LabPage&fields=contact_email")
    assert response.status_code == 400


def test_page_size_is_limited(client, lab):
    assert client.get("/api/v2/pages/", {"limit": 50}).status_code == 200
    response = client.get("/api/v2/pages/", {"limit": 51})
    assert response.status_code == 400
    assert "50" in response.json()["message"]


def test_rate_limit_answers_429(client, lab, settings):
    settings.API_RATE_LIMIT = "3/minute"
    codes = [client.get("/api/v2/pages/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_documents_and_images_of_private_collections_are_not_listed(
    client, db, superuser
):
    root = Collection.get_first_root_node()
    public = root.add_child(name="Pilotstadt Neckarweiler")
    private = root.add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    inner = Collection.objects.get(pk=private.pk).add_child(name="Intern, Unterordner")
    document = get_document_model()
    image = get_image_model()
    for collection, title in (
        (public, "Checkliste Barriere-Check"),
        (private, "Protokoll intern"),
        (inner, "Entwurf intern"),
    ):
        document.objects.create(
            title=title,
            collection=collection,
            file=ContentFile(b"%PDF-1.4", name=f"{title}.pdf"),
        )
        image.objects.create(
            title=title, collection=collection, file=get_test_image_file()
        )

    client.force_login(superuser)  # the API ignores logins: the same for everyone
    for endpoint in ("documents", "images"):
        data = client.get(f"/api/v2/{endpoint}/").json()
        assert [item["title"] for item in data["items"]] == [
            "Checkliste Barriere-Check"
        ], endpoint
        hidden = (document if endpoint == "documents" else image).objects
        secret = hidden.get(title="Protokoll intern")
        assert client.get(f"/api/v2/{endpoint}/{secret.pk}/").status_code == 404
        text = json.dumps(data)
        assert "uploaded_by" not in text

"""„Empfohlene Erkenntnisse“ on the knowledge hub: each learning at most once,
each with its „Warum lesenswert“; the hub and the home page show each once."""

import re

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home import demo
from knowledge.models import FeaturedLearning, KnowledgeIndexPage


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def hub_form(hub, rows, action="action-publish"):
    return nested_form_data(
        {
            "title": hub.title,
            "slug": hub.slug,
            "intro": rich_text(hub.intro or ""),
            "featured_learnings": inline_formset(rows),
            action: "1",
        }
    )


def stored(hub):
    hub = KnowledgeIndexPage.objects.get(pk=hub.pk)
    latest = hub.get_latest_revision_as_object()
    return (
        [(e.learning_id, e.note) for e in hub.featured_learnings.all()],
        [(e.learning_id, e.note) for e in latest.featured_learnings.all()],
        hub.revisions.count(),
    )


def test_featuring_a_learning_twice_is_refused_at_the_second_row(
    client, redakteurin, knowledge_index, learning
):
    client.force_login(redakteurin)
    before = stored(knowledge_index)
    for action in ("action-publish", None):
        data = hub_form(
            knowledge_index,
            [
                {"learning": learning.pk, "note": "Zeigt, wie es geht."},
                {"learning": learning.pk, "note": "Noch einmal."},
            ],
            action=action or "unused",
        )
        response = client.post(edit_url(knowledge_index), data)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Diese Erkenntnis ist bereits empfohlen." in html
        assert stored(knowledge_index) == before


def test_featured_learning_without_reason_is_refused(
    client, redakteurin, knowledge_index, learning
):
    client.force_login(redakteurin)
    before = stored(knowledge_index)
    response = client.post(
        edit_url(knowledge_index),
        hub_form(knowledge_index, [{"learning": learning.pk, "note": ""}]),
    )
    assert response.status_code == 200
    assert "Dieses Feld muss ausgefüllt werden." in response.content.decode()
    assert stored(knowledge_index) == before


def test_distinct_featured_learnings_with_reasons_are_published(
    client, redakteurin, knowledge_index, lab, learning
):
    other = demo.build_learning(lab, title="Zweite Erkenntnis zum Zeigen")
    client.force_login(redakteurin)
    rows = [
        {"learning": learning.pk, "note": "Zeigt, wie es geht."},
        {"learning": other.pk, "note": "Spart Monate."},
    ]
    response = client.post(edit_url(knowledge_index), hub_form(knowledge_index, rows))
    assert response.status_code == 302
    live, _latest, _count = stored(knowledge_index)
    assert live == [(learning.pk, "Zeigt, wie es geht."), (other.pk, "Spart Monate.")]


def test_stored_duplicate_is_shown_once_on_hub_and_home(
    client, knowledge_index, learning
):
    """Data from before the check (or written around the form) still shows each
    learning once, with the reason of its first entry."""
    for order, note in enumerate(["Erste Begründung.", ""]):
        FeaturedLearning.objects.create(
            page=knowledge_index, learning=learning, note=note, sort_order=order
        )
    for url in (knowledge_index.url, "/"):
        html = client.get(url).content.decode()
        section = re.search(
            r'<section[^>]*aria-labelledby="empfohlen">(.*?)</section>', html, re.S
        ).group(1)
        assert section.count(f'href="{learning.url}"') == 1, url
        assert "Erste Begründung." in section, url

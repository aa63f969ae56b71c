"""Each page type renders for a visitor with its content, in German, accessibly."""

import pytest
from django.utils.html import escape

from home import demo


def get(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


def test_home_page_shows_intro_and_latest_content(client, home, lab, experiment):
    html = get(client, home)
    assert '<html lang="de"' in html
    assert "StadtLabore vor Ort" in html
    assert escape(lab.title) in html
    assert "Klingel-Tour" in html


def test_base_template_has_skip_link_landmarks_and_funding_notice(client, home):
    html = get(client, home)
    assert 'href="#inhalt"' in html
    assert '<main id="inhalt"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html
    assert html.count("<h1") == 1
    assert "Landtag von Baden-Württemberg" in html


def test_footer_links_legal_pages(client, home):
    for slug, title in [
        ("impressum", "Impressum"),
        ("datenschutz", "Datenschutzerklärung"),
        ("barrierefreiheit", "Erklärung zur Barrierefreiheit"),
        ("leichte-sprache", "Leichte Sprache"),
    ]:
        demo.build_content_page(
            home, title=title, slug=slug, body=[("paragraph", f"<p>{title} Text</p>")]
        )
    html = get(client, home)
    for slug in ["impressum", "datenschutz", "barrierefreiheit", "leichte-sprache"]:
        assert f'href="/{slug}/"' in html


def test_lab_page_shows_steckbrief_and_children(
    client, lab, experiment, learning, discussion, city
):
    html = get(client, lab)
    assert escape(lab.title) in html
    assert city.name in html
    assert "Mühlbach-Süd" in html
    assert escape(lab.guiding_question) in html
    assert "Pflege &amp; Gesundheit" in html
    assert "Klingel-Tour" in html
    assert escape(learning.title) in html
    assert escape(discussion.title) in html


def test_lab_page_lists_stopped_experiment_as_stopped(client, lab):
    demo.build_experiment(
        lab,
        title="Wohnungstausch-Börse",
        status="stopped",
        stop_reason="Zu wenige kleine barrierefreie Wohnungen.",
    )
    html = get(client, lab)
    assert "Wohnungstausch-Börse" in html
    assert "eingestellt" in html


def test_experiment_page_shows_fields_and_learnings(client, experiment, learning):
    html = get(client, experiment)
    assert "Klingel-Tour" in html
    assert escape(experiment.hypothesis) in html
    assert experiment.get_format_type_display() in html
    assert experiment.get_transferability_display() in html
    assert escape(learning.title) in html


def test_learning_page_shows_easy_language_summary_and_evidence(client, learning):
    html = get(client, learning)
    assert escape(learning.title) in html
    assert "Leichte Sprache" in html
    assert "Briefe lesen wenige Menschen. Reden hilft mehr." in html
    assert "Klingel-Tour" in html
    assert learning.get_kind_display() in html


def test_discussion_page_renders_question_and_city(client, discussion, city):
    html = get(client, discussion)
    assert escape(discussion.title) in html
    assert city.name in html


def test_index_pages_render(
    client, lab_index, knowledge_index, discussion_index, learning, discussion, lab
):
    assert escape(lab.title) in get(client, lab_index)
    assert escape(learning.title) in get(client, knowledge_index)
    assert escape(discussion.title) in get(client, discussion_index)


def test_content_page_renders_body(client, home):
    page = demo.build_content_page(
        home,
        title="Über das Projekt",
        slug="ueber-das-projekt",
        body=[("paragraph", "<p>Aus der Praxis für die Praxis.</p>")],
    )
    html = get(client, page)
    assert "Aus der Praxis für die Praxis." in html


def test_demo_pages_are_marked_as_fictional(client, lab):
    lab.is_demo = True
    lab.save_revision().publish()
    assert "Beispielinhalt (fiktiv)" in get(client, lab)


def test_draft_pages_are_invisible_to_visitors(client, lab):
    draft = demo.build_experiment(lab, title="Geheimer Entwurf", live=False)
    assert client.get(f"{lab.url}{draft.slug}/").status_code == 404
    assert "Geheimer Entwurf" not in get(client, lab)


@pytest.mark.parametrize("path", ["/gibt-es-nicht/"])
def test_unknown_page_gives_german_404(client, home, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "nicht gefunden" in response.content.decode().lower()

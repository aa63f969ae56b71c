"""Listing filters (city, theme, status) and pagination on the three overviews."""

import re

from django.utils.html import escape

from home import demo
from labs.queries import PAGE_SIZE


def titles_on(client, url):
    html = client.get(url).content.decode()
    return html


def make_labs(lab_index, themes, count, city_names):
    labs = []
    for i in range(count):
        city = demo.ensure_city(city_names[i % len(city_names)])
        labs.append(
            demo.build_lab(
                lab_index,
                title=f"Labor Nummer {i:02d}",
                city=city,
                primary_theme=themes[i % 2],
                themes=[themes[i % 2]],
                status="running" if i % 2 else "evaluated",
            )
        )
    return labs


def test_lab_index_filters_by_city(client, lab_index, themes):
    make_labs(lab_index, themes, 4, ["Albhausen", "Remsheim"])
    html = titles_on(client, f"{lab_index.url}?stadt=albhausen")
    assert "Labor Nummer 00" in html and "Labor Nummer 02" in html
    assert "Labor Nummer 01" not in html and "Labor Nummer 03" not in html


def test_lab_index_filters_by_theme_and_status(client, lab_index, themes):
    make_labs(lab_index, themes, 4, ["Albhausen"])
    html = titles_on(client, f"{lab_index.url}?thema={themes[1].slug}")
    assert "Labor Nummer 01" in html and "Labor Nummer 03" in html
    assert "Labor Nummer 00" not in html
    html = titles_on(client, f"{lab_index.url}?status=evaluated")
    assert "Labor Nummer 00" in html and "Labor Nummer 01" not in html


def test_lab_index_empty_state_offers_reset(client, lab_index, themes):
    make_labs(lab_index, themes, 1, ["Albhausen"])
    html = titles_on(client, f"{lab_index.url}?stadt=gibt-es-nicht")
    assert "Labor Nummer 00" not in html
    assert "Filter zurücksetzen" in html


def test_lab_index_paginates_and_keeps_filters(client, lab_index, themes):
    make_labs(lab_index, themes, PAGE_SIZE + 2, ["Albhausen"])
    first = titles_on(client, f"{lab_index.url}?stadt=albhausen")
    second = titles_on(client, f"{lab_index.url}?stadt=albhausen&seite=2")
    on_first = set(re.findall(r"Labor Nummer \d\d", first))
    on_second = set(re.findall(r"Labor Nummer \d\d", second))
    assert len(on_first) == PAGE_SIZE
    assert len(on_second) == 2
    assert not on_first & on_second
    assert "stadt=albhausen" in first and "seite=2" in first


def test_out_of_range_page_shows_last_page(client, lab_index, themes):
    make_labs(lab_index, themes, 2, ["Albhausen"])
    response = client.get(f"{lab_index.url}?seite=999")
    assert response.status_code == 200
    assert "Labor Nummer 00" in response.content.decode()


def test_knowledge_hub_filters_by_kind_city_and_transferability(
    client, knowledge_index, lab, other_city, lab_index, themes
):
    other_lab = demo.build_lab(lab_index, title="Ortsmitte für alle", city=other_city)
    demo.build_learning(
        lab,
        title="Erkenntnis A aus Neckarweiler",
        kind="method",
        transferability="high",
    )
    demo.build_learning(
        other_lab,
        title="Erkenntnis B aus Filsingen",
        kind="obstacle",
        transferability="limited",
    )
    html = titles_on(client, f"{knowledge_index.url}?art=method")
    assert "Erkenntnis A" in html and "Erkenntnis B" not in html
    html = titles_on(client, f"{knowledge_index.url}?stadt={other_city.slug}")
    assert "Erkenntnis B" in html and "Erkenntnis A" not in html
    html = titles_on(client, f"{knowledge_index.url}?uebertragbarkeit=limited")
    assert "Erkenntnis B" in html and "Erkenntnis A" not in html


def test_knowledge_hub_shows_featured_learnings_in_order(client, knowledge_index, lab):
    first = demo.build_learning(lab, title="Zweitwichtigste Erkenntnis")
    second = demo.build_learning(lab, title="Wichtigste Erkenntnis")
    demo.set_featured(knowledge_index, [(second, "Sehr lesenswert"), (first, "")])
    html = titles_on(client, knowledge_index.url)
    assert "Sehr lesenswert" in html
    assert html.index("Wichtigste Erkenntnis") < html.index("Zweitwichtigste")


def test_discussion_overview_filters_by_status(client, discussion_index, lab):
    demo.build_discussion(
        discussion_index, title="Offene Frage zur Förderung", status="open"
    )
    demo.build_discussion(lab, title="Längst beantwortete Frage", status="answered")
    html = titles_on(client, f"{discussion_index.url}?status=answered")
    assert "Längst beantwortete Frage" in html
    assert escape("Offene Frage zur Förderung") not in html


def test_discussion_of_a_lab_is_found_under_the_lab_city(
    client, discussion_index, lab, city, other_city
):
    demo.build_discussion(lab, title="Frage aus dem Labor")
    demo.build_discussion(
        discussion_index, title="Frage aus Filsingen", started_by_city=other_city
    )
    html = titles_on(client, f"{discussion_index.url}?stadt={city.slug}")
    assert "Frage aus dem Labor" in html and "Frage aus Filsingen" not in html
    assert f'value="{other_city.slug}"' in html and f'value="{city.slug}"' in html


def test_lab_theme_filter_matches_the_schwerpunkt(client, lab_index, city, themes):
    demo.build_lab(
        lab_index,
        title="Labor mit Schwerpunkt",
        city=city,
        primary_theme=themes[6],
        themes=[],
    )
    html = titles_on(client, f"{lab_index.url}?thema={themes[6].slug}")
    assert "Labor mit Schwerpunkt" in html

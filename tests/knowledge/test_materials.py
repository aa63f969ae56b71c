"""Materialien: listing filters (type, theme, year, barrierefrei), search,
pagination, the material page with its download, query budgets."""

import pytest
from django.test import Client

from home.demo import offers as demo_offers
from knowledge.materials import MaterialType


@pytest.fixture
def material_index(home):
    return demo_offers.build_material_index(home)


@pytest.fixture
def materials(material_index, themes, lab):
    checklist = demo_offers.build_material(
        material_index,
        title="Checkliste Barriere-Check im Ortskern",
        material_type=MaterialType.CHECKLISTE,
        description="Bordsteine, Ampeln und Beläge mit Rollator prüfen.",
        year=2026,
        accessible_checked=True,
        language="de-ls",
        themes=[themes[5]],
        labs=[lab],
    )
    guide = demo_offers.build_material(
        material_index,
        title="Leitfaden Zwischennutzung",
        material_type=MaterialType.LEITFADEN,
        description="Nutzungsvertrag und Versicherung vor dem Öffnungstag.",
        year=2025,
        accessible_checked=False,
        themes=[themes[4]],
    )
    template = demo_offers.build_material(
        material_index,
        title="Vorlage Nutzungsvereinbarung",
        material_type=MaterialType.VORLAGE,
        description="Mustervertrag für Quartiersräume.",
        year=2024,
        accessible_checked=True,
        themes=[themes[0]],
    )
    return checklist, guide, template


def body(response):
    assert response.status_code == 200
    return response.content.decode()


def test_listing_shows_all_with_type_year_and_accessibility(
    client, material_index, materials
):
    html = body(client.get(material_index.url))
    assert "3 Materialien gefunden" in html
    assert "Checkliste" in html and "Leitfaden" in html and "Vorlage" in html
    assert "barrierefrei geprüft" in html
    assert "nicht auf Barrierefreiheit geprüft" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"typ": "leitfaden"}, ["Leitfaden Zwischennutzung"]),
        ({"jahr": "2024"}, ["Vorlage Nutzungsvereinbarung"]),
        (
            {"barrierefrei": "ja"},
            ["Checkliste Barriere-Check im Ortskern", "Vorlage Nutzungsvereinbarung"],
        ),
        (
            {"barrierefrei": "ja", "jahr": "2026"},
            ["Checkliste Barriere-Check im Ortskern"],
        ),
    ],
)
def test_filters(client, material_index, materials, params, expected):
    html = body(client.get(material_index.url, params))
    for material in materials:
        assert (material.title in html) == (material.title in expected), material.title


def test_filter_by_theme(client, material_index, materials, themes):
    html = body(client.get(material_index.url, {"thema": themes[4].slug}))
    assert "1 Material gefunden" in html
    assert "Leitfaden Zwischennutzung" in html


def test_search_finds_title_and_description_words(client, material_index, materials):
    html = body(client.get(material_index.url, {"q": "Versicherung"}))
    assert "Leitfaden Zwischennutzung" in html
    assert "Checkliste Barriere-Check" not in html
    html = body(
        client.get(material_index.url, {"q": "Checkliste", "barrierefrei": "ja"})
    )
    assert "1 Material gefunden" in html


def test_search_without_hits_and_odd_input(client, material_index, materials):
    html = body(client.get(material_index.url, {"q": "Raumfahrt"}))
    assert "Keine Materialien passen zu Ihrer Suche." in html
    html = body(client.get(material_index.url, {"q": '"(*:^', "jahr": "abc"}))
    assert "Keine Materialien passen" in html


def test_empty_listing_explains(client, material_index):
    assert "Noch sind keine Materialien veröffentlicht." in body(
        client.get(material_index.url)
    )


def test_draft_material_is_hidden(client, material_index):
    demo_offers.build_material(material_index, title="Interner Entwurf", live=False)
    assert "Interner Entwurf" not in body(client.get(material_index.url))
    assert "Interner Entwurf" not in body(
        client.get(material_index.url, {"q": "Entwurf"})
    )


def test_pagination(client, material_index):
    for i in range(14):
        demo_offers.build_material(material_index, title=f"Handreichung Nummer {i}")
    first = body(client.get(material_index.url))
    second = body(client.get(material_index.url, {"seite": 2}))
    assert "14 Materialien gefunden" in first
    assert "Seite 1 von 2" in first
    assert first.count("card--material") == 12
    assert second.count("card--material") == 2


def test_material_page_offers_download_and_facts(client, materials, lab):
    checklist = materials[0]
    html = body(client.get(checklist.url))
    assert checklist.document.url in html
    assert "herunterladen (PDF)" in html
    assert "Leichte Sprache" in html
    assert "barrierefrei geprüft" in html
    assert "CC BY 4.0" in html
    assert lab.title in html
    download = Client().get(checklist.document.url)
    assert download.status_code == 200


def test_material_needs_a_document(material_index):
    from django.core.exceptions import ValidationError

    from knowledge.models import MaterialPage

    page = MaterialPage(
        title="Ohne Datei", material_type="vorlage", description="x", year=2025
    )
    with pytest.raises(ValidationError) as excinfo:
        page.clean()
    assert "Bitte wählen Sie das Dokument aus." in str(excinfo.value)


def test_query_counts_independent_of_number_of_materials(
    material_index, materials, themes, lab, member, count_queries
):
    def grow(start, stop):
        for i in range(start, stop):
            demo_offers.build_material(
                material_index,
                title=f"Material {i}",
                year=2020 + i % 5,
                themes=themes[:3],
                labs=[lab],
            )

    urls = [
        material_index.url,
        material_index.url + "?thema=" + themes[0].slug + "&barrierefrei=ja",
        materials[0].url,
    ]
    grow(0, 2)
    small = [count_queries(Client(), url) for url in urls]
    grow(2, 16)
    large = [count_queries(Client(), url) for url in urls]
    assert max(small) <= 15, small
    assert small == large
    member_client = Client()
    member_client.force_login(member)
    assert max(count_queries(member_client, url) for url in urls) <= 20

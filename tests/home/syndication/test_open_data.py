"""Open data exports: CSV and JSON round-trip, live public pages only, licence."""

import csv
import io
import json

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction, Site

from home import demo
from home.models import SiteSettings
from home.syndication.open_data import EXPERIMENT_COLUMNS, LEARNING_COLUMNS

LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0"


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv; charset=utf-8")
    assert response.content.startswith("\ufeff".encode())  # BOM for Excel
    text = response.content.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
    return reader.fieldnames, list(reader)


@pytest.fixture
def content(lab, other_lab, experiment, learning, themes):
    experiment = demo.build_experiment(
        lab,
        title=experiment.title,
        slug=experiment.slug,
        teaser=experiment.teaser,
        themes=[themes[0], themes[2]],
        status="stopped",
        stop_reason="Zu wenige kleine Wohnungen; „Groß gegen Klein“ lief ins Leere.",
        result="<p>Erster Absatz; mit Semikolon.</p><ul><li>Punkt A</li>"
        "<li>Punkt B &amp; C</li></ul>",
    )
    draft_experiment = demo.build_experiment(lab, title="Geheimes Vorhaben", live=False)
    learning = demo.build_learning(
        lab,
        title=learning.title,
        slug=learning.slug,
        evidence=[experiment, draft_experiment],
        themes=[themes[0], themes[1]],
        transfer_conditions="ab ca. 10.000 EW",
        retrospective='Früher anfangen, "mehr" fragen.\nUnd zuhören.',
    )
    demo.build_learning(lab, title="Entwurf einer Erkenntnis", live=False)
    private = demo.build_learning(lab, title="Nur für Mitglieder")
    restrict(private)
    editorial = demo.build_learning(
        demo.ensure_indexes()[1], title="Städteübergreifend: früh anfangen."
    )
    return {"experiment": experiment, "learning": learning, "editorial": editorial}


def test_learnings_csv_round_trips_to_the_pages_field_values(client, content, lab):
    header, rows = read_csv(client.get("/offene-daten/erkenntnisse.csv"))
    assert header == [column.name for column in LEARNING_COLUMNS]
    assert [row["kernaussage"] for row in rows] == [
        content["learning"].title,
        content["editorial"].title,
    ]
    learning, experiment = content["learning"], content["experiment"]
    row = rows[0]
    assert row["id"] == str(learning.pk)
    assert row["url"] == learning.full_url
    assert row["url"].startswith("http://localhost/")
    assert row["erkenntnistyp"] == learning.get_kind_display()
    assert row["evidenzgrad"] == learning.get_evidence_level_display()
    assert row["uebertragbarkeit"] == learning.get_transferability_display()
    assert row["bedingungen_uebertragung"] == "ab ca. 10.000 EW"
    assert row["empfehlung"] == learning.recommendation
    assert row["heute_anders"] == learning.retrospective
    assert row["leichte_sprache"] == learning.easy_language_summary
    assert row["handlungsfelder"].split(" | ") == [
        t.name for t in learning.themes.order_by("sort_order")
    ]
    assert row["stadtlabor"] == lab.title
    assert row["stadtlabor_url"] == lab.full_url
    assert row["stadt"] == "Neckarweiler"
    # Only the published experiment, not the draft it also cites.
    assert row["belege"] == experiment.title
    assert row["belege_urls"] == experiment.full_url
    assert row["stand"] == learning.last_reviewed.isoformat()
    assert row["beispielinhalt"] == "nein"
    assert rows[1]["stadtlabor"] == ""
    assert rows[1]["stadt"] == ""


def test_experiments_csv_keeps_semicolons_quotes_and_line_breaks(client, content):
    header, rows = read_csv(client.get("/offene-daten/experimente.csv"))
    assert header == [column.name for column in EXPERIMENT_COLUMNS]
    titles = [row["titel"] for row in rows]
    assert "Geheimes Vorhaben" not in titles
    row = next(r for r in rows if r["titel"] == "Klingel-Tour")
    experiment = content["experiment"]
    assert row["status"] == "eingestellt"
    assert row["grund_einstellung"] == experiment.stop_reason
    assert row["ergebnis"] == "Erster Absatz; mit Semikolon.\nPunkt A\nPunkt B & C"
    assert row["kurzbeschreibung"] == experiment.teaser
    assert row["kosten"] == experiment.get_cost_band_display()
    assert row["beginn"] == experiment.start_date.isoformat()
    assert row["ende"] == ""
    assert row["erkenntnisse"] == content["learning"].title
    assert row["stadt"] == "Neckarweiler"


def test_json_has_the_same_rows_and_the_licence_in_meta(client, content):
    response = client.get("/offene-daten/erkenntnisse.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert 'rel="license"' in response["Link"]
    document = json.loads(response.content.decode("utf-8"))
    meta = document["meta"]
    assert meta["lizenz"]["name"] == LICENCE
    assert meta["lizenz"]["url"] == "https://www.govdata.de/dl-de/by-2-0"
    assert meta["anzahl"] == 2 == len(document["daten"])
    assert list(meta["felder"]) == [column.name for column in LEARNING_COLUMNS]
    item = document["daten"][0]
    learning = content["learning"]
    assert list(item) == list(meta["felder"])
    assert item["id"] == learning.pk
    assert item["handlungsfelder"] == [
        t.name for t in learning.themes.order_by("sort_order")
    ]
    assert item["belege"] == [content["experiment"].title]
    assert item["beispielinhalt"] is False
    _header, csv_rows = read_csv(client.get("/offene-daten/erkenntnisse.csv"))
    assert csv_rows[0]["kernaussage"] == item["kernaussage"]
    assert csv_rows[0]["heute_anders"] == item["heute_anders"]

    experiments = json.loads(client.get("/offene-daten/experimente.json").content)
    assert [e["titel"] for e in experiments["daten"]] == ["Klingel-Tour"]
    assert experiments["daten"][0]["handlungsfelder"] == [
        t.name for t in content["experiment"].themes.order_by("sort_order")
    ]


def test_licence_comes_from_site_settings(client, content):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.open_data_licence_name = "Creative Commons Namensnennung 4.0"
    settings.open_data_licence_url = "https://creativecommons.org/licenses/by/4.0/"
    settings.save()
    document = client.get("/offene-daten/experimente.json").json()
    assert document["meta"]["lizenz"]["name"] == "Creative Commons Namensnennung 4.0"
    response = client.get("/offene-daten/experimente.csv")
    assert response["Link"] == (
        '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'
    )
    page = client.get("/offene-daten/").content.decode()
    assert "Creative Commons Namensnennung 4.0" in page


def test_open_data_page_explains_the_data_and_links_the_files(client, content):
    response = client.get(reverse("open_data:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Offene Daten</h1>" in html
    assert LICENCE in html
    assert 'href="https://www.govdata.de/dl-de/by-2-0" rel="license"' in html
    for url in (
        "/offene-daten/erkenntnisse.csv",
        "/offene-daten/erkenntnisse.json",
        "/offene-daten/experimente.csv",
        "/offene-daten/experimente.json",
    ):
        assert f'href="{url}"' in html
    assert "2 Einträge" in html  # two public learnings
    assert "<code>belege_urls</code>" in html


def test_open_data_page_without_content_says_so(client, indexes):
    html = client.get("/offene-daten/").content.decode()
    assert "Noch ist nichts veröffentlicht" in html
    header, rows = read_csv(client.get("/offene-daten/erkenntnisse.csv"))
    assert rows == []
    assert header[0] == "id"


def test_hub_links_exports_and_feeds(client, knowledge_index):
    html = client.get(knowledge_index.url).content.decode()
    for url in (
        "/offene-daten/erkenntnisse.csv",
        "/offene-daten/experimente.json",
        "/offene-daten/",
        "/feeds/erkenntnisse/",
        "/feeds/diskussionen/atom/",
    ):
        assert f'href="{url}"' in html


def test_unknown_dataset_is_not_found(client, db):
    assert client.get("/offene-daten/staedte.csv").status_code == 404


def test_export_query_count_is_bounded_and_independent_of_size(
    client, lab, experiment, learning, themes, count_queries
):
    urls = [
        "/offene-daten/erkenntnisse.csv",
        "/offene-daten/erkenntnisse.json",
        "/offene-daten/experimente.csv",
        "/offene-daten/experimente.json",
        "/offene-daten/",
    ]

    def grow(start, stop):
        for i in range(start, stop):
            new = demo.build_experiment(lab, title=f"Experiment {i}", themes=themes)
            demo.build_learning(
                lab, title=f"Erkenntnis {i}", evidence=[experiment, new], themes=themes
            )

    def counts():
        return {url: count_queries(client, url) for url in urls}

    grow(0, 2)
    small = counts()
    grow(2, 12)
    large = counts()
    print("queries per exports URL (small / large):", small, large)  # noqa: T201
    assert max(small.values()) <= 12, small
    assert large == small
    _header, rows = read_csv(client.get("/offene-daten/erkenntnisse.csv"))
    assert len(rows) == 13

"""The knowledge hub ("Wissen"): facets with counts, sorting, filter state in the
URL, pagination, empty states; related learnings and evidence on the pages."""

import datetime
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from home import demo
from knowledge.models import LearningKind
from labs.models import Transferability


def hub(client, page, **params):
    response = client.get(page.url, params)
    assert response.status_code == 200
    return response.content.decode()


def listed(html):
    """Titles of the learnings in the listing (not the curated list)."""
    section = html[html.index('id="ergebnisse"') :]
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', section)


def option(html, name, value):
    select = re.search(
        rf'<select id="filter-{name}" name="{name}">(.*?)</select>', html, re.S
    )
    match = re.search(
        rf'<option value="{re.escape(str(value))}"( selected)?>([^<]*)</option>',
        select.group(1),
    )
    return (match.group(2), bool(match.group(1))) if match else (None, False)


@pytest.fixture
def learnings(lab, other_lab, experiment, themes, knowledge_index):
    """Four learnings: two in Neckarweiler's lab, one in Filsingen's, one
    cross-lab synthesis under the hub; with known themes and transferability."""
    return {
        "a": demo.build_learning(
            lab,
            title="A: Aufsuchende Befragung lohnt sich",
            themes=[themes[0], themes[1]],
            transferability=Transferability.HIGH,
            kind=LearningKind.METHOD,
            evidence=[experiment],
        ),
        "b": demo.build_learning(
            lab,
            title="B: Mittagstisch braucht Ehrenamtliche",
            themes=[themes[1]],
            transferability=Transferability.MEDIUM,
        ),
        "c": demo.build_learning(
            other_lab,
            title="C: Leerstand früh vertraglich klären",
            themes=[themes[0], themes[1], themes[4]],
            transferability=Transferability.HIGH,
            kind=LearningKind.OBSTACLE,
        ),
        "d": demo.build_learning(
            knowledge_index,
            title="D: Verstetigung früh planen",
            themes=[themes[4]],
            transferability=Transferability.LIMITED,
        ),
    }


def test_hub_lists_all_learnings_across_labs(client, knowledge_index, learnings):
    html = hub(client, knowledge_index)
    assert sorted(listed(html)) == sorted(page.title for page in learnings.values())
    assert "4 Erkenntnisse gefunden" in html


def test_facet_counts_are_shown_next_to_each_option(
    client, knowledge_index, learnings, themes, lab, other_lab
):
    html = hub(client, knowledge_index)
    assert option(html, "thema", themes[0].slug)[0].endswith("(2)")
    assert option(html, "thema", themes[1].slug)[0].endswith("(3)")
    assert option(html, "thema", themes[2].slug)[0].endswith("(0)")
    assert option(html, "stadt", "neckarweiler")[0] == "Neckarweiler (2)"
    assert option(html, "stadt", "filsingen")[0] == "Filsingen (1)"
    assert option(html, "labor", lab.pk)[0] == f"{lab.title} (Neckarweiler) (2)"
    assert option(html, "uebertragbarkeit", "high")[0] == "hoch (2)"
    assert option(html, "uebertragbarkeit", "limited")[0] == "eingeschränkt (1)"
    assert option(html, "art", "obstacle")[0] == "Stolperstein (1)"


def test_counts_follow_the_other_active_filters(
    client, knowledge_index, learnings, themes
):
    html = hub(client, knowledge_index, thema=themes[1].slug)
    assert sorted(listed(html)) == [
        learnings["a"].title,
        learnings["b"].title,
        learnings["c"].title,
    ]
    # Other facets count within the theme …
    assert option(html, "stadt", "neckarweiler")[0] == "Neckarweiler (2)"
    assert option(html, "uebertragbarkeit", "high")[0] == "hoch (2)"
    assert option(html, "uebertragbarkeit", "limited")[0] == "eingeschränkt (0)"
    # … the theme facet itself counts as if another theme were chosen.
    assert option(html, "thema", themes[4].slug)[0].endswith("(2)")
    assert option(html, "thema", themes[1].slug) == (
        f"{themes[1].name} (3)".replace("&", "&amp;"),
        True,
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"stadt": "filsingen"}, ["c"]),
        ({"uebertragbarkeit": "high"}, ["a", "c"]),
        ({"art": "obstacle"}, ["c"]),
        ({"thema": "__theme4__", "uebertragbarkeit": "limited"}, ["d"]),
        ({"labor": "__lab__"}, ["a", "b"]),
        ({"stadt": "neckarweiler", "uebertragbarkeit": "limited"}, []),
    ],
)
def test_each_filter_narrows_the_listing_and_stays_in_the_url(
    client, knowledge_index, learnings, themes, lab, params, expected
):
    params = {
        key: {"__theme4__": themes[4].slug, "__lab__": str(lab.pk)}.get(value, value)
        for key, value in params.items()
    }
    html = hub(client, knowledge_index, **params)
    assert sorted(listed(html)) == sorted(learnings[key].title for key in expected)
    for key, value in params.items():
        assert option(html, key, value)[1], f"{key} not selected"
    if not expected:
        assert "Keine Erkenntnisse passen zu diesen Filtern." in html
        assert "Filter zurücksetzen" in html


def test_sorting_by_most_discussed(
    client, knowledge_index, learnings, member, make_comment
):
    for _ in range(3):
        make_comment(learnings["d"], member, "Noch ein Gedanke.")
    make_comment(learnings["b"], member, "Ein Gedanke.")
    html = hub(client, knowledge_index, sortierung="diskutiert")
    assert listed(html)[:2] == [learnings["d"].title, learnings["b"].title]
    assert '<option value="diskutiert" selected>' in html


def test_sorting_by_newest_is_the_default(client, knowledge_index, learnings):
    html = hub(client, knowledge_index)
    assert listed(html)[0] == learnings["d"].title  # published last
    assert listed(hub(client, knowledge_index, sortierung="unsinn")) == listed(html)


def test_curated_list_stays_on_top_without_filters(client, knowledge_index, learnings):
    demo.set_featured(knowledge_index, [(learnings["c"], "Sehr konkret.")])
    html = hub(client, knowledge_index)
    assert html.index("Empfohlene Erkenntnisse") < html.index('id="ergebnisse"')
    assert "Sehr konkret." in html
    assert "Sehr konkret." not in hub(client, knowledge_index, stadt="filsingen")


def test_drafts_are_neither_listed_nor_counted(
    client, knowledge_index, learnings, lab, themes
):
    demo.build_learning(lab, title="Entwurf Zebra", themes=[themes[2]], live=False)
    html = hub(client, knowledge_index)
    assert "Entwurf Zebra" not in html
    assert option(html, "thema", themes[2].slug)[0].endswith("(0)")
    assert option(html, "stadt", "neckarweiler")[0] == "Neckarweiler (2)"


def test_listing_is_paginated(client, knowledge_index, lab):
    for number in range(14):
        demo.build_learning(lab, title=f"Erkenntnis Nummer {number:02d}")
    first = hub(client, knowledge_index, sortierung="neu")
    second = hub(client, knowledge_index, sortierung="neu", seite="2")
    assert "14 Erkenntnisse gefunden" in first
    assert len(listed(first)) == 12 and len(listed(second)) == 2
    assert "sortierung=neu&amp;seite=2" in first


def test_empty_hub_explains_itself(client, knowledge_index):
    html = hub(client, knowledge_index)
    assert "Noch sind keine Erkenntnisse veröffentlicht" in html


@pytest.mark.parametrize(
    "query_string",
    [
        "labor=abc",
        "labor=99999999999999999999",
        "thema=%00&stadt=%FF",
        "uebertragbarkeit=<script>",
        "seite=999&sortierung=%27",
        "art=" + "x" * 3000,
    ],
)
def test_odd_parameters_never_fail(client, knowledge_index, learnings, query_string):
    response = client.get(knowledge_index.url + "?" + query_string)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


# --- Learning and experiment pages ----------------------------------------------


def test_learning_shows_related_learnings_ranked_by_shared_themes(
    client, learnings, lab, themes
):
    demo.build_learning(
        lab, title="Entwurf mit gleichen Themen", themes=themes[:2], live=False
    )
    html = client.get(learnings["a"].url).content.decode()
    section = html[html.index('id="verwandte"') :]
    section = section[: section.index("</section>")]
    found = re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', section)
    # C shares two themes with A, B one; D none; A itself and drafts never.
    assert found == [learnings["c"].title, learnings["b"].title]
    assert "2 gemeinsame Handlungsfelder" in section
    assert "1 gemeinsames Handlungsfeld" in section


def test_learning_without_shared_themes_has_no_related_section(
    client, learnings, lab, themes
):
    html = client.get(learnings["d"].url).content.decode()
    assert 'id="verwandte"' in html  # D shares a theme with C
    lonely = demo.build_learning(lab, title="Einzelfall", themes=[themes[6]])
    html = client.get(lonely.url).content.decode()
    assert 'id="verwandte"' not in html


def test_learning_shows_its_evidence_and_experiment_shows_its_learnings(
    client, learnings, experiment
):
    html = client.get(learnings["a"].url).content.decode()
    belege = html[html.index('id="belege"') :]
    assert experiment.title in belege[: belege.index("</section>")]
    html = client.get(experiment.url).content.decode()
    section = html[html.index('id="erkenntnisse"') :]
    assert learnings["a"].title in section[: section.index("</section>")]


# --- Query budget ---------------------------------------------------------------


def count_queries(client, url, params):
    client.get(url, params)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_hub_with_filters_and_sorting_stays_within_budget(
    knowledge_index, learnings, lab, other_lab, themes, member
):
    visitor = Client()
    logged_in = Client()
    logged_in.force_login(member)
    cases = {
        "filters": {"thema": themes[1].slug, "uebertragbarkeit": "high"},
        "sorted": {"sortierung": "diskutiert", "stadt": "neckarweiler"},
        "lab": {"labor": str(lab.pk), "art": "method"},
    }

    def measure():
        result = {}
        for name, params in cases.items():
            result[name] = count_queries(visitor, knowledge_index.url, params)
            result[f"member_{name}"] = count_queries(
                logged_in, knowledge_index.url, params
            )
        result["related"] = count_queries(visitor, learnings["a"].url, {})
        return result

    def grow(start, stop):
        for i in range(start, stop):
            extra_lab = demo.build_lab(
                lab.get_parent(),
                title=f"Labor {i}",
                city=demo.ensure_city(f"Teststadt {i}"),
            )
            demo.build_learning(
                extra_lab,
                title=f"Erkenntnis {i}",
                themes=themes[:3],
                last_reviewed=datetime.date(2025, 1, 1),
            )

    grow(0, 2)
    small = measure()
    grow(2, 15)
    large = measure()
    print("hub queries (small / large):", small, large)  # noqa: T201
    for name, count in small.items():
        assert count <= (20 if name.startswith("member") else 15), (name, count)
    assert large == small

"""The site search: German word forms, filters, labels, comments, odd input and
query budgets. Runs on SQLite (stemmed copy) and PostgreSQL (German config)."""

import datetime
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from home import demo
from home.models import SiteSettings

D = datetime.date


def search(client, **params):
    response = client.get("/suche/", params)
    assert response.status_code == 200
    return response.content.decode()


def titles(html):
    return re.findall(r'class="result__title"><a href="[^"]*">([^<]*)</a>', html)


def option(html, name, value):
    """The label of the <option> `value` of the select `name`."""
    select = re.search(
        rf'<select id="filter-{name}" name="{name}">(.*?)</select>', html, re.S
    )
    match = re.search(
        rf'<option value="{re.escape(value)}"[^>]*>([^<]*)</option>', select.group(1)
    )
    return match.group(1) if match else None


def make_public():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.discussions_public = True
    settings.save()


@pytest.fixture
def corpus(lab, other_lab, themes):
    """Pages of all types in two cities with known words, themes and dates."""
    pages = {}
    pages["experiment"] = demo.build_experiment(
        lab,
        title="Erzählcafé im Gemeindehaus",
        teaser="Ältere erzählen, Jüngere hören zu.",
        hypothesis="Wir vermuten, dass Geschichten Nachbarschaften verbinden.",
        themes=[themes[3]],
        start_date=D(2024, 5, 1),
    )
    pages["learning"] = demo.build_learning(
        other_lab,
        title="Leerstand als Chance für die Ortsmitte",
        context_text="<p>Die Quartiere rund um den Marktplatz profitieren.</p>",
        themes=[themes[4]],
        last_reviewed=D(2025, 7, 1),
    )
    pages["discussion"] = demo.build_discussion(
        other_lab,
        title="Wer hat Erfahrung mit Lastenrädern?",
        question="<p>Wir planen einen Verleih von Lastenrädern.</p>",
        themes=[themes[2]],
    )
    pages["lab"] = lab
    return pages


# --- Finding ------------------------------------------------------------------


def test_search_finds_experiment_by_title(client, experiment):
    html = search(client, q="Klingel")
    assert "Klingel-Tour" in html


def test_search_does_not_show_drafts(client, lab):
    demo.build_experiment(lab, title="Vertraulicher Entwurf Zebra", live=False)
    html = search(client, q="Zebra")
    assert "Vertraulicher Entwurf" not in html
    assert "Keine Treffer" in html


def test_search_does_not_show_private_pages_to_visitors(client, lab):
    secret = demo.build_experiment(lab, title="Geschlossene Runde Okapi")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.LOGIN
    )
    assert "Geschlossene Runde Okapi" not in search(client, q="Okapi")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Quartier", "Leerstand als Chance für die Ortsmitte"),  # text: "Quartiere"
        ("Nachbarschaft", "Erzählcafé im Gemeindehaus"),  # text: "Nachbarschaften"
        ("Lastenrad", "Wer hat Erfahrung mit Lastenrädern?"),  # title: "Lastenrädern"
        ("Geschichte", "Erzählcafé im Gemeindehaus"),  # text: "Geschichten"
        ("Gemeindehäuser", "Erzählcafé im Gemeindehaus"),
    ],
)
def test_german_stemming_finds_other_word_forms(client, corpus, query, expected):
    assert expected in titles(search(client, q=query))


def test_search_finds_by_theme_name_and_city(client, corpus, themes):
    # The learning's text does not mention its theme or its city (Filsingen).
    assert "Leerstand als Chance für die Ortsmitte" in titles(
        search(client, q="Nahversorgung")
    )
    found = titles(search(client, q="Filsingen"))
    assert "Leerstand als Chance für die Ortsmitte" in found
    assert "Wer hat Erfahrung mit Lastenrädern?" in found
    assert "Erzählcafé im Gemeindehaus" not in found


def test_stop_words_do_not_block_a_search(client, corpus):
    assert "Erzählcafé im Gemeindehaus" in titles(
        search(client, q="Geschichten für die Nachbarschaft")
    )


def test_results_are_labelled_with_type_city_themes_and_date(client, corpus, themes):
    html = search(client, q="Erzählcafé")
    item = html[html.index('class="result"') :]
    item = item[: item.index("</li>")]
    assert "Experiment" in item
    assert "Neckarweiler" in item
    assert themes[3].name.replace("&", "&amp;") in item
    assert 'datetime="2024-05-01"' in item


# --- Filters --------------------------------------------------------------------


def test_type_filter_shows_only_that_type_and_counts_per_type(client, corpus):
    html = search(client, q="Filsingen")
    assert option(html, "typ", "erkenntnis") == "Erkenntnisse (1)"
    assert option(html, "typ", "diskussion") == "Diskussionen (1)"
    html = search(client, q="Filsingen", typ="diskussion")
    assert titles(html) == ["Wer hat Erfahrung mit Lastenrädern?"]
    assert 'value="diskussion" selected' in html


def test_theme_filter(client, corpus, themes):
    assert titles(search(client, q="Filsingen", thema="unbekannt")) == []
    html = search(client, q="Filsingen", thema=themes[2].slug)
    assert titles(html) == ["Wer hat Erfahrung mit Lastenrädern?"]


def test_city_filter(client, corpus):
    html = search(client, q="Quartier", stadt="neckarweiler")
    found = titles(html)
    assert "Mühlbach-Süd: Nachbarschaft im Generationenwechsel" in found
    assert "Leerstand als Chance für die Ortsmitte" not in found
    html = search(client, q="Quartier", stadt="filsingen")
    assert "Leerstand als Chance für die Ortsmitte" in titles(html)
    assert "Mühlbach-Süd: Nachbarschaft im Generationenwechsel" not in titles(html)


def test_year_filter_uses_the_date_of_each_type(client, corpus):
    html = search(client, q="Erzählcafé", jahr="2024")
    assert titles(html) == ["Erzählcafé im Gemeindehaus"]
    assert option(html, "jahr", "2024") == "2024"
    assert titles(search(client, q="Erzählcafé", jahr="2025")) == []
    assert titles(search(client, q="Leerstand", jahr="2025")) == [
        "Leerstand als Chance für die Ortsmitte"
    ]


def test_results_are_paginated(client, lab):
    for number in range(12):
        demo.build_experiment(lab, title=f"Tauschbörse Nummer {number}")
    first = search(client, q="Tauschbörse")
    second = search(client, q="Tauschbörse", seite="2")
    assert "12 Treffer" in first
    assert len(titles(first)) == 10
    assert len(titles(second)) == 2
    assert not set(titles(first)) & set(titles(second))
    assert "seite=2" in first and "q=Tausch" in first


def test_hits_are_ordered_by_relevance_across_pages(client, lab):
    """A page with the word in its title comes before pages that only mention it
    in their text, though it is the oldest; every hit appears exactly once."""
    best = demo.build_experiment(lab, title="Lastenradverleih im Quartier")
    for number in range(11):
        demo.build_experiment(
            lab,
            title=f"Mobilitätsexperiment {number}",
            hypothesis="Wir vermuten, dass ein Lastenradverleih Wege spart.",
        )
    first = titles(search(client, q="Lastenradverleih"))
    second = titles(search(client, q="Lastenradverleih", seite="2"))
    assert first[0] == best.title
    assert len(first) == 10 and len(second) == 2
    assert len(set(first + second)) == 12


def test_empty_state_suggests_themes_and_the_hub(
    client, corpus, knowledge_index, themes
):
    html = search(client, q="Raumfahrtbehörde")
    assert "Keine Treffer" in html
    assert "Prüfen Sie die Schreibweise" in html
    assert knowledge_index.url in html
    assert themes[0].name.replace("&", "&amp;") in html
    html = search(client, q="Lastenrad", typ="experiment")
    assert "Ohne Filter suchen" in html


# --- Comments -------------------------------------------------------------------


@pytest.fixture
def comments(corpus, member, make_comment):
    experiment = corpus["experiment"]
    return {
        "active": make_comment(
            experiment,
            member,
            "Bei uns kamen viele Großeltern aus den Nachbarschaften.",
        ),
        "withdrawn": make_comment(
            experiment,
            member,
            "Zurückgezogen Flamingo",
            withdrawn_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        ),
        "hidden": make_comment(
            experiment,
            member,
            "Ausgeblendet Flamingo",
            hidden_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        ),
        "removed": make_comment(
            experiment, member, "Entfernt Flamingo", is_removed=True
        ),
    }


def test_member_finds_comments_with_a_link_to_their_anchor(client, member, comments):
    client.force_login(member)
    html = search(client, q="Großeltern")
    comment = comments["active"]
    assert "Beiträge in Diskussionen" in html
    assert f'href="/mitmachen/beitrag/{comment.pk}/"' in html
    assert "Mara Muster (Neckarweiler)" in html
    response = client.get(f"/mitmachen/beitrag/{comment.pk}/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"#beitrag-{comment.pk}")


def test_comment_hits_are_newest_first_and_paginated(client, member, lab, make_comment):
    import datetime as dt

    from django.utils import timezone

    now = timezone.now()
    for number in range(12):
        make_comment(
            lab,
            member,
            f"Fahrradwerkstatt Bericht {number}",
            submit_date=now - dt.timedelta(days=30 - number),
        )
    client.force_login(member)
    texts = re.compile(r'class="result__text">Fahrradwerkstatt Bericht (\d+)</p>')
    preview = search(client, q="Fahrradwerkstatt")
    assert "Die neuesten passenden Beiträge:" in preview
    assert texts.findall(preview) == ["11", "10", "9", "8", "7"]
    first = search(client, q="Fahrradwerkstatt", typ="beitrag")
    second = search(client, q="Fahrradwerkstatt", typ="beitrag", seite="2")
    assert "12 Beiträge zu „Fahrradwerkstatt“ – die neuesten zuerst" in first
    assert texts.findall(first) == [str(n) for n in range(11, 1, -1)]
    assert texts.findall(second) == ["1", "0"]


def test_stemming_also_applies_to_comments(client, member, comments):
    client.force_login(member)
    html = search(client, q="Nachbarschaft", typ="beitrag")
    assert "1 Beitrag zu" in html
    assert f"/mitmachen/beitrag/{comments['active'].pk}/" in html


def test_visitors_never_find_comments_of_members_only_discussions(client, comments):
    html = search(client, q="Großeltern")
    assert "Bei uns kamen viele" not in html
    assert "/mitmachen/beitrag/" not in html
    assert "nur für angemeldete Mitglieder" in html
    assert "/mitmachen/beitrag/" not in search(client, q="Großeltern", typ="beitrag")


def test_visitors_find_comments_when_discussions_are_public(client, comments):
    make_public()
    html = search(client, q="Großeltern")
    assert f"/mitmachen/beitrag/{comments['active'].pk}/" in html


def test_withdrawn_hidden_and_removed_comments_are_never_found(
    client, member, comments
):
    client.force_login(member)
    html = search(client, q="Flamingo", typ="beitrag")
    for text in ("Zurückgezogen", "Ausgeblendet", "Entfernt"):
        assert text not in html
    assert "0 Beiträge zu" in html
    assert "/mitmachen/beitrag/" not in search(client, q="Flamingo")


def test_comments_on_draft_pages_are_never_found(client, member, lab, make_comment):
    draft = demo.build_experiment(lab, title="Entwurf", live=False)
    make_comment(draft, member, "Geheimnisvolle Kormorane")
    client.force_login(member)
    assert "/mitmachen/beitrag/" not in search(client, q="Kormorane")


# --- Odd input --------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "\x00",
        "Quartier\x00Nachbarschaft",
        "x" * 500,
        "Quartier " * 1200,  # about 10,000 characters
        "<script>alert(1)</script>",
        "Quartier AND OR NOT",
        "NEAR(Quartier Nachbarschaft)",
        "Quartier*",
        "title:Quartier",
        "^Quartier",
        "(Quartier",
        "Quartier & !Nachbarschaft | :*",
        "100 % 'Quartier'",
        "🙂 Nachbarschaft",
        "und die der",
        "-",
    ],
)
def test_odd_queries_never_fail(client, corpus, query):
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    "query_string",
    [
        "q=%FF%FE",
        "q=Quartier%C3",
        "q=%00%00",
        "q=Quartier&typ=%FF&thema=%00&stadt=%E2%82&jahr=abc",
        "q=Quartier&jahr=99999999999999999999",
        "q=Quartier&seite=-1",
        "q=Quartier&seite=99999999999999999999",
        "q=Quartier&typ=beitrag&seite=abc",
        "q=Quartier&thema=" + "x" * 5000,
    ],
)
def test_odd_parameters_never_fail(client, corpus, member, query_string):
    assert client.get("/suche/?" + query_string).status_code == 200
    client.force_login(member)
    assert client.get("/suche/?" + query_string).status_code == 200


def test_too_long_query_gets_a_german_message(client, corpus):
    html = search(client, q="Quartier " * 1200)
    assert "Der Suchbegriff ist zu lang" in html


# --- Query budget ----------------------------------------------------------------


def count_queries(client, params):
    client.get("/suche/", params)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/suche/", params)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def grow(lab, other_lab, themes, member, make_comment, start, stop):
    for i in range(start, stop):
        experiment = demo.build_experiment(
            lab, title=f"Quartiersexperiment {i}", themes=themes[:2]
        )
        demo.build_learning(
            other_lab, title=f"Quartierserkenntnis {i}", themes=themes[1:4]
        )
        demo.build_discussion(lab, title=f"Quartiersfrage {i}", themes=themes[:1])
        make_comment(experiment, member, f"Quartiersbeitrag Nummer {i}")


def test_search_query_count_is_bounded_and_independent_of_hits(
    corpus, lab, other_lab, themes, member, make_comment
):
    visitor = Client()
    logged_in = Client()
    logged_in.force_login(member)
    cases = {
        "visitor": (visitor, {"q": "Quartier Nachbarschaft"}),
        "visitor_hits": (visitor, {"q": "Quartiersexperiment"}),
        "visitor_filters": (
            visitor,
            {"q": "Quartiersexperiment", "thema": themes[0].slug, "jahr": "2026"},
        ),
        "member": (logged_in, {"q": "Quartiersbeitrag Nummer"}),
        "member_comments": (logged_in, {"q": "Quartiersbeitrag", "typ": "beitrag"}),
        "member_pages": (
            logged_in,
            {"q": "Quartiersexperiment", "stadt": "neckarweiler"},
        ),
    }
    grow(lab, other_lab, themes, member, make_comment, 0, 3)
    small = {name: count_queries(c, params) for name, (c, params) in cases.items()}
    grow(lab, other_lab, themes, member, make_comment, 3, 25)
    large = {name: count_queries(c, params) for name, (c, params) in cases.items()}
    print("search queries (3 / 25 hits):", small, large)  # noqa: T201
    for name, count in small.items():
        budget = 20 if name.startswith("member") else 15
        assert count <= budget, f"{name}: {count} queries"
    assert large == small

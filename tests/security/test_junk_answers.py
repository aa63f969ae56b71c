"""What junk gets: a German 404 page for a junk id in a URL, a German JSON error from
the read API, and listings that ignore a junk filter value. Characters that
`str.isdigit()` accepts but `int()` refuses, and numbers beyond 64 bits, were the
two causes of server errors; `labs.parsing` is the one place that reads numbers."""

import pytest

from labs.parsing import MAX_ID, parse_choice, parse_id, parse_page_number, parse_year

HUGE = str(2**63)


@pytest.mark.parametrize(
    "value", ["²", "٣", "１２", HUGE, str(10**30), "-1", "0", "", "1e3", " ", "\x00"]
)
def test_junk_is_no_id(value):
    assert parse_id(value) is None


def test_ids_up_to_the_database_limit_are_read():
    assert parse_id(str(MAX_ID)) == MAX_ID
    assert parse_id(" 42 ") == 42


def test_page_numbers_years_and_choices_fall_back_for_junk():
    assert parse_page_number("²") == 1
    assert parse_page_number(HUGE) == 1
    assert parse_page_number("7", maximum=5) == 5
    assert parse_year("٢٠٢٦") is None
    assert parse_year("2026") == 2026
    assert parse_year("1800") is None
    assert parse_choice("xor", ("and", "or")) is None
    assert parse_choice("or", ("and", "or")) == "or"


@pytest.mark.parametrize(
    "url",
    [
        f"/mitmachen/beitrag/{HUGE}/",
        f"/mitmachen/seite/{10**30}/folgen/",
        "/feeds/stadtlabore/²/",
        f"/feeds/stadtlabore/{HUGE}/",
        f"/dokumente/{HUGE}/datei.pdf",
    ],
)
def test_junk_id_in_a_url_gets_the_german_not_found_page(client, home, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "nicht" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"offset": str(10**30)},
        {"search": "Quartier", "search_operator": "xor"},
        {"child_of": "²"},
        {"type": "labs.LabPage", "start_date": "nope"},
        {"type": "labs.LabPage", "themes": "nope"},
        {"search": "a\x00b"},
    ],
)
def test_api_junk_gets_a_german_json_error(client, lab, query):
    response = client.get("/api/v2/pages/", query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"].startswith("Die Anfrage ist ungültig")


def test_api_junk_id_gets_json_not_found(client, lab):
    response = client.get(f"/api/v2/pages/{HUGE}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    find = client.get("/api/v2/pages/find/", {"id": "٣"})
    assert find.status_code == 400
    assert find.json()["message"].startswith("Die Anfrage ist ungültig")


@pytest.mark.parametrize("param", ["labor", "sortierung", "thema"])
def test_hub_ignores_junk_filter_values(client, knowledge_index, lab, param):
    response = client.get(knowledge_index.url, {param: "²"})
    assert response.status_code == 200

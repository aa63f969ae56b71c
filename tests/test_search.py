"""The header search finds live, public pages and never fails on odd input."""

import pytest

from home import demo


def test_search_finds_experiment_by_title(client, experiment):
    html = client.get("/suche/", {"q": "Klingel"}).content.decode()
    assert "Klingel-Tour" in html


def test_search_does_not_show_drafts(client, lab):
    demo.build_experiment(lab, title="Vertraulicher Entwurf Zebra", live=False)
    html = client.get("/suche/", {"q": "Zebra"}).content.decode()
    assert "Vertraulicher Entwurf" not in html


@pytest.mark.parametrize("query", ['"', "\x00", "x" * 500, "<script>alert(1)</script>"])
def test_odd_queries_never_fail(client, home, query):
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()

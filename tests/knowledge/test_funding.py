"""Förderprogramme: filters (theme, open deadline), "Gefördert durch" on labs and
experiments, the programme's funded labs, the "Stand" reminder (dashboard panel and
`check_funding_status`), query budgets."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from home import demo
from home.demo import offers as demo_offers

TODAY = timezone.localdate()
FUTURE = TODAY + datetime.timedelta(days=40)
PAST = TODAY - datetime.timedelta(days=40)


@pytest.fixture(autouse=True)
def fresh_funding_cache():
    from knowledge.templatetags.funding_tags import invalidate

    invalidate()
    yield
    invalidate()


@pytest.fixture
def funding_index(home):
    return demo_offers.build_funding_index(home)


@pytest.fixture
def programmes(funding_index, themes, lab, experiment):
    open_one = demo_offers.build_programme(
        funding_index,
        title="Quartiersimpulse",
        themes=[themes[1]],
        labs=[lab],
        experiments=[experiment],
        deadlines=[(PAST, "1. Runde"), (FUTURE, "2. Runde")],
        amount_min=20_000,
        amount_max=85_000,
        eligible="Städte und Gemeinden\nLandkreise",
        last_checked=TODAY,
    )
    closed = demo_offers.build_programme(
        funding_index,
        title="Sozialer Zusammenhalt",
        themes=[themes[2]],
        deadlines=[(PAST, "Programmanmeldung")],
        last_checked=TODAY - datetime.timedelta(days=400),
    )
    rolling = demo_offers.build_programme(
        funding_index,
        title="Beteiligungstaler",
        themes=[themes[0]],
        rolling=True,
        last_checked=TODAY,
    )
    return open_one, closed, rolling


def titles(response):
    return response.content.decode()


def test_index_lists_programmes_with_amount_deadline_and_stand(
    client, funding_index, programmes
):
    html = client.get(funding_index.url).content.decode()
    assert "3 Förderprogramme gefunden" in html
    assert "20.000 bis 85.000 €" in html
    assert "Antrag jederzeit möglich" in html
    assert "derzeit keine offene Frist" in html
    assert FUTURE.strftime("%d.%m.%Y") in html


def test_filter_by_theme(client, funding_index, programmes, themes):
    html = client.get(funding_index.url, {"thema": themes[1].slug}).content.decode()
    assert "1 Förderprogramm gefunden" in html
    assert "Quartiersimpulse" in html
    assert "Sozialer Zusammenhalt" not in html


def test_filter_open_deadline(client, funding_index, programmes):
    html = client.get(funding_index.url, {"frist": "offen"}).content.decode()
    assert "2 Förderprogramme gefunden" in html
    assert "Quartiersimpulse" in html  # one deadline past, one ahead
    assert "Beteiligungstaler" in html  # rolling
    assert "Sozialer Zusammenhalt" not in html


def test_filter_without_result_shows_help(client, funding_index, programmes, themes):
    html = client.get(
        funding_index.url, {"thema": themes[6].slug, "frist": "offen"}
    ).content.decode()
    assert "Keine Förderprogramme passen zu diesen Filtern." in html


def test_empty_index_explains(client, funding_index):
    html = client.get(funding_index.url).content.decode()
    assert "Noch sind keine Förderprogramme eingetragen." in html


def test_draft_programme_is_not_listed(client, funding_index, themes):
    demo_offers.build_programme(funding_index, title="Geheimer Entwurf", live=False)
    assert "Geheimer Entwurf" not in client.get(funding_index.url).content.decode()


def test_lab_and_experiment_show_their_programme(client, programmes, lab, experiment):
    open_one = programmes[0]
    for page in (lab, experiment):
        html = client.get(page.url).content.decode()
        assert "Gefördert durch:" in html
        assert f'<a href="{open_one.url}">Quartiersimpulse</a>' in html


def test_lab_does_not_show_draft_programme(client, funding_index, lab):
    demo_offers.build_programme(
        funding_index, title="Entwurfsprogramm", labs=[lab], live=False
    )
    html = client.get(lab.url).content.decode()
    assert "Gefördert durch" not in html
    assert "Entwurfsprogramm" not in html


def test_lab_shows_new_programme_at_once(client, funding_index, lab, themes):
    assert "Gefördert durch" not in client.get(lab.url).content.decode()
    demo_offers.build_programme(funding_index, title="Neues Programm", labs=[lab])
    assert "Neues Programm" in client.get(lab.url).content.decode()


def test_programme_page_lists_funded_labs_and_experiments(
    client, programmes, lab, experiment, lab_index, other_city
):
    draft_lab = demo.build_lab(
        lab_index, title="Unveröffentlichtes Labor", city=other_city, live=False
    )
    demo.update_page(programmes[0], m2m={"labs": [lab, draft_lab]})
    html = client.get(programmes[0].url).content.decode()
    assert "Damit geförderte StadtLabore" in html
    assert lab.title in html
    assert experiment.title in html
    assert "Unveröffentlichtes Labor" not in html
    assert "Städte und Gemeinden" in html and "Landkreise" in html
    assert "(abgelaufen)" in html  # the past deadline is marked


def test_programme_without_labs_says_so(client, programmes):
    html = client.get(programmes[2].url).content.decode()
    assert "Noch ist kein StadtLabor mit diesem Programm eingetragen." in html


def test_stale_programme_carries_a_notice(client, programmes):
    assert "seit über einem Jahr nicht geprüft" in (
        client.get(programmes[1].url).content.decode()
    )
    assert "seit über einem Jahr nicht geprüft" not in (
        client.get(programmes[0].url).content.decode()
    )


def test_dashboard_reminds_redaktion_of_stale_stand(client, programmes, redakteurin):
    client.force_login(redakteurin)
    html = client.get("/admin/").content.decode()
    assert "Förderprogramme prüfen" in html
    assert "Sozialer Zusammenhalt" in html
    assert "Beteiligungstaler" not in html


def test_check_funding_status_emails_the_redaktion(programmes, redakteurin):
    out = StringIO()
    call_command("check_funding_status", stdout=out)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [redakteurin.email]
    assert "Sozialer Zusammenhalt" in message.body
    assert f"/admin/pages/{programmes[1].pk}/edit/" in message.body
    assert "Quartiersimpulse" not in message.body
    assert "1 Förderprogramm(e)" in out.getvalue()


def test_check_funding_status_dry_run_sends_nothing(programmes, redakteurin):
    out = StringIO()
    call_command("check_funding_status", "--dry-run", stdout=out)
    assert mail.outbox == []
    assert "Probelauf" in out.getvalue()


def test_check_funding_status_quiet_when_all_current(programmes, redakteurin):
    demo.update_page(programmes[1], fields={"last_checked": TODAY})
    out = StringIO()
    call_command("check_funding_status", stdout=out)
    assert mail.outbox == []
    assert "Alle Förderprogramme sind aktuell." in out.getvalue()


def test_query_counts_independent_of_number_of_programmes_and_labs(
    funding_index, programmes, lab_index, lab, experiment, themes, member, count_queries
):
    funded = [lab]

    def grow(start, stop):
        for i in range(start, stop):
            new_lab = demo.build_lab(
                lab_index,
                title=f"Gefördertes Labor {i}",
                city=demo.ensure_city(f"Förderstadt {i}"),
            )
            demo_offers.build_programme(
                funding_index,
                title=f"Programm {i}",
                themes=themes[:3],
                labs=[lab, new_lab],
                experiments=[experiment],
                deadlines=[(FUTURE, "Frist"), (PAST, "alt")],
            )
            funded.append(new_lab)
        demo.update_page(programmes[0], m2m={"labs": funded})

    urls = [funding_index.url, programmes[0].url, lab.url, experiment.url]
    grow(0, 2)
    small = [count_queries(Client(), url) for url in urls]
    grow(2, 16)
    large = [count_queries(Client(), url) for url in urls]
    assert max(small) <= 15, small
    assert small == large
    member_client = Client()
    member_client.force_login(member)
    assert max(count_queries(member_client, url) for url in urls[:2]) <= 20

"""Render cache (home/caching/render_cache.py): fragments that are the same for every
reader are rendered once per data state, for members as for visitors, and every
change shown on a page is visible on the next request, exactly as with the page
cache. The anonymous page cache is off here: members never get it, and visitors'
first request after a change renders the page anew from fragments."""

from html import escape

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, Site

from home import demo
from home.caching import page_cache
from home.models import SiteSettings
from labs.discussions import comments as discussion_api
from labs.models import LabPage, Theme

READERS = ["visitor", "member"]


@pytest.fixture(autouse=True)
def _render_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = False
    settings.RENDER_CACHE_ENABLED = True


@pytest.fixture(params=READERS)
def reader(request, client, member):
    """A visitor or a logged-in member of a member city."""
    if request.param == "member":
        client.force_login(member)
    client.get("/")  # the very first request creates the site settings row
    return client


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def seen(client, url):
    """Read a page twice: the second answer is built from the stored fragments."""
    html_of(client, url)
    return html_of(client, url)


def queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


# --- fragments are reused ------------------------------------------------------------


@pytest.mark.parametrize("who", READERS)
def test_a_warm_page_needs_fewer_queries(
    client, who, member, lab, lab_index, experiment, learning, knowledge_index
):
    if who == "member":
        client.force_login(member)
    client.get("/")
    for url in ("/", lab_index.url, lab.url, experiment.url, learning.url):
        page_cache.invalidate()
        cold = queries(client, url)
        warm = queries(client, url)
        assert warm < cold, (url, cold, warm)


def test_fragments_are_served_until_the_generation_changes(reader, lab, lab_index):
    """A change that bypasses model signals (QuerySet.update) is not seen until
    `invalidate()`: proof that the listing comes from the render cache."""
    assert lab.title in seen(reader, lab_index.url)
    LabPage.objects.filter(pk=lab.pk).update(title="Still umbenannt")
    Page.objects.filter(pk=lab.pk).update(title="Still umbenannt")
    assert "Still umbenannt" not in html_of(reader, lab_index.url)
    page_cache.invalidate()
    assert "Still umbenannt" in html_of(reader, lab_index.url)


def test_switched_off_the_pages_are_rendered_each_time(
    client, settings, lab, lab_index
):
    settings.RENDER_CACHE_ENABLED = False
    seen(client, lab_index.url)
    Page.objects.filter(pk=lab.pk).update(title="Sofort sichtbar")
    LabPage.objects.filter(pk=lab.pk).update(title="Sofort sichtbar")
    assert "Sofort sichtbar" in html_of(client, lab_index.url)


# --- personal parts stay personal ------------------------------------------------------


def test_personal_parts_are_not_shared_between_readers(
    client, lab, member, other_member
):
    from labs.models import LabFollow

    LabFollow.objects.create(user=member, lab=lab)
    first = Client()
    first.force_login(member)
    assert "Nicht mehr folgen" in seen(first, lab.url)
    second = Client()
    second.force_login(other_member)
    other_html = html_of(second, lab.url)
    assert "Nicht mehr folgen" not in other_html
    assert other_member.get_full_name() in other_html or "Abmelden" in other_html
    visitor_html = html_of(client, lab.url)
    assert "Abmelden" not in visitor_html
    assert "Nicht mehr folgen" not in visitor_html
    assert "Anmelden, um zu folgen" in visitor_html


def test_comment_form_keeps_its_own_token(
    client, experiment, member, other_member, settings
):
    settings.RENDER_CACHE_ENABLED = True
    one, two = Client(), Client()
    one.force_login(member)
    two.force_login(other_member)
    seen(one, experiment.url)
    html = html_of(two, experiment.url)
    assert 'name="comment"' in html
    assert 'name="csrfmiddlewaretoken"' in html


# --- exact invalidation, for visitors and members ----------------------------------------


def test_publishing_a_page_shows_it_on_the_next_request(reader, lab, lab_index):
    seen(reader, lab.url)
    seen(reader, "/")
    demo.build_experiment(lab, title="Frisch veröffentlichtes Tauschregal")
    assert "Frisch veröffentlichtes Tauschregal" in html_of(reader, lab.url)
    assert "Frisch veröffentlichtes Tauschregal" in html_of(reader, "/")


def test_a_retitled_page_shows_in_navigation_breadcrumb_and_lists(
    reader, lab, lab_index, experiment
):
    seen(reader, experiment.url)
    seen(reader, lab_index.url)
    page = lab_index.specific
    page.title = "Alle Labore im Land"
    page.save_revision().publish()
    html = html_of(reader, experiment.url)
    nav = html.split('aria-label="Hauptnavigation"', 1)[1].split("</nav>", 1)[0]
    assert "Alle Labore im Land" in nav
    crumbs = html.split('aria-label="Brotkrumen"', 1)[1].split("</nav>", 1)[0]
    assert "Alle Labore im Land" in crumbs
    assert "<h1>Alle Labore im Land</h1>" in html_of(reader, lab_index.url)


def test_unpublishing_a_page_removes_it_from_lists(reader, lab, experiment):
    assert experiment.title in seen(reader, lab.url)
    assert experiment.title in seen(reader, "/")
    experiment.specific.unpublish()
    assert experiment.title not in html_of(reader, lab.url)
    assert experiment.title not in html_of(reader, "/")
    assert reader.get(experiment.url).status_code == 404


def test_moving_a_page_is_visible_on_the_next_request(
    reader, lab, learning, knowledge_index
):
    assert learning.title in seen(reader, lab.url)
    learning.specific.move(knowledge_index, pos="last-child")
    assert learning.title not in html_of(reader, lab.url)


def test_a_moved_or_deleted_page_is_gone_from_its_old_address(
    reader, lab, learning, knowledge_index, other_lab
):
    """The page found for an address is kept per generation too: after a move the
    old address forwards to the new one (Wagtail's automatic redirect), after a
    deletion it answers 404."""
    old_url = learning.url
    assert learning.title in seen(reader, old_url)
    assert other_lab.title in seen(reader, other_lab.url)
    learning.specific.move(knowledge_index, pos="last-child")
    learning.refresh_from_db()
    assert learning.url != old_url
    response = reader.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == learning.url
    assert learning.title in html_of(reader, learning.url)
    deleted_url = other_lab.url
    other_lab.delete()
    assert reader.get(deleted_url).status_code == 404


def test_an_edited_page_shows_its_new_text_on_the_next_request(reader, experiment):
    assert "Neu formulierte Annahme" not in seen(reader, experiment.url)
    page = experiment.specific
    page.hypothesis = "Neu formulierte Annahme zum Tauschregal"
    page.save_revision().publish()
    assert "Neu formulierte Annahme zum Tauschregal" in html_of(reader, experiment.url)


def test_deleting_a_page_removes_it_from_lists(reader, lab, lab_index, other_lab):
    assert other_lab.title in seen(reader, lab_index.url)
    other_lab.delete()
    assert other_lab.title not in html_of(reader, lab_index.url)


def test_new_and_hidden_comments_change_the_counts(
    reader, lab, experiment, member, other_member, make_comment, redakteurin
):
    """The lab page lists its experiments with their number of contributions."""
    seen(reader, lab.url)
    comment = make_comment(experiment, other_member, "Ein neuer Beitrag")
    assert "1 Beitrag" in html_of(reader, lab.url)
    discussion_api.hide_comment(comment, "Persönliche Daten", redakteurin)
    assert "1 Beitrag" not in html_of(reader, lab.url)


def test_comment_posted_through_the_form_shows_in_the_lists(
    reader, lab, experiment, other_member, comment_data
):
    seen(reader, lab.url)
    author = Client()
    author.force_login(other_member)
    response = author.post(
        reverse("labs:comment_post", args=[experiment.pk]),
        comment_data(experiment, "Über das Formular geschrieben"),
    )
    assert response.status_code in (200, 302)
    assert "1 Beitrag" in html_of(reader, lab.url)


def test_renamed_theme_and_city_are_visible_on_the_next_request(
    reader, lab, lab_index, city
):
    theme = lab.primary_theme
    html = seen(reader, lab_index.url)
    assert escape(theme.name) in html
    seen(reader, lab.url)
    Theme.objects.get(pk=theme.pk)  # the snippet as editors change it
    theme.name = "Ganz neuer Themenname"
    theme.save()
    city.name = "Neckarweiler am See"
    city.save()
    assert "Ganz neuer Themenname" in html_of(reader, lab_index.url)
    html = html_of(reader, lab.url)
    assert "Ganz neuer Themenname" in html
    assert "Neckarweiler am See" in html


def test_changed_site_settings_show_in_the_footer(reader, lab):
    seen(reader, lab.url)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.funding_notice = "Gefördert vom Land, Stand Dezember"
    site_settings.save()
    html = html_of(reader, lab.url)
    footer = html.split('class="site-footer"', 1)[1]
    assert "Gefördert vom Land, Stand Dezember" in footer


def test_featuring_a_learning_shows_it_on_the_start_page(
    reader, learning, knowledge_index
):
    from knowledge.models import FeaturedLearning

    assert "Die Redaktion hat noch keine Erkenntnisse empfohlen." in seen(reader, "/")
    FeaturedLearning.objects.create(
        page=knowledge_index, learning=learning, note="Unbedingt lesen"
    )
    html = html_of(reader, "/")
    assert "Unbedingt lesen" in html
    assert "Die Redaktion hat noch keine Erkenntnisse empfohlen." not in html


def test_filtered_lists_are_stored_per_query_string(reader, lab_index, lab, themes):
    other = next(theme for theme in themes if theme not in lab.themes.all())
    plain = seen(reader, lab_index.url)
    assert lab.title in plain
    filtered = seen(reader, lab_index.url + "?thema=" + other.slug)
    if other != lab.primary_theme:
        assert "Keine StadtLabore passen zu diesen Filtern." in filtered
    assert lab.title in html_of(reader, lab_index.url)


# --- the comment thread --------------------------------------------------------------


def test_thread_is_shared_but_own_contributions_keep_their_actions(
    experiment, member, other_member, make_comment, redakteurin
):
    """The thread's HTML is stored once for all readers who may post; the author
    of a contribution still sees "Bearbeiten" on it, everyone else "Inhalt
    melden", and a reader whose contribution is not shown gets the shared HTML."""
    mine = make_comment(experiment, member, "Mein eigener Beitrag")
    author, reader = Client(), Client()
    author.force_login(member)
    reader.force_login(other_member)
    edit_link = reverse("labs:comment_edit", args=[mine.pk])
    report_link = reverse("labs:comment_report", args=[mine.pk])
    html = seen(reader, experiment.url)
    assert "Mein eigener Beitrag" in html
    assert report_link in html and edit_link not in html
    html = seen(author, experiment.url)
    assert edit_link in html and report_link not in html
    assert report_link in html_of(reader, experiment.url)


def test_thread_changes_are_visible_on_the_next_request(
    reader, experiment, member, other_member, make_comment, redakteurin, settings
):
    from home.models import SiteSettings

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.discussions_public = True
    site_settings.save()
    comment = make_comment(experiment, other_member, "Erste Fassung des Beitrags")
    assert "Erste Fassung des Beitrags" in seen(reader, experiment.url)
    comment.comment = "Zweite Fassung des Beitrags"
    comment.save()
    html = html_of(reader, experiment.url)
    assert "Zweite Fassung des Beitrags" in html and "Erste Fassung" not in html
    make_comment(experiment, other_member, "Noch ein Beitrag dazu")
    assert "Noch ein Beitrag dazu" in html_of(reader, experiment.url)
    discussion_api.hide_comment(comment, "Persönliche Daten", redakteurin)
    html = html_of(reader, experiment.url)
    assert "Zweite Fassung des Beitrags" not in html
    assert "Ausgeblendeter Beitrag" in html


def test_a_warm_thread_is_not_rendered_again(
    client, experiment, member, other_member, make_comment
):
    for number in range(30):
        make_comment(experiment, other_member, f"Beitrag Nummer {number}")
    client.force_login(member)
    client.get("/")  # the very first request creates the site settings row
    html_of(client, experiment.url)
    rendered = []
    from django.test.signals import template_rendered

    def record(sender, template, **kwargs):
        rendered.append(template.name)

    template_rendered.connect(record)
    try:
        html = html_of(client, experiment.url)
    finally:
        template_rendered.disconnect(record)
    assert "Beitrag Nummer 0<" in html or "Beitrag Nummer 0\n" in html
    assert "comments/comment.html" not in rendered, rendered
    assert "comments/section.html" in rendered


def test_search_filter_options_follow_the_data(reader, lab):
    import datetime

    def years():
        return html_of(reader, "/suche/?q=Quartier").split('id="filter-jahr"')[1]

    assert ">2019<" not in years()
    assert ">2019<" not in years()  # now from the render cache
    demo.build_experiment(
        lab, title="Frühes Experiment", start_date=datetime.date(2019, 3, 1)
    )
    assert ">2019<" in years()


def test_search_results_follow_the_data(reader, lab):
    """A search is answered from the render cache until the data changes: a page
    published, retitled or unpublished shows in the results on the next search."""
    url = "/suche/?q=Zwetschgenfest"
    assert "0 Treffer" in seen(reader, url)
    assert queries(reader, url) < 8  # the stored result: no search query
    experiment = demo.build_experiment(lab, title="Zwetschgenfest im Hof")
    html = html_of(reader, url)
    assert "1 Treffer" in html and "Zwetschgenfest im Hof" in html
    page = experiment.specific
    page.title = "Zwetschgenfest am Brunnen"
    page.save_revision().publish()
    html = html_of(reader, url)
    assert "Zwetschgenfest am Brunnen" in html and "im Hof" not in html
    page.unpublish()
    assert "0 Treffer" in html_of(reader, url)


def test_searches_are_stored_per_query_filter_and_page(reader, lab):
    for number in range(12):
        demo.build_experiment(lab, title=f"Mirabellenmarkt {number:02d}")
    first = html_of(reader, "/suche/?q=Mirabellenmarkt")
    second = html_of(reader, "/suche/?q=Mirabellenmarkt&seite=2")
    assert "12 Treffer" in first and "Seite 1 von 2" in first
    assert "Seite 2 von 2" in second
    titles = {f"Mirabellenmarkt {number:02d}" for number in range(12)}
    on_first = {title for title in titles if title + "<" in first}
    on_second = {title for title in titles if title + "<" in second}
    assert len(on_first) == 10 and len(on_second) == 2
    assert not on_first & on_second
    assert "0 Treffer" in html_of(reader, "/suche/?q=Mirabellenmarkt&typ=erkenntnis")
    assert "12 Treffer" in html_of(reader, "/suche/?q=Mirabellenmarkt")


def test_contributions_found_by_search_follow_the_thread(
    client, experiment, member, other_member, make_comment, redakteurin
):
    """Members find contributions; a new one shows in the search on the next
    request, a hidden one is gone, and visitors never get the members' result."""
    client.force_login(member)
    client.get("/")
    url = "/suche/?q=Holunderblüten&typ=beitrag"
    assert "0 Beiträge" in seen(client, url)
    comment = make_comment(experiment, other_member, "Holunderblüten am Spielplatz")
    assert "Holunderblüten am Spielplatz" in html_of(client, url)
    visitor = Client()
    assert "Holunderblüten am Spielplatz" not in html_of(visitor, url)
    discussion_api.hide_comment(comment, "Persönliche Daten", redakteurin)
    assert "Holunderblüten am Spielplatz" not in html_of(client, url)

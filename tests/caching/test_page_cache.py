"""Full-page cache for anonymous visitors: what is cached, what never is, and that
every change shown on a page is visible on the next anonymous request."""

from html import escape

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Site

from home import demo
from home.caching import page_cache
from home.models import SiteSettings
from labs.discussions import comments as discussion


@pytest.fixture(autouse=True)
def _cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def get(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404), (url, response.status_code)
    return response, response.content.decode()


def warm(client):
    """The very first request creates the site settings row (a change); then start
    from an empty page cache, whether or not that row existed already."""
    client.get("/")
    page_cache.invalidate()


def cached(client, url):
    """Fetch twice; the second answer must come from the cache."""
    warm(client)
    first, html = get(client, url)
    second, again = get(client, url)
    assert second["X-Page-Cache"] == "hit", url
    assert again == html
    return html


def fresh(client, url):
    """The next anonymous request after a change: rebuilt, not the stored page."""
    response, html = get(client, url)
    assert response["X-Page-Cache"] != "hit", url
    return response, html


def make_public():
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.discussions_public = True
    site_settings.save()


# --- what is cached -------------------------------------------------------------------


def test_anonymous_pages_are_served_from_the_cache(client, lab, experiment):
    warm(client)
    for url in ("/", lab.url, experiment.url):
        first = client.get(url)
        assert first["X-Page-Cache"] == "miss"
        second = client.get(url)
        assert second["X-Page-Cache"] == "hit"
        assert second.content == first.content
        assert "Cookie" in second["Vary"]
        assert "no-cache" in second["Cache-Control"]


def test_query_strings_are_cached_separately(client, lab_index, lab, themes):
    warm(client)
    plain = cached(client, lab_index.url)
    theme = lab.themes.first() or themes[3]
    filtered = client.get(lab_index.url + "?thema=" + theme.slug)
    assert filtered["X-Page-Cache"] == "miss"
    assert filtered.content.decode() != plain


def test_head_request_is_answered_from_the_cache(client, lab):
    cached(client, lab.url)
    assert client.head(lab.url)["X-Page-Cache"] == "hit"


def test_cache_hit_needs_no_database_query(client, lab, django_assert_num_queries):
    cached(client, lab.url)
    with django_assert_num_queries(0):
        assert client.get(lab.url)["X-Page-Cache"] == "hit"


def test_members_never_get_or_fill_the_cache(client, lab, member, discussion):
    make_public()
    client.force_login(member)
    for url in (lab.url, discussion.url):
        for _ in range(2):
            response = client.get(url)
            assert response["X-Page-Cache"] == "bypass"
            assert "private" in response["Cache-Control"]
    member_html = client.get(discussion.url).content.decode()
    client.logout()
    client.cookies.clear()
    visitor = client.get(discussion.url)
    assert visitor["X-Page-Cache"] == "miss"
    assert visitor.content.decode() != member_html
    assert "Abmelden" not in visitor.content.decode()


def test_a_session_cookie_bypasses_the_cache(client, lab):
    cached(client, lab.url)
    client.cookies["sessionid"] = "irgendwas"
    assert client.get(lab.url)["X-Page-Cache"] == "bypass"


def test_forms_accounts_and_admin_are_never_cached(client, home):
    for url in (reverse("konto:login"), reverse("konto:access_request"), "/admin/"):
        for _ in range(2):
            response = client.get(url)
            assert response["X-Page-Cache"] == "bypass", url


def test_responses_that_set_a_cookie_are_not_stored(client, home):
    login = reverse("konto:login")
    response = client.get(login)
    assert response.cookies  # the CSRF cookie of the form
    assert client.get(login)["X-Page-Cache"] == "bypass"


def test_not_found_is_not_cached(client, home):
    for _ in range(2):
        response = client.get("/gibt-es-nicht/")
        assert response.status_code == 404
        assert response["X-Page-Cache"] == "bypass"


def test_cache_can_be_switched_off(client, lab, settings):
    settings.PAGE_CACHE_ENABLED = False
    warm(client)
    assert "X-Page-Cache" not in client.get(lab.url)


# --- exact invalidation: pages ----------------------------------------------------------


def test_publishing_a_page_shows_it_on_the_next_request(client, lab):
    cached(client, lab.url)
    demo.build_experiment(lab, title="Frisch veröffentlichtes Tauschregal")
    _, html = fresh(client, lab.url)
    assert "Frisch veröffentlichtes Tauschregal" in html


def test_publishing_changes_of_a_page_shows_them(client, experiment):
    cached(client, experiment.url)
    page = experiment.specific
    page.teaser = "Neue Kurzbeschreibung nach der Auswertung"
    page.save_revision().publish()
    _, html = fresh(client, experiment.url)
    assert "Neue Kurzbeschreibung nach der Auswertung" in html


def test_saving_a_draft_changes_nothing_public(client, experiment):
    html = cached(client, experiment.url)
    page = experiment.specific
    page.teaser = "Entwurf, noch nicht veröffentlicht"
    page.save_revision()
    response, again = get(client, experiment.url)
    assert "Entwurf, noch nicht veröffentlicht" not in again
    assert again == html


def test_unpublishing_a_page_removes_it_on_the_next_request(client, lab, experiment):
    assert experiment.title in cached(client, lab.url)
    cached(client, experiment.url)
    experiment.specific.unpublish()
    response, _ = fresh(client, experiment.url)
    assert response.status_code == 404
    _, html = fresh(client, lab.url)
    assert experiment.title not in html


def test_moving_a_page_is_visible_on_the_next_request(
    client, lab, learning, knowledge_index
):
    old_url = learning.url
    assert learning.title in cached(client, lab.url)
    cached(client, old_url)
    learning.specific.move(knowledge_index, pos="last-child")
    learning.refresh_from_db()
    assert learning.url != old_url
    response = client.get(old_url)
    assert response["X-Page-Cache"] != "hit"
    assert response.status_code == 301  # Wagtail keeps a redirect to the new place
    assert response["Location"] == learning.url
    assert client.get(learning.url).status_code == 200


def test_deleting_a_page_removes_it_on_the_next_request(client, lab, experiment):
    url = experiment.url
    assert experiment.title in cached(client, lab.url)
    cached(client, url)
    experiment.delete()
    response, _ = fresh(client, url)
    assert response.status_code == 404
    _, html = fresh(client, lab.url)
    assert experiment.title not in html


# --- exact invalidation: comments -------------------------------------------------------


@pytest.fixture
def public_discussion(discussion):
    make_public()
    return discussion


def test_new_comment_is_visible_on_the_next_request(
    client, public_discussion, member, make_comment
):
    cached(client, public_discussion.url)
    make_comment(public_discussion, member, "Ganz neuer Beitrag aus Neckarweiler")
    _, html = fresh(client, public_discussion.url)
    assert "Ganz neuer Beitrag aus Neckarweiler" in html


def test_comment_posted_through_the_form_is_visible_to_visitors(
    client, public_discussion, member, comment_data
):
    from django.test import Client

    cached(client, public_discussion.url)
    author = Client()
    author.force_login(member)
    response = author.post(
        reverse("labs:comment_post", args=[public_discussion.pk]),
        comment_data(public_discussion, "Über das Formular geschrieben"),
    )
    assert response.status_code in (200, 302)
    _, html = fresh(client, public_discussion.url)
    assert "Über das Formular geschrieben" in html


def test_edited_comment_is_visible_on_the_next_request(
    client, public_discussion, member, make_comment
):
    comment = make_comment(public_discussion, member, "Erste Fassung des Beitrags")
    assert "Erste Fassung des Beitrags" in cached(client, public_discussion.url)
    discussion.edit_comment(comment, "Zweite, berichtigte Fassung")
    _, html = fresh(client, public_discussion.url)
    assert "Zweite, berichtigte Fassung" in html
    assert "Erste Fassung des Beitrags" not in html


def test_withdrawn_comment_disappears_on_the_next_request(
    client, public_discussion, member, make_comment
):
    comment = make_comment(public_discussion, member, "Später zurückgezogen")
    assert "Später zurückgezogen" in cached(client, public_discussion.url)
    discussion.withdraw_comment(comment)
    _, html = fresh(client, public_discussion.url)
    assert "Später zurückgezogen" not in html


def test_hidden_comment_disappears_on_the_next_request(
    client, public_discussion, member, make_comment, redakteurin
):
    comment = make_comment(public_discussion, member, "Wird ausgeblendet")
    assert "Wird ausgeblendet" in cached(client, public_discussion.url)
    discussion.hide_comment(comment, "Persönliche Daten", redakteurin)
    _, html = fresh(client, public_discussion.url)
    assert "Wird ausgeblendet" not in html


def test_removed_comment_disappears_on_the_next_request(
    client, public_discussion, member, make_comment
):
    comment = make_comment(public_discussion, member, "Wird entfernt")
    assert "Wird entfernt" in cached(client, public_discussion.url)
    discussion.remove_comment(comment, "Werbung")
    _, html = fresh(client, public_discussion.url)
    assert "Wird entfernt" not in html


def test_deleted_comment_disappears_on_the_next_request(
    client, public_discussion, member, make_comment
):
    comment = make_comment(public_discussion, member, "Wird gelöscht")
    assert "Wird gelöscht" in cached(client, public_discussion.url)
    comment.delete()
    _, html = fresh(client, public_discussion.url)
    assert "Wird gelöscht" not in html


def test_deleted_account_is_anonymised_on_the_next_request(
    client, public_discussion, member, make_comment
):
    make_comment(public_discussion, member, "Beitrag eines später gelöschten Kontos")
    name = member.get_full_name()
    assert name in cached(client, public_discussion.url)
    get_user_model().objects.get(pk=member.pk).delete()
    _, html = fresh(client, public_discussion.url)
    assert name not in html


# --- exact invalidation: snippets, settings, peer signals --------------------------------


def test_renamed_city_is_visible_on_the_next_request(client, lab, city):
    assert city.name in cached(client, lab.url)
    city.name = "Neckarweiler am See"
    city.save()
    _, html = fresh(client, lab.url)
    assert "Neckarweiler am See" in html


def test_renamed_theme_is_visible_on_the_next_request(client, lab):
    theme = lab.primary_theme
    assert escape(theme.name) in cached(client, lab.url)
    theme.name = "Ganz neuer Themenname"
    theme.save()
    _, html = fresh(client, lab.url)
    assert "Ganz neuer Themenname" in html


def test_changed_site_settings_are_visible_on_the_next_request(client, lab):
    cached(client, lab.url)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "neu-postfach@example.org"
    site_settings.save()
    _, html = fresh(client, "/")
    _, html = fresh(client, lab.url)
    assert "neu-postfach@example.org" in html


def test_confirmation_of_a_learning_is_visible_on_the_next_request(
    client, learning, other_city, other_member
):
    from knowledge.models import LearningConfirmation

    before = cached(client, learning.url)
    LearningConfirmation.objects.create(
        learning=learning, city=other_city, user=other_member, note=""
    )
    _, html = fresh(client, learning.url)
    assert html != before
    assert other_city.name in html

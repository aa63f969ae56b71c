"""Bad input and attacks, each with the safe outcome it must get: XSS (stored and
reflected), CSRF on every form, open redirects, IDOR, privilege escalation in the
admin, SQL-ish, oversized and malformed input, forged comment security data and
replayed forms. One test id per case."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django_comments.forms import CommentSecurityForm
from wagtail.models import Page, PageViewRestriction

from home import demo
from labs.models import City, ThreadFollow
from labs.models.comments import MAX_LENGTH, Comment, CommentReport

PASSWORD = "ein-langes-Passwort-1"
XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


def _html(response):
    return response.content.decode("utf-8", "replace")


def _assert_escaped(html):
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html
    assert "onerror=alert(2)>" not in html or "&lt;img" in html


# --- Stored XSS ------------------------------------------------------------------------


def _xss_comment_body(client, member, other_member, discussion, make_comment, **_):
    make_comment(discussion, other_member, XSS)
    client.force_login(member)
    return client.get(discussion.url)


def _xss_javascript_link(client, member, other_member, discussion, make_comment, **_):
    make_comment(discussion, other_member, "Siehe javascript:alert(1) und <a href=x>")
    client.force_login(member)
    response = client.get(discussion.url)
    assert 'href="javascript:' not in _html(response)
    assert "<a href=x>" not in _html(response)
    return response


def _xss_display_name(client, member, other_member, discussion, make_comment, **_):
    other_member.first_name = "<script>alert(1)</script>"
    other_member.save()
    make_comment(discussion, other_member, "Harmlos")
    client.force_login(member)
    return client.get(discussion.url)


def _xss_city_name(client, lab_index, other_lab, **_):
    City.objects.filter(pk=other_lab.city_id).update(name=XSS)
    return client.get(lab_index.url)


def _xss_function(client, member, other_member, discussion, make_comment, **_):
    from labs.models import Membership

    membership = Membership.objects.get(user=other_member)
    membership.function = XSS
    membership.save()
    make_comment(discussion, other_member, "Harmlos")
    client.force_login(member)
    return client.get(discussion.url)


def _xss_report_note_in_admin(
    client, member, other_member, editor, discussion, make_comment, **_
):
    comment = make_comment(discussion, other_member, "Gemeldet")
    CommentReport.objects.create(comment=comment, user=member, reason="other", note=XSS)
    client.force_login(editor)
    return client.get(reverse("labs_comment_moderate", args=[comment.pk]))


def _xss_access_request_in_admin(client, superuser, city, **_):
    from home.models import AccessRequest

    AccessRequest.objects.create(
        name=XSS, email="x@example.org", city=city, function=XSS, message=XSS
    )
    client.force_login(superuser)
    return client.get(reverse("home_accessrequest_modeladmin_index"))


def _xss_profile_name_saved(client, member, **_):
    client.force_login(member)
    client.post(
        reverse("konto:profile"),
        {"formular": "profil", "first_name": XSS, "last_name": "X", "function": XSS},
    )
    return client.get(reverse("konto:profile"))


def _xss_page_title(client, lab, **_):
    experiment = demo.build_experiment(lab, title=XSS)
    return client.get(experiment.url)


STORED_XSS = {
    "comment-body-script": _xss_comment_body,
    "comment-body-javascript-link": _xss_javascript_link,
    "display-name-script": _xss_display_name,
    "city-name-in-lab-filter": _xss_city_name,
    "author-function": _xss_function,
    "report-note-in-moderation": _xss_report_note_in_admin,
    "access-request-in-admin": _xss_access_request_in_admin,
    "profile-name-and-function": _xss_profile_name_saved,
    "page-title": _xss_page_title,
}


@pytest.mark.parametrize("case", STORED_XSS, ids=list(STORED_XSS))
def test_stored_xss_is_escaped(request, client, case):
    fixtures = {
        name: request.getfixturevalue(name)
        for name in STORED_XSS[case].__code__.co_varnames[
            : STORED_XSS[case].__code__.co_argcount
        ]
        if name != "client"
    }
    response = STORED_XSS[case](client, **fixtures)
    assert response.status_code == 200
    _assert_escaped(_html(response))


# --- Reflected XSS and odd input in search, filters, pagination -----------------------

REFLECTED = {
    "search-script": ("/suche/", {"q": XSS}),
    "search-quotes": ("/suche/", {"q": "\"'`\\"}),
    "search-sql": ("/suche/", {"q": "' OR 1=1 --"}),
    "search-sql-union": ("/suche/", {"q": "x' UNION SELECT password FROM auth_user--"}),
    "search-fts-syntax": ("/suche/", {"q": 'NEAR(a b) OR "x* AND -y ^z'}),
    "search-nul": ("/suche/", {"q": "Quartier\x00"}),
    "search-very-long": ("/suche/", {"q": "Quartier " * 2000}),
    "search-unicode": ("/suche/", {"q": "\u202eQuartier\u200b\ufeff𝔔"}),
    "search-page-huge": ("/suche/", {"q": "Quartier", "seite": "9" * 40}),
    "search-page-script": ("/suche/", {"q": "Quartier", "seite": XSS}),
    "filter-city-script": ("lab_index", {"stadt": XSS}),
    "filter-city-sql": ("lab_index", {"stadt": "' OR '1'='1"}),
    "filter-theme-long": ("lab_index", {"thema": "x" * 100_000}),
    "filter-status-nul": ("lab_index", {"status": "laufend\x00"}),
    "filter-knowledge-nul": ("knowledge_index", {"thema": "\x00", "stadt": "\x00"}),
    "filter-discussion-sql": ("discussion_index", {"stadt": "1;DROP TABLE x"}),
    "page-negative": ("lab_index", {"seite": "-1"}),
    "comments-page-huge": ("discussion", {"beitraege": "1e999"}),
}


@pytest.mark.parametrize("case", REFLECTED, ids=list(REFLECTED))
def test_odd_input_in_search_and_filters_is_safe(
    request, client, lab_index, knowledge_index, discussion_index, discussion, case
):
    where, params = REFLECTED[case]
    url = where if where.startswith("/") else request.getfixturevalue(where).url
    response = client.get(url, params)
    assert response.status_code in (200, 400)
    html = _html(response)
    _assert_escaped(html)
    assert "Traceback" not in html


@pytest.mark.parametrize(
    "raw_query",
    ["q=%ff%fe%fd", "q=%zz%", "q=%C0%AF", "q=%ED%A0%80", "q=%00%00", "stadt=%ff&q=a"],
    ids=[
        "non-utf8",
        "bad-percent",
        "overlong-utf8",
        "surrogate",
        "nul",
        "filter-non-utf8",
    ],
)
def test_malformed_query_strings_never_fail(client, home, raw_query):
    response = client.get("/suche/?" + raw_query)
    assert response.status_code in (200, 400)


@pytest.mark.parametrize(
    "path",
    ["/%00/", "/%ff%fe/", "/labore/%2e%2e/%2e%2e/etc/passwd", "/" + "a" * 3000 + "/"],
    ids=["nul-in-path", "non-utf8-path", "dot-dot-path", "very-long-path"],
)
def test_malformed_paths_are_not_found(client, home, path):
    assert client.get(path).status_code == 404


def test_search_shows_no_drafts_or_private_pages(client, lab, member):
    demo.build_experiment(lab, title="Zebraentwurf geheim", live=False)
    private = demo.build_experiment(lab, title="Zebramitglieder intern")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    for who in (None, member):
        if who:
            client.force_login(who)
        html = _html(client.get("/suche/", {"q": "Zebraentwurf Zebramitglieder"}))
        assert "Zebraentwurf geheim" not in html
        assert "Zebramitglieder intern" not in html


# --- CSRF: every form refuses a POST without token ---------------------------------


def _csrf_cases():
    return {
        "login": ("konto:login", [], None),
        "logout": ("konto:logout", [], "member"),
        "password-reset": ("konto:password_reset", [], None),
        "password-change": ("konto:password_change", [], "member"),
        "profile": ("konto:profile", [], "member"),
        "delete-account": ("konto:delete", [], "member"),
        "access-request": ("konto:access_request", [], None),
        "unfollow": ("konto:unfollow", ["follow"], "member"),
        "comment-post": ("labs:comment_post", ["discussion"], "member"),
        "comment-edit": ("labs:comment_edit", ["comment"], "member"),
        "comment-withdraw": ("labs:comment_withdraw", ["comment"], "member"),
        "comment-report": ("labs:comment_report", ["other_comment"], "member"),
        "follow": ("labs:follow", ["discussion"], "member"),
        "peer-signal": ("labs:peer_signal", ["learning"], "other_member"),
        "notification-settings": ("labs:notification_settings", [], "member"),
        "admin-login": ("wagtailadmin_login", [], None),
        "admin-page-edit": ("wagtailadmin_pages:edit", ["experiment"], "editor"),
    }


CSRF = _csrf_cases()


@pytest.mark.parametrize("case", CSRF, ids=list(CSRF))
def test_forms_refuse_posts_without_csrf_token(
    request,
    member,
    other_member,
    editor,
    discussion,
    learning,
    experiment,
    make_comment,
    case,
):
    name, arg_names, who = CSRF[case]
    objects = {
        "discussion": discussion.pk,
        "learning": learning.pk,
        "experiment": experiment.pk,
        "comment": make_comment(discussion, member, "Eigener Beitrag").pk,
        "other_comment": make_comment(discussion, other_member, "Fremder Beitrag").pk,
        "follow": ThreadFollow.objects.create(user=member, page=discussion).pk,
    }
    client = Client(enforce_csrf_checks=True)
    if who:
        client.force_login(
            {"member": member, "other_member": other_member, "editor": editor}[who]
        )
    before = (
        Comment.objects.count(),
        CommentReport.objects.count(),
        ThreadFollow.objects.count(),
    )
    response = client.post(
        reverse(name, args=[objects[a] for a in arg_names]),
        {
            "username": member.username,
            "password": PASSWORD,
            "comment": "Ohne Token",
            "reason": "spam",
            "email": member.email,
            "title": "Übernommen",
        },
    )
    assert response.status_code == 403
    assert (
        "CSRF" in _html(response)
        or "abgelehnt" in _html(response)
        or response.status_code == 403
    )
    after = (
        Comment.objects.count(),
        CommentReport.objects.count(),
        ThreadFollow.objects.count(),
    )
    assert after == before
    assert get_user_model().objects.filter(pk=member.pk, is_active=True).exists()


# --- Open redirects ----------------------------------------------------------------

EVIL = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "https:evil.example",
    "\\\\evil.example",
    " https://evil.example",
    "javascript:alert(1)",
    "http://testserver@evil.example/",
]


@pytest.mark.parametrize("target", EVIL, ids=[f"login-{i}" for i in range(len(EVIL))])
def test_login_next_never_leaves_the_site(client, member, target):
    response = client.post(
        reverse("konto:login") + "?next=" + target,
        {"username": member.username, "password": PASSWORD, "next": target},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("konto:profile")


@pytest.mark.parametrize("target", EVIL[:4], ids=[f"logout-{i}" for i in range(4)])
def test_logout_next_never_leaves_the_site(client, member, target):
    client.force_login(member)
    response = client.post(
        reverse("konto:logout") + "?next=" + target, {"next": target}
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
    assert not response["Location"].startswith("javascript")


@pytest.mark.parametrize("target", EVIL[:4], ids=[f"admin-login-{i}" for i in range(4)])
def test_admin_login_next_never_leaves_the_site(client, superuser, target):
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": superuser.username, "password": PASSWORD, "next": target},
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


def test_login_redirect_of_comment_form_stays_on_the_site(client, discussion):
    """A visitor posting is sent to the login with `next` = the page itself; a
    `next` smuggled into the form is ignored."""
    response = client.post(
        reverse("labs:comment_post", args=[discussion.pk])
        + "?next=https://evil.example/",
        {"comment": "x", "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/anmelden/?next=%2F")
    assert "evil.example" not in response["Location"]


# --- IDOR -----------------------------------------------------------------------------


@pytest.fixture
def foreign_comment(discussion, other_member, make_comment):
    return make_comment(discussion, other_member, "Fremder Beitrag bleibt")


def test_idor_edit_someone_elses_comment(client, member, foreign_comment):
    client.force_login(member)
    url = reverse("labs:comment_edit", args=[foreign_comment.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"comment": "Übernommen!"}).status_code == 404
    foreign_comment.refresh_from_db()
    assert foreign_comment.comment == "Fremder Beitrag bleibt"


def test_idor_withdraw_someone_elses_comment(client, member, foreign_comment):
    client.force_login(member)
    response = client.post(reverse("labs:comment_withdraw", args=[foreign_comment.pk]))
    assert response.status_code == 404
    foreign_comment.refresh_from_db()
    assert foreign_comment.withdrawn_at is None


def test_idor_report_comment_on_draft_page(
    client, member, other_member, lab, make_comment
):
    draft = demo.build_discussion(lab, title="Entwurf einer Diskussion")
    comment = make_comment(draft, other_member, "Im Entwurf")
    draft.unpublish()
    client.force_login(member)
    response = client.post(
        reverse("labs:comment_report", args=[comment.pk]), {"reason": "spam"}
    )
    assert response.status_code == 404
    assert not CommentReport.objects.exists()


def test_idor_comment_permalink_on_private_page(
    client, other_member, lab, make_comment
):
    private = demo.build_discussion(lab, title="Interne Runde")
    PageViewRestriction.objects.create(
        page=private,
        restriction_type=PageViewRestriction.PASSWORD,
        password="geheim-123",
    )
    comment = make_comment(private, other_member, "Vertraulich")
    client.force_login(other_member)
    assert (
        client.get(reverse("labs:comment_permalink", args=[comment.pk])).status_code
        == 404
    )


def test_idor_post_comment_on_draft_page(client, member, lab, comment_data):
    draft = demo.build_discussion(lab, title="Noch nicht online")
    draft.unpublish()
    client.force_login(member)
    response = client.post(
        reverse("labs:comment_post", args=[draft.pk]), comment_data(draft, "Hallo")
    )
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_idor_unfollow_someone_elses_follow(client, member, other_member, discussion):
    follow = ThreadFollow.objects.create(user=other_member, page=discussion)
    client.force_login(member)
    assert client.post(reverse("konto:unfollow", args=[follow.pk])).status_code == 404
    client.post(reverse("labs:notification_settings"), {"unfollow": follow.pk})
    assert ThreadFollow.objects.filter(pk=follow.pk).exists()


def test_idor_draft_page_and_preview_for_member(client, member, lab):
    draft = demo.build_experiment(lab, title="Geheimer Entwurf", live=False)
    client.force_login(member)
    assert client.get(draft.url or f"/labore/{draft.slug}/").status_code == 404
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[draft.pk]))
    assert preview.status_code in (302, 403)
    assert "Geheimer Entwurf" not in _html(preview)


def test_idor_preview_for_visitor(client, lab):
    draft = demo.build_experiment(lab, title="Geheimer Entwurf", live=False)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[draft.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_idor_export_contains_only_own_data(
    client, member, other_member, discussion, make_comment
):
    make_comment(discussion, other_member, "Fremder Text XYZ")
    client.force_login(member)
    data = _html(client.get(reverse("konto:export")))
    assert member.email in data
    assert other_member.email not in data
    assert "Fremder Text XYZ" not in data


def test_idor_account_pages_have_no_user_id(client, member, other_member):
    client.force_login(member)
    html = _html(
        client.get(
            reverse("konto:profile"), {"user": other_member.pk, "pk": other_member.pk}
        )
    )
    assert other_member.email not in html
    assert member.email in html


# --- Privilege escalation in the admin ---------------------------------------------


def _admin_urls(lab, other_lab, experiment, discussion, editor_comment):
    return {
        "edit-other-city-lab": reverse("wagtailadmin_pages:edit", args=[other_lab.pk]),
        "add-page-in-other-lab": reverse(
            "wagtailadmin_pages:add_subpage", args=[other_lab.pk]
        ),
        "delete-other-city-lab": reverse(
            "wagtailadmin_pages:delete", args=[other_lab.pk]
        ),
        "delete-own-lab": reverse("wagtailadmin_pages:delete", args=[lab.pk]),
        "edit-home-page": reverse(
            "wagtailadmin_pages:edit", args=[lab.get_parent().get_parent().pk]
        ),
        "users": reverse("wagtailusers_users:index"),
        "groups": reverse("wagtailusers_groups:index"),
        "site-settings": reverse("wagtailsettings:edit", args=["home", "sitesettings"]),
        "city-snippet-add": reverse("wagtailsnippets_labs_city:add"),
        "city-snippet-edit": reverse(
            "wagtailsnippets_labs_city:edit", args=[other_lab.city_id]
        ),
        "theme-snippet-add": reverse("wagtailsnippets_labs_theme:add"),
        "membership-snippet-add": reverse("wagtailsnippets_labs_membership:add"),
        "comment-moderation": reverse(
            "labs_comment_moderate", args=[editor_comment.pk]
        ),
        "access-requests": reverse("home_accessrequest_modeladmin_index"),
        "provision-pilot-city": reverse("provision_pilot_city"),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "collections": reverse("wagtailadmin_collections:index"),
    }


ADMIN_CASES = [
    "edit-other-city-lab",
    "add-page-in-other-lab",
    "delete-other-city-lab",
    "delete-own-lab",
    "edit-home-page",
    "users",
    "groups",
    "site-settings",
    "city-snippet-add",
    "city-snippet-edit",
    "theme-snippet-add",
    "membership-snippet-add",
    "comment-moderation",
    "access-requests",
    "provision-pilot-city",
    "workflows",
    "collections",
]


def _denied(response):
    """Refused: 403/404, or sent elsewhere (Wagtail's admin redirects with a
    "no permission" message)."""
    return response.status_code in (302, 403, 404)


@pytest.fixture
def comment_to_moderate(discussion, make_comment, other_member):
    return make_comment(discussion, other_member, "Zu moderieren")


@pytest.fixture
def admin_urls(lab, other_lab, experiment, discussion, comment_to_moderate):
    return _admin_urls(lab, other_lab, experiment, discussion, comment_to_moderate)


@pytest.mark.parametrize("case", ADMIN_CASES)
def test_pilot_editor_cannot_reach_admin_url(
    client, pilot, other_lab, comment_to_moderate, admin_urls, case
):
    comment = comment_to_moderate
    url = admin_urls[case]
    client.force_login(pilot)
    response = client.get(url)
    assert _denied(response), (case, response.status_code)
    if response.status_code == 302:
        assert response["Location"] != url
    posted = client.post(url, {"action": "hide", "reason": "x", "title": "Übernommen"})
    assert _denied(posted)
    comment.refresh_from_db()
    assert comment.hidden_at is None and not comment.is_removed
    other_lab.refresh_from_db()
    assert other_lab.live and other_lab.title == "Ortsmitte für alle"


@pytest.mark.parametrize(
    "case",
    [
        "edit-other-city-lab",
        "users",
        "site-settings",
        "comment-moderation",
        "city-snippet-add",
    ],
)
def test_member_cannot_reach_admin_url(client, member, admin_urls, case):
    url = admin_urls[case]
    client.force_login(member)
    response = client.get(url)
    assert _denied(response)
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_pilot_editor_post_to_other_city_lab_changes_nothing(client, pilot, other_lab):
    client.force_login(pilot)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[other_lab.pk]),
        {"title": "Gekapert", "slug": other_lab.slug, "action-publish": "1"},
    )
    assert _denied(response)
    assert Page.objects.get(pk=other_lab.pk).title == "Ortsmitte für alle"


# --- Comments: malformed, oversized, forged and replayed ---------------------------


def _post(client, page, data):
    return client.post(reverse("labs:comment_post", args=[page.pk]), data)


def _forged(kind, discussion, other_page, comment_data):
    data = comment_data(discussion, "Gefälscht")
    if kind == "hash":
        data["security_hash"] = "0" * 40
    elif kind == "timestamp-old":
        fresh = CommentSecurityForm(discussion.specific)
        stamp = str(int(time.time()) - 3 * 3600)
        data.update(
            timestamp=stamp,
            security_hash=fresh.initial_security_hash(stamp),
        )
    elif kind == "timestamp-changed":
        data["timestamp"] = str(int(data["timestamp"]) + 60)
    elif kind == "timestamp-future":
        data["timestamp"] = str(int(time.time()) + 86400)
    elif kind == "other-page":
        data.update(
            {
                k: v
                for k, v in comment_data(other_page, "x").items()
                if k in ("content_type", "object_pk", "timestamp", "security_hash")
            }
        )
    elif kind == "missing":
        del data["security_hash"]
    elif kind == "object-pk":
        data["object_pk"] = str(other_page.pk)
    return data


FORGED = [
    "hash",
    "timestamp-old",
    "timestamp-changed",
    "timestamp-future",
    "other-page",
    "missing",
    "object-pk",
]


@pytest.mark.parametrize("kind", FORGED)
def test_forged_comment_security_data_is_refused(
    client, member, discussion, experiment, comment_data, kind
):
    client.force_login(member)
    response = _post(
        client, discussion, _forged(kind, discussion, experiment, comment_data)
    )
    assert response.status_code == 200
    assert "Das Formular war zu lange geöffnet oder wurde verändert" in _html(response)
    assert not Comment.objects.exists()


BAD_COMMENTS = {
    "too-long": "x" * (MAX_LENGTH + 1),
    "nul-byte": "Hallo\x00Welt",
    "only-whitespace": " \n\t\u00a0 ",
    "too-many-links": " ".join(f"https://example.org/{n}" for n in range(10)),
}


@pytest.mark.parametrize("case", BAD_COMMENTS, ids=list(BAD_COMMENTS))
def test_bad_comment_is_refused_with_german_message(
    client, member, discussion, comment_data, case
):
    client.force_login(member)
    response = _post(client, discussion, comment_data(discussion, BAD_COMMENTS[case]))
    assert response.status_code == 200
    assert "Bitte" in _html(response) or "zu lang" in _html(response)
    assert not Comment.objects.exists()


def test_malformed_unicode_in_comment_is_stored_safely(
    client, member, discussion, comment_data
):
    client.force_login(member)
    data = comment_data(discussion, "x")
    body = (
        "&".join(f"{k}={v}" for k, v in data.items() if k != "comment")
        + "&comment=Gr%C3%BC%C3%9Fe%ED%A0%80%FF%E2%80%AEtxt"
    )
    response = client.post(
        reverse("labs:comment_post", args=[discussion.pk]),
        body,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 302)
    assert Comment.objects.count() <= 1


def test_replayed_comment_form_stores_once(client, member, discussion, comment_data):
    client.force_login(member)
    data = comment_data(discussion, "Nur einmal bitte")
    first = _post(client, discussion, data)
    second = _post(client, discussion, data)
    assert first.status_code == second.status_code == 302
    assert Comment.objects.filter(comment="Nur einmal bitte").count() == 1


def test_replayed_report_stores_once(client, member, foreign_comment):
    client.force_login(member)
    url = reverse("labs:comment_report", args=[foreign_comment.pk])
    client.post(url, {"reason": "spam"})
    client.post(url, {"reason": "spam"})
    assert CommentReport.objects.count() == 1


def test_replayed_password_reset_link_works_only_once(client, member):
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    uid = urlsafe_base64_encode(force_bytes(member.pk))
    token = default_token_generator.make_token(member)
    url = reverse("konto:password_reset_confirm", args=[uid, token])
    form_url = client.get(url)["Location"]
    new = {
        "new_password1": "Ein-neues-Passwort-42",
        "new_password2": "Ein-neues-Passwort-42",
    }
    assert client.post(form_url, new).status_code == 302
    client.post(reverse("konto:logout"))
    again = Client()
    replay = again.get(url, follow=True)
    assert "new_password1" not in _html(replay)


def test_replayed_login_form_after_logout_needs_fresh_token(member):
    client = Client(enforce_csrf_checks=True)
    page = client.get(reverse("konto:login"))
    token = page.context["csrf_token"]
    response = client.post(
        reverse("konto:login"),
        {
            "username": member.username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": str(token),
        },
    )
    assert response.status_code == 302
    # Login rotates the CSRF secret: the old token from before is worthless now.
    replay = client.post(reverse("konto:logout"), {"csrfmiddlewaretoken": str(token)})
    assert replay.status_code == 403

"""Page weight (HTML + CSS + JavaScript under 100 KB uncompressed, images excluded)
and static files: hashed names, gzip and brotli, cached for a year."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import RequestFactory

from home.models import SiteSettings

LIMIT = 100 * 1024
ASSET = re.compile(
    r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(/static/[^"?#]+)'
)


def weight(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content
    assets = sorted(set(ASSET.findall(html.decode())))
    total = len(html)
    for asset in assets:
        path = finders.find(asset.removeprefix("/static/"))
        assert path, f"{asset} fehlt"
        with open(path, "rb") as file:
            total += len(file.read())
    return total, assets


@pytest.fixture
def busy_pages(lab, experiment, learning, discussion, member, make_comment, home):
    """Pages as full as they get: a long thread (more than one page of threads,
    comments of about 50 words, replies of about 20)."""
    from wagtail.models import Site

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.discussions_public = True
    site_settings.save()
    for page in (experiment, discussion):
        for i in range(30):
            top = make_comment(page, member, f"Beitrag {i}: " + "Erfahrung " * 30)
            make_comment(page, member, "Antwort " * 20, parent=top)
    return [
        "/",
        lab.get_parent().url,
        lab.url,
        experiment.url,
        learning.url,
        discussion.url,
        discussion.get_parent().url,
        "/wissen/",
        "/suche/?q=Quartier",
    ]


@pytest.mark.parametrize("as_member", [False, True])
def test_every_page_type_weighs_less_than_100_kb(
    client, busy_pages, member, knowledge_index, as_member
):
    if as_member:
        client.force_login(member)
    weights = {}
    for url in busy_pages:
        total, assets = weight(client, url)
        assert any(a.endswith(".css") for a in assets), url
        weights[url] = total
    print("Seitengewicht (Bytes):", weights)  # noqa: T201
    heavy = {url: size for url, size in weights.items() if size >= LIMIT}
    assert not heavy, f"über 100 KB: {heavy}"


def test_static_files_are_hashed_compressed_and_cached_for_a_year(settings, tmp_path):
    from whitenoise.middleware import WhiteNoiseMiddleware

    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        },
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    css = sorted((tmp_path / "css").glob("site.*.css"))
    assert css, "kein gehashter Dateiname für site.css"
    hashed = css[0]
    assert hashed.with_name(hashed.name + ".gz").exists()
    assert hashed.with_name(hashed.name + ".br").exists()

    middleware = WhiteNoiseMiddleware(lambda request: None)
    url = f"/static/css/{hashed.name}"
    request = RequestFactory().get(url, HTTP_ACCEPT_ENCODING="gzip, br")
    response = middleware(request)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert "max-age=31536000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]
    request = RequestFactory().get(url, HTTP_ACCEPT_ENCODING="gzip")
    response = middleware(request)
    assert response["Content-Encoding"] == "gzip"

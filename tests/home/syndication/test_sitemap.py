"""sitemap.xml (live public pages, absolute URLs) and robots.txt."""

from defusedxml import ElementTree
from wagtail.models import PageViewRestriction

from home import demo

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    return [url.findtext(f"{NS}loc") for url in root.findall(f"{NS}url")]


def test_sitemap_lists_live_public_pages_with_absolute_urls(
    client, home, lab, experiment, learning, discussion, knowledge_index
):
    draft = demo.build_learning(lab, title="Entwurf einer Erkenntnis", live=False)
    private = demo.build_experiment(lab, title="Nur für Mitglieder")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    urls = sitemap_urls(client)
    for page in (home, lab, experiment, learning, discussion, knowledge_index):
        assert page.full_url in urls, page.title
    assert all(url.startswith("http://localhost/") for url in urls)
    assert draft.full_url not in urls
    assert private.full_url not in urls
    assert len(urls) == len(set(urls))


def test_sitemap_follows_the_site_hostname(client, home, lab):
    site = home.get_site()
    site.hostname = "stadtlabore.example.org"
    site.port = 443
    site.save()
    response = client.get("/sitemap.xml", HTTP_HOST="stadtlabore.example.org")
    root = ElementTree.fromstring(response.content)
    urls = [url.findtext(f"{NS}loc") for url in root.findall(f"{NS}url")]
    assert "https://stadtlabore.example.org/" in urls
    assert all(url.startswith("https://stadtlabore.example.org/") for url in urls)


def test_robots_txt_allows_content_and_keeps_crawlers_out_of_forms(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    for path in ("/admin/", "/konto/", "/mitmachen/", "/suche/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines

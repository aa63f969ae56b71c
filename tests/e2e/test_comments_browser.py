"""Discussions in a real browser: a member replies with JavaScript switched off."""

import pytest

from labs.models import Comment, DiscussionPage

pytestmark = pytest.mark.e2e


def test_member_posts_a_reply_without_javascript(
    demo_site, blocker, member_page_without_js
):
    page = member_page_without_js
    discussion = DiscussionPage.objects.get(
        slug="konzeptvergabe-gewichtung-der-kriterien"
    )
    parent = Comment.objects.filter(page_id=discussion.pk, level=0).first()
    page.goto(demo_site.url + discussion.url)
    page.locator(f"#beitrag-{parent.pk} .comment__actions").get_by_role(
        "link", name="Antworten"
    ).first.click()
    assert "/antworten/" in page.url
    page.get_by_label("Ihr Beitrag").fill("Antwort ohne JavaScript aus Quittenau.")
    page.get_by_label("Diskussion folgen").check()
    page.get_by_role("button", name="Antwort veröffentlichen").click()
    reply = Comment.objects.get(comment="Antwort ohne JavaScript aus Quittenau.")
    assert reply.parent_id == parent.pk and reply.level == 1
    assert reply.author_city.name == "Quittenau"
    assert page.url.endswith(f"#beitrag-{reply.pk}")
    article = page.locator(f"#beitrag-{parent.pk} #beitrag-{reply.pk}")
    assert "Antwort ohne JavaScript" in article.inner_text()
    assert "Jonas Mehlhose" in article.inner_text()
    assert "(Quittenau)" in article.inner_text()
    assert "Ihr Beitrag ist veröffentlicht." in page.content()
    # Collapsing the replies works without JavaScript (<details>).
    summary = page.locator(f"#beitrag-{parent.pk} > details > summary")
    summary.click()
    assert not article.is_visible()

"""End-to-end flows in headless Chromium, one per role, against the demo site:
what a visitor, a member, the Redaktion and a pilot city do from start to finish.
Each flow saves a screenshot of its final state to test-artifacts/."""

import json
import re
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import expect

from knowledge.models import KnowledgeIndexPage, LearningPage
from labs.models import (
    Comment,
    CommentReport,
    DiscussionPage,
    ExperimentPage,
    LabIndexPage,
    LabPage,
    ThreadFollow,
)

pytestmark = pytest.mark.e2e

MEMBER = "sozialplanung.schlehenbronn@example.org"  # Petra Kienzlinger
REDAKTION = "redaktion@example.org"
PILOT = "labor.neckarweiler@example.org"  # Tobias Wendling, Neckarweiler
FLOW_DISCUSSION = "vorlage-nutzungsvereinbarung-zwischennutzung"


def heading(page):
    page.wait_for_load_state()
    return page.get_by_role("heading", level=1).inner_text().strip()


def test_visitor_browses_home_lab_experiment_learning_search_and_filters(
    demo_site, blocker, page, screenshot
):
    base = demo_site.url
    page.goto(base + "/")
    assert page.get_by_role("heading", level=1).count() == 1

    # Start page → StadtLabore (main navigation) → one lab.
    nav = page.get_by_role("navigation", name="Hauptnavigation")
    nav.get_by_role("link", name="StadtLabore").click()
    assert heading(page) == LabIndexPage.objects.get().title
    lab = LabPage.objects.live().public().get(slug="muehlbach-sued")
    page.get_by_role("main").get_by_role("link", name=lab.title).first.click()
    assert heading(page) == lab.title
    assert page.get_by_role("heading", name="Steckbrief").count() == 1

    # Lab → one of its experiments → one of its learnings.
    experiments = page.get_by_role("region", name="Experimente in diesem StadtLabor")
    experiment = (
        ExperimentPage.objects.live().public().child_of(lab).order_by("title").first()
    )
    experiments.get_by_role("link", name=experiment.title).click()
    assert heading(page) == experiment.title
    assert page.get_by_role("heading", name="Annahme / Hypothese").count() == 1
    page.goto(base + lab.url)
    learning = (
        LearningPage.objects.live().public().child_of(lab).order_by("title").first()
    )
    page.get_by_role("region", name="Erkenntnisse aus diesem StadtLabor").get_by_role(
        "link", name=learning.title
    ).click()
    assert heading(page).endswith(learning.title)  # after "Kernaussage:"

    # Search from the header.
    page.get_by_role("searchbox", name="Suche").fill("Nachbarschaft")
    page.get_by_role("button", name="Suchen").first.click()
    page.wait_for_url(re.compile(r"/suche/\?q=Nachbarschaft"))
    results = page.locator("ol.results > li")
    assert results.count() >= 1
    assert "Treffer für „Nachbarschaft“" in page.locator(".result-count").inner_text()

    # The knowledge hub, filtered by city and kind, then reset.
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name=KnowledgeIndexPage.objects.get().title
    ).click()
    total = LearningPage.objects.live().public().count()
    assert f"{total} Erkenntnisse gefunden" in page.content()
    page.get_by_label("Mitgliedsstadt").select_option(value=lab.city.slug)
    page.get_by_role("button", name="Anzeigen").click()
    page.wait_for_url(re.compile(rf"stadt={lab.city.slug}"))
    expected = LearningPage.objects.live().public().filter(lab__city=lab.city)
    cards = page.locator(".results-section .card__title").all_inner_texts()
    assert sorted(c.strip() for c in cards) == sorted(
        expected.values_list("title", flat=True)
    )
    assert page.get_by_label("Mitgliedsstadt").input_value() == lab.city.slug
    screenshot(page, "gefilterte-erkenntnisse")
    page.get_by_role("link", name="Filter zurücksetzen").first.click()
    assert f"{total} Erkenntnisse gefunden" in page.content()


def test_member_logs_in_comments_replies_follows_and_flags(
    demo_site, blocker, new_context, login, screenshot
):
    page = new_context().new_page()
    base = demo_site.url
    discussion = DiscussionPage.objects.get(slug=FLOW_DISCUSSION)
    login(page, MEMBER)
    assert heading(page) == "Mein Bereich"

    # Comment.
    page.goto(base + discussion.url)
    text = f"Unsere Vorlage schicke ich gern per Mail ({uuid.uuid4().hex[:6]})."
    page.get_by_label("Ihr Beitrag").fill(text)
    page.get_by_role("button", name="Beitrag veröffentlichen").click()
    comment = Comment.objects.get(comment=text)
    assert comment.user.email == MEMBER and comment.author_city.name == "Schlehenbronn"
    page.wait_for_url(f"**#beitrag-{comment.pk}")
    expect(page.get_by_text("Ihr Beitrag ist veröffentlicht.")).to_be_visible()
    assert text in page.locator(f"#beitrag-{comment.pk}").inner_text()

    # Reply to another city's comment.
    other = (
        Comment.objects.visible()
        .filter(page_id=discussion.pk, level=0, hidden_at__isnull=True)
        .exclude(user__email=MEMBER)
        .first()
    )
    page.locator(f"#beitrag-{other.pk} > .comment__actions").get_by_role(
        "link", name="Antworten"
    ).click()
    reply_text = f"Danke, das hilft uns sehr ({uuid.uuid4().hex[:6]})."
    page.get_by_label("Ihr Beitrag").fill(reply_text)
    page.get_by_role("button", name="Antwort veröffentlichen").click()
    reply = Comment.objects.get(comment=reply_text)
    assert reply.parent_id == other.pk
    page.wait_for_url(f"**#beitrag-{reply.pk}")
    assert (
        reply_text
        in page.locator(f"#beitrag-{other.pk} #beitrag-{reply.pk}").inner_text()
    )

    # Follow the thread.
    follow = page.get_by_role("button", name="Diskussion folgen")
    if follow.count():
        follow.click()
    expect(page.get_by_role("button", name="Nicht mehr folgen")).to_be_visible()
    assert ThreadFollow.objects.filter(user__email=MEMBER, page=discussion).exists()

    # Flag another contribution.
    flagged = (
        Comment.objects.visible()
        .filter(page_id=discussion.pk, hidden_at__isnull=True)
        .exclude(user__email=MEMBER)
        .exclude(pk=other.pk)
        .exclude(is_editorial=True)
        .last()
    )
    page.locator(f"#beitrag-{flagged.pk} > .comment__actions").get_by_role(
        "link", name="Inhalt melden"
    ).click()
    assert heading(page) == "Inhalt melden"
    page.get_by_label("Beleidigung oder Herabwürdigung").check()
    page.get_by_label("Erläuterung").fill("Bitte prüfen: abfälliger Ton.")
    page.get_by_role("button", name="Meldung senden").click()
    page.wait_for_url(f"**{discussion.url}**")
    report = CommentReport.objects.get(comment=flagged, user__email=MEMBER)
    assert report.reason == "insult"
    screenshot(page, "nach-meldung")

    # All of it is in "Meine Daten herunterladen".
    page.goto(base + "/konto/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Meine Daten herunterladen").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["konto"]["e_mail"] == MEMBER
    assert data["mitgliedschaft"]["stadt"] == "Schlehenbronn"
    assert {text, reply_text} <= {c["comment"] for c in data["beitraege"]}
    assert discussion.title in {f["titel"] for f in data["verfolgte_diskussionen"]}
    assert str(flagged) in {r["beitrag"] for r in data["weitere_daten"]["Meldungen"]}


def flagged_comment():
    """The comment the member flow reported (or, run alone, one reported here)."""
    from django.contrib.auth import get_user_model

    report = (
        CommentReport.objects.filter(
            comment__hidden_at__isnull=True, comment__reviewed=False
        )
        .select_related("comment")
        .order_by("-created_at")
        .first()
    )
    if report is not None:
        return report.comment
    discussion = DiscussionPage.objects.get(slug=FLOW_DISCUSSION)
    comment = (
        Comment.objects.visible()
        .filter(page_id=discussion.pk, hidden_at__isnull=True, is_editorial=False)
        .exclude(user__email=MEMBER)
        .last()
    )
    CommentReport.objects.create(
        comment=comment,
        user=get_user_model().objects.get(email=MEMBER),
        reason="insult",
    )
    return comment


def test_redaktion_hides_the_flagged_comment_and_features_a_learning(
    demo_site, blocker, new_context, login, screenshot
):
    base = demo_site.url
    comment = flagged_comment()
    page = new_context().new_page()
    login(page, REDAKTION)

    # Admin → Kommentare, filtered to reported and unchecked ones → moderate.
    page.goto(base + "/admin/")
    page.get_by_role("link", name="Kommentare").first.click()
    page.get_by_role("link", name="gemeldet, noch nicht geprüft").click()
    row = page.locator("tr", has_text=str(comment)[:40])
    row.get_by_role("link", name="Moderieren").click()
    expect(
        page.get_by_role("heading", name="Kommentar moderieren").first
    ).to_be_visible()
    page.get_by_label("Grund").fill("Verstößt gegen die Netiquette (Ton).")
    page.get_by_role("button", name=re.compile(r"^Ausblenden")).click()
    expect(page.get_by_text("Beitrag ausgeblendet").first).to_be_visible()
    comment.refresh_from_db()
    assert comment.hidden_at is not None
    assert comment.hidden_reason == "Verstößt gegen die Netiquette (Ton)."

    # On the public page its place shows the reason, not the text.
    page.goto(base + comment.page.url)
    article = page.locator(f"#beitrag-{comment.pk}")
    assert "Ausgeblendeter Beitrag" in article.inner_text()
    assert "Verstößt gegen die Netiquette" in article.inner_text()
    assert comment.comment[:30] not in article.inner_text()
    screenshot(page, "ausgeblendet")

    # Feature a learning on the knowledge hub (page editor, page chooser).
    hub = KnowledgeIndexPage.objects.get()
    featured = set(hub.featured_learnings.values_list("learning_id", flat=True))
    learning = (
        LearningPage.objects.live()
        .public()
        .exclude(pk__in=featured)
        .order_by("title")
        .first()
    )
    page.goto(base + f"/admin/pages/{hub.pk}/edit/")
    page.get_by_role("button", name="Erkenntnis hinzufügen").click()
    entry = page.locator("[id^=inline_child_featured_learnings-]").last
    entry.get_by_role("button", name="Seite auswählen").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_placeholder("Suchen…").fill(" ".join(learning.title.split()[:4]))
    chooser.get_by_role("link", name=learning.title[:40]).first.click()
    entry.get_by_role("textbox", name="Warum lesenswert").fill(
        "Von der Redaktion empfohlen: ehrlich und übertragbar."
    )
    page.get_by_role("button", name="Mehr Aktionen").click()
    page.get_by_role("button", name="Veröffentlichen", exact=True).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    expect(page.get_by_text("wurde veröffentlicht").first).to_be_visible()

    page.goto(base + hub.url)
    section = page.get_by_role("region", name="Empfohlene Erkenntnisse")
    expect(section.get_by_role("link", name=learning.title)).to_be_visible()
    assert "Von der Redaktion empfohlen" in section.inner_text()
    screenshot(page, "empfohlen")


def test_pilot_city_creates_experiment_redaktion_approves_it_appears_on_lab(
    demo_site, blocker, new_context, login, screenshot
):
    base = demo_site.url
    lab = LabPage.objects.get(city__name="Neckarweiler")
    assert not lab.city.publishes_directly
    title = f"Sprechstunde im Waschsalon {uuid.uuid4().hex[:4]}"

    # The pilot-city editor creates the experiment under their own lab.
    pilot = new_context().new_page()
    login(pilot, PILOT)
    pilot.goto(base + f"/admin/pages/{lab.pk}/")
    pilot.goto(base + f"/admin/pages/add/labs/experimentpage/{lab.pk}/")
    pilot.get_by_role("textbox", name="Titel*").fill(title)
    pilot.get_by_role("textbox", name="Kurzbeschreibung*").fill(
        "Beratung dort, wo die Leute ohnehin warten: einmal pro Woche im Waschsalon."
    )
    pilot.get_by_role("combobox", name="Formattyp*").select_option(
        label="Begegnungsort / Treffpunkt"
    )
    pilot.get_by_role("combobox", name="Status*").select_option(label="in Erprobung")
    pilot.get_by_role("textbox", name="Annahme / Hypothese*").fill(
        "Wir vermuten, dass wir Menschen erreichen, die nie ins Rathaus kommen."
    )
    pilot.get_by_role("textbox", name="Zeitraum von*").fill("01.10.2026")
    pilot.keyboard.press("Escape")
    pilot.get_by_role("textbox", name="Ressourcen: Personal*").fill("ca. 3 Std./Woche")
    pilot.get_by_role("combobox", name="Ressourcen: Kosten*").select_option(label="0 €")
    pilot.get_by_role("combobox", name="Aufwand*").select_option(label="gering")
    pilot.get_by_role("combobox", name="Übertragbarkeit*").select_option(label="hoch")
    # No "Veröffentlichen" for a pilot city that needs approval.
    pilot.get_by_role("button", name="Mehr Aktionen").click()
    assert pilot.get_by_role("button", name="Veröffentlichen", exact=True).count() == 0
    pilot.get_by_role("button", name="In Redaktionsfreigabe einreichen").click()
    pilot.wait_for_url(re.compile(rf"/admin/pages/{lab.pk}/$"))
    expect(pilot.get_by_text("zur Moderation eingereicht").first).to_be_visible()
    experiment = ExperimentPage.objects.get(title=title)
    assert not experiment.live
    assert experiment.get_parent().pk == lab.pk
    assert pilot.context.request.get(base + lab.url).text().count(title) == 0
    screenshot(pilot, "eingereicht")

    # The Redaktion approves it from the dashboard.
    editor = new_context().new_page()
    login(editor, REDAKTION)
    editor.goto(base + "/admin/")
    editor.get_by_role("region", name="Ihre Überprüfung steht aus").get_by_role(
        "link", name=title
    ).click()
    editor.get_by_role("button", name="Mehr Aktionen").click()
    editor.get_by_role(
        "button", name="Freigeben und Veröffentlichen", exact=True
    ).click()
    editor.wait_for_url(re.compile(rf"/admin/pages/{lab.pk}/$"))
    experiment.refresh_from_db()
    assert experiment.live

    # It appears on the lab page, for everybody.
    visitor = new_context().new_page()
    visitor.goto(base + lab.url)
    region = visitor.get_by_role("region", name="Experimente in diesem StadtLabor")
    region.get_by_role("link", name=title).click()
    assert heading(visitor) == title
    visitor.goto(base + lab.url)
    screenshot(visitor, "auf-der-laborseite")

"""The demo content command fills an empty site completely and idempotently."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.images.models import Image
from wagtail.models import Page, Site

from home.demo import loader
from home.models import ContentPage, SiteSettings
from knowledge.models import KnowledgeIndexPage, LearningPage
from labs.models import City, DiscussionPage, ExperimentPage, LabPage, Membership, Theme


def snapshot():
    return {
        "pages": Page.objects.count(),
        "labs": LabPage.objects.count(),
        "experiments": ExperimentPage.objects.count(),
        "learnings": LearningPage.objects.count(),
        "discussions": DiscussionPage.objects.count(),
        "content": ContentPage.objects.count(),
        "cities": City.objects.count(),
        "users": get_user_model().objects.count(),
        "memberships": Membership.objects.count(),
        "images": Image.objects.count(),
        "featured": KnowledgeIndexPage.objects.get().featured_learnings.count(),
    }


@pytest.fixture
def loaded(db):
    call_command("load_demo_content", verbosity=0)
    return snapshot()


def test_demo_content_is_complete(loaded):
    assert loaded["labs"] == 5
    assert loaded["cities"] >= 15
    assert loaded["featured"] >= 3
    assert loaded["images"] >= 5
    for lab in LabPage.objects.all():
        experiments = ExperimentPage.objects.child_of(lab).count()
        learnings = LearningPage.objects.child_of(lab).count()
        assert 2 <= experiments <= 4, lab.title
        assert 2 <= learnings <= 3, lab.title
        assert lab.hero_image_id and lab.hero_image_alt
    assert ExperimentPage.objects.filter(status="stopped").count() >= 2
    assert DiscussionPage.objects.count() >= 5
    assert Theme.objects.count() == 7
    slugs = set(ContentPage.objects.values_list("slug", flat=True))
    assert {
        "impressum",
        "datenschutz",
        "barrierefreiheit",
        "leichte-sprache",
        "nutzungsbedingungen",
        "ueber-das-projekt",
    } <= slugs


def test_every_demo_page_is_marked_fictional(loaded):
    for page in Page.objects.filter(depth__gt=2).specific():
        assert page.is_demo, page.title


def test_every_member_account_belongs_to_one_city(loaded):
    users = get_user_model().objects.all()
    assert users.count() >= 1 + 5 + 4
    for user in users:
        if user.groups.filter(name="Redaktion").exists():
            assert user.membership.affiliation == "Städtetag Baden-Württemberg"
        else:
            assert user.membership.city_id, user.email


def test_demo_editor_can_log_in_to_admin(loaded, client):
    assert client.login(
        username="redaktion@example.org", password="StadtLabor-Demo-2026"
    )
    assert client.get("/admin/").status_code == 200


def test_running_twice_changes_nothing(loaded):
    call_command("load_demo_content", verbosity=0)
    assert snapshot() == loaded


def test_reset_starts_over_with_same_counts(loaded):
    lab = LabPage.objects.first()
    lab.title = "Von Hand geändert"
    lab.save_revision().publish()
    call_command("load_demo_content", "--reset", verbosity=0)
    assert snapshot() == loaded
    assert not LabPage.objects.filter(title="Von Hand geändert").exists()


def test_reset_removes_invented_settings_and_keeps_the_operators(loaded):
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    assert "[Beispielangabe]" in site_settings.hosting_provider
    site_settings.privacy_officer = "Dr. Erika Beispiel"
    site_settings.save()

    loader.reset()

    site_settings = SiteSettings.for_site(site)
    assert site_settings.hosting_provider == ""
    assert "[Beispielangabe]" not in site_settings.privacy_controller
    assert site_settings.privacy_officer == "Dr. Erika Beispiel"


def test_if_empty_skips_a_filled_database(loaded, capsys):
    call_command("load_demo_content", "--if-empty")
    assert snapshot() == loaded
    assert "übersprungen" in capsys.readouterr().out


def test_refuses_to_run_where_demo_content_is_not_allowed(db, settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError):
        call_command("load_demo_content", verbosity=0)
    assert not LabPage.objects.exists()


def test_demo_pages_render(loaded, client):
    for page in Page.objects.live().filter(depth__gt=1):
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_prints_progress_and_the_demo_accounts(db, capsys):
    call_command("load_demo_content")
    out = capsys.readouterr().out
    assert "StadtLabor" in out
    assert "redaktion@example.org" in out
    assert "Städtetag Baden-Württemberg" in out
    assert "StadtLabor-Demo-2026" in out

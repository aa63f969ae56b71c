"""Editors open the Wagtail admin's edit view of every page type and the snippets."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home import demo
from knowledge.models import LearningPage
from labs.models import ExperimentPage


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.mark.parametrize(
    "target",
    [
        "home",
        "lab_index",
        "lab",
        "experiment",
        "learning",
        "discussion",
        "knowledge_index",
        "discussion_index",
    ],
)
def test_edit_view_opens_for_each_page_type(admin_client, request, target):
    page = request.getfixturevalue(target)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert 'lang="de"' in response.content.decode()


def test_edit_view_opens_for_content_page(admin_client, home):
    page = demo.build_content_page(
        home,
        title="Impressum",
        slug="impressum",
        body=[("paragraph", "<p>Angaben</p>")],
    )
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


def test_stopped_experiment_needs_a_reason(admin_client, experiment):
    experiment.status = "stopped"
    experiment.stop_reason = ""
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        experiment.full_clean()
    assert "stop_reason" in exc.value.message_dict


@pytest.mark.parametrize("model", ["city", "theme", "targetgroup", "membership"])
def test_snippet_listings_open(admin_client, model, city, member):
    response = admin_client.get(reverse(f"wagtailsnippets_labs_{model}:list"))
    assert response.status_code == 200


def test_admin_is_german(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert "Seiten" in response.content.decode()


class EditorCreatesPagesInALab(WagtailPageTestCase):
    @pytest.fixture(autouse=True)
    def _experiment_form(self, experiment_form):
        """Hands the shared fixture to this unittest-style class."""
        self.experiment_form = experiment_form

    def setUp(self):
        user = get_user_model().objects.create_superuser(
            "redaktion@example.org", "redaktion@example.org", "ein-langes-Passwort-1"
        )
        self.client.force_login(user)
        lab_index, _hub, _austausch = demo.ensure_indexes()
        self.lab = demo.build_lab(
            lab_index, title="Ortsmitte für alle", city=demo.ensure_city("Filsingen")
        )

    def test_editor_creates_an_experiment(self):
        self.assertCanCreate(
            self.lab,
            ExperimentPage,
            self.experiment_form("Bürgerbus-Testfahrten am Markttag", "buergerbus"),
        )
        created = ExperimentPage.objects.get(slug="buergerbus")
        assert created.lab.pk == self.lab.pk

    def test_editor_creates_a_learning_with_easy_language_summary(self):
        self.assertCanCreate(
            self.lab,
            LearningPage,
            nested_form_data(
                {
                    "title": "Ein Barriere-Check mit Betroffenen zeigt mehr als Akten.",
                    "slug": "barriere-check",
                    "kind": "method",
                    "evidence_level": "single",
                    "context_text": rich_text("<p>Ortsbegehung mit dem Beirat.</p>"),
                    "recommendation": "Laden Sie Betroffene früh ein.",
                    "transferability": "high",
                    "easy_language_summary": "Gehen Sie mit den Menschen durch den Ort.",
                    "last_reviewed": "2026-11-01",
                    "body": streamfield([]),
                }
            ),
        )

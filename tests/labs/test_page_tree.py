"""Strict parent/child rules of the page tree (DESIGN.md)."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import (
    ContentPage,
    FachberatungPage,
    HomePage,
    NewsIndexPage,
    PartnersPage,
)
from knowledge.models import (
    FundingIndexPage,
    KnowledgeIndexPage,
    LearningPage,
    MaterialIndexPage,
)
from labs.models import (
    DiscussionIndexPage,
    DiscussionPage,
    EventIndexPage,
    ExperimentPage,
    LabIndexPage,
    LabPage,
)


class PageTreeRules(WagtailPageTestCase):
    def test_home_page_children(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                LabIndexPage,
                KnowledgeIndexPage,
                DiscussionIndexPage,
                ContentPage,
                FachberatungPage,
                FundingIndexPage,
                MaterialIndexPage,
                PartnersPage,
                NewsIndexPage,
                EventIndexPage,
            },
        )

    def test_home_page_only_at_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_lab_index_holds_only_labs(self):
        self.assertAllowedSubpageTypes(LabIndexPage, {LabPage})
        self.assertAllowedParentPageTypes(LabIndexPage, {HomePage})

    def test_lab_holds_experiments_learnings_and_discussions(self):
        self.assertAllowedSubpageTypes(
            LabPage, {ExperimentPage, LearningPage, DiscussionPage}
        )
        self.assertAllowedParentPageTypes(LabPage, {LabIndexPage})

    def test_experiment_lives_only_in_a_lab_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ExperimentPage, {LabPage})
        self.assertAllowedSubpageTypes(ExperimentPage, set())

    def test_learning_lives_in_a_lab_or_the_knowledge_hub(self):
        self.assertAllowedParentPageTypes(LearningPage, {LabPage, KnowledgeIndexPage})
        self.assertAllowedSubpageTypes(LearningPage, set())
        self.assertAllowedSubpageTypes(KnowledgeIndexPage, {LearningPage})

    def test_discussion_lives_in_a_lab_or_the_discussion_overview(self):
        self.assertAllowedParentPageTypes(
            DiscussionPage, {LabPage, DiscussionIndexPage}
        )
        self.assertAllowedSubpageTypes(DiscussionIndexPage, {DiscussionPage})

    def test_content_pages_nest_under_home_and_content_pages(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})

    def test_singletons(self):
        for model in (HomePage, LabIndexPage, KnowledgeIndexPage, DiscussionIndexPage):
            assert model.max_count == 1

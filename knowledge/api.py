"""Fields of learnings in the read-only Wagtail API v2 (see `labs.api`)."""

from wagtail.api import APIField

from labs.api import (
    ChoiceField,
    PublicPagesField,
    common_child_fields,
    theme_list,
)


def learning_api_fields():
    return [
        *common_child_fields(),
        APIField("kind", serializer=ChoiceField()),
        APIField("evidence_level", serializer=ChoiceField()),
        APIField("context_text"),
        APIField("recommendation"),
        APIField("retrospective"),
        APIField("themes", serializer=theme_list()),
        APIField("transferability", serializer=ChoiceField()),
        APIField("transfer_conditions"),
        APIField("evidence", serializer=PublicPagesField()),
        APIField("easy_language_summary"),
        APIField("last_reviewed"),
        APIField("is_demo"),
    ]

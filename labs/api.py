"""Fields of the read-only Wagtail API v2 (`/api/v2/`) for labs, experiments and
discussions, and the serializers that render cities, themes, choices and page
references as readable values (names, slugs, labels) instead of bare ids.

Only public data: no e-mail addresses, no user names, no draft or private pages.
The API routes themselves live in the app that serves the API.
"""

from rest_framework import serializers
from wagtail.api import APIField


class ThemeSerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()


class CitySerializer(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.CharField()
    ags = serializers.CharField()
    district = serializers.CharField()
    municipality_type = serializers.CharField(source="get_municipality_type_display")
    population = serializers.IntegerField(allow_null=True)


class TargetGroupSerializer(serializers.Serializer):
    name = serializers.CharField()


class NamedListField(serializers.Field):
    """A many-to-many vocabulary (themes, target groups) as a list of objects,
    rendered with `child` (e.g. ThemeSerializer)."""

    def __init__(self, child, **kwargs):
        self.child_serializer = child
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return [self.child_serializer.to_representation(obj) for obj in value.all()]


class ChoiceField(serializers.Field):
    """A choice as `{"value": "testing", "label": "in Erprobung"}`: the value is
    stable for filtering (`?status=testing`), the label is what people read. The
    labels come from the model field's choices."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        if value in ("", None):
            return None
        field = self.parent.Meta.model._meta.get_field(self.source)
        label = dict(field.flatchoices).get(value, value)
        return {"value": value, "label": str(label)}


class PageRefField(serializers.Field):
    """A reference to another page as id, title and public URL."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        request = self.context.get("request")
        return {
            "id": page.pk,
            "title": page.title,
            "html_url": page.get_full_url(request),
        }


class PublicPagesField(PageRefField):
    """A list of related pages (evidence experiments, learnings of an
    experiment), live and public ones only: drafts and pages restricted to
    members never appear, not even as a reference."""

    def to_representation(self, value):
        request = self.context.get("request")
        pages = value.live().public().defer_streamfields().order_by("title")
        return [
            {"id": p.pk, "title": p.title, "html_url": p.get_full_url(request)}
            for p in pages
        ]


def theme_list():
    return NamedListField(ThemeSerializer())


def common_child_fields():
    """Fields of pages inside a lab's subtree: their lab and its city."""
    return [
        APIField("lab", serializer=PageRefField()),
        APIField("city", serializer=CitySerializer()),
    ]


def lab_api_fields():
    return [
        APIField("city", serializer=CitySerializer()),
        APIField("programme", serializer=ChoiceField()),
        APIField("status", serializer=ChoiceField()),
        APIField("teaser"),
        APIField("guiding_question"),
        APIField("quarter_name"),
        APIField("quarter_type", serializer=ChoiceField()),
        APIField("quarter_population"),
        APIField("primary_theme", serializer=ThemeSerializer()),
        APIField("themes", serializer=theme_list()),
        APIField("target_groups", serializer=NamedListField(TargetGroupSerializer())),
        APIField("start_date"),
        APIField("end_date"),
        APIField("initial_situation"),
        APIField("challenges"),
        APIField("goals"),
        APIField("responsible_units"),
        APIField("partners"),
        APIField("contact_role"),
        APIField("easy_language_summary"),
        APIField("last_reviewed"),
        APIField("is_demo"),
    ]


def experiment_api_fields():
    return [
        *common_child_fields(),
        APIField("teaser"),
        APIField("format_type", serializer=ChoiceField()),
        APIField("status", serializer=ChoiceField()),
        APIField("stop_reason"),
        APIField("hypothesis"),
        APIField("place"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("themes", serializer=theme_list()),
        APIField("target_groups", serializer=NamedListField(TargetGroupSerializer())),
        APIField("resources_staff"),
        APIField("cost_band", serializer=ChoiceField()),
        APIField("cost_note"),
        APIField("effort", serializer=ChoiceField()),
        APIField("transferability", serializer=ChoiceField()),
        APIField("transfer_conditions"),
        APIField("evaluation_method", serializer=ChoiceField()),
        APIField("success_criteria"),
        APIField("result"),
        APIField("success_factors"),
        APIField("obstacles"),
        APIField("next_steps"),
        APIField("learnings", serializer=PublicPagesField()),
        APIField("is_demo"),
    ]


def discussion_api_fields():
    """The topic of a discussion is public; the contributions (comments) are not
    part of the API (by default only members read them)."""
    return [
        *common_child_fields(),
        APIField("question"),
        APIField("category", serializer=ChoiceField()),
        APIField("status", serializer=ChoiceField()),
        APIField("themes", serializer=theme_list()),
        APIField("is_demo"),
    ]

"""Every date and date-time field of every admin form (page types, snippets,
settings) keeps a typed date or refuses it with a message: each uses Wagtail's
date picker (which static/js/admin-dates.js keeps from replacing typed text) and
reads German and ISO dates. Walks Wagtail's page model
registry, the snippet models and the settings registry, so that a new model with
a date is covered without a change here. The browser test of the same rule is in
tests/e2e/test_admin_dates_browser.py."""

import datetime

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.contrib.settings.views import get_setting_edit_handler
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models


def admin_forms():
    for model in get_page_models():
        if model is not Page:
            yield model, model.get_edit_handler().get_form_class()
    for model in get_snippet_models():
        yield model, model.snippet_viewset.get_edit_handler().get_form_class()
    for model in settings_registry:
        yield model, get_setting_edit_handler(model).get_form_class()


def date_fields():
    found = []
    for model, form_class in admin_forms():
        for name, field in form_class.base_fields.items():
            try:
                db_field = model._meta.get_field(name)
            except Exception:  # noqa: S112 (form-only fields)
                continue
            if isinstance(db_field, models.DateField):
                found.append(pytest.param(field, id=f"{model._meta.label}.{name}"))
    return found


DATE_FIELDS = date_fields()


def test_the_walk_finds_the_date_fields_of_pages_and_snippets():
    ids = {param.id for param in DATE_FIELDS}
    assert "labs.ExperimentPage.start_date" in ids
    assert "labs.EventPage.start" in ids
    assert len(ids) >= 10


@pytest.mark.parametrize("field", DATE_FIELDS)
def test_admin_date_field_keeps_german_and_iso_dates(field):
    assert isinstance(field.widget, AdminDateInput | AdminDateTimeInput)
    if isinstance(field, forms.DateTimeField):
        expected = datetime.datetime(2027, 1, 15, 9, 30)
        typed = ["15.01.2027 09:30", "2027-01-15 09:30"]
    else:
        expected = datetime.date(2027, 1, 15)
        typed = ["15.01.2027", "2027-01-15"]
    for text in typed:
        value = field.clean(text)
        if isinstance(value, datetime.datetime):
            value = value.replace(tzinfo=None)
        assert value == expected, text
    with pytest.raises(ValidationError) as refused:
        field.clean("15. Jännerle")
    assert "gültig" in " ".join(refused.value.messages)

"""Dates typed into the admin are kept or refused, never replaced by today: the
Redaktion types „Zeitraum von“ of an experiment in ISO and in German form, saves
a draft and finds the date again; junk is refused with a message."""

import datetime

import pytest
from playwright.sync_api import expect

from labs.models import ExperimentPage

pytestmark = pytest.mark.e2e

REDAKTION = "redaktion@example.org"


def draft_start_date(experiment):
    page = ExperimentPage.objects.get(pk=experiment.pk)
    return page.get_latest_revision_as_object().start_date


def type_start_date(page, text):
    # An open end, so that no end before the new start is refused.
    page.get_by_role("textbox", name="Zeitraum bis", exact=True).fill("")
    field = page.get_by_role("textbox", name="Zeitraum von*")
    field.fill(text)
    field.press("Tab")  # leave the field, as a person would
    page.keyboard.press("Escape")
    return field


def save_draft(page):
    """„Entwurf speichern“ with its keyboard shortcut: an open date picker may
    cover the button, never the shortcut."""
    expect(page.get_by_role("button", name="Entwurf speichern")).to_be_visible()
    with page.expect_navigation():
        page.keyboard.press("Control+s")


@pytest.mark.parametrize("typed", ["2027-01-15", "15.01.2027"])
def test_typed_date_is_kept_after_saving_a_draft(
    demo_site, blocker, new_context, login, typed
):
    experiment = ExperimentPage.objects.live().order_by("path").first()
    edit_url = f"{demo_site.url}/admin/pages/{experiment.pk}/edit/"
    page = new_context().new_page()
    login(page, REDAKTION)
    page.goto(edit_url)
    field = type_start_date(page, typed)
    expect(field).to_have_value(typed)
    save_draft(page)
    page.wait_for_load_state()
    page.goto(edit_url)
    value = page.get_by_role("textbox", name="Zeitraum von*").input_value()
    assert value in ("15.01.2027", "2027-01-15")
    assert draft_start_date(experiment) == datetime.date(2027, 1, 15)


def test_junk_date_is_refused_with_a_message_and_nothing_saved(
    demo_site, blocker, new_context, login
):
    experiment = ExperimentPage.objects.live().order_by("path").last()
    revisions = experiment.revisions.count()
    before = draft_start_date(experiment)
    edit_url = f"{demo_site.url}/admin/pages/{experiment.pk}/edit/"
    page = new_context().new_page()
    login(page, REDAKTION)
    page.goto(edit_url)
    field = type_start_date(page, "15.13.20x7")
    expect(field).to_have_value("15.13.20x7")
    save_draft(page)
    expect(page.get_by_text("Bitte ein gültiges Datum eingeben.").first).to_be_visible()
    assert ExperimentPage.objects.get(pk=experiment.pk).revisions.count() == revisions
    assert draft_start_date(experiment) == before

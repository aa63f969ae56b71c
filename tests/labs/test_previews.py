"""Previews and revision views: every page type renders for the Redaktion, and what
an editor sees of a draft never reaches readers through a shared cache.

The demo content is loaded once for this module (inside a transaction that is
rolled back at the end, so the other tests start from the migrated, empty site).
The page types come from Wagtail's registry: a new page type is covered without
anyone editing these tests."""

from html import escape

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import models
from django.http import QueryDict
from django.test import Client
from django.urls import reverse
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site, get_page_models

from home.caching import page_cache

# Every page type of the site: all registered page models but Wagtail's own base
# class (the tree's root).
PAGE_MODELS = [model for model in get_page_models() if model is not Page]
# Every test of the module in the same group of pytest-django's order, so that the
# module's demo content is rolled back before the next module runs.
pytestmark = pytest.mark.django_db
REDAKTION = "redaktion@example.org"
MEMBER = "quartier.quittenau@example.org"
OTHER_HOST = "andere-adresse.example.org"
DRAFT_MARK = "Unveröffentlichter Entwurf"
SENT_BY_CLICK = ("submit", "button", "image", "reset", "file")
# The first of these text fields a page type has gets a draft text as well.
TEASER_FIELDS = ("teaser", "intro", "description", "question", "context_text")


def label(model):
    return model._meta.label


def demo_page(model):
    """One live page of the type from the demo content, a public one if there is."""
    pages = model.objects.live().order_by("path")
    page = pages.public().first() or pages.first()
    assert page is not None, (
        f"{label(model)}: keine veröffentlichte Seite in den Beispielinhalten "
        "(home/demo/content/); jede Seitenart braucht eine."
    )
    return page


def logged_in(email, host):
    client = Client(HTTP_HOST=host)
    client.force_login(get_user_model().objects.get(username=email))
    return client


# --- the edit form as the browser sends it to the preview -------------------------------


def browser_form_data(html, form_id=None):
    """What a browser submits from the form (HTML's rules: a checked checkbox
    without a value sends "on", a textarea drops its first newline, a select
    without a selected option sends its first one)."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", id=form_id) if form_id else soup.find("form")
    data = QueryDict(mutable=True)
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.has_attr("disabled") or name == "csrfmiddlewaretoken":
            continue
        if field.name == "textarea":
            text = field.get_text()
            data.appendlist(name, text.removeprefix("\n"))
        elif field.name == "select":
            options = field.find_all("option")
            chosen = [option for option in options if option.has_attr("selected")]
            if not chosen and not field.has_attr("multiple"):
                chosen = options[:1]
            for option in chosen:
                data.appendlist(name, option.get("value", option.get_text()))
        elif field.get("type", "text").lower() in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.appendlist(name, field.get("value", "on"))
        elif field.get("type", "text").lower() not in SENT_BY_CLICK:
            data.appendlist(name, field.get("value", ""))
    return data


def _leaf_form_data(block, value, prefix):
    """The fields a leaf block's widget renders, as the browser would send them."""
    html = block.field.widget.render(prefix, block.value_for_form(value))
    return browser_form_data(f"<form>{html}</form>")


def block_form_data(block, value, prefix):
    """What Wagtail's StreamField editor posts for `value` (the browser builds it with
    JavaScript; the edit view's HTML only holds the value as JSON)."""
    data = QueryDict(mutable=True)
    if isinstance(block, (blocks.StreamBlock, blocks.ListBlock)):
        children = (
            [(child.block, child) for child in value]
            if isinstance(block, blocks.StreamBlock)
            else [(block.child_block, child) for child in value.bound_blocks]
        )
        data[f"{prefix}-count"] = str(len(children))
        for index, (child_block, child) in enumerate(children):
            item = f"{prefix}-{index}"
            data[f"{item}-deleted"] = ""
            data[f"{item}-order"] = str(index)
            data[f"{item}-id"] = child.id or ""
            if isinstance(block, blocks.StreamBlock):
                data[f"{item}-type"] = child.block_type
            data.update(block_form_data(child_block, child.value, f"{item}-value"))
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            data.update(
                block_form_data(child_block, value.get(name), f"{prefix}-{name}")
            )
    else:
        data.update(_leaf_form_data(block, value, prefix))
    return data


def edit_form_data(client, page):
    """The page's edit form (its latest revision) as the browser posts it."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200, (label(type(page)), response.status_code)
    data = browser_form_data(response.content.decode(), form_id="page-edit-form")
    latest = page.get_latest_revision_as_object()
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(latest, field.name)
            for name, values in block_form_data(
                field.stream_block, value, field.name
            ).lists():
                data.setlist(name, values)
    return data


def open_preview(client, page):
    """Wagtail's preview: the form is posted, then the preview is fetched."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = client.post(url, edit_form_data(client, page))
    assert posted.status_code == 200, (label(type(page)), posted.status_code)
    assert posted.json() == {"is_valid": True, "is_available": True}, (
        label(type(page)),
        posted.json(),
    )
    return client.get(url)


def open_revision(client, page, revision):
    return client.get(
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
    )


def open_moderation_view(client, page, user):
    """The draft submitted to the page's workflow, as the approving Redaktion sees
    it."""
    state = page.get_workflow().start(page, user)
    task_id = state.current_task_state.task_id
    return client.get(
        reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task_id])
    )


# --- every page type: preview and revision view -----------------------------------------


@pytest.fixture
def redaktion(demo_content, db):
    return logged_in(REDAKTION, Site.objects.get(is_default_site=True).hostname)


@pytest.mark.parametrize("model", PAGE_MODELS, ids=label)
def test_preview_and_revision_view_render_every_page_type(model, redaktion):
    page = demo_page(model)
    title = escape(page.title)
    previewed = open_preview(redaktion, page)
    assert previewed.status_code == 200, (label(model), previewed.status_code)
    assert title in previewed.content.decode(), label(model)
    revision = page.latest_revision or page.save_revision()
    seen = open_revision(redaktion, page, revision)
    assert seen.status_code == 200, (label(model), seen.status_code)
    assert title in seen.content.decode(), label(model)


# --- drafts never reach readers through a cache -----------------------------------------


def save_draft(page, user):
    """A draft with a changed title and teaser; the live page stays as it is."""
    draft = page.get_latest_revision_as_object()
    draft.title = f"{DRAFT_MARK} {label(type(page))}"
    for name in TEASER_FIELDS:
        field = next((f for f in type(page)._meta.get_fields() if f.name == name), None)
        if isinstance(field, (models.CharField, models.TextField)):
            text = f"{DRAFT_MARK}: Anreißer"
            setattr(
                draft,
                name,
                f"<p>{text}</p>" if isinstance(field, RichTextField) else text,
            )
            break
    return draft.save_revision(user=user)


@pytest.fixture(params=["site-host", "other-host"])
def host(request, settings, demo_content, db):
    """The Site's own hostname, or another allowed address the default Site answers
    (the Site's hostname is then not allowed, and Wagtail builds previews for the
    first allowed host)."""
    site = Site.objects.get(is_default_site=True)
    if request.param == "site-host":
        settings.ALLOWED_HOSTS = [site.hostname, OTHER_HOST]
        return site.hostname
    settings.ALLOWED_HOSTS = [OTHER_HOST]
    return OTHER_HOST


@pytest.mark.parametrize("model", PAGE_MODELS, ids=label)
def test_draft_seen_by_an_editor_never_reaches_readers(model, host, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.RENDER_CACHE_ENABLED = True
    page = demo_page(model)
    live_title = page.title
    visitor = Client(HTTP_HOST=host)
    member = logged_in(MEMBER, host)
    readers = {"visitor": visitor, "member": member}
    for client in readers.values():
        client.get(page.url)  # warm: the live page in every cache layer

    editor = logged_in(REDAKTION, host)
    user = get_user_model().objects.get(username=REDAKTION)
    revision = save_draft(page, user)
    # The editor sees the draft, not the live page's stored parts; and after a
    # change (e.g. a comment posted meanwhile) nothing they see is stored.
    for cache_state in ("warm", "invalidated"):
        if cache_state == "invalidated":
            page_cache.invalidate()
        for view, response in (
            ("revision", open_revision(editor, page, revision)),
            ("preview", open_preview(editor, page)),
        ):
            assert response.status_code == 200, (label(model), view, cache_state)
            assert DRAFT_MARK in response.content.decode(), (
                label(model),
                view,
                cache_state,
            )
    moderation = open_moderation_view(editor, page, user)
    assert DRAFT_MARK in moderation.content.decode(), label(model)

    for who, client in readers.items():
        response = client.get(page.url)
        assert response.status_code == 200, (label(model), who, response.status_code)
        html = response.content.decode()
        assert DRAFT_MARK not in html, (label(model), who, host)
        assert escape(live_title) in html, (label(model), who, host)

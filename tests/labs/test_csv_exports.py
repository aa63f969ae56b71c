"""Every CSV export of the site is safe to open in a spreadsheet (OWASP, CSV
injection): no cell starts with a formula character.

The exports are found, not listed: the URL resolver is walked, and every route
whose view is one of Wagtail's spreadsheet exports (reports, ModelViewSet and
SnippetViewSet index views, wagtail-modeladmin, form submissions; requested with
`?export=csv`), whose route names a `.csv` file, or whose view module writes
`text/csv` is requested as a superuser, with every URL parameter filled from the
records below. Those records carry formulas in every text a member or an editor
can write.
"""

import csv
import datetime
import inspect
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from home.demo import events as demo_events
from labs.csv_export import FORMULA_START, safe_cell
from labs.models import EventRegistration, Membership

FORMULAS = ['=HYPERLINK("http://x")', "+1+1", "@SUM(1)", "-2+3"]


def csv_routes():
    """(route, name, view, kwargs names, is Wagtail export) for every candidate."""
    found = []

    def walk(resolver, prefix, namespace):
        for pattern in resolver.url_patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}".strip(":")
                walk(pattern, route, inner)
                continue
            view = pattern.callback
            view_class = getattr(view, "view_class", None)
            owner = getattr(view, "__self__", None)
            wagtail_export = bool(
                view_class and issubclass(view_class, SpreadsheetExportMixin)
            ) or bool(
                owner is not None
                and getattr(view, "__name__", "") == "index_view"
                and issubclass(
                    getattr(owner, "index_view_class", object), SpreadsheetExportMixin
                )
            )
            module = inspect.getmodule(view_class or view)
            try:
                source = inspect.getsource(module) if module else ""
            except (OSError, TypeError):
                source = ""
            writes_csv = "text/csv" in source or "csv_export" in source
            if wagtail_export or "csv" in route.lower() or writes_csv:
                name = pattern.name and (
                    f"{namespace}:{pattern.name}" if namespace else pattern.name
                )
                params = list(pattern.pattern.regex.groupindex)
                found.append((route, name, view, params, wagtail_export))

    walk(get_resolver(), "", "")
    return found


@pytest.fixture
def poisoned(superuser, lab, city, experiment, learning, home):
    """Records with formulas in names, titles, notes and redirects."""
    superuser.first_name, superuser.last_name = FORMULAS[:2]
    superuser.save()
    for page in (experiment, learning):
        page.title = f'=HYPERLINK("http://x/{page.pk}")'
        if hasattr(page, "teaser"):
            page.teaser = "+1+1"
        page.save_revision(user=superuser).publish()
        page.refresh_from_db()
    Page.objects.filter(pk=experiment.pk).update(
        locked=True, locked_by=superuser, locked_at=timezone.now()
    )
    Redirect.objects.create(old_path="/alt", redirect_link="@SUM(1)")
    event_index = demo_events.ensure_event_index(home)
    start = (timezone.now() + datetime.timedelta(days=14)).replace(microsecond=0)
    event = demo_events.build_event(event_index, title="-2+3", start=start)
    for number, (first, last) in enumerate([FORMULAS[:2], FORMULAS[2:]]):
        user = get_user_model().objects.create_user(
            f"teilnahme{number}@example.org", first_name=first, last_name=last
        )
        Membership.objects.create(user=user, city=city, function="@SUM(1)")
        EventRegistration.objects.create(
            event=event,
            user=user,
            accessibility_needs='=HYPERLINK("http://x")',
            note="-2+3",
        )
    return {"pk": [event.pk], "page_id": [experiment.pk, learning.pk, event.pk]}


def fill(route, params, values):
    """Every combination of values for the URL parameters, or None if one is
    unknown (then the test fails: a new export needs its parameter here)."""
    choices = []
    for param in params:
        alternatives = re.search(rf"\(\?P<{param}>([\w|.-]+)\)", route)
        if param in values:
            choices.append([(param, value) for value in values[param]])
        elif alternatives:
            choices.append([(param, v) for v in alternatives.group(1).split("|")])
        else:
            return None
    combos = [{}]
    for options in choices:
        combos = [{**combo, key: value} for combo in combos for key, value in options]
    return combos


def cells(response):
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    text = body.decode("utf-8-sig")
    sample = text.split("\n", 1)[0]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return [
        cell
        for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        for cell in row
    ]


def test_safe_cell_neutralises_formulas_and_full_width_forms():
    for value in [
        *FORMULAS,
        "\t=1",
        "\r=1",
        "\uff1d1+1",
        "\uff0b1",
        "\uff0d1",
        "\uff20A",
    ]:
        assert safe_cell(value) == "'" + value
    assert safe_cell("Neckarweiler") == "Neckarweiler"
    assert safe_cell(None) == ""


def test_every_csv_export_neutralises_spreadsheet_formulas(client, superuser, poisoned):
    client.force_login(superuser)
    routes = csv_routes()
    unfilled, exports, unsafe = [], {}, []
    for route, name, _view, params, wagtail_export in routes:
        combos = fill(route, params, poisoned)
        if combos is None or name is None:
            unfilled.append(route)
            continue
        for kwargs in combos:
            url = reverse(name, kwargs=kwargs)
            response = client.get(url, {"export": "csv"} if wagtail_export else {})
            if not response.get("Content-Type", "").startswith("text/csv"):
                continue
            assert response.status_code == 200, url
            found = cells(response)
            exports[url] = found
            unsafe += [(url, cell) for cell in found if cell.startswith(FORMULA_START)]
    assert not unsafe, unsafe
    assert not unfilled, f"CSV-Endpunkte ohne Testwerte für ihre Parameter: {unfilled}"
    poisoned_exports = {
        url for url, found in exports.items() if any(c.startswith("'") for c in found)
    }
    # The check reached the participant list, both open data files and Wagtail's
    # reports and redirects, each with formulas in its cells.
    expected = [
        "teilnehmende.csv",
        "erkenntnisse.csv",
        "experimente.csv",
        "/reports/site-history/",
        "/reports/locked/",
        "/reports/aging-pages/",
        "/redirects/",
    ]
    for part in expected:
        assert any(part in url for url in poisoned_exports), (part, sorted(exports))

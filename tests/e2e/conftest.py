"""Headless Chromium (Debian's package) driven by Playwright for Python.

Browser tests run whenever Chromium is present. Without it they are skipped with a
clear message, unless REQUIRE_BROWSER=1 (set by CI), which turns a missing browser
into a failure.
"""

import os
import shutil

import pytest

CHROMIUM_CANDIDATES = [
    os.environ.get("CHROMIUM_PATH", ""),
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
]
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def find_chromium():
    for path in CHROMIUM_CANDIDATES:
        if path and shutil.which(path):
            return path
    return None


@pytest.fixture(scope="session")
def browser():
    executable = find_chromium()
    if executable is None:
        message = (
            "Browser-Tests übersprungen: kein Chromium gefunden "
            "(apt-get install chromium, oder CHROMIUM_PATH setzen)."
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message.replace("übersprungen", "fehlgeschlagen"))
        pytest.skip(message)
    # Playwright's sync API runs an event loop in this thread; the Django test
    # database is still used synchronously by the fixtures.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=LAUNCH_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content, loaded once per module and served on 127.0.0.1.

    Committed outside a test transaction (the server thread must see it on
    PostgreSQL too) and removed again afterwards with the command's own reset, so
    that the other tests start from the migrated, empty site. pytest-django's
    `live_server` fixture would flush the whole database after every test, the
    migrations' data (start page, Handlungsfelder) included."""
    from django.core.management import call_command
    from django.db import connection, connections
    from django.test.utils import setup_databases, teardown_databases
    from pytest_django.live_server_helper import LiveServer

    from home.management.commands.load_demo_content import Command

    own_databases = None
    with django_db_blocker.unblock():
        # When only browser tests are selected, pytest-django sets up no test
        # database (none of them asks for `db`): never touch the real one.
        test_name = connection.creation._get_test_db_name()
        if connection.settings_dict["NAME"] != test_name:
            own_databases = setup_databases(
                verbosity=0, interactive=False, aliases={"default"}
            )
        assert connection.settings_dict["NAME"] == test_name
        call_command("load_demo_content", verbosity=0)
        server = LiveServer("127.0.0.1:0")
    yield server
    server.stop()
    with django_db_blocker.unblock():
        command = Command()
        command.verbosity = 0
        command.reset()
        connections.close_all()
        if own_databases is not None:
            teardown_databases(own_databases, verbosity=0)


@pytest.fixture
def blocker(django_db_blocker):
    """Read the shared demo data from a test without a test transaction."""
    from django.db import connections

    with django_db_blocker.unblock():
        yield
        # Playwright's greenlets may have opened a connection of their own.
        connections.close_all()


@pytest.fixture
def member_page(browser, demo_site, blocker):
    """A browser tab logged in as a demo member (Quittenau), via a session cookie."""
    yield from _logged_in_page(browser, demo_site, "quartier.quittenau@example.org")


@pytest.fixture
def member_page_without_js(browser, demo_site, blocker):
    yield from _logged_in_page(
        browser, demo_site, "quartier.quittenau@example.org", javascript=False
    )


def _logged_in_page(browser, demo_site, username, javascript=True):
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )

    user = get_user_model().objects.get(username=username)
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    context = browser.new_context(locale="de-DE", java_script_enabled=javascript)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": session.session_key,
                "url": demo_site.url,
            }
        ]
    )
    page = context.new_page()
    yield page
    context.close()

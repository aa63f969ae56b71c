"""Security headers: the strict Content-Security-Policy of the public site, the
relaxed one of the Wagtail admin (which still works), the other headers, and
`check --deploy` of the production settings."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]

PUBLIC_PAGES = [
    "home",
    "lab_index",
    "lab",
    "experiment",
    "learning",
    "discussion",
    "knowledge_index",
    "discussion_index",
]


def _directives(header):
    return {
        part.split()[0]: part.split()[1:]
        for part in (p.strip() for p in header.split(";"))
        if part
    }


@pytest.mark.parametrize("target", PUBLIC_PAGES)
def test_public_page_has_strict_csp(client, request, target):
    page = request.getfixturevalue(target)
    response = client.get(page.url)
    assert response.status_code == 200
    policy = _directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    # No third-party host anywhere in the policy.
    assert not re.search(r"https?:|\*", response["Content-Security-Policy"])


@pytest.mark.parametrize(
    "path", ["/konto/anmelden/", "/konto/zugang-beantragen/", "/suche/?q=Quartier"]
)
def test_account_and_search_pages_have_strict_csp(client, home, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_not_found_page_has_strict_csp(client, home):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@pytest.mark.parametrize("target", ["home", "experiment", "discussion"])
def test_public_pages_have_no_inline_code(client, member, request, target):
    """What the strict policy would block: inline scripts, styles, handlers."""
    page = request.getfixturevalue(target)
    client.force_login(member)
    html = client.get(page.url).content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)
    assert "javascript:" not in html


def test_no_template_or_script_has_inline_code():
    """Every template of the project and our JavaScript (static/js)."""
    offenders = []
    for path in sorted((ROOT / "templates").rglob("*.html")):
        text = path.read_text()
        if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text):
            offenders.append(f"{path.name}: inline <script>")
        if "<style" in text or re.search(r"\sstyle=", text):
            offenders.append(f"{path.name}: inline style")
        if re.search(r"\son[a-z]+=[\"']", text) or "javascript:" in text:
            offenders.append(f"{path.name}: event handler")
    for path in sorted((ROOT / "static" / "js").rglob("*.js")):
        text = path.read_text()
        if re.search(
            r"\beval\(|new Function\(|\.innerHTML\s*=|setAttribute\(\s*['\"]style", text
        ):
            offenders.append(f"{path.name}: eval/innerHTML/inline style")
    assert offenders == []


def test_other_security_headers_on_public_page(client, home):
    response = client.get(home.url)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


def test_admin_has_its_own_policy_and_works(client, redakteurin, experiment):
    client.force_login(redakteurin)
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert dashboard.status_code == 200
    policy = _directives(dashboard["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[experiment.pk]))
    assert editor.status_code == 200
    assert "'unsafe-inline'" in editor["Content-Security-Policy"]


def test_admin_login_page_uses_admin_policy(client, db):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert "script-src 'self' 'unsafe-inline'" in response["Content-Security-Policy"]


def test_admin_policy_does_not_leak_to_public_paths_starting_with_admin(client, home):
    response = client.get("/administration/")
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def _production_env(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "SECURE_", "REDIS_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="stadtlabore.settings.production",
        SECRET_KEY="k3v-" + "x7Qp9Lm2Zt5Rw8Yb4Nc6Hd1Gf3Js0Ka" * 2,
        ALLOWED_HOSTS="stadtlabore.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'check.sqlite3'}",
    )
    return env


def test_production_settings_pass_check_deploy(tmp_path):
    result = subprocess.run(  # noqa: S603 – fixed arguments
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output
    assert "WARNINGS" not in output


def test_check_deploy_warns_without_https(tmp_path):
    """The test above can fail: switching HTTPS off gives warnings."""
    env = _production_env(tmp_path)
    env.update(SECURE_SSL_REDIRECT="off", SECURE_HSTS_SECONDS="0")
    result = subprocess.run(  # noqa: S603 – fixed arguments
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "security.W004" in result.stderr + result.stdout
    assert "security.W008" in result.stderr + result.stdout

"""One client-address function for everything: only `labs/ratelimit.py` may read
REMOTE_ADDR or X-Forwarded-For. A second copy is how the Fachberatung form came to
ignore TRUSTED_PROXY_COUNT (behind nginx every sender shared one limit); this test
keeps a new copy from appearing. Rate limits and django-axes call
`labs.ratelimit.client_ip`."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("labs", "knowledge", "home", "site")
ALLOWED = ROOT / "labs" / "ratelimit.py"
# The request headers that carry a client address, in every spelling Django knows
# (META keys, `request.headers[...]`), and DRF's own client-address function.
ADDRESS_HEADERS = ("REMOTE_ADDR", "X_FORWARDED_FOR")
ADDRESS_FUNCTIONS = {"get_ident"}


def python_files():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def docstrings(tree):
    for node in ast.walk(tree):
        if isinstance(
            node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
        ):
            body = node.body
            if body and isinstance(body[0], ast.Expr):
                yield body[0].value


def address_reads(path):
    """(line, what) of every place in the file that names a client address
    (documentation aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    prose = {id(node) for node in docstrings(tree)}
    for node in ast.walk(tree):
        if id(node) in prose:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            normalised = node.value.upper().replace("-", "_")
            for header in ADDRESS_HEADERS:
                if header in normalised:
                    yield node.lineno, header
        elif isinstance(node, ast.Attribute) and node.attr in ADDRESS_FUNCTIONS:
            yield node.lineno, node.attr
        elif isinstance(node, ast.Name) and node.id in ADDRESS_FUNCTIONS:
            yield node.lineno, node.id


def test_the_check_finds_what_it_looks_for():
    found = {what for _line, what in address_reads(ALLOWED)}
    assert found == {"REMOTE_ADDR", "X_FORWARDED_FOR"}


@pytest.mark.parametrize("app", APPS)
def test_only_labs_ratelimit_reads_the_client_address(app):
    offenders = [
        f"{path.relative_to(ROOT)}:{line} ({what})"
        for path in python_files()
        if path.relative_to(ROOT).parts[0] == app and path != ALLOWED
        for line, what in address_reads(path)
    ]
    assert offenders == [], (
        "Use labs.ratelimit.client_ip (it honours TRUSTED_PROXY_COUNT): "
        + ", ".join(offenders)
    )

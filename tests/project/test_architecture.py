"""The direction of the imports: `labs` is the base app and names none of the apps
above it, and no project module takes part in an import circle.

Both checks read the source with `ast`, so a new module or a new import is checked
without editing this file. The import graph and the circle finder are the ones of
`bench/structure.py` (one definition for the test and the measurement). Every
import counts, also one inside a function: it runs later and hides a circle, but
the two modules still need each other (the way out is a registry or a hook, as
`labs.models.base.PAGE_CONTEXT_HOOK`).
"""

import ast
import re
import tomllib
from pathlib import Path

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

from bench.structure import (
    APPS,
    import_graph,
    project_modules,
    strongly_connected_components,
)

BASE_DIR = Path(settings.BASE_DIR)
BASE_APP = "labs"
HIGHER_APPS = ("knowledge", "home")
# "knowledge", "home.HomePage", "knowledge.models", "home:…"
MODEL_OR_PATH = re.compile(r"^(?:knowledge|home)(?:\.|:|$)")


def import_circles(root):
    """The import circles (more than one module) among the project modules below
    `root`, each sorted."""
    graph = import_graph(project_modules(root), deferred=True)
    return sorted(
        sorted(component)
        for component in strongly_connected_components(graph)
        if len(component) > 1
    )


def higher_url_prefixes():
    """Literal beginnings ("/konto/", "/themen/") of the URLs that the higher apps
    serve, read from the project's URLconf."""
    prefixes = set()

    def owner(obj):
        return (getattr(obj, "__module__", "") or "").split(".")[0]

    def walk(patterns, prefix):
        for entry in patterns:
            literal = prefix + str(entry.pattern).split("<")[0].lstrip("^")
            if isinstance(entry, URLResolver):
                urlconf = entry.urlconf_module
                name = getattr(urlconf, "__name__", "") or ""
                if name.split(".")[0] in HIGHER_APPS and literal.strip("/"):
                    prefixes.add("/" + literal.lstrip("/"))
                else:
                    walk(entry.url_patterns, literal)
            elif isinstance(entry, URLPattern):
                callback = getattr(entry.callback, "view_class", entry.callback)
                if owner(callback) in HIGHER_APPS and literal.strip("/"):
                    prefixes.add("/" + literal.lstrip("/"))

    walk(get_resolver().url_patterns, "")
    return tuple(sorted(prefixes))


def _imported(node):
    """The absolute module names an import statement names (relative imports stay
    inside their own app)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0:
        return [node.module]
    return []


def references_to_higher_apps(path, tree, url_prefixes):
    """Every place in one module of the base app that names a higher app: an
    import, an `apps.get_model("knowledge", …)`, a model label or dotted path
    string ("home.HomePage"), a literal URL path the higher apps serve."""
    problems = []
    for node in ast.walk(tree):
        for imported in _imported(node):
            if imported.split(".")[0] in HIGHER_APPS:
                problems.append(f"{path.name}:{node.lineno} imports {imported}")
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            first = node.args[0]
            if (
                name in {"get_model", "get_app_config"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and first.value.split(".")[0] in HIGHER_APPS
            ):
                problems.append(f"{path.name}:{node.lineno} {name}({first.value!r})")
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.strip()
            if MODEL_OR_PATH.match(text):
                problems.append(f"{path.name}:{node.lineno} names {text!r}")
            elif url_prefixes and text.startswith(url_prefixes):
                problems.append(f"{path.name}:{node.lineno} URL path {text!r}")
    return problems


def test_base_app_names_no_higher_app():
    prefixes = higher_url_prefixes()
    assert "/konto/" in prefixes  # the check sees the higher apps' addresses
    problems = []
    for module in project_modules(BASE_DIR):
        if module.app == BASE_APP:
            problems += references_to_higher_apps(module.path, module.tree, prefixes)
    assert problems == []


def test_the_check_finds_an_arrow_into_a_higher_app(tmp_path):
    source = (
        "from django.apps import apps\n"
        "from home.models import HomePage\n"
        "def f():\n"
        "    from knowledge import hub\n"
        "    apps.get_model('knowledge', 'LearningPage')\n"
        "    return '/konto/zugang-beantragen/', 'home.SiteSettings'\n"
    )
    path = tmp_path / "bad.py"
    path.write_text(source)
    problems = references_to_higher_apps(path, ast.parse(source), ("/konto/",))
    assert len(problems) == 6


def test_no_import_circle_between_project_modules():
    assert import_circles(BASE_DIR) == []


def test_the_circle_check_finds_a_circle(tmp_path):
    labs = tmp_path / "labs"
    labs.mkdir()
    (labs / "a.py").write_text("from labs import b\n")
    (labs / "b.py").write_text("import labs.a\ndef f():\n    import labs.c\n")
    (labs / "c.py").write_text("from labs import b\n")
    assert import_circles(tmp_path) == [["labs.a", "labs.b", "labs.c"]]


def test_every_package_is_installed():
    """pyproject.toml lists the packages by name (the project package's folder is
    mapped): a new sub-package missing there would be absent from an installed
    (non-editable) copy of the site."""
    listed = set(
        tomllib.loads((BASE_DIR / "pyproject.toml").read_text())["tool"]["setuptools"][
            "packages"
        ]
    )
    found = set()
    for folder, package in APPS.items():
        for init in (BASE_DIR / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(BASE_DIR / folder).parts
            found.add(".".join((package, *parts)))
    assert sorted(found - listed) == []

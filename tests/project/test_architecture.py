"""The direction of the imports: `labs` is the base app and names none of the apps
above it, and no project module takes part in an import circle.

Both checks read the source with `ast`, so a new module or a new import is checked
without editing this file. Only module-level imports count for the circles (an
import inside a function runs later and is the documented way out of a circle);
for the base app every import counts, wherever it stands.
"""

import ast
import re
import tomllib
from pathlib import Path

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

BASE_DIR = Path(settings.BASE_DIR)
# Import name -> folder (the project package's folder is `site/`, see pyproject.toml).
PACKAGES = {"labs": "labs", "knowledge": "knowledge", "home": "home"}
PACKAGES["stadtlabore"] = "site"
BASE_APP = "labs"
HIGHER_APPS = ("knowledge", "home")
# "knowledge", "home.HomePage", "knowledge.models", "home:…"
MODEL_OR_PATH = re.compile(r"^(?:knowledge|home)(?:\.|:|$)")


def project_modules():
    """{dotted module name: path} of every project module except migrations."""
    modules = {}
    for package, folder in PACKAGES.items():
        for path in sorted((BASE_DIR / folder).rglob("*.py")):
            parts = path.relative_to(BASE_DIR / folder).with_suffix("").parts
            if "migrations" in parts:
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join((package, *parts))] = path
    return modules


def _absolute(module, path, node):
    """The module a `from … import` names, with relative imports resolved."""
    if node.level == 0:
        return node.module
    package = module.split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    package = package[: len(package) - node.level + 1]
    return ".".join(package + ([node.module] if node.module else []))


def imported_modules(module, path, tree, modules, *, module_level_only):
    """(imported module, line) for each import in `tree`; `from a import b` names
    the module `a.b` when that is a module, else `a`."""
    found = []

    def visit(node):
        if module_level_only and isinstance(
            node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
        ):
            return
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(module, path, node)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.append((candidate if candidate in modules else base, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _parsed():
    modules = project_modules()
    return modules, {
        name: ast.parse(path.read_text()) for name, path in modules.items()
    }


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


def references_to_higher_apps(module, path, tree, modules, url_prefixes):
    """Every place in one module of the base app that names a higher app: an
    import, an `apps.get_model("knowledge", …)`, a model label or dotted path
    string ("home.HomePage"), a literal URL path the higher apps serve."""
    problems = []
    for imported, line in imported_modules(
        module, path, tree, modules, module_level_only=False
    ):
        if imported.split(".")[0] in HIGHER_APPS:
            problems.append(f"{path.name}:{line} imports {imported}")
    for node in ast.walk(tree):
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


def import_circles(modules, trees):
    """The strongly connected components (more than one module, or a module that
    imports itself) of the module-level import graph."""
    graph = {
        name: {
            target
            for target, _line in imported_modules(
                name, modules[name], trees[name], modules, module_level_only=True
            )
            if target in modules
        }
        for name in modules
    }
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def strongconnect(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                strongconnect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                circles.append(sorted(component))

    for name in sorted(graph):
        if name not in index:
            strongconnect(name)
    return circles


def test_base_app_names_no_higher_app():
    modules, trees = _parsed()
    prefixes = higher_url_prefixes()
    assert "/konto/" in prefixes  # the check sees the higher apps' addresses
    problems = []
    for name in sorted(modules):
        if name == BASE_APP or name.startswith(BASE_APP + "."):
            problems += references_to_higher_apps(
                name, modules[name], trees[name], modules, prefixes
            )
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
    problems = references_to_higher_apps(
        "labs.bad", path, ast.parse(source), {}, ("/konto/",)
    )
    assert len(problems) == 6


def test_no_import_circle_between_project_modules():
    modules, trees = _parsed()
    assert import_circles(modules, trees) == []


def test_the_circle_check_finds_a_circle(tmp_path):
    (tmp_path / "a.py").write_text("from labs import b\n")
    (tmp_path / "b.py").write_text("import labs.a\ndef f():\n    import labs.c\n")
    (tmp_path / "c.py").write_text("from labs import b\n")
    modules = {f"labs.{n}": tmp_path / f"{n}.py" for n in "abc"}
    trees = {name: ast.parse(path.read_text()) for name, path in modules.items()}
    assert import_circles(modules, trees) == [["labs.a", "labs.b"]]


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
    for package, folder in PACKAGES.items():
        for init in (BASE_DIR / folder).rglob("__init__.py"):
            parts = init.parent.relative_to(BASE_DIR / folder).parts
            found.add(".".join((package, *parts)))
    assert sorted(found - listed) == []

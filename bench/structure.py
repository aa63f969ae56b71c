"""Structure figures of the code base (a measurement, not a test).

    python bench/structure.py                  # the tree this script lies in
    python bench/structure.py --rev 87664b0    # a git revision instead
    python bench/structure.py --compare 87664b0  # that revision next to this tree

Prints a table with the figures issue 19 ("Done means") asks for. A revision is
exported with `git archive` into a temporary folder and measured there. What counts:

- Lines per app: physical lines of the *.py files of labs, knowledge, home and site
  (the project package `stadtlabore`), migrations left out; the largest share is the
  largest app's part of their sum.
- Largest non-data module: the longest *.py module (migrations left out) that is not
  mostly data. A module is "mostly data" when at least half of its non-blank lines
  lie inside literals: multi-line strings (docstrings excepted) and list, tuple, set
  or dict displays that span more than one line (demo content, fixtures of text).
- Import circles: module-level imports (at import time: the module body, including
  `if`/`try` blocks and class bodies; not inside functions, not under
  `if TYPE_CHECKING`) between project modules; an import names the module it
  imports from (`from a.b import c` names `a.b.c` when that is a module, else
  `a.b`). Circles are strongly connected components of more than one module
  (Tarjan).
- Lookups from labs into higher apps, in labs (migrations left out): imports of
  knowledge or home anywhere, `apps.get_model("knowledge"|"home", …)` or
  `get_model("knowledge.X")`, other model labels such as "knowledge.LearningPage"
  (in page type lists, for example), string literals containing "/konto/" or
  "/themen/", and uses of the private request attribute `_private_pages_q`.
- Imports inside functions: import statements inside a function body, per app.
- `duplicates`: the pair count of the `duplicates` command on the whole tree, when
  that command is installed.
- Rule definitions: places where the group name "Redaktion" is written as a string
  literal (not as an argument of a gettext call, not in docstrings), and functions
  that read the client address (a string constant "REMOTE_ADDR" or
  "HTTP_X_FORWARDED_FOR").
"""

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Folder → import name of the project's apps, in order of the table.
APPS = {"labs": "labs", "knowledge": "knowledge", "home": "home", "site": "stadtlabore"}
HIGHER_APPS = ("knowledge", "home")
FOREIGN_PATHS = ("/konto/", "/themen/")
GETTEXT = {"_", "gettext", "gettext_lazy", "pgettext", "pgettext_lazy", "ngettext"}
CLIENT_ADDRESS_KEYS = {"REMOTE_ADDR", "HTTP_X_FORWARDED_FOR"}
DATA_SHARE = 0.5


class Module:
    def __init__(self, root, path):
        self.path = path
        self.rel = path.relative_to(root)
        self.app = self.rel.parts[0]
        parts = [APPS[self.app], *self.rel.with_suffix("").parts[1:]]
        self.is_package = parts[-1] == "__init__"
        if self.is_package:
            parts = parts[:-1]
        self.name = ".".join(parts)
        self.text = path.read_text(encoding="utf-8", errors="replace")
        self.lines = self.text.count("\n") + (not self.text.endswith("\n"))
        try:
            self.tree = ast.parse(self.text)
        except SyntaxError:
            self.tree = ast.Module(body=[], type_ignores=[])

    def package(self):
        return self.name if self.is_package else self.name.rpartition(".")[0]


def project_modules(root):
    modules = []
    for folder in APPS:
        for path in sorted((root / folder).rglob("*.py")):
            rel = path.relative_to(root)
            if "migrations" in rel.parts or "__pycache__" in rel.parts:
                continue
            modules.append(Module(root, path))
    return modules


# --- lines and data modules ------------------------------------------------------


def docstring_nodes(tree):
    nodes = set()
    for node in ast.walk(tree):
        if isinstance(
            node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
        ):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                nodes.add(id(body[0].value))
    return nodes


def data_lines(module):
    """Line numbers inside multi-line literals (outermost ones)."""
    docstrings = docstring_nodes(module.tree)
    lines = set()

    def visit(node):
        literal = isinstance(node, ast.List | ast.Tuple | ast.Set | ast.Dict) or (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        )
        if literal and node.end_lineno > node.lineno:
            lines.update(range(node.lineno, node.end_lineno + 1))
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(module.tree)
    return lines


def is_mostly_data(module):
    source = module.text.splitlines()
    code = {n for n, line in enumerate(source, 1) if line.strip()}
    if not code:
        return False
    return len(data_lines(module) & code) >= DATA_SHARE * len(code)


# --- imports -----------------------------------------------------------------------


def is_type_checking(node):
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def module_level_imports(body):
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not is_type_checking(node):
                yield from module_level_imports(node.body)
            yield from module_level_imports(node.orelse)
        elif isinstance(node, ast.Try | ast.TryStar):
            for block in (node.body, node.orelse, node.finalbody):
                yield from module_level_imports(block)
            for handler in node.handlers:
                yield from module_level_imports(handler.body)
        elif isinstance(node, ast.With | ast.ClassDef):
            yield from module_level_imports(node.body)


def imported_names(module, node, known):
    """The project modules an import statement names."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name in known]
    base = node.module or ""
    if node.level:
        package = module.package().split(".")
        if node.level > 1:
            package = package[: -(node.level - 1)]
        base = ".".join([*package, base] if base else package)
    targets = []
    for alias in node.names:
        candidate = f"{base}.{alias.name}"
        if candidate in known:
            targets.append(candidate)
        elif base in known:
            targets.append(base)
    return targets


def import_graph(modules, deferred=False):
    """Module → the project modules it imports at import time (with `deferred`,
    also those it imports inside functions)."""
    known = {m.name for m in modules}
    graph = {m.name: set() for m in modules}
    for module in modules:
        if deferred:
            nodes = [
                n
                for n in ast.walk(module.tree)
                if isinstance(n, ast.Import | ast.ImportFrom)
            ]
        else:
            nodes = module_level_imports(module.tree.body)
        for node in nodes:
            for target in imported_names(module, node, known):
                if target != module.name:
                    graph[module.name].add(target)
    return graph


def strongly_connected_components(graph):
    """Tarjan's algorithm, iterative."""
    index, low, on_stack, stack, components = {}, {}, set(), [], []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components


def nested_function_imports(module):
    """Imports in functions, each counted once (innermost function)."""
    count = 0

    def visit(node, in_function):
        nonlocal count
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom) and in_function:
                count += 1
            visit(
                child,
                in_function
                or isinstance(
                    child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
                ),
            )

    visit(module.tree, False)
    return count


# --- labs → higher apps -------------------------------------------------------------

MODEL_LABEL = re.compile(rf"^(?:{'|'.join(HIGHER_APPS)})\.[A-Z]\w*$")


def _is_get_model(func):
    return (isinstance(func, ast.Attribute) and func.attr == "get_model") or (
        isinstance(func, ast.Name) and func.id == "get_model"
    )


def higher_app_lookups(module):
    found = Counter()
    docstrings = docstring_nodes(module.tree)
    lookup_args = {
        id(node.args[0])
        for node in ast.walk(module.tree)
        if isinstance(node, ast.Call) and node.args and _is_get_model(node.func)
    }
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            found["imports"] += sum(
                alias.name.split(".")[0] in HIGHER_APPS for alias in node.names
            )
        elif isinstance(node, ast.ImportFrom) and not node.level:
            found["imports"] += (node.module or "").split(".")[0] in HIGHER_APPS
        elif isinstance(node, ast.Call) and _is_get_model(node.func):
            first = node.args[0] if node.args else None
            if (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and first.value.split(".")[0] in HIGHER_APPS
            ):
                found["get_model"] += 1
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            if any(path in node.value for path in FOREIGN_PATHS):
                found["paths"] += 1
            elif MODEL_LABEL.match(node.value) and id(node) not in lookup_args:
                found["model labels"] += 1
        elif isinstance(node, ast.Attribute) and node.attr == "_private_pages_q":
            found["private attribute"] += 1
    return found


# --- rule definitions --------------------------------------------------------------


def redaktion_literals(module):
    docstrings = docstring_nodes(module.tree)
    translated = set()
    for node in ast.walk(module.tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in GETTEXT
        ):
            translated.update(id(arg) for arg in node.args)
    return sum(
        isinstance(node, ast.Constant)
        and node.value == "Redaktion"
        and id(node) not in docstrings
        and id(node) not in translated
        for node in ast.walk(module.tree)
    )


def client_address_functions(module):
    count = 0
    for node in ast.walk(module.tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            inner_functions = {
                id(n)
                for child in node.body
                for n in ast.walk(child)
                if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
            }
            reads = False
            for child in node.body:
                for n in ast.walk(child):
                    if id(n) in inner_functions:
                        break
                    if isinstance(n, ast.Constant) and n.value in CLIENT_ADDRESS_KEYS:
                        reads = True
            count += reads
    return count


# --- the whole tree ----------------------------------------------------------------


def duplicates_pairs(root):
    if not shutil.which("duplicates"):
        return None
    result = subprocess.run(
        ["duplicates", "--repo", str(root), "--most", "1", "--seconds", "300"],
        capture_output=True,
        text=True,
        check=False,
    )
    first = result.stdout.strip().splitlines()[:1]
    if not first:
        return None
    if first[0].startswith("no duplicates"):
        return 0
    match = re.match(r"(\d+) pairs?", first[0])
    return int(match.group(1)) if match else None


def measure(root):
    modules = project_modules(root)
    figures = {}
    lines = Counter()
    for module in modules:
        lines[module.app] += module.lines
    total = sum(lines.values())
    for app in APPS:
        figures[f"lines {app}/"] = lines[app]
    figures["lines total"] = total
    app, most = lines.most_common(1)[0]
    figures["largest share"] = f"{app}/ {100 * most / total:.0f} %"

    code_modules = [m for m in modules if not is_mostly_data(m)]
    largest = max(code_modules, key=lambda m: m.lines)
    figures["largest non-data module"] = f"{largest.rel} ({largest.lines})"
    data_modules = sorted(
        (m for m in modules if m not in code_modules), key=lambda m: -m.lines
    )
    figures["data modules (left out)"] = (
        ", ".join(f"{m.rel} ({m.lines})" for m in data_modules[:3])
        + (f" +{len(data_modules) - 3} smaller" if len(data_modules) > 3 else "")
        or "none"
    )

    components = [
        c for c in strongly_connected_components(import_graph(modules)) if len(c) > 1
    ]
    figures["import circles (SCC > 1)"] = len(components)
    figures["modules in circles"] = sum(len(c) for c in components)
    figures["largest circle"] = (
        ", ".join(sorted(max(components, key=len))) if components else "none"
    )
    with_deferred = [
        c
        for c in strongly_connected_components(import_graph(modules, deferred=True))
        if len(c) > 1
    ]
    figures["circles incl. imports in functions"] = len(with_deferred)
    figures["  modules in them"] = sum(len(c) for c in with_deferred)

    lookups = Counter()
    for module in modules:
        if module.app == "labs":
            lookups.update(higher_app_lookups(module))
    figures["labs → higher apps"] = sum(lookups.values())
    for kind in ("imports", "get_model", "model labels", "paths", "private attribute"):
        figures[f"  {kind}"] = lookups[kind]

    in_functions = Counter()
    for module in modules:
        in_functions[module.app] += nested_function_imports(module)
    figures["imports in functions"] = sum(in_functions.values())
    for app in APPS:
        figures[f"  in {app}/"] = in_functions[app]

    readme = root / "README.md"
    figures["README lines"] = (
        readme.read_text(encoding="utf-8").count("\n") if readme.exists() else 0
    )
    pairs = duplicates_pairs(root)
    figures["duplicates pairs"] = "n/a" if pairs is None else pairs
    figures['"Redaktion" literals'] = sum(redaktion_literals(m) for m in modules)
    figures["functions reading client IP"] = sum(
        client_address_functions(m) for m in modules
    )
    return figures


def export(rev, into):
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev],
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)


def measure_rev(rev):
    with tempfile.TemporaryDirectory(prefix="structure-") as folder:
        export(rev, Path(folder))
        return measure(Path(folder))


def print_table(columns):
    """columns: list of (title, figures)."""
    keys = list(columns[0][1])
    for _, figures in columns[1:]:
        keys += [k for k in figures if k not in keys]
    width = max(len(k) for k in keys)
    cells = [[str(f.get(k, "")) for k in keys] for _, f in columns]
    widths = [
        max(len(title), *(len(c) for c in col))
        for (title, _), col in zip(columns, cells, strict=True)
    ]
    print(
        " | ".join(
            [
                " " * width,
                *(t.ljust(w) for (t, _), w in zip(columns, widths, strict=True)),
            ]
        )
    )
    print("-+-".join(["-" * width, *("-" * w for w in widths)]))
    for row, key in enumerate(keys):
        print(
            " | ".join(
                [
                    key.ljust(width),
                    *(col[row].ljust(w) for col, w in zip(cells, widths, strict=True)),
                ]
            )
        )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", help="measure this git revision instead of the tree")
    parser.add_argument(
        "--compare", metavar="REV", help="print REV next to the tree (or --rev)"
    )
    args = parser.parse_args(argv)
    columns = []
    if args.compare:
        columns.append((args.compare, measure_rev(args.compare)))
    if args.rev:
        columns.append((args.rev, measure_rev(args.rev)))
    else:
        columns.append(("this tree", measure(ROOT)))
    print_table(columns)


if __name__ == "__main__":
    sys.exit(main())

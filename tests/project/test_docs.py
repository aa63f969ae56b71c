"""The documentation stays short at the front and true at the back: README.md is a
short entry page, every relative link in README.md and docs/*.md points to a file
that exists (and to a heading there, where it names one), and every environment variable the settings read is documented in
docs/operations.md (a new setting can't go undocumented)."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
OPERATIONS = ROOT / "docs" / "operations.md"
README_MAX_LINES = 120

# [text](target) – the target up to a space, ")" or "#"; images too.
LINK = re.compile(r"\]\(([^)\s#]*)(#[^)\s]*)?\)")
# env("NAME", …), env.int("NAME", …), os.environ.get("NAME"), os.environ["NAME"],
# os.getenv("NAME"); the name may follow on the next line, after a comment too.
ENV_READ = re.compile(
    r"""(?:\benv(?:\.\w+)?|os\.environ\.get|os\.getenv)\(\s*(?:#.*\n\s*)?"""
    r"""["']([A-Z][A-Z0-9_]*)["']"""
    r"""|os\.environ\[\s*["']([A-Z][A-Z0-9_]*)["']\s*\]"""
)


def doc_files():
    return [README, *sorted((ROOT / "docs").glob("*.md"))]


def test_readme_is_short():
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= README_MAX_LINES, (
        f"README.md has {len(lines)} lines; keep it at most {README_MAX_LINES} "
        "and move details to docs/"
    )


@pytest.mark.parametrize("path", doc_files(), ids=lambda p: p.name)
def test_relative_links_point_to_existing_files(path):
    text = path.read_text(encoding="utf-8")
    missing = []
    for target, anchor in LINK.findall(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):
            continue  # http:, https:, mailto: …
        linked = (path.parent / target) if target else path
        if not linked.exists():
            missing.append(target)
        elif anchor and linked.suffix == ".md" and anchor[1:] not in anchors(linked):
            missing.append(f"{target}{anchor}")
    assert not missing, f"{path.relative_to(ROOT)} links to missing places: {missing}"


def anchors(path):
    """The anchors GitHub gives the headings of a Markdown file."""
    slugs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^#{1,6}\s+(.*)$", line)
        if heading:
            text = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower())
            slugs.add(text.replace(" ", "-"))
    return slugs


def settings_env_vars():
    names = set()
    for module in sorted((ROOT / "site" / "settings").glob("*.py")):
        for match in ENV_READ.finditer(module.read_text(encoding="utf-8")):
            names.add(match.group(1) or match.group(2))
    return names


def test_settings_find_their_environment_variables():
    # Guards the pattern above: these are certainly read by the settings.
    assert {
        "SECRET_KEY",
        "DATABASE_URL",
        "PAGE_CACHE_DIR",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    } <= (settings_env_vars())


def test_every_environment_variable_is_documented():
    documented = OPERATIONS.read_text(encoding="utf-8")
    undocumented = sorted(
        name for name in settings_env_vars() if f"`{name}`" not in documented
    )
    assert not undocumented, (
        f"Environment variables read in site/settings/ but not named in "
        f"docs/operations.md: {undocumented}"
    )

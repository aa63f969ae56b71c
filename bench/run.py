"""Benchmark of the key pages under gunicorn, loaded with wrk (a benchmark, not a test).

    python bench/run.py [--engines sqlite,postgres] [--scales demo,large]
                        [--duration 4] [--connections 8] [--quick]

For every database engine (PostgreSQL only when reachable on 127.0.0.1:5432) and
every scale it prepares a database (demo content; the large synthetic data set on
top for "large"), starts gunicorn with the production settings (2 workers, bound to
127.0.0.1, --no-control-socket), and loads each key page with wrk, as a visitor and
as a logged-in member. It measures the ceiling of the same stack (a trivial Django
view and a static file) and reports every page as a share of that ceiling, plus the
server's CPU milliseconds per request (from /proc) and the workers' memory.
The table goes to stdout and to bench/results/latest.md.

    python bench/run.py --compare REV [--quick] [--engines …] [--scales …]

Before and after, side by side, from one run on the same machine: REV (a commit,
branch or tag) is checked out into a git worktree under bench/.data/ (kept there
and reused while it is at that commit) with a virtualenv of its own, installed once
per commit from that revision's pyproject.toml (the project package `site/` is
imported as `stadtlabore` through the editable install, so each tree needs its own
environment). That tree gets its own benchmark databases (its own `migrate` and
`load_demo_content`, names with the short commit id), its own static files, and its
own gunicorn from its own folder. Both servers run at once and every page and role
is loaded on the old tree's server, then on this checkout's, back to back, so that
the load of the machine hits both alike. Each tree has its own Redis database, so
neither server reads what the other pickled, and after each measurement a server
answers what wrk left queued before the next one starts. The table per engine and
scale (req/s, p50, CPU ms/req before and after, change of CPU ms/req) and a summary
per role group go to stdout and to bench/results/compare.md.
"""

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / ".data"
RESULTS = ROOT / "bench" / "results"
PG_URL = "postgres://postgres@127.0.0.1:5432/{name}"
CLK_TCK = os.sysconf("SC_CLK_TCK")


# --- trees -------------------------------------------------------------------------


@dataclass(frozen=True)
class Tree:
    """A checkout to measure: its folder, the Python of its virtualenv, the prefix of
    its database names and the suffix of its folders in bench/.data/."""

    name: str
    root: Path
    python: str
    db_prefix: str
    suffix: str = ""

    def data(self, folder):
        return DATA / f"{folder}{self.suffix}"


HERE = Tree(
    name="",
    root=ROOT,
    python=sys.executable,
    db_prefix=os.environ.get("BENCH_DB_PREFIX", "stadtlabore_bench"),
)


def git(*args, cwd=ROOT):
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout.strip()


def checkout(rev):
    """REV as a tree of its own: a detached git worktree and a virtualenv with that
    revision installed, both in bench/.data/ and reused while they are at that
    commit."""
    sha = git("rev-parse", "--verify", f"{rev}^{{commit}}")
    short = sha[:8]
    root = DATA / f"tree-{short}"
    if root.exists() and git("rev-parse", "HEAD", cwd=root) != sha:
        git("worktree", "remove", "--force", str(root))
    if not root.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        git("worktree", "prune")
        git("worktree", "add", "--detach", str(root), sha)
    venv = DATA / f"venv-{short}"
    installed = venv / ".installed"
    if not installed.exists():
        print(f"== {short}: virtualenv einrichten", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", venv], check=True)
        subprocess.run(
            [venv / "bin" / "python", "-m", "pip", "install", "-q", "-e", root],
            check=True,
        )
        installed.touch()
    return Tree(
        name="vorher",
        root=root,
        python=str(venv / "bin" / "python"),
        db_prefix=f"{HERE.db_prefix}_{short}",
        suffix=f"-{short}",
    )


# --- environment ------------------------------------------------------------------


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_reachable():
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


# One key for the servers and the shell that creates the member's session: Django
# signs the session's login with it (another key logs the member out).
SECRET_KEY = "bench-only-secret-key-not-for-production-use-0123456789"


def base_env(database_url, tree=HERE):
    env = dict(os.environ)
    env.update(
        SECRET_KEY=SECRET_KEY,
        DATABASE_URL=database_url,
        PYTHONPATH=str(tree.root),
        STATIC_ROOT=str(tree.data("static")),
        MEDIA_ROOT=str(tree.data("media")),
    )
    return env


def manage(env, *args, settings="stadtlabore.settings.dev", tree=HERE, **options):
    return subprocess.run(
        [tree.python, "manage.py", *args],
        cwd=tree.root,
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        check=True,
        **options,
    )


def shell_output(env, code, tree=HERE):
    """The last line printed by `code` in the tree's `manage.py shell`."""
    out = manage(env, "shell", "-c", code, tree=tree, capture_output=True, text=True)
    return out.stdout.strip().splitlines()[-1]


def prepare_database(engine, scale, tree=HERE):
    """Create (once) and fill the benchmark database of this engine and scale."""
    DATA.mkdir(parents=True, exist_ok=True)
    name = f"{tree.db_prefix}_{scale}"
    if engine == "sqlite":
        url = f"sqlite:///{DATA / (name + '.sqlite3')}"
    else:
        url = PG_URL.format(name=name)
        subprocess.run(
            [
                "psql",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-qc",
                f"CREATE DATABASE {name}",
            ],
            capture_output=True,
        )
    env = base_env(url, tree)
    marker = DATA / f"{engine}-{name}.ready"
    # Always: a database kept from an earlier run gets the newer migrations.
    manage(env, "migrate", "--no-input", "-v0", tree=tree)
    if not marker.exists():
        print(f"== Datenbank {engine}/{scale} ({name}) vorbereiten", flush=True)
        started = time.monotonic()
        manage(env, "load_demo_content", "--if-empty", "--scale", scale, tree=tree)
        print(f"   aufgebaut in {time.monotonic() - started:.0f} s", flush=True)
        marker.touch()
    return env


def collectstatic(tree=HERE):
    env = base_env("sqlite:///:memory:", tree)
    env.update(SECRET_KEY="bench", ALLOWED_HOSTS="127.0.0.1")
    manage(
        env,
        "collectstatic",
        "--no-input",
        "-v0",
        settings="stadtlabore.settings.production",
        tree=tree,
    )


def member_session(env, tree=HERE):
    """A session cookie of a demo member (a member city's account without an
    editor role: no admin access, no user bar), created through Django's session
    store."""
    code = (
        "from django.contrib.auth import get_user_model, SESSION_KEY, BACKEND_SESSION_KEY,"
        " HASH_SESSION_KEY\n"
        "from django.contrib.sessions.backends.db import SessionStore\n"
        "u = get_user_model().objects.filter(membership__city__isnull=False,"
        " groups__isnull=True, is_staff=False, is_superuser=False)"
        ".order_by('pk').first()\n"
        "s = SessionStore(); s[SESSION_KEY] = str(u.pk);"
        " s[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend';"
        " s[HASH_SESSION_KEY] = u.get_session_auth_hash(); s.save()\n"
        "print(s.session_key)\n"
    )
    return shell_output(env, code, tree)


def page_urls(env, tree=HERE):
    """The key pages of this data set, looked up in the database."""
    code = r"""
import json
from django.db.models import Count
from labs.models import LabIndexPage, LabPage, ExperimentPage, DiscussionIndexPage, Theme
from knowledge.models import KnowledgeIndexPage, LearningPage
from django.contrib.staticfiles.storage import staticfiles_storage
urls = {}
urls["Startseite"] = "/"
urls["StadtLabore"] = LabIndexPage.objects.live().first().url
urls["StadtLabore gefiltert"] = urls["StadtLabore"] + "?thema=" + Theme.objects.first().slug
urls["StadtLabor"] = LabPage.objects.live().order_by("pk").first().url
experiment = ExperimentPage.objects.live().order_by("pk").first()
try:
    from django_comments import get_model
    from django.contrib.contenttypes.models import ContentType
    counts = (get_model().objects.filter(content_type=ContentType.objects.get_for_model(ExperimentPage))
              .values("object_pk").annotate(n=Count("pk")).order_by("-n").first())
    if counts:
        experiment = ExperimentPage.objects.get(pk=counts["object_pk"])
except Exception:
    pass
urls["Experiment (längster Thread)"] = experiment.url
from knowledge.models import LearningKind
urls["Wissen mit Facetten"] = (KnowledgeIndexPage.objects.live().first().url + "?thema="
    + Theme.objects.order_by("pk").first().slug + "&art=" + LearningKind.values[0])
urls["Erkenntnis"] = LearningPage.objects.live().order_by("pk").first().url
urls["Austausch"] = DiscussionIndexPage.objects.live().first().url
urls["Suche"] = "/suche/?q=Quartier"
print(json.dumps(urls))
"""
    return json.loads(shell_output(env, code, tree))


def static_url(tree=HERE):
    manifest = tree.data("static") / "staticfiles.json"
    paths = json.loads(manifest.read_text())["paths"]
    return "/static/" + paths["css/site.css"]


# --- server -----------------------------------------------------------------------


class Gunicorn:
    def __init__(self, env, page_cache=False, render_cache=True, tree=HERE):
        self.tree = tree
        self.port = free_port()
        self.env = {
            **env,
            "PAGE_CACHE": "1" if page_cache else "0",
            "RENDER_CACHE": "1" if render_cache else "0",
            "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.production",
            "SECRET_KEY": SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "False",
            "BENCH_CEILING_VIEW": "1",
        }

    def __enter__(self):
        self.proc = subprocess.Popen(
            [
                str(Path(self.tree.python).parent / "gunicorn"),
                "stadtlabore.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--no-control-socket",
                "--log-level",
                "warning",
            ],
            cwd=self.tree.root,
            env=self.env,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.1)
        return self

    def __exit__(self, *exc):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def pids(self):
        children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        workers = (
            [int(p) for p in children.read_text().split()] if children.exists() else []
        )
        return [self.proc.pid, *workers]

    def cpu_ticks(self):
        total = 0
        for pid in self.pids():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime + stime
            except (FileNotFoundError, IndexError):
                pass
        return total

    def wait_idle(self, quiet=0.3, limit=15):
        """Wait until the workers have answered what wrk left queued (no CPU
        time for `quiet` seconds), at most `limit` seconds."""
        deadline = time.monotonic() + limit
        ticks = self.cpu_ticks()
        while time.monotonic() < deadline:
            time.sleep(quiet)
            now = self.cpu_ticks()
            if now == ticks:
                return
            ticks = now

    def worker_rss_mb(self):
        sizes = []
        for pid in self.pids()[1:]:
            status = Path(f"/proc/{pid}/status").read_text()
            match = re.search(r"VmRSS:\s+(\d+) kB", status)
            if match:
                sizes.append(int(match.group(1)) / 1024)
        return max(sizes) if sizes else 0.0


# --- load -------------------------------------------------------------------------


def to_ms(value):
    match = re.match(r"([\d.]+)(us|ms|s|m)$", value)
    if match is None:
        return float("nan")
    number, unit = match.groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def percentile(out, label):
    match = re.search(rf"^\s+{label}%\s+(\S+)", out, re.MULTILINE)
    return to_ms(match.group(1)) if match else float("nan")


def wrk(server, path, duration, connections, cookie=None):
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{duration}s",
        "--latency",
        server.base + path,
    ]
    if cookie:
        command[1:1] = ["-H", f"Cookie: sessionid={cookie}"]
    subprocess.run(["curl", "-s", "-o", "/dev/null", server.base + path], check=False)
    before = server.cpu_ticks()
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    cpu_ms = (server.cpu_ticks() - before) * 1000 / CLK_TCK
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = 0
    for pattern in (r"Non-2xx or 3xx responses: (\d+)", r"Socket errors: [^\n]*"):
        match = re.search(pattern, out)
        if match:
            errors += sum(
                int(n) for n in re.findall(r"\d+", match.group(0).split(":", 1)[1])
            )
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": percentile(out, 50),
        "p99": percentile(out, 99),
        "cpu": cpu_ms / max(requests, 1),
        "errors": errors,
    }


def machine():
    cpu = "unbekannt"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    return (
        f"{os.cpu_count()} Kerne ({cpu}), {int(mem) // 1024 // 1024} GiB RAM, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def load_average():
    return Path("/proc/loadavg").read_text().split()[0]


def redis_url():
    """Redis db 5 on this machine when reachable (the production cache), else None
    (then the page cache lives in a folder the workers share)."""
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
    except OSError:
        return None


def flush_redis(url):
    if url:
        import redis

        redis.Redis.from_url(url).flushdb()


ROLES = (
    "Gast (Cache)",
    "Gast (ohne Cache)",
    "Mitglied",
    "Gast (kalt)",
    "Mitglied (kalt)",
)
CEILINGS = ("Decke: triviale View", "Decke: statische Datei")
# The servers of one engine and scale, one after the other: page cache, render
# cache, and the roles loaded on it. Members never get cached pages. Cold: neither
# page cache nor render cache, every request builds the whole page.
SERVERS = (
    (False, True, ("Gast (ohne Cache)", "Mitglied")),
    (True, True, ("Gast (Cache)",)),
    (False, False, ("Gast (kalt)", "Mitglied (kalt)")),
)


@dataclass
class Side:
    """One tree under measurement on one engine and scale: its environment, the
    paths of the ceiling and the key pages, a member's session cookie, and the
    figures: {(label, role): result} and the largest worker's memory."""

    tree: Tree
    env: dict
    paths: dict
    cookie: str
    results: dict = field(default_factory=dict)
    memory: float = 0.0


def check_member(server, cookie):
    """The member's cookie logs in on this server (the account page answers 200,
    not the redirect to the login): else the "Mitglied" rows would measure a
    visitor."""
    request = urllib.request.Request(
        server.base + "/konto/", headers={"Cookie": f"sessionid={cookie}"}
    )
    opener = urllib.request.build_opener(NoRedirect)
    try:
        status = opener.open(request, timeout=30).status
    except urllib.error.HTTPError as error:
        status = error.code
    if status != 200:
        raise SystemExit(
            f"Mitglieds-Sitzung gilt auf {server.base} nicht (/konto/: {status})"
        )


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def load_pages(sides, servers, labels, roles, args):
    """Load every page once per role on each side's server, the sides back to back;
    record and print."""
    if any(role.startswith("Mitglied") for role in roles):
        for side, server in zip(sides, servers, strict=True):
            check_member(server, side.cookie)
    for label in labels:
        for role in roles:
            for side, server in zip(sides, servers, strict=True):
                cookie = side.cookie if role.startswith("Mitglied") else None
                result = wrk(
                    server, side.paths[label], args.duration, args.connections, cookie
                )
                server.wait_idle()  # what wrk left queued counts for no other row
                side.results[(label, role)] = result
                print(
                    f"   {side.tree.name:<8}{label:<30} {role:<18} "
                    f"{result['rps']:8.1f} req/s {result['cpu']:6.1f} ms CPU",
                    flush=True,
                )


def redis_of(redis, index):
    """Each tree its own Redis database (the next numbers after the configured
    one): a revision must never read what another one pickled."""
    if not redis:
        return None
    base, _, number = redis.rpartition("/")
    return f"{base}/{int(number or 0) + index}"


def measure(engine, scale, args, redis, trees=(HERE,)):
    """All figures of one database engine and scale, one Side per tree, and the
    labels of the key pages (those every tree has, in the last tree's order)."""
    sides = []
    for index, tree in enumerate(trees):
        env = prepare_database(engine, scale, tree)
        if redis:
            env["REDIS_URL"] = redis_of(redis, index)
        else:
            env["PAGE_CACHE_DIR"] = str(tree.data("page-cache"))
        paths = {
            CEILINGS[0]: "/__ceiling__/",
            CEILINGS[1]: static_url(tree),
            **page_urls(env, tree),
        }
        sides.append(Side(tree, env, paths, member_session(env, tree)))
    pages = [
        label
        for label in sides[-1].paths
        if label not in CEILINGS and all(label in side.paths for side in sides)
    ]
    for page_cache, render_cache, roles in SERVERS:
        for side in sides:
            flush_redis(side.env.get("REDIS_URL"))
        with contextlib.ExitStack() as stack:
            servers = [
                stack.enter_context(
                    Gunicorn(side.env, page_cache, render_cache, side.tree)
                )
                for side in sides
            ]
            if render_cache and not page_cache:
                bases = ", ".join(server.base for server in servers)
                print(f"== {engine} / {scale}: gunicorn auf {bases}", flush=True)
                load_pages(sides, servers, CEILINGS, ("–",), args)
            load_pages(sides, servers, pages, roles, args)
            for side, server in zip(sides, servers, strict=True):
                side.memory = max(side.memory, server.worker_rss_mb())
    for side in sides:
        flush_redis(side.env.get("REDIS_URL"))
    return sides, pages


def cell(result, ceiling):
    if result is None:
        return "| – " * 6
    share = result["rps"] / ceiling["rps"] if ceiling and ceiling["rps"] else 0
    return (
        f"| {result['rps']:.0f} | {result['p50']:.1f} | {result['p99']:.1f} "
        f"| {result['cpu']:.1f} | {result['errors']} | {share:.0%} "
    )


ROLE_GROUPS = (
    ("Gast (Cache)", ("Gast (Cache)",)),
    ("Gast (ohne Cache)", ("Gast (ohne Cache)",)),
    ("Mitglied", ("Mitglied",)),
    ("kalt", ("Gast (kalt)", "Mitglied (kalt)")),
)


def head_label():
    """HEAD's short commit id, marked when the checkout has uncommitted changes."""
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return git("rev-parse", "--short=8", "HEAD") + (" mit Änderungen" if dirty else "")


def change(before, after):
    """The change of CPU ms/req in percent (None without a figure before)."""
    if not before["cpu"]:
        return None
    return (after["cpu"] - before["cpu"]) / before["cpu"] * 100


def percent(value):
    return "–" if value is None else f"{value:+.0f} %"


def compare_lines(sides, pages):
    """The table of one engine and scale and a summary per role group."""
    before, after = (side.results for side in sides)
    lines = [
        "| Seite | Rolle | req/s vorher | req/s nachher | p50 ms vorher "
        "| p50 ms nachher | CPU ms/req vorher | CPU ms/req nachher | Änderung CPU "
        "| Fehler |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    rows = [(label, "–") for label in CEILINGS]
    rows += [(label, role) for label in pages for role in ROLES]
    for key in rows:
        old, new = before[key], after[key]
        lines.append(
            f"| {key[0]} | {key[1]} | {old['rps']:.0f} | {new['rps']:.0f} "
            f"| {old['p50']:.1f} | {new['p50']:.1f} | {old['cpu']:.1f} "
            f"| {new['cpu']:.1f} | {percent(change(old, new))} "
            f"| {old['errors']}/{new['errors']} |"
        )
    lines.append("")
    for group, roles in ROLE_GROUPS:
        changes = sorted(
            (change(before[(label, role)], after[(label, role)]), label)
            for label in pages
            for role in roles
            if change(before[(label, role)], after[(label, role)]) is not None
        )
        if changes:
            median = statistics.median(value for value, _label in changes)
            (low, low_label), (high, high_label) = changes[0], changes[-1]
            lines.append(
                f"- {group}: CPU ms/req Median {percent(median)}, von {percent(low)} "
                f"({low_label}) bis {percent(high)} ({high_label})"
            )
    memory = ", ".join(f"{side.tree.name} {side.memory:.0f} MB" for side in sides)
    lines += [f"- Arbeitsspeicher des größten Workers: {memory}", ""]
    return lines


def report_compare(rev, figures, args, redis, started, load_before):
    old = figures[next(iter(figures))][0][0].tree
    lines = [
        "# Benchmark StadtLabore vor Ort: vorher und nachher",
        "",
        f"Vorher `{old.suffix.lstrip('-')}` ({rev}), nachher `{head_label()}`; "
        "beide im selben Lauf auf derselben Maschine.",
        f"Gemessen am {time.strftime('%Y-%m-%d %H:%M')} UTC auf: {machine()}.",
        f"Last (1 min) vorher {load_before}, nachher {load_average()}; "
        f"Dauer {time.monotonic() - started:.0f} s.",
        f"Je Stand gunicorn 2 Worker (sync) aus seinem eigenen Ordner und virtualenv, "
        f"Produktions-Einstellungen, eigene Datenbank, wrk -t2 -c{args.connections} "
        f"-d{args.duration}s; Cache: " + ("Redis" if redis else "Ordner-Cache") + ".",
        "Beide Server laufen gleichzeitig; jede Seite und Rolle wird erst auf dem "
        "alten, gleich danach auf dem neuen Stand gemessen, so trifft die Last der "
        "Maschine beide gleich. Jeder Stand hat seine eigene Redis-Datenbank; nach "
        "jeder Messung beantwortet der Server erst, was wrk noch angestoßen hat. "
        "Rollen wie in `latest.md`. Änderung CPU: CPU ms/req nachher "
        "gegenüber vorher (negativ: der neue Stand braucht weniger). Fehler: "
        "vorher/nachher.",
        "",
    ]
    for (engine, scale), (sides, pages) in figures.items():
        lines += [f"## {engine} / {scale}", "", *compare_lines(sides, pages)]
    return "\n".join(lines) + "\n"


def report_latest(engines, scales, figures, args, redis, started, load_before):
    pages = next(iter(figures.values()))[1]
    labels = [(label, "–") for label in CEILINGS]
    labels += [(label, role) for label in pages for role in ROLES]
    header = "| Seite | Rolle "
    rule = "|---|---"
    for scale in scales:
        header += (
            f"| {scale}: req/s | p50 ms | p99 ms | CPU ms/req | Fehler | Anteil Decke "
        )
        rule += "|---:|---:|---:|---:|---:|---:"
    lines = [
        "# Benchmark StadtLabore vor Ort",
        "",
        f"Gemessen am {time.strftime('%Y-%m-%d %H:%M')} UTC auf: {machine()}.",
        f"Last (1 min) vorher {load_before}, nachher {load_average()}; "
        f"Dauer {time.monotonic() - started:.0f} s.",
        f"gunicorn 2 Worker (sync), Produktions-Einstellungen, `--no-control-socket`, "
        f"wrk -t2 -c{args.connections} -d{args.duration}s; Cache: "
        + ("Redis" if redis else "Ordner-Cache")
        + ".",
        "„Gast (Cache)“: anonymer Seiten-Cache an; „Gast (ohne Cache)“ und „Mitglied“: "
        "Seiten-Cache aus (Mitglieder bekommen nie gecachte Seiten), Render-Cache an "
        "(gemeinsame Fragmente); „(kalt)“: auch der Render-Cache aus, jede Anfrage "
        "baut die ganze Seite (so die erste Anfrage nach einer Änderung). CPU ms/req: "
        "CPU-Zeit aller gunicorn-Prozesse je Anfrage. Anteil Decke: req/s im Verhältnis "
        "zur trivialen Django-View.",
        "",
    ]
    for engine in engines:
        lines += [f"## {engine}", "", header + "|", rule + "|"]
        for label, role in labels:
            row = f"| {label} | {role} "
            for scale in scales:
                sides = figures.get((engine, scale), ([None], None))[0]
                results = sides[0].results if sides[0] else {}
                ceiling = results.get((CEILINGS[0], "–"))
                row += cell(results.get((label, role)), ceiling)
            lines.append(row + "|")
        lines.append("")
    lines += ["Arbeitsspeicher je Worker (RSS, größter Worker, nach dem Lauf):", ""]
    for (engine, scale), (sides, _pages) in figures.items():
        lines.append(f"- {engine} / {scale}: {sides[0].memory:.0f} MB")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--scales", default="demo,large")
    parser.add_argument("--duration", type=int, default=4)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--quick", action="store_true", help="2 s je Messung")
    parser.add_argument(
        "--compare",
        metavar="REV",
        help="Stand REV (Commit, Zweig) und diesen Stand nebeneinander messen",
    )
    args = parser.parse_args()
    if args.quick:
        args.duration = 2
    if not shutil.which("wrk"):
        sys.exit("wrk fehlt: apt-get install wrk")
    engines = [e for e in args.engines.split(",") if e]
    if "postgres" in engines and not postgres_reachable():
        print("PostgreSQL auf 127.0.0.1:5432 nicht erreichbar – nur SQLite.")
        engines.remove("postgres")
    scales = [s for s in args.scales.split(",") if s]
    redis = redis_url()

    started = time.monotonic()
    load_before = load_average()
    trees = (HERE,)
    if args.compare:
        trees = (checkout(args.compare), replace(HERE, name="nachher"))
    for tree in trees:
        collectstatic(tree)
    figures = {}
    for engine in engines:
        for scale in scales:
            figures[(engine, scale)] = measure(engine, scale, args, redis, trees)
    if args.compare:
        report = report_compare(
            args.compare, figures, args, redis, started, load_before
        )
        name = "compare.md"
    else:
        report = report_latest(
            engines, scales, figures, args, redis, started, load_before
        )
        name = "latest.md"
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / name).write_text(report)
    print(report)


if __name__ == "__main__":
    main()

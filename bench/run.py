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
"""

import argparse
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / ".data"
RESULTS = ROOT / "bench" / "results"
PY = sys.executable
PG_URL = "postgres://postgres@127.0.0.1:5432/{name}"
CLK_TCK = os.sysconf("SC_CLK_TCK")


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


def base_env(database_url):
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        PYTHONPATH=str(ROOT),
        STATIC_ROOT=str(DATA / "static"),
        MEDIA_ROOT=str(DATA / "media"),
    )
    return env


def manage(env, *args, settings="stadtlabore.settings.dev"):
    subprocess.run(
        [PY, "manage.py", *args],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": settings},
        check=True,
    )


def prepare_database(engine, scale):
    """Create (once) and fill the benchmark database of this engine and scale."""
    DATA.mkdir(parents=True, exist_ok=True)
    name = f"{os.environ.get('BENCH_DB_PREFIX', 'stadtlabore_bench')}_{scale}"
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
    env = base_env(url)
    marker = DATA / f"{engine}-{name}.ready"
    # Always: a database kept from an earlier run gets the newer migrations.
    manage(env, "migrate", "--no-input", "-v0")
    if not marker.exists():
        print(f"== Datenbank {engine}/{scale} vorbereiten", flush=True)
        started = time.monotonic()
        manage(env, "load_demo_content", "--if-empty", "--scale", scale)
        print(f"   aufgebaut in {time.monotonic() - started:.0f} s", flush=True)
        marker.touch()
    return env


def collectstatic():
    env = base_env("sqlite:///:memory:")
    env.update(SECRET_KEY="bench", ALLOWED_HOSTS="127.0.0.1")
    manage(
        env,
        "collectstatic",
        "--no-input",
        "-v0",
        settings="stadtlabore.settings.production",
    )


def member_session(env):
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
    out = subprocess.run(
        [PY, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.dev"},
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def page_urls(env):
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
    out = subprocess.run(
        [PY, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.dev"},
        check=True,
        capture_output=True,
        text=True,
    )
    import json

    return json.loads(out.stdout.strip().splitlines()[-1])


def static_url():
    manifest = DATA / "static" / "staticfiles.json"
    import json

    paths = json.loads(manifest.read_text())["paths"]
    return "/static/" + paths["css/site.css"]


# --- server -----------------------------------------------------------------------


class Gunicorn:
    def __init__(self, env, page_cache=False, render_cache=True):
        self.port = free_port()
        self.env = {
            **env,
            "PAGE_CACHE": "1" if page_cache else "0",
            "RENDER_CACHE": "1" if render_cache else "0",
            "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.production",
            "SECRET_KEY": "bench-only-secret-key-not-for-production-use-0123456789",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "False",
            "BENCH_CEILING_VIEW": "1",
        }

    def __enter__(self):
        self.proc = subprocess.Popen(
            [
                str(Path(PY).parent / "gunicorn"),
                "stadtlabore.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--no-control-socket",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
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
    for pattern in (r"Non-2xx or 3xx responses: (\d+)", r"Socket errors: .*?(\d+)"):
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


def load_pages(server, urls, roles, args, results):
    """Load every key page once per (role, session cookie); record and print."""
    for label, path in urls.items():
        for role, cookie in roles:
            result = wrk(server, path, args.duration, args.connections, cookie)
            results[(label, role)] = result
            print(
                f"   {label:<30} {role:<18} {result['rps']:8.1f} req/s "
                f"{result['cpu']:6.1f} ms CPU",
                flush=True,
            )


def measure(engine, scale, args, redis):
    """All figures of one database engine and scale: {(label, role): result}."""
    env = prepare_database(engine, scale)
    if redis:
        env["REDIS_URL"] = redis
    else:
        env["PAGE_CACHE_DIR"] = str(DATA / "page-cache")
    urls = page_urls(env)
    cookie = member_session(env)
    results, memory = {}, 0.0
    flush_redis(redis)
    with Gunicorn(env, page_cache=False) as server:
        print(f"== {engine} / {scale}: gunicorn auf {server.base}", flush=True)
        ceiling = wrk(server, "/__ceiling__/", args.duration, args.connections)
        results[("Decke: triviale View", "–")] = ceiling
        results[("Decke: statische Datei", "–")] = wrk(
            server, static_url(), args.duration, args.connections
        )
        load_pages(
            server,
            urls,
            (("Gast (ohne Cache)", None), ("Mitglied", cookie)),
            args,
            results,
        )
        memory = server.worker_rss_mb()
    flush_redis(redis)
    with Gunicorn(env, page_cache=True) as server:
        for label, path in urls.items():
            result = wrk(server, path, args.duration, args.connections)
            results[(label, "Gast (Cache)")] = result
            print(
                f"   {label:<30} {'Gast (Cache)':<18} {result['rps']:8.1f} req/s",
                flush=True,
            )
        memory = max(memory, server.worker_rss_mb())
    flush_redis(redis)
    # Cold: neither page cache nor render cache, every request built from scratch.
    with Gunicorn(env, page_cache=False, render_cache=False) as server:
        load_pages(
            server,
            urls,
            (("Gast (kalt)", None), ("Mitglied (kalt)", cookie)),
            args,
            results,
        )
        memory = max(memory, server.worker_rss_mb())
    flush_redis(redis)
    return results, memory, urls


def cell(result, ceiling):
    if result is None:
        return "| – " * 6
    share = result["rps"] / ceiling["rps"] if ceiling and ceiling["rps"] else 0
    return (
        f"| {result['rps']:.0f} | {result['p50']:.1f} | {result['p99']:.1f} "
        f"| {result['cpu']:.1f} | {result['errors']} | {share:.0%} "
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="sqlite,postgres")
    parser.add_argument("--scales", default="demo,large")
    parser.add_argument("--duration", type=int, default=4)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--quick", action="store_true", help="2 s je Messung")
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
    collectstatic()
    figures, memory = {}, {}
    for engine in engines:
        for scale in scales:
            results, memory[(engine, scale)], urls = measure(engine, scale, args, redis)
            figures[(engine, scale)] = results
    order = ["Decke: triviale View", "Decke: statische Datei", *urls]
    labels = [
        (label, role)
        for label in order
        for role in (("–",) if label.startswith("Decke") else ROLES)
    ]

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
                results = figures.get((engine, scale), {})
                ceiling = results.get(("Decke: triviale View", "–"))
                row += cell(results.get((label, role)), ceiling)
            lines.append(row + "|")
        lines.append("")
    lines += ["Arbeitsspeicher je Worker (RSS, größter Worker, nach dem Lauf):", ""]
    for (engine, scale), mb in memory.items():
        lines.append(f"- {engine} / {scale}: {mb:.0f} MB")
    report = "\n".join(lines) + "\n"
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.md").write_text(report)
    print(report)


if __name__ == "__main__":
    main()

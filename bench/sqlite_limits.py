"""How far SQLite carries the platform (a benchmark, not a test).

    python bench/sqlite_limits.py [--step 6] [--pause 5] [--reads 10,20,40,80]
                                  [--writes 2,5,10,20,40]

Prepares the demo database on SQLite (bench/run.py), starts gunicorn with the
production settings and its documented configuration (site/gunicorn.conf.py: 2
workers per core, 4 threads each) and sends open-loop load at fixed rates, each rate
for `--step` seconds: logged-in members reading pages (nothing from a page cache),
then members posting contributions (each a new row, distinct texts) while members
keep reading at the second read rate, then the writes alone, up to the rates the
server cannot keep up with (last, so that their aftermath, a long write-ahead log
and a busy machine, does not reach the other rows). `--pause` seconds of quiet
between the rates. A request's time counts from when it was due, so a server that
falls behind shows it. Reports per rate:
requests, errors (5xx or no answer), p50, p99; the table goes to stdout and to
bench/results/sqlite_limits.md.
"""

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.run import (  # noqa: E402
    RESULTS,
    ROOT,
    SECRET_KEY,
    collectstatic,
    free_port,
    prepare_database,
    shell_output,
)

MEMBERS = 400
CSRF = "benchcsrfsecret0123456789abcdefX"  # 32 characters: Django takes it unmasked


def fixtures(env):
    """MEMBERS new members of demo cities (new for every run: each may post 5
    contributions in 10 minutes, so members of an earlier run would be refused)
    with their session keys, a discussion's URL and its comment form data."""
    code = r"""
import json, time
from django.contrib.auth import get_user_model, SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django_comments.forms import CommentSecurityForm
from django.urls import reverse
from labs.models import City, DiscussionPage, Membership
User = get_user_model()
run = int(time.time())
users = []
for n in range(MEMBERS_N):
    user = User(username=f"last{run}-{n}@example.org", email=f"last{run}-{n}@example.org")
    user.set_unusable_password()
    users.append(user)
users = User.objects.bulk_create(users)
cities = list(City.objects.order_by("pk"))
Membership.objects.bulk_create(
    Membership(user=u, city=cities[n % len(cities)], function="Quartiersarbeit")
    for n, u in enumerate(users))
sessions = []
for u in users:
    s = SessionStore(); s[SESSION_KEY] = str(u.pk)
    s[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    s[HASH_SESSION_KEY] = u.get_session_auth_hash(); s.save(); sessions.append(s.session_key)
page = DiscussionPage.objects.live().order_by("pk").first()
form = CommentSecurityForm(page.specific).generate_security_data()
print(json.dumps({"sessions": sessions, "read": [page.url, "/", "/suche/?q=Quartier"],
    "post": reverse("labs:comment_post", args=[page.pk]), "form": form}))
""".replace("MEMBERS_N", str(MEMBERS))
    return json.loads(shell_output(env, code))


class Load:
    def __init__(self, port, data):
        self.port, self.data = port, data
        self.counter = 0
        self.last = None
        self.lock = threading.Lock()

    def _headers(self):
        with self.lock:
            self.counter += 1
            number = self.counter
        session = self.data["sessions"][number % len(self.data["sessions"])]
        return number, {
            "Host": "127.0.0.1",
            "X-Forwarded-Proto": "https",
            "Cookie": f"sessionid={session}; csrftoken={CSRF}",
            "Referer": "https://127.0.0.1/",
        }

    def read(self):
        number, headers = self._headers()
        path = self.data["read"][number % len(self.data["read"])]
        return self._send("GET", path, headers, None)

    def write(self):
        number, headers = self._headers()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        form = dict(self.data["form"], comment=f"Messbeitrag {number} {time.time()}")
        form.update(reply_to="0", csrfmiddlewaretoken=CSRF)
        return self._send("POST", self.data["post"], headers, urlencode(form))

    def _send(self, method, path, headers, body):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            self.last = (method, path, response.status)
            return response.status
        except OSError as error:
            self.last = (method, path, error)
            return 0
        finally:
            conn.close()


def run_rates(pool, plan, seconds):
    """plan: [(callable, rate)]; all at once for `seconds`; {callable: [(ok, s)]}."""
    results = {call: [] for call, _rate in plan}
    started = time.monotonic() + 0.2
    futures = []

    def one(call, due):
        time.sleep(max(0, due - time.monotonic()))
        ok = call()
        results[call].append((ok, time.monotonic() - due))

    for call, rate in plan:
        for index in range(int(rate * seconds)):
            futures.append(pool.submit(one, call, started + index / rate))
    for future in futures:
        future.result(timeout=seconds + 120)
    return results


def summary(label, rate, answers, done=(200,)):
    """Errors: 5xx or no answer. Refused: any other answer than `done` (a POST
    answered with the form again, 200, was refused, e.g. by the per-member limit
    of contributions in labs/discussions/forms.py)."""
    times = sorted(seconds for _status, seconds in answers)
    errors = sum(1 for status, _s in answers if status == 0 or status >= 500)
    refused = sum(1 for status, _s in answers if 0 < status < 500) - sum(
        1 for status, _s in answers if status in done
    )
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    return (
        f"| {label} | {rate}/s | {len(answers)} | {errors} | {refused} | "
        f"{statistics.median(times) * 1000:.0f} | {p99 * 1000:.0f} |"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", type=int, default=6)
    parser.add_argument("--pause", type=int, default=5)
    parser.add_argument("--reads", default="10,20,40,80")
    parser.add_argument("--writes", default="2,5,10,20,40")
    args = parser.parse_args()
    reads = [int(x) for x in args.reads.split(",")]
    writes = [int(x) for x in args.writes.split(",")]
    env = prepare_database("sqlite", "demo")
    collectstatic()
    data = fixtures(env)
    port = free_port()
    server_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.production",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "PAGE_CACHE": "0",
        "EMAIL_URL": "dummymail://",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
    }
    server = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "stadtlabore.wsgi",
            "-c",
            str(ROOT / "site" / "gunicorn.conf.py"),
        ],
        cwd=ROOT,
        env=server_env,
    )
    lines = [
        "| Last | Rate | Anfragen | Fehler (5xx) | abgewiesen | p50 ms | p99 ms |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    try:
        load = Load(port, data)
        deadline = time.monotonic() + 30
        while load.read() != 200:
            if time.monotonic() > deadline:
                raise SystemExit(f"gunicorn antwortet nicht: {load.last}")
            time.sleep(0.3)
        with ThreadPoolExecutor(256) as pool:
            run_rates(pool, [(load.read, 5)], args.step)  # warm the workers up
            for rate in reads:
                time.sleep(args.pause)
                answers = run_rates(pool, [(load.read, rate)], args.step)[load.read]
                lines.append(summary("Mitglieder lesen", rate, answers))
                print(lines[-1], flush=True)
            background = reads[1] if len(reads) > 1 else reads[0]
            for rate in writes:
                time.sleep(args.pause)
                both = run_rates(
                    pool, [(load.write, rate), (load.read, background)], args.step
                )
                lines.append(
                    summary(
                        f"schreiben + {background} Lesende/s",
                        rate,
                        both[load.write],
                        (302,),
                    )
                )
                print(lines[-1], flush=True)
                lines.append(summary("  davon lesen", background, both[load.read]))
                print(lines[-1], flush=True)
            for rate in writes:
                time.sleep(args.pause)
                answers = run_rates(pool, [(load.write, rate)], args.step)[load.write]
                lines.append(summary("Beiträge schreiben", rate, answers, (302,)))
                print(lines[-1], flush=True)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    header = (
        f"# SQLite unter gunicorn (Produktions-Einstellungen, site/gunicorn.conf.py)\n\n"
        f"Demo-Daten, {MEMBERS} angemeldete Mitglieder, je Rate {args.step} s "
        f"offene Last nach {args.pause} s Ruhe; Zeit ab Fälligkeit der Anfrage.\n\n"
    )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "sqlite_limits.md").write_text(header + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

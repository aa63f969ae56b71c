"""Soak test: mixed load for ten minutes while Redis restarts and the mail server is
away (a benchmark, not a test).

    python bench/soak.py [--duration 600] [--quick]

What runs, all on 127.0.0.1 and all stopped at the end:

- a fresh PostgreSQL database `stadtlabore_soak` (demo content, plus 40 members of
  the soak, 4 discussions each of them follows one of, 2 events with 15 places);
- a redis-server of its own (no persistence) on a free port;
- a local SMTP server (aiosmtpd) that records every message with its Message-ID;
- two gunicorn servers with the production settings and configuration
  (site/gunicorn.conf.py, 2 workers with 4 threads each), sharing database and
  Redis, with the page cache and the render cache on;
- the mail worker (`manage.py db_worker --backend mail --queue-name mail`) and, as
  the documented cron line does, `send_pending_mail` every two minutes.

The load, spread over both servers: visitors reading the key pages, members reading
them logged in, members posting contributions (read the discussion, then post its
form; every tenth post is a double click, sent twice at once) and members
registering for the events.

The faults, at fixed shares of the duration (600 s: seconds in brackets): Redis is
stopped and started again empty (120 → 130), the mail server is stopped for a fifth
of the run (240 → 360), the mail worker is restarted (480). After the load the run
waits until the outbox is empty (at most 5 minutes).

Reported (stdout and bench/results/soak.md): requests and errors by role and status,
the longest wait per role and per phase, contributions and registrations sent,
accepted and stored (lost, duplicated, overbooked), and mails expected, queued and
delivered after recovery (once each, by Message-ID).
"""

import argparse
import contextlib
import html.parser
import json
import random
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import run
from aiosmtpd.controller import Controller

DB_NAME = "stadtlabore_soak"
MEMBERS = 40
THREADS = 4  # discussions; member n follows discussion n % THREADS
EVENTS, PLACES = 2, 15
POSTS_PER_MEMBER = 4  # the platform allows 5 per 10 minutes
TIMEOUT = 30
RESULTS = run.RESULTS / "soak.md"

SETUP = r"""
import json, datetime
from django.contrib.auth import get_user_model, SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse
from django.utils import timezone
from home.demo import build_discussion
from home.demo import events as demo_events
from labs.models import City, LabPage, Membership, ThreadFollow

labs = list(LabPage.objects.live().order_by("pk")[:2])
threads = [
    build_discussion(labs[n % len(labs)], title=f"Dauertest-Diskussion {n + 1}")
    for n in range(THREADS)
]
index = demo_events.ensure_event_index()
start = (timezone.now() + datetime.timedelta(days=20)).replace(microsecond=0)
events = [
    demo_events.build_event(index, title=f"Dauertest-Werkstatt {n + 1}",
                            start=start, capacity=PLACES)
    for n in range(EVENTS)
]
cities = list(City.objects.order_by("pk")[:10])
members = []
for n in range(MEMBERS):
    email = f"dauertest{n}@example.org"
    user = get_user_model().objects.create_user(email, email=email,
        first_name="Dauer", last_name=f"Test {n}")
    Membership.objects.create(user=user, city=cities[n % len(cities)],
                              function="Quartiersarbeit")
    ThreadFollow.objects.create(user=user, page=threads[n % THREADS])
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    members.append({"id": user.pk, "email": email, "session": session.session_key,
                    "thread": n % THREADS})
print(json.dumps({
    "members": members,
    "threads": [{"id": t.pk, "url": t.url,
                 "post": reverse("labs:comment_post", args=[t.pk])} for t in threads],
    "events": [{"id": e.pk, "register": reverse("labs:event_register", args=[e.pk])}
               for e in events],
}))
"""


def log(text):
    print(f"[{datetime.now(UTC):%H:%M:%S}] {text}", flush=True)


# --- services ---------------------------------------------------------------------


class Redis:
    def __init__(self):
        self.port = run.free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        time.sleep(0.5)

    def stop(self):
        stop(self.process)


class Inbox:
    """aiosmtpd handler: every message as (Message-ID, recipient, body)."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 – aiosmtpd
        text = envelope.content.decode("utf-8", errors="replace")
        message_id = ""
        for line in text.splitlines():
            if line.lower().startswith("message-id:"):
                message_id = line.split(":", 1)[1].strip()
                break
        with self.lock:
            for recipient in envelope.rcpt_tos:
                self.messages.append((message_id, recipient, text))
        return "250 OK"


class MailServer:
    def __init__(self):
        self.port = run.free_port()
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def stop(process, timeout=20):
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def production_env(database_url, redis, mail):
    env = {
        key: value
        for key, value in run.base_env(database_url).items()
        if not key.startswith(("GUNICORN_", "REDIS_", "SECURE_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="stadtlabore.settings.production",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="False",
        REDIS_URL=redis.url,
        EMAIL_URL=f"smtp://127.0.0.1:{mail.port}",
        EMAIL_TIMEOUT="5",
        MAIL_RETRY_DELAY="5",
        MAIL_RETRY_MAX_DELAY="30",
        PAGE_CACHE="1",
        RENDER_CACHE="1",
        LOG_LEVEL="ERROR",
    )
    return env


def gunicorn(env, port, log_file):
    return subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "stadtlabore.wsgi",
            "-c",
            str(run.ROOT / "site" / "gunicorn.conf.py"),
        ],
        cwd=run.ROOT,
        env={
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": "2",
            "GUNICORN_THREADS": "4",
        },
        stderr=log_file,
    )


def mail_worker(env, log_file):
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--backend", "mail"]
        + ["--queue-name", "mail", "--no-reload"],
        cwd=run.ROOT,
        env=env,
        stdout=log_file,
        stderr=log_file,
    )


def wait_for_port(port, limit=60):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if request(port, "GET", "/healthz")[0] == 200:
                return
        time.sleep(0.3)
    raise SystemExit(f"Server auf Port {port} antwortet nicht")


# --- requests ---------------------------------------------------------------------


def request(port, method, path, cookie=None, body=None):
    headers = {"Host": "127.0.0.1"}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn = HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        conn.request(method, path, body=body, headers=headers)
        answer = conn.getresponse()
        return answer.status, answer.getheader("Location", ""), answer.read()
    finally:
        conn.close()


class Record:
    """Every request: (role, status or exception name, seconds, started)."""

    def __init__(self, started):
        self.started = started
        self.rows = []
        self.lock = threading.Lock()

    def timed(self, role, port, method, path, cookie=None, body=None):
        began = time.monotonic()
        try:
            status, location, content = request(port, method, path, cookie, body)
        except OSError as error:
            status, location, content = type(error).__name__, "", b""
        seconds = time.monotonic() - began
        with self.lock:
            self.rows.append((role, status, seconds, began - self.started))
        return status, location, content


class FormFields(html.parser.HTMLParser):
    """The fields of the form that posts to `action`."""

    def __init__(self, action):
        super().__init__()
        self.action, self.inside, self.fields = action, False, {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = (attrs.get("action") or "").split("#")[0] == self.action
        elif (
            tag == "input"
            and self.inside
            and attrs.get("name")
            and attrs.get("type") not in ("checkbox", "submit")
        ):
            self.fields[attrs["name"]] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


# --- load -------------------------------------------------------------------------


class Load:
    def __init__(self, ports, pages, data, record, duration):
        self.ports, self.pages, self.data = ports, pages, data
        self.record, self.duration = record, duration
        self.end = record.started + duration
        self.posts = []  # (marker, member id, thread id, statuses)
        self.registrations = []  # (member id, event id, status)
        self.lock = threading.Lock()

    def port(self):
        return random.choice(self.ports)

    def running(self):
        return time.monotonic() < self.end

    def visitor(self):
        while self.running():
            self.record.timed("Gast", self.port(), "GET", random.choice(self.pages))
            time.sleep(0.05)

    def reader(self):
        while self.running():
            member = random.choice(self.data["members"])
            cookie = f"sessionid={member['session']}"
            path = random.choice(self.pages)
            self.record.timed("Mitglied liest", self.port(), "GET", path, cookie)
            time.sleep(0.1)

    def poster(self, members):
        plan = [member for _round in range(POSTS_PER_MEMBER) for member in members]
        pause = self.duration / max(len(plan), 1)
        for number, member in enumerate(plan):
            if not self.running():
                break
            self.post(member, double=number % 10 == 9)
            time.sleep(
                max(0.0, self.record.started + (number + 1) * pause - time.monotonic())
            )

    def post(self, member, double):
        thread = self.data["threads"][random.randrange(THREADS)]
        secret = uuid.uuid4().hex
        cookie = f"sessionid={member['session']}; csrftoken={secret}"
        port = self.port()
        status, _location, content = self.record.timed(
            "Mitglied schreibt", port, "GET", thread["url"], cookie
        )
        if status != 200:
            return
        form = FormFields(thread["post"])
        form.feed(content.decode("utf-8", errors="replace"))
        marker = f"Dauertest {uuid.uuid4().hex[:12]}"
        fields = {
            **form.fields,
            "csrfmiddlewaretoken": secret,
            "comment": f"{marker}: Erfahrungen aus unserem Quartier, kurz notiert.",
        }
        body = urlencode(fields)
        calls = 2 if double else 1
        statuses = [None] * calls

        def send(index):
            answer = self.record.timed(
                "Mitglied schreibt", port, "POST", thread["post"], cookie, body
            )
            statuses[index] = (answer[0], answer[1])

        workers = [threading.Thread(target=send, args=(n,)) for n in range(calls)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        with self.lock:
            self.posts.append((marker, member["id"], thread["id"], statuses))

    def registrar(self):
        plan = [
            (member, event)
            for event in self.data["events"]
            for member in self.data["members"]
        ]
        random.shuffle(plan)
        pause = self.duration * 0.9 / max(len(plan), 1)
        for number, (member, event) in enumerate(plan):
            if not self.running():
                break
            secret = uuid.uuid4().hex
            cookie = f"sessionid={member['session']}; csrftoken={secret}"
            status, _location, _content = self.record.timed(
                "Mitglied meldet an",
                self.port(),
                "POST",
                event["register"],
                cookie,
                urlencode({"csrfmiddlewaretoken": secret}),
            )
            with self.lock:
                self.registrations.append((member["id"], event["id"], status))
            time.sleep(
                max(0.0, self.record.started + (number + 1) * pause - time.monotonic())
            )


# --- faults -----------------------------------------------------------------------


class Faults:
    def __init__(self, started, duration, redis, mail, restart_worker):
        self.started, self.duration = started, duration
        self.redis, self.mail, self.restart_worker = redis, mail, restart_worker
        self.windows = {}  # phase → (from, to) in seconds since the start

    def at(self, share):
        time.sleep(max(0.0, self.started + share * self.duration - time.monotonic()))
        return time.monotonic() - self.started

    def run(self):
        begin = self.at(0.2)
        log("Redis angehalten")
        self.redis.stop()
        time.sleep(10)
        self.redis.start()
        log("Redis neu gestartet (leer)")
        self.windows["Redis-Neustart"] = (begin, time.monotonic() - self.started + 20)
        begin = self.at(0.4)
        self.mail.stop()
        log("Mailserver angehalten")
        self.at(0.6)
        self.mail.start()
        log("Mailserver wieder da")
        self.windows["Mailserver aus"] = (begin, time.monotonic() - self.started)
        self.at(0.8)
        self.restart_worker()
        log("Mail-Worker neu gestartet")


# --- report -----------------------------------------------------------------------


def query(url, sql, *params):
    with psycopg.connect(url.replace("postgres://", "postgresql://")) as conn:
        return conn.execute(sql, params).fetchall()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0


def request_table(rows):
    lines = [
        "| Rolle | Anfragen | 2xx/3xx | Fehler nach Status | p50 ms | p99 ms | "
        "längste Wartezeit s |",
        "|---|---|---|---|---|---|---|",
    ]
    by_role = defaultdict(list)
    for role, status, seconds, _at in rows:
        by_role[role].append((status, seconds))
    for role in ("Gast", "Mitglied liest", "Mitglied schreibt", "Mitglied meldet an"):
        items = by_role.get(role, [])
        ok = [s for status, s in items if isinstance(status, int) and status < 400]
        errors = Counter(
            str(status)
            for status, _s in items
            if not isinstance(status, int) or status >= 400
        )
        seconds = [s for _status, s in items]
        lines.append(
            f"| {role} | {len(items)} | {len(ok)} | "
            f"{', '.join(f'{k}: {v}' for k, v in sorted(errors.items())) or '0'} | "
            f"{percentile(seconds, 0.5) * 1000:.0f} | "
            f"{percentile(seconds, 0.99) * 1000:.0f} | "
            f"{max(seconds, default=0):.2f} |"
        )
    return lines


def phase_table(rows, windows):
    lines = [
        "| Phase | Sekunden | Anfragen | Fehler | p99 ms | längste Wartezeit s |",
        "|---|---|---|---|---|---|",
    ]

    def phase(at):
        for name, (begin, end) in windows.items():
            if begin <= at < end:
                return name
        return "ohne Störung"

    by_phase = defaultdict(list)
    for _role, status, seconds, at in rows:
        by_phase[phase(at)].append((status, seconds))
    for name in ("ohne Störung", *windows):
        items = by_phase.get(name, [])
        errors = sum(
            1 for status, _s in items if not isinstance(status, int) or status >= 500
        )
        span = windows.get(name)
        length = f"{span[0]:.0f}–{span[1]:.0f}" if span else "übrige"
        seconds = [s for _status, s in items]
        lines.append(
            f"| {name} | {length} | {len(items)} | {errors} | "
            f"{percentile(seconds, 0.99) * 1000:.0f} | "
            f"{max(seconds, default=0):.2f} |"
        )
    return lines


def data_table(url, load, data):
    accepted = {
        marker
        for marker, _member, _thread, statuses in load.posts
        if any(
            status == 302 and "#beitrag-" in location for status, location in statuses
        )
    }
    stored = Counter()
    for (text,) in query(
        url, "SELECT comment FROM django_comments WHERE comment LIKE 'Dauertest %%'"
    ):
        stored[text.split(":", 1)[0]] += 1
    sent_posts = sum(len(statuses) for *_rest, statuses in load.posts)
    doubles = sum(1 for *_rest, statuses in load.posts if len(statuses) == 2)
    lost = len(accepted - set(stored))
    duplicated = sum(count - 1 for count in stored.values() if count > 1)
    unasked = len(set(stored) - accepted)

    event_ids = [event["id"] for event in data["events"]]
    registered_ok = {
        (member, event) for member, event, status in load.registrations if status == 302
    }
    rows = query(
        url,
        "SELECT user_id, event_id, status FROM labs_eventregistration "
        "WHERE event_id = ANY(%s)",
        event_ids,
    )
    stored_registrations = Counter((user, event) for user, event, _status in rows)
    places = Counter(event for _user, event, status in rows if status == "angemeldet")
    waiting = Counter(event for _user, event, status in rows if status == "warteliste")
    reg_lost = len(registered_ok - set(stored_registrations))
    reg_duplicated = sum(c - 1 for c in stored_registrations.values() if c > 1)
    lines = [
        "| | gesendet | angenommen | gespeichert | verloren | doppelt |",
        "|---|---|---|---|---|---|",
        f"| Beiträge (davon {doubles} Doppelklicks, je zwei POSTs) | {sent_posts} | "
        f"{len(accepted)} | {sum(stored.values())} | {lost} | {duplicated} |",
        f"| Anmeldungen | {len(load.registrations)} | {len(registered_ok)} | "
        f"{len(rows)} | {reg_lost} | {reg_duplicated} |",
        "",
        f"Gespeichert, aber nicht bestätigt: {unasked} Beiträge. "
        f"Plätze je Veranstaltung ({PLACES} Plätze): "
        + ", ".join(
            f"{places[e]} angemeldet, {waiting[e]} auf der Warteliste"
            for e in event_ids
        )
        + ".",
    ]
    figures = {
        "lost": lost + reg_lost,
        "duplicated": duplicated + reg_duplicated,
        "overbooked": sum(max(0, places[e] - PLACES) for e in event_ids),
    }
    return lines, figures, accepted


def mail_table(url, inbox, data, accepted, since, drained):
    created = query(
        url,
        "SELECT count(*), count(sent_at), max(attempts) FROM labs_outgoingmail "
        "WHERE created_at >= %s",
        since,
    )[0]
    ids = Counter(message_id for message_id, _rcpt, _text in inbox.messages)
    delivered = len(ids)
    repeated = sum(count - 1 for count in ids.values() if count > 1)
    members = {m["id"]: m for m in data["members"]}
    # Independent of the outbox: every soak member following a thread expects one
    # mail per accepted contribution of another member to that thread.
    stored = query(
        url,
        "SELECT comment, user_id, object_pk FROM django_comments "
        "WHERE comment LIKE 'Dauertest %%'",
    )
    expected = Counter()
    for text, author, page in stored:
        marker = text.split(":", 1)[0]
        if marker not in accepted:
            continue
        thread = next(n for n, t in enumerate(data["threads"]) if str(t["id"]) == page)
        for member in members.values():
            if member["thread"] == thread and member["id"] != author:
                expected[(member["email"], marker)] += 1
    got = Counter()
    for _id, recipient, text in inbox.messages:
        for marker_key in (key for key in expected if key[0] == recipient):
            if marker_key[1] in text:
                got[marker_key] += 1
    missing = sum(1 for key in expected if got[key] == 0)
    twice = sum(1 for key in expected if got[key] > 1)
    total, sent, attempts = created
    return [
        "| | Anzahl |",
        "|---|---|",
        f"| E-Mails im Postausgang (seit dem Start) | {total} |",
        f"| davon nach der Erholung versandt | {sent} |",
        f"| beim Mailserver angekommen (verschiedene Message-IDs) | {delivered} |",
        f"| doppelt angekommen (gleiche Message-ID) | {repeated} |",
        f"| meiste Versuche einer E-Mail | {attempts or 0} |",
        f"| erwartet an folgende Dauertest-Mitglieder (Beitrag × Folgende) "
        f"| {len(expected)} |",
        f"| davon angekommen / fehlend / doppelt | "
        f"{len(expected) - missing} / {missing} / {twice} |",
        f"| Postausgang leer nach dem Lastende | "
        f"{'nach ' + format(drained, '.0f') + ' s' if drained is not None else 'nein'} |",
    ], {"mail_missing": missing + (total - sent), "mail_twice": twice + repeated}


# --- main -------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=600, help="Sekunden Last")
    parser.add_argument(
        "--quick", action="store_true", help="120 s statt 600 s (zum Ausprobieren)"
    )
    args = parser.parse_args()
    duration = 120 if args.quick else args.duration
    if not run.postgres_reachable():
        raise SystemExit("PostgreSQL auf 127.0.0.1:5432 fehlt")

    logs = run.DATA / "soak"
    logs.mkdir(parents=True, exist_ok=True)
    url = run.PG_URL.format(name=DB_NAME)
    for sql in (f"DROP DATABASE IF EXISTS {DB_NAME}", f"CREATE DATABASE {DB_NAME}"):
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True
        )
    env = run.base_env(url)
    log("Datenbank anlegen und Beispielinhalte laden")
    run.manage(env, "migrate", "--no-input", "-v0")
    run.manage(env, "load_demo_content", "--if-empty", "-v0")
    run.collectstatic()
    setup = SETUP.replace("THREADS", str(THREADS)).replace("MEMBERS", str(MEMBERS))
    setup = setup.replace("EVENTS", str(EVENTS)).replace("PLACES", str(PLACES))
    data = json.loads(run.shell_output(env, setup))
    pages = list(run.page_urls(env).values())
    since = query(url, "SELECT now()")[0][0]

    redis, mail = Redis(), MailServer()
    redis.start()
    mail.start()
    prod = production_env(url, redis, mail)
    ports = [run.free_port(), run.free_port()]
    processes = {}
    log_file = (logs / "server.log").open("w")
    try:
        for number, port in enumerate(ports):
            processes[f"web{number}"] = gunicorn(prod, port, log_file)
        processes["worker"] = mail_worker(prod, log_file)
        for port in ports:
            wait_for_port(port)

        def restart_worker():
            stop(processes["worker"])
            processes["worker"] = mail_worker(prod, log_file)

        cron_stop = threading.Event()

        def cron():
            while not cron_stop.wait(120):
                run.manage(
                    prod,
                    "send_pending_mail",
                    "--older-than",
                    "2",
                    settings=prod["DJANGO_SETTINGS_MODULE"],
                    capture_output=True,
                )

        log(f"Last für {duration} s auf den Ports {ports}")
        started = time.monotonic()
        record = Record(started)
        load = Load(ports, pages, data, record, duration)
        faults = Faults(started, duration, redis, mail, restart_worker)
        half = len(data["members"]) // 2
        threads = (
            [threading.Thread(target=load.visitor) for _ in range(4)]
            + [threading.Thread(target=load.reader) for _ in range(2)]
            + [
                threading.Thread(target=load.poster, args=(data["members"][:half],)),
                threading.Thread(target=load.poster, args=(data["members"][half:],)),
                threading.Thread(target=load.registrar),
                threading.Thread(target=faults.run, daemon=True),
                threading.Thread(target=cron, daemon=True),
            ]
        )
        for thread in threads:
            thread.start()
        for thread in threads[:-2]:
            thread.join()
        cron_stop.set()
        load_end = time.monotonic()
        log(f"Last beendet: {len(record.rows)} Anfragen")

        drained = None
        deadline = load_end + 300
        while time.monotonic() < deadline:
            waiting = query(
                url, "SELECT count(*) FROM labs_outgoingmail WHERE sent_at IS NULL"
            )[0][0]
            tasks = query(
                url,
                "SELECT count(*) FROM django_tasks_database_dbtaskresult "
                "WHERE status IN ('READY', 'RUNNING') AND queue_name = 'mail'",
            )[0][0]
            if waiting == 0 and tasks == 0:
                drained = time.monotonic() - load_end
                break
            time.sleep(2)
        time.sleep(2)  # the last SMTP transactions complete
        log("Postausgang leer" if drained is not None else "Postausgang nicht leer")
    finally:
        for process in processes.values():
            stop(process)
        log_file.close()
        mail.stop()
        redis.stop()

    request_lines = request_table(record.rows)
    phase_lines = phase_table(record.rows, faults.windows)
    data_lines, figures, accepted = data_table(url, load, data)
    mail_lines, mail_figures = mail_table(
        url, mail.inbox, data, accepted, since, drained
    )
    waits = [seconds for _r, _s, seconds, _a in record.rows]
    report = [
        "# Dauertest (bench/soak.py)",
        "",
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {run.machine()}.",
        f"{duration} s gemischte Last auf zwei gunicorn-Servern (je 2 Worker × 4 "
        "Threads, Produktionseinstellungen) mit PostgreSQL und Redis, Mail-Worker "
        "(django-tasks-db) und aiosmtpd. Störungen: Redis angehalten und leer neu "
        "gestartet, Mailserver ein Fünftel der Zeit aus, Mail-Worker neu gestartet.",
        "",
        "## Anfragen",
        "",
        *request_lines,
        "",
        f"Alle Anfragen: {len(waits)}, {len(waits) / duration:.1f} je Sekunde; "
        f"längste Wartezeit {max(waits, default=0):.2f} s.",
        "",
        "## Phasen",
        "",
        *phase_lines,
        "",
        "## Beiträge und Anmeldungen",
        "",
        *data_lines,
        f"Überbucht: {figures['overbooked']}.",
        "",
        "## E-Mails",
        "",
        *mail_lines,
        "",
    ]
    text = "\n".join(report)
    print(text)
    if not args.quick:
        RESULTS.write_text(text)
        print(f"→ {RESULTS.relative_to(run.ROOT)}")
    failures = {**figures, **mail_figures}
    bad = {key: value for key, value in failures.items() if value}
    if bad:
        raise SystemExit(f"Dauertest: Daten verloren oder doppelt: {bad}")


if __name__ == "__main__":
    main()

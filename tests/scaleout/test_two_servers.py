"""Scale-out proof: two app servers (gunicorn on two loopback ports) share one
PostgreSQL database and one Redis, as two servers behind a load balancer would.

Runs when PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) are reachable;
skipped with a reason otherwise, unless REQUIRE_SERVICES=1 (CI), which turns a
missing service into a failure. Every step is bounded by timeouts.

Environment: SCALEOUT_DB_PREFIX (default "stadtlabore_scaleout"), SCALEOUT_REDIS_URL
(default redis://127.0.0.1:6379/6, 7, … per pytest-xdist process).
"""

import json
import os
import re
import secrets
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.servers import free_port

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
SECRET = "scaleout-only-secret-key-not-for-production-0123456789abcdef"
# One Redis database per pytest-xdist process (gw0 → 6, gw1 → 7, …): each flushes its own.
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
REDIS_URL = os.environ.get(
    "SCALEOUT_REDIS_URL", f"redis://127.0.0.1:6379/{6 + _WORKER}"
)
MEMBERS = 50
TIMEOUT = 60


def reachable(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def require_services():
    missing = [
        name
        for name, port in (("PostgreSQL", 5432), ("Redis", 6379))
        if not reachable(port)
    ]
    if missing:
        message = f"{' und '.join(missing)} auf 127.0.0.1 nicht erreichbar"
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(message + " (REQUIRE_SERVICES=1)")
        pytest.skip(message)


def psql(*commands):
    args = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-q"]
    for command in commands:
        args += ["-c", command]
    subprocess.run(args, check=True, capture_output=True, timeout=60)  # noqa: S603


SETUP = r"""
import json
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
from django_comments.forms import CommentSecurityForm
from wagtail.models import Site
from home import demo
from home.models import SiteSettings
from labs.models import Membership

home = demo.get_home()
lab_index, hub, discussions = demo.ensure_indexes(home)
city = demo.ensure_city("Neckarweiler")
lab = demo.build_lab(lab_index, title="Labor Mühlbach", city=city)
experiment = demo.build_experiment(lab, title="Tauschregal im Treppenhaus")
settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
settings.discussions_public = True
settings.save()
User = get_user_model()
login = User.objects.create_user(
    "anmeldung@example.org", "anmeldung@example.org", "Skalier-Test-2026!",
    first_name="Amira", last_name="Anmeldung",
)
Membership.objects.create(user=login, city=city, function="Sozialplanung")
sessions = []
for i in range(%(members)d):
    user = User.objects.create_user(f"m{i}@example.org", f"m{i}@example.org", None,
                                    first_name="Mitglied", last_name=str(i))
    Membership.objects.create(user=user, city=city, function="Quartier")
    s = SessionStore()
    s[SESSION_KEY] = str(user.pk)
    s[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    s[HASH_SESSION_KEY] = user.get_session_auth_hash()
    s.save()
    sessions.append(s.session_key)
print(json.dumps({
    "lab": lab.url, "experiment": experiment.url, "experiment_id": experiment.pk,
    "lab_id": lab.pk, "sessions": sessions,
    "security": CommentSecurityForm(experiment).generate_security_data(),
}))
"""


class Server:
    def __init__(self, env):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(  # noqa: S603
            [
                str(Path(PY).parent / "gunicorn"),
                "stadtlabore.wsgi",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--no-control-socket",
                "--timeout",
                "30",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        deadline = time.monotonic() + 30
        while not reachable(self.port):
            assert self.proc.poll() is None, "gunicorn ist nicht gestartet"
            assert time.monotonic() < deadline, "gunicorn antwortet nicht"
            time.sleep(0.2)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    require_services()
    import redis

    name = (
        f"{os.environ.get('SCALEOUT_DB_PREFIX', 'stadtlabore_scaleout')}_{os.getpid()}"
    )
    psql(f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}")
    store = redis.Redis.from_url(REDIS_URL)
    store.flushdb()
    tmp = tmp_path_factory.mktemp("scaleout")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{name}",
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "False",
        "PAGE_CACHE": "1",
        "PAGE_CACHE_DIR": str(tmp / "page-cache"),
        "MEDIA_ROOT": str(tmp / "media"),
        # Shared with `make run`/deployments; collectstatic only redoes what changed.
        "STATIC_ROOT": str(ROOT / "staticfiles"),
        "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.dev",
    }
    servers = []
    try:
        subprocess.run(  # noqa: S603
            [PY, "manage.py", "migrate", "--no-input", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=900,
        )
        out = subprocess.run(  # noqa: S603
            [PY, "manage.py", "shell", "-c", SETUP % {"members": MEMBERS}],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=120,
            capture_output=True,
            text=True,
        ).stdout
        data = json.loads(out.strip().splitlines()[-1])
        subprocess.run(  # noqa: S603
            [PY, "manage.py", "collectstatic", "--no-input", "-v0"],
            cwd=ROOT,
            env={**env, "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.production"},
            check=True,
            timeout=600,
        )
        server_env = {
            **env,
            "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.production",
        }
        servers = [Server(server_env), Server(server_env)]
        yield {"a": servers[0], "b": servers[1], "env": env, "data": data, "tmp": tmp}
    finally:
        for server in servers:
            server.stop()
        store.flushdb()
        psql(f"DROP DATABASE IF EXISTS {name}")


def shell(cluster, code):
    return subprocess.run(  # noqa: S603
        [PY, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=cluster["env"],
        check=True,
        timeout=180,
        capture_output=True,
        text=True,
    ).stdout


def get(server, path, cookies=None):
    import requests

    return requests.get(
        server.base + path,
        cookies=cookies or {},
        timeout=TIMEOUT,
        allow_redirects=False,
    )


def post_comment(server, cluster, session, text):
    import requests

    data = cluster["data"]
    token = secrets.token_hex(16)  # an unmasked 32-character CSRF secret
    return requests.post(
        f"{server.base}/mitmachen/seite/{data['experiment_id']}/beitrag/",
        data={
            **data["security"],
            "comment": text,
            "reply_to": "0",
            "csrfmiddlewaretoken": token,
        },
        cookies={"sessionid": session, "csrftoken": token},
        timeout=TIMEOUT,
        allow_redirects=False,
    )


def test_comment_posted_through_one_server_is_visible_through_the_other(cluster):
    a, b, data = cluster["a"], cluster["b"], cluster["data"]
    first = get(b, data["experiment"])
    assert first.status_code == 200
    assert get(b, data["experiment"]).headers["X-Page-Cache"] == "hit"
    response = post_comment(
        a, cluster, data["sessions"][0], "Über Server A geschrieben"
    )
    assert response.status_code in (200, 302), response.text[:500]
    after = get(b, data["experiment"])
    assert after.headers["X-Page-Cache"] != "hit"
    assert "Über Server A geschrieben" in after.text


def test_page_published_is_visible_through_both_servers(cluster):
    a, b, data = cluster["a"], cluster["b"], cluster["data"]
    for server in (a, b):
        get(server, data["lab"])
        assert get(server, data["lab"]).headers["X-Page-Cache"] == "hit"
    shell(
        cluster,
        "from home import demo; from labs.models import LabPage;"
        f"demo.build_experiment(LabPage.objects.get(pk={data['lab_id']}),"
        " title='Neu veröffentlichter Nachbarschaftsrat')",
    )
    for server in (a, b):
        assert "Neu veröffentlichter Nachbarschaftsrat" in get(server, data["lab"]).text


def test_login_on_one_server_holds_on_the_other(cluster):
    import requests

    a, b = cluster["a"], cluster["b"]
    session = requests.Session()
    form = session.get(f"{a.base}/konto/anmelden/", timeout=TIMEOUT)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    response = requests.post(
        f"{a.base}/konto/anmelden/",
        data={
            "username": "anmeldung@example.org",
            "password": "Skalier-Test-2026!",
            "csrfmiddlewaretoken": token,
        },
        cookies={"csrftoken": form.cookies["csrftoken"]},
        timeout=TIMEOUT,
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]
    sessionid = response.cookies["sessionid"]
    profile = get(b, "/konto/", cookies={"sessionid": sessionid})
    assert profile.status_code == 200
    assert "Amira" in profile.text
    assert get(b, "/konto/").status_code == 302  # without the cookie: to the login


def test_no_state_on_the_servers_local_disk(cluster):
    """Pages are cached in Redis, sessions in PostgreSQL (read through Redis):
    nothing but uploaded media would ever be written to a server's disk."""
    assert not (cluster["tmp"] / "page-cache").exists()
    out = shell(
        cluster,
        "from django.contrib.sessions.models import Session;"
        "print(Session.objects.count())",
    )
    assert int(out.strip().splitlines()[-1]) >= MEMBERS


def test_fifty_members_post_at_once_none_lost_none_duplicated(cluster):
    a, b, data = cluster["a"], cluster["b"], cluster["data"]
    sessions = data["sessions"]

    def post(i):
        server = (a, b)[i % 2]
        return post_comment(
            server, cluster, sessions[i], f"Gleichzeitig Nummer {i:02d}"
        )

    with ThreadPoolExecutor(max_workers=MEMBERS) as pool:
        responses = list(pool.map(post, range(MEMBERS)))
    assert [r.status_code for r in responses if r.status_code not in (200, 302)] == []
    out = shell(
        cluster,
        "from labs.models.comments import Comment; import json;"
        f"print(json.dumps(list(Comment.objects.filter(page_id={data['experiment_id']},"
        " comment__startswith='Gleichzeitig').values_list('comment', flat=True))))",
    )
    texts = json.loads(out.strip().splitlines()[-1])
    assert sorted(texts) == sorted(
        f"Gleichzeitig Nummer {i:02d}" for i in range(MEMBERS)
    )
    # The page's number of contributions in the listings counts every one of them.
    out = shell(
        cluster,
        "from labs.models.comments import ACTIVE, Comment, CommentStats; import json;"
        f"pk = {data['experiment_id']};"
        "print(json.dumps([CommentStats.objects.get(page_id=pk).comment_count,"
        " Comment.objects.filter(ACTIVE, page_id=pk).count()]))",
    )
    stored, counted = json.loads(out.strip().splitlines()[-1])
    assert stored == counted >= MEMBERS


def test_readers_see_no_errors_while_editors_publish(cluster):
    a, b, data = cluster["a"], cluster["b"], cluster["data"]
    statuses, stop = [], threading.Event()

    def read(server):
        while not stop.is_set():
            for path in ("/", data["lab"], data["experiment"]):
                statuses.append(get(server, path).status_code)

    readers = [threading.Thread(target=read, args=(s,)) for s in (a, b, a, b)]
    for reader in readers:
        reader.start()
    try:
        shell(
            cluster,
            "from labs.models import LabPage, ExperimentPage\n"
            f"lab = LabPage.objects.get(pk={data['lab_id']})\n"
            "for i in range(8):\n"
            "    page = ExperimentPage.objects.child_of(lab).first().specific\n"
            "    page.teaser = f'Fassung {i}'\n"
            "    page.save_revision().publish()\n"
            "    lab = LabPage.objects.get(pk=lab.pk)\n"
            "    lab.teaser = f'Laborfassung {i}'\n"
            "    lab.save_revision().publish()\n",
        )
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=TIMEOUT)
    assert statuses
    assert set(statuses) == {200}, sorted(set(statuses))
    assert "Laborfassung 7" in get(b, data["lab"]).text

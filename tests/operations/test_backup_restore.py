"""Restore drill: build a site, back it up with the documented commands, wipe the
database and the media folder, restore, and the site shows the same content (every
page with the same status and title, the lab's image and the document served).

The drill runs in processes of its own on a database of its own: a SQLite file, and
with DATABASE_URL on PostgreSQL a database `<name>_drill_<worker>` next to the test
database (never the test database itself, whose connections a restore would fight).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRILL = Path(__file__).resolve().parent / "drill_site.py"
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
POSTGRES_URL = os.environ.get("DATABASE_URL", "")


def _run(env, *args, timeout=600):
    result = subprocess.run(  # noqa: S603
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _drill(env, tmp_path, wipe_database):
    media = tmp_path / "media"
    # The drill's site shares no cache with the tests (REDIS_URL of a CI run).
    env = {
        **{key: value for key, value in os.environ.items() if key != "REDIS_URL"},
        **env,
        "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.dev",
        "MEDIA_ROOT": str(media),
        "BACKUP_DIR": str(tmp_path / "backups"),
        "ALLOWED_HOSTS": "testserver,localhost",
        # What the visitor sees must come from the restored site, not a cache.
        "PAGE_CACHE": "0",
        "RENDER_CACHE": "0",
        "PAGE_CACHE_DIR": str(tmp_path / "cache"),
    }
    (tmp_path / "backups").mkdir()
    _run(env, "manage.py", "migrate", "--verbosity=0")

    def site(mode):
        return json.loads(_run(env, str(DRILL), mode).strip().splitlines()[-1])

    before = site("build")
    assert before["rendition_shown"]
    assert before["image"][0] == before["document"][0] == 200
    assert len(before["pages"]) >= 3
    backup = site("backup")
    assert len(backup["bytes"]) == 3  # dump, its metadata, media tar

    wipe_database()
    shutil.rmtree(media)

    site("restore")
    after = site("snapshot")
    assert after == before
    return backup


def test_restore_drill_on_sqlite(tmp_path):
    database = tmp_path / "site.sqlite3"

    def wipe():
        for path in tmp_path.glob("site.sqlite3*"):
            path.unlink()

    backup = _drill({"DATABASE_URL": f"sqlite:///{database}"}, tmp_path, wipe)
    print(backup)  # noqa: T201


@pytest.mark.skipif(
    not POSTGRES_URL.startswith("postgres"), reason="PostgreSQL: DATABASE_URL setzen"
)
def test_restore_drill_on_postgresql(tmp_path):
    import psycopg

    parts = urlsplit(POSTGRES_URL)
    name = f"{parts.path.lstrip('/')}_drill_{WORKER}"
    maintenance = urlunsplit(parts._replace(path="/postgres"))

    def recreate():
        with psycopg.connect(maintenance, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')

    recreate()
    try:
        url = urlunsplit(parts._replace(path=f"/{name}"))
        backup = _drill({"DATABASE_URL": url}, tmp_path, recreate)
        print(backup)  # noqa: T201
    finally:
        with psycopg.connect(maintenance, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

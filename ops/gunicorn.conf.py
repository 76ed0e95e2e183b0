"""gunicorn settings for Banderola Inspect: `gunicorn -c ops/gunicorn.conf.py wsgi:app`.

Every setting can be overridden on the command line (`make run` does for bind and workers) or
through the environment variables read below. docs/operations.md explains each choice.
"""

import multiprocessing
import os
import shutil
import tempfile
from pathlib import Path

# One synchronous worker per core measured best on PostgreSQL (docs/BENCHMARKS.md).
bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
worker_class = "sync"
# A request that takes longer is stuck: the worker is replaced (its client gets an error and
# retries with the same Idempotency-Key).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# Behind nginx (ops/nginx/banderola.conf), which keeps the clients' connections.
keepalive = 5
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Workers are recycled now and then, at different times, so that no slow leak grows unbounded.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 100_000))
max_requests_jitter = max_requests // 10

# Logs go to stderr (journald under systemd). With LOG_FORMAT=json the application writes its
# own JSON access line for every request; otherwise gunicorn writes a readable one that ends
# with the request id, the X-Request-Id the client saw.
errorlog = "-"
if os.environ.get("LOG_FORMAT", "json" if os.environ.get("APP_ENV") == "production" else "text") \
        != "json":
    accesslog = "-"
    access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s" %({x-request-id}o)s'

# prometheus-client's multiprocess mode: every worker writes its metrics to files in this
# directory and a scrape adds them up. Workers import the application after the fork, so the
# variable must be set here, in the master, before any of them starts.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="banderola-metrics-")
    _made_metrics_dir = True
else:
    _made_metrics_dir = False


def on_starting(server):
    """Start from empty metric files: a previous server's counters would otherwise be added to
    this one's (and its dead workers' gauges counted as live). Warn when several workers would
    each count the rate limits in their own memory (docs/accounts.md, Rate limits)."""
    from app.config import Config
    from app.extensions import multi_worker_warning

    warning = multi_worker_warning(server.cfg.workers, Config)
    if warning:
        server.log.warning(warning)
    directory = Path(os.environ["PROMETHEUS_MULTIPROC_DIR"])
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("*.db"):
        stale.unlink()


def child_exit(server, worker):
    """A worker ended (crashed, killed, recycled): its live gauges (pool use) no longer count;
    its counters do, so that totals never go back."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    if _made_metrics_dir:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)

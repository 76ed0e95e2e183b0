"""The Prometheus metrics: what each request, verification and connection pool adds, and what is
read from the database when Prometheus scrapes (docs/operations.md, "Metrics").

Under gunicorn the metrics are kept in prometheus-client's multiprocess mode: each worker writes
its values to files in PROMETHEUS_MULTIPROC_DIR, which ops/gunicorn.conf.py creates (cleaned)
when the server starts, and a scrape answered by any worker adds up every worker's files.
Without that variable (flask run, tests) they live in the process.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.operations import queries
from app.plugins import capability_modules

PREFIX = "banderola"
# Seconds; 0.3 is the verification's p99 target at the national peak (docs/BENCHMARKS.md).
LATENCY_BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 2.5, 5.0, 10.0)
# Anything else a client sends as a method is counted as "other": label values stay few.
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED = "unmatched"  # no route: a 404 for an unknown path, whatever the path was
disable_created_metrics()  # no `_created` series: multiprocess mode has none either

REQUESTS = Counter(
    f"{PREFIX}_http_requests",
    "HTTP requests answered, by route template and status.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    f"{PREFIX}_http_request_duration_seconds",
    "Time to answer an HTTP request inside the application, by route template.",
    ["method", "route"],
    buckets=LATENCY_BUCKETS_S,
)
VERDICTS = Counter(
    f"{PREFIX}_verifications",
    "Verifications by verdict and by who scanned (consumer or officer).",
    ["verdict", "scanner"],
)
REASONS = Counter(
    f"{PREFIX}_verification_reasons",
    "Reasons given by verifications (findings such as clone_suspected, custody_mismatch).",
    ["reason", "scanner"],
)
FINDINGS = Counter(
    f"{PREFIX}_inspection_findings",
    "Findings recorded by officers in inspections, by kind.",
    ["kind"],
)
POOL_IN_USE = Gauge(
    f"{PREFIX}_db_pool_connections_in_use",
    "Database connections checked out of the pools, summed over the live workers.",
    ["pool"],
    multiprocess_mode="livesum",
)
POOL_CAPACITY = Gauge(
    f"{PREFIX}_db_pool_connections_max",
    "Connections the pools may open (size plus overflow), summed over the live workers.",
    ["pool"],
    multiprocess_mode="livesum",
)# The read replica (app/operations/replica.py), as each worker's last check found it.
REPLICA_LAG = Gauge(
    f"{PREFIX}_replica_lag_seconds",
    "How far the read replica is behind the primary (NaN when it is down or not a standby), "
    "the most of the live workers' last checks.",
    ["server"],  # host:port; a label so that nothing is published without a replica
    multiprocess_mode="livemax",
)
REPLICA_UP = Gauge(
    f"{PREFIX}_replica_reads",
    "1 while reads go to the replica (healthy and within REPLICA_MAX_LAG_S), 0 while they fall "
    "back to the primary; the least of the live workers.",
    ["server"],
    multiprocess_mode="livemin",
)


def observe_replica(server: str, lag_s: float | None, usable: bool) -> None:
    REPLICA_LAG.labels(server).set(float("nan") if lag_s is None else lag_s)
    REPLICA_UP.labels(server).set(1 if usable else 0)


def observe_request(method: str, route: str | None, status: str, duration_s: float) -> None:
    """Count and time one answered request (called by the middleware for every request)."""
    if method not in METHODS:
        method = "other"
    route = route or UNMATCHED
    _child(REQUESTS, method, route, status).inc()
    _child(LATENCY, method, route).observe(duration_s)


def count_verification(verdict: str, reasons: Iterable[str], *, officer: bool) -> None:
    """Count a verification's verdict and each of its reasons."""
    scanner = "officer" if officer else "consumer"
    _child(VERDICTS, verdict, scanner).inc()
    for reason in reasons:
        _child(REASONS, reason, scanner).inc()


# Children of the labelled metrics, looked up once per label values: `labels()` takes a lock
# and checks its arguments on every call, this is one dict lookup.
_children: dict[tuple, object] = {}


def _child(metric, *labels: str):
    """`metric.labels(*labels)`, from the cache."""
    key = (metric, *labels)
    child = _children.get(key)
    if child is None:
        child = _children.setdefault(key, metric.labels(*labels))
    return child


def count_finding(kind: str) -> None:
    """Count a finding an officer recorded in an inspection."""
    _child(FINDINGS, kind).inc()


def instrument_pool(engine: Engine, name: str) -> None:
    """Keep `name`'s connections in use and its capacity in the pool gauges."""
    pool = engine.pool
    in_use = POOL_IN_USE.labels(name)
    size = getattr(pool, "size", lambda: 0)()
    overflow = max(getattr(pool, "_max_overflow", 0), 0)  # QueuePool has no public accessor
    POOL_CAPACITY.labels(name).set(size + overflow)
    event.listen(pool, "checkout", lambda *_: in_use.inc())
    event.listen(pool, "checkin", lambda *_: in_use.dec())


# What `GET /metrics` reads from the database: {queue name: reader}. Capabilities add theirs in
# an `app/<capability>/metrics.py` that has a `QUEUE_DEPTHS` dict (the mail outbox, say).
QUEUE_DEPTHS: dict[str, Callable[[Session], int]] = {
    "idempotency_records": queries.idempotency_records,
}


class QueueCollector:
    """`banderola_queue_depth{queue}`, read from the database when Prometheus scrapes."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def collect(self):
        family = GaugeMetricFamily(
            f"{PREFIX}_queue_depth",
            "Rows waiting or kept in each queue-like table (estimated on large PostgreSQL"
            " tables).",
            labels=["queue"],
        )
        readers: dict[str, Callable[[Session], int]] = {}
        for module in capability_modules("metrics"):
            readers.update(getattr(module, "QUEUE_DEPTHS", {}))
        for queue, read in sorted(readers.items()):
            family.add_metric([queue], read(self.session))
        yield family


def exposition(session: Session) -> tuple[bytes, str]:
    """The text Prometheus scrapes, and its content type: every worker's values (multiprocess
    mode) or this process's, and the queue depths read now."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    queues = CollectorRegistry()
    queues.register(QueueCollector(session))
    return generate_latest(registry) + generate_latest(queues), CONTENT_TYPE_LATEST

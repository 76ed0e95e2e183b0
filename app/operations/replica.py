"""Reads from a streaming replica (docs/operations.md, "A read replica").

With `DATABASE_REPLICA_URL` set, a request that can only read (GET, HEAD, OPTIONS) runs its
session on the replica when the replica is healthy: it answers, it is in recovery (a standby,
not a second primary) and it has replayed the primary's WAL of `REPLICA_MAX_LAG_S` seconds ago.
Everything else runs on the primary: every POST, PUT, PATCH and DELETE (a verification records
a scan, so it is one of them), and every read of a client that wrote in the last
`READ_YOUR_WRITES_S` seconds, so that it sees what it just wrote.

A client is the bearer token it sends, or for anonymous consumers the salted client hash
(address and user agent): a hash of either is kept with the time of the write, in Redis when
one is configured so that every worker knows it, else in the worker's memory.

The replica's health is checked at most every `REPLICA_CHECK_INTERVAL_S` seconds per worker,
before the request that finds the last check stale. A read that fails on the replica (it
stopped after the last check, or cancelled a query in conflict with its recovery) is answered
again from the primary, and the replica checked at once: the client sees an answer.

Lag is measured by the primary's WAL position: each check notes where the primary is
(`pg_current_wal_lsn()`), and the lag is the age of the oldest noted position the replica
has not yet replayed (zero when it has replayed the latest). So an idle primary is no lag,
and the figure is exact to one check interval.
"""

from __future__ import annotations

import collections
import hashlib
import logging
import threading
import time
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool

log = logging.getLogger("banderola.replica")

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# What `state` says about the replica (GET /api/v1/health, field `replica`).
OFF, OK, LAGGING, DOWN, NOT_A_REPLICA = "off", "ok", "lagging", "down", "not_a_replica"


@dataclass(frozen=True)
class State:
    replica: str  # OFF, OK, LAGGING, DOWN, NOT_A_REPLICA
    lag_s: float | None = None  # seconds behind the primary, when known
    error: str | None = None  # why it is DOWN or NOT_A_REPLICA, for people

    @property
    def usable(self) -> bool:
        return self.replica == OK


_PRIMARY_POSITION = text("SELECT pg_current_wal_lsn()::text")
_REPLICA_POSITION = text(
    "SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text"
)


def _lsn(value: str | None) -> int | None:
    """A WAL position ('16/B374D848') as a number, so that positions compare."""
    if value is None:
        return None
    high, _, low = value.partition("/")
    return (int(high, 16) << 32) + int(low, 16)


def describe(url: str) -> str:
    """`url` without its password, for logs and answers."""
    return make_url(url).render_as_string(hide_password=True)


class Replica:
    """The replica's engine and what the last check found; one per application (worker)."""

    def __init__(self, url: str, primary: Engine, *, max_lag_s: float, check_interval_s: float,
                 engine_factory) -> None:
        self.url = url
        self.primary = primary
        self.max_lag_s = max_lag_s
        self.check_interval_s = check_interval_s
        self.engine = engine_factory(url)
        parsed = make_url(url)
        self.server = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
        self._lock = threading.Lock()
        self._checked = float("-inf")
        self._state = State(DOWN, error="not checked yet")
        self._positions: collections.deque[tuple[float, int]] = collections.deque()

    def state(self) -> State:
        """The replica's state, checked anew when the last check is stale."""
        now = time.monotonic()
        if now - self._checked < self.check_interval_s:
            return self._state
        with self._lock:
            if now - self._checked >= self.check_interval_s:
                self._note(self.check())
        return self._state

    def recheck(self) -> State:
        """Check now, whatever the age of the last check: a read on the replica just failed."""
        with self._lock:
            self._note(self.check())
        return self._state

    def _note(self, state: State) -> None:
        from app.operations import metrics

        self._state = state
        self._checked = time.monotonic()
        metrics.observe_replica(self.server, state.lag_s, state.usable)

    def check(self) -> State:
        now = time.monotonic()
        try:
            with self.primary.connect() as connection:
                primary_position = _lsn(connection.execute(_PRIMARY_POSITION).scalar_one())
                connection.rollback()
        except Exception as error:  # the primary is health's own field ("database")
            return State(DOWN, error=f"the primary does not answer: {_first_line(error)}")
        self._positions.append((now, primary_position))
        try:
            with self.engine.connect() as connection:
                in_recovery, replayed = connection.execute(_REPLICA_POSITION).one()
                connection.rollback()
        except Exception as error:
            self._positions.clear()
            # Its pooled connections are dead: the next check, once it is back, opens new ones.
            self.engine.dispose()
            return State(DOWN, error=f"{describe(self.url)} does not answer: {_first_line(error)}")
        if not in_recovery:
            self._positions.clear()
            return State(
                NOT_A_REPLICA,
                error=f"{describe(self.url)} is not a standby (pg_is_in_recovery() is false): "
                "it may be the primary itself or a promoted server",
            )
        replayed = _lsn(replayed) or 0
        while self._positions and self._positions[0][1] <= replayed:
            self._positions.popleft()
        lag_s = round(now - self._positions[0][0], 3) if self._positions else 0.0
        # Positions older than the setting tell no more than "lagging": keep the oldest only.
        while len(self._positions) > 1 and now - self._positions[1][0] > self.max_lag_s:
            self._positions.popleft()
        return State(OK if lag_s <= self.max_lag_s else LAGGING, lag_s=lag_s)


def _first_line(error: Exception) -> str:
    return (str(getattr(error, "orig", None) or error).strip().splitlines() or ["?"])[0]


def start_check(url: str, primary_url: str) -> State:
    """What the replica is at start, through connections of their own (the application's pools
    stay empty until the workers fork)."""
    primary = create_engine(primary_url, poolclass=NullPool)
    replica = Replica(url, primary, max_lag_s=float("inf"), check_interval_s=0,
                      engine_factory=lambda u: create_engine(
                          u, poolclass=NullPool, connect_args={"connect_timeout": 3}))
    try:
        return replica.check()
    finally:
        primary.dispose()
        replica.engine.dispose()


class RecentWriters:
    """Who wrote in the last `window_s` seconds: Redis at `storage_uri` (shared by every
    worker), or this worker's memory for `memory://`."""

    def __init__(self, storage_uri: str, window_s: float, prefix: str = "") -> None:
        self.window_s = window_s
        self.prefix = f"{prefix}banderola:wrote:"
        self._redis = None
        self._memory: dict[str, float] = {}
        if storage_uri.startswith(("redis://", "rediss://", "unix://")):
            import redis

            self._redis = redis.Redis.from_url(
                storage_uri, socket_connect_timeout=0.5, socket_timeout=0.5
            )

    @staticmethod
    def key(identity: str) -> str:
        return hashlib.sha256(identity.encode()).hexdigest()[:32]

    def note(self, *identities: str) -> None:
        if self.window_s <= 0:
            return
        keys = [self.key(identity) for identity in identities]
        if self._redis is None:
            now = time.monotonic()
            for key in keys:
                self._memory[key] = now
            if len(self._memory) > 100_000:  # forget those whose window has passed
                self._memory = {k: t for k, t in self._memory.items()
                                if now - t < self.window_s}
            return
        try:
            with self._redis.pipeline(transaction=False) as pipe:
                for key in keys:
                    pipe.set(self.prefix + key, b"1", px=int(self.window_s * 1000))
                pipe.execute()
        except Exception as error:
            log.warning("read-your-writes: Redis did not take a write's mark: %s", error)

    def recent(self, *identities: str) -> bool:
        if self.window_s <= 0:
            return False
        keys = [self.key(identity) for identity in identities]
        if self._redis is None:
            now = time.monotonic()
            return any(now - self._memory.get(key, float("-inf")) < self.window_s
                       for key in keys)
        try:
            return bool(self._redis.exists(*(self.prefix + key for key in keys)))
        except Exception:
            return True  # unsure: the primary is always right

def init_app(app, primary: Engine, engine_factory) -> None:
    """Route reads when `DATABASE_REPLICA_URL` is set (a PostgreSQL primary only); report at
    start what the replica is. Call before any other `before_request` that queries (the bearer
    token's lookup), so that it runs on the engine chosen here."""
    url = app.config["DATABASE_REPLICA_URL"]
    app.extensions["replica"] = None
    if not url:
        return
    if primary.dialect.name != "postgresql":
        log.error("DATABASE_REPLICA_URL is ignored: the primary is %s, replicas are for "
                  "PostgreSQL", primary.dialect.name)
        return
    if make_url(url).set(password=None) == make_url(app.config["DATABASE_URL"]).set(
        password=None
    ):
        log.error("DATABASE_REPLICA_URL is DATABASE_URL itself: reads stay on the primary")
    found = start_check(url, app.config["DATABASE_URL"])
    if found.usable:
        log.info("reads go to the replica %s (%.1f s behind)", describe(url), found.lag_s)
    else:
        log.error("DATABASE_REPLICA_URL: %s; reads stay on the primary until it is a healthy "
                  "standby", found.error or f"{found.replica}, {found.lag_s} s behind")
    replica = Replica(url, primary, max_lag_s=app.config["REPLICA_MAX_LAG_S"],
                      check_interval_s=app.config["REPLICA_CHECK_INTERVAL_S"],
                      engine_factory=engine_factory)
    from app.extensions import rate_limit_storage

    storage = rate_limit_storage(
        app.config["READ_YOUR_WRITES_STORAGE_URI"] or app.config["RATELIMIT_STORAGE_URI"]
    )
    writers = RecentWriters(storage,
                            app.config["READ_YOUR_WRITES_S"],
                            prefix=app.config["RATELIMIT_KEY_PREFIX"])
    app.extensions["replica"] = replica
    app.wsgi_app = AgainOnPrimary(app.wsgi_app, replica)

    from flask import request

    from app import db
    from app.transactions import client_hash

    def identities() -> list[str]:
        found = [f"client:{client_hash()}"]
        header = request.headers.get("Authorization", "")
        if header:
            found.append(f"authorization:{header.strip()}")
        return found

    @app.before_request
    def _reads_from_replica():
        if (request.method not in READ_METHODS or request.endpoint in UNROUTED_ENDPOINTS
                or request.environ.get(ON_PRIMARY)):
            return
        current = db.session()
        if current.in_transaction() or current.get_bind() is not primary:
            return  # already begun, or bound elsewhere (a test's connection)
        if writers.recent(*identities()) or not replica.state().usable:
            return
        current.bind = replica.engine
        request.environ[ON_REPLICA] = True

    @app.after_request
    def _note_writer(response):
        # A login or a failed write also counts: a login's token must be readable at once.
        if request.method not in READ_METHODS and response.status_code < 500:
            writers.note(*identities())
        return response


ON_REPLICA = "banderola.on_replica"  # in a request's WSGI environ: its session read the replica


ON_PRIMARY = "banderola.on_primary"  # in a request's WSGI environ: it must read the primary


class AgainOnPrimary:
    """WSGI middleware: a read answered 5xx from the replica is run again on the primary, and
    the replica is checked at once, so that the next reads go to the primary if it is down.
    Only reads are run twice: they change nothing and have no body to replay."""

    def __init__(self, wsgi_app, replica: Replica) -> None:
        self.wsgi_app = wsgi_app
        self.replica = replica

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") not in READ_METHODS:
            return self.wsgi_app(environ, start_response)
        started: list = []

        def hold(status, headers, exc_info=None):
            started[:] = [status, headers, exc_info]
            return lambda data: None  # Flask answers with its iterable, never through write()

        body = self.wsgi_app(environ, hold)
        if not (environ.pop(ON_REPLICA, False) and started[0].startswith("5")):
            start_response(*started)
            return body
        if hasattr(body, "close"):
            body.close()
        log.warning("a read failed on the replica (%s), answered again from the primary; the "
                    "replica is %s", started[0], self.replica.recheck().replica)
        environ[ON_PRIMARY] = True
        return self.wsgi_app(environ, start_response)


# Health reports the primary in `database` and the replica in fields of its own.
UNROUTED_ENDPOINTS = frozenset({"system.Health"})

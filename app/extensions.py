"""Extensions created once at import time and bound to the app in create_app."""

import functools

from flask import Flask, current_app, g, request
from flask_limiter import Limiter

# Where rate limits count when RATELIMIT_STORAGE_URI is unset and a Redis answers here at start.
LOCAL_REDIS = "redis://127.0.0.1:6379/0"
MEMORY = "memory://"


def address_key() -> str:
    """Per client address whoever the caller claims to be: logins (lockout guards each account)."""
    return f"ip:{request.remote_addr or 'unknown'}"


def _rate_limit_key() -> str:
    """Who a limit counts against: the API key, the logged-in user, else the client's address.

    Behind a reverse proxy the address is the proxy's unless the app trusts X-Forwarded-For
    (werkzeug's ProxyFix); see docs/accounts.md.
    """
    key = getattr(g, "api_key", None)
    if key is not None:  # an operator's system: each key counts on its own
        return f"api_key:{key.id}"
    user = getattr(g, "user", None)
    return f"user:{user.id}" if user is not None else address_key()


def public_limit() -> str:
    """The limit of the public endpoints (verifications, decode, reports): RATELIMIT_PUBLIC."""
    return current_app.config["RATELIMIT_PUBLIC"]


def login_limit() -> str:
    """The limit of log-in and password attempts per client: RATELIMIT_LOGIN."""
    return current_app.config["RATELIMIT_LOGIN"]


limiter = Limiter(key_func=_rate_limit_key, default_limits=[])


def rate_limit(limit_value, **options):
    """`limiter.limit(limit_value, **options)` for a view, at no cost while rate limits are off
    (RATELIMIT_ENABLED=false, as when a reverse proxy limits): Flask-Limiter's own decorator
    evaluates its limits on every call even then (docs/stamps.md, "Per-request overhead")."""
    limit = limiter.limit(limit_value, **options)

    def decorator(view):
        limited = limit(view)

        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            return (limited if limiter.enabled else view)(*args, **kwargs)

        return wrapper

    return decorator


def init_limiter(app: Flask) -> None:
    """Bind the limiter, its counters where `rate_limit_storage` says."""
    if app.config["RATELIMIT_ENABLED"]:
        app.config["RATELIMIT_STORAGE_URI"] = rate_limit_storage(
            app.config["RATELIMIT_STORAGE_URI"]
        )
    else:
        app.config["RATELIMIT_STORAGE_URI"] = app.config["RATELIMIT_STORAGE_URI"] or MEMORY
    limiter.init_app(app)


def rate_limit_storage(configured: str | None, local_redis: str = LOCAL_REDIS) -> str:
    """`configured`, else `local_redis` when it answers now, else memory.

    Counters in memory are each gunicorn worker's own: with N workers a client gets N times the
    configured limit (see `multi_worker_warning`). A Redis shares them.
    """
    if configured:
        return configured
    import redis

    try:
        redis.Redis.from_url(local_redis, socket_connect_timeout=0.5, socket_timeout=0.5).ping()
    except (redis.RedisError, OSError):
        return MEMORY
    return local_redis


def multi_worker_warning(workers: int, config) -> str | None:
    """What to warn about at start when `workers` processes would each count the rate limits of
    `config` (a Config class) in their own memory; None when they share counters."""
    if not config.RATELIMIT_ENABLED or workers < 2:
        return None
    if not rate_limit_storage(config.RATELIMIT_STORAGE_URI).startswith(MEMORY):
        return None
    return (
        f"rate limits count in each of the {workers} workers' memory, so a client gets up to "
        f"{workers} times each limit: run Redis at 127.0.0.1:6379 or set RATELIMIT_STORAGE_URI "
        "(docs/accounts.md, Rate limits)"
    )

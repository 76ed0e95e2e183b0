"""Extensions created once at import time and bound to the app in create_app."""

import functools

from flask import current_app, g, request
from flask_limiter import Limiter


def address_key() -> str:
    """Per client address whoever the caller claims to be: logins (lockout guards each account)."""
    return f"ip:{request.remote_addr or 'unknown'}"


def _rate_limit_key() -> str:
    """Who a limit counts against: the logged-in user, else the client's address.

    Behind a reverse proxy the address is the proxy's unless the app trusts X-Forwarded-For
    (werkzeug's ProxyFix); see docs/accounts.md.
    """
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

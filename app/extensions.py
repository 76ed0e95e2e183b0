"""Extensions created once at import time and bound to the app in create_app."""

from flask import g, request
from flask_limiter import Limiter


def _rate_limit_key() -> str:
    user = getattr(g, "user", None)
    return f"user:{user.id}" if user is not None else (request.remote_addr or "unknown")


limiter = Limiter(key_func=_rate_limit_key, default_limits=[])

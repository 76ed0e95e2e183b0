"""HTTP hardening: security headers on every answer; CORS stays closed (no Allow-Origin sent)."""

from __future__ import annotations

import re

from flask import Flask
from flask.sessions import NullSession, SessionInterface

# No inline script in the PWA but the built index.html's, allowed by its hash (with_inline); the
# WASM decoder needs 'wasm-unsafe-eval'.
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; "
    "worker-src 'self'; manifest-src 'self'; font-src 'self'; object-src 'none'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)
# The interactive API page is flask-smorest's Swagger UI template, which has an inline script.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'"
)


# The same on every answer (no view sets any of them).
_COMMON_HEADERS = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Permissions-Policy", "camera=(self), geolocation=(self), microphone=()"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
]
_HSTS = ("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
_NO_STORE = ("Cache-Control", "no-store")
_HASH = re.compile(r"sha256-[A-Za-z0-9+/]{43}=")


def with_image_origins(policy: str, origins: tuple[str, ...]) -> str:
    """The policy with `origins` allowed as image sources (the map's tile server, MAP_TILE_URL)."""
    if not origins:
        return policy
    allowed = "img-src 'self' data: blob:"
    return policy.replace(allowed, f"{allowed} {' '.join(origins)}")


def with_inline(policy: str, script_hashes: list[str], style_hashes: list[str]) -> str:
    """The policy allowing the inline script and style whose hashes are given ("sha256-…": the
    first screen built into index.html, app/web.py)."""
    for directive, hashes in (("script-src", script_hashes), ("style-src", style_hashes)):
        allowed = "".join(f" '{value}'" for value in hashes if _HASH.fullmatch(value))
        policy = re.sub(rf"({directive} [^;]*)", lambda m, a=allowed: m.group(1) + a, policy,
                        count=1)
    return policy


def tile_origin(url: str) -> str | None:
    """The scheme and host of a tile URL template ("https://{s}.tile.example/{z}/{x}/{y}.png":
    "https://*.tile.example", a {s} subdomain being any)."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in ("http", "https"):
        return None
    host = rest.split("/", 1)[0].replace("{s}", "*")
    return f"{scheme}://{host}" if host else None


class SecurityHeaders:
    """WSGI middleware: the security headers on every answer, errors and static files included,
    appended to the header list the application hands the server: an `after_request` hook
    through werkzeug's `Headers` would re-validate each value on every answer (docs/stamps.md,
    "Per-request overhead"). API answers are not cached unless their view says otherwise."""

    def __init__(self, wsgi_app, image_origins: tuple[str, ...] = (),
                 inline: dict | None = None) -> None:
        self.wsgi_app = wsgi_app
        page = with_image_origins(CSP, image_origins)
        if inline:
            page = with_inline(page, inline.get("script_hashes") or [],
                               inline.get("style_hashes") or [])
        self._page = [("Content-Security-Policy", page), *_COMMON_HEADERS]
        self._docs = [("Content-Security-Policy", DOCS_CSP), *_COMMON_HEADERS]

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        extra = self._docs if path == "/api/docs" else self._page
        if environ.get("wsgi.url_scheme") == "https":
            extra = [*extra, _HSTS]
        api = path.startswith("/api/")

        def start(status, headers, exc_info=None):
            headers.extend(extra)
            if api and not any(name.lower() == "cache-control" for name, _ in headers):
                headers.append(_NO_STORE)
            return start_response(status, headers, exc_info)

        return self.wsgi_app(environ, start)


class NoCookieSessions(SessionInterface):
    """The API authenticates with bearer tokens and the PWA keeps no cookie: no request opens
    or writes Flask's signed cookie session (which cost a serializer per request)."""

    def open_session(self, app, request):
        return NullSession()

    def save_session(self, app, session, response) -> None:
        return None


def register_security(app: Flask) -> None:
    """No cookie sessions, and the security headers on every answer. Call it before wrapping
    the app in ProxyFix, so that the headers see the scheme the client used."""
    app.session_interface = NoCookieSessions()
    origin = tile_origin(app.config.get("MAP_TILE_URL") or "")
    app.wsgi_app = SecurityHeaders(app.wsgi_app, (origin,) if origin else (),
                                   app.config.get("PWA_BUILD"))

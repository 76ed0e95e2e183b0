"""HTTP hardening: security headers on every answer; CORS stays closed (no Allow-Origin sent)."""

from __future__ import annotations

from flask import Flask, request
from flask.sessions import NullSession, SessionInterface

# No inline script anywhere in the PWA; the WASM decoder needs 'wasm-unsafe-eval'.
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


# The same on every answer; added in one call (no view sets any of them).
_COMMON_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Permissions-Policy", "camera=(self), geolocation=(self), microphone=()"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)


class NoCookieSessions(SessionInterface):
    """The API authenticates with bearer tokens and the PWA keeps no cookie: no request opens
    or writes Flask's signed cookie session (which cost a serializer per request)."""

    def open_session(self, app, request):
        return NullSession()

    def save_session(self, app, session, response) -> None:
        return None


def register_security(app: Flask) -> None:
    app.session_interface = NoCookieSessions()

    @app.after_request
    def _headers(response):
        headers = response.headers
        headers["Content-Security-Policy"] = DOCS_CSP if request.path == "/api/docs" else CSP
        headers.extend(_COMMON_HEADERS)
        if request.path.startswith("/api/"):
            headers.setdefault("Cache-Control", "no-store")
        if request.is_secure:
            headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        return response

"""HTTP hardening: security headers on every answer; CORS stays closed (no Allow-Origin sent)."""

from __future__ import annotations

from flask import Flask, request

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


def register_security(app: Flask) -> None:
    @app.after_request
    def _headers(response):
        headers = response.headers
        headers["Content-Security-Policy"] = DOCS_CSP if request.path == "/api/docs" else CSP
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "no-referrer"
        headers["X-Frame-Options"] = "DENY"
        headers["Permissions-Policy"] = "camera=(self), geolocation=(self), microphone=()"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        if request.path.startswith("/api/"):
            headers.setdefault("Cache-Control", "no-store")
        if request.is_secure:
            headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        return response

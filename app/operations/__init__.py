"""Operations: request ids, structured logs and Prometheus metrics (docs/operations.md)."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Give every answer an `X-Request-Id`, log and measure every request, serve `/metrics`.

    Call it after the other WSGI middleware (security headers) and before ProxyFix, so that its
    timing covers everything the application does and it sees the client's own headers."""
    from app.operations import logs, metrics
    from app.operations.observe import RequestObserver, note_route_and_user
    from app.operations.routes import operations

    logs.configure(app.config["LOG_FORMAT"], app.logger)
    metrics.instrument_pool(app.extensions["engine"], "main")
    if app.extensions.get("autocommit_engine") is not None:
        metrics.instrument_pool(app.extensions["autocommit_engine"], "autocommit")
    app.after_request(note_route_and_user)
    app.register_blueprint(operations)
    app.wsgi_app = RequestObserver(app.wsgi_app)

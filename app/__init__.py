"""Banderola Inspect: the Flask application factory."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from app.config import Config
from app.plugins import capability_modules, optional_import

# Capabilities whose routes.py exposes a Blueprint named `blp`, in the order of the OpenAPI doc.
CAPABILITIES = (
    "system",
    "geo",
    "accounts",
    "registry",
    "registrations",
    "stamps",
    "orders",
    "imaging",
    "custody",
    "inspections",
    "seizures",
    "reports",
    "travellers",
    "tracking",
    "support",
    "manuals",
    "dashboard",
)


def create_app(config: type[Config] = Config) -> Flask:
    config.check()
    app = Flask(__name__, instance_path=config.INSTANCE_PATH, static_folder=None)
    app.config.from_object(config)
    from app.api import JSONProvider

    app.json = JSONProvider(app)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    from app import db
    from app.api import api
    from app.errors import register_error_handlers
    from app.extensions import init_limiter
    from app.mail.hooks import init_app as init_mail
    from app.security import register_security

    db.import_models()
    engine = db.make_engine(
        app.config["DATABASE_URL"], sqlite_begin=app.config["SQLITE_BEGIN"]
    )
    app.extensions["engine"] = engine
    # Consumers' scans without an Idempotency-Key run in autocommit (app.transactions.writes);
    # SQLite transactions are managed by hand (make_engine) and stay as they are.
    app.extensions["autocommit_engine"] = (
        db.make_engine(app.config["DATABASE_URL"], autocommit=True)
        if engine.dialect.name == "postgresql"
        else None
    )
    db.session.configure(bind=engine)
    from app.operations import replica

    # Before every blueprint's hooks: the bearer token's lookup must run on the engine chosen.
    replica.init_app(app, engine, lambda url: db.make_engine(url, role="replica"))

    app.teardown_appcontext(db.end_request_session)

    api.init_app(app)
    api.spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer"})
    init_limiter(app)
    for name in CAPABILITIES:
        routes = optional_import(f"app.{name}.routes")
        if routes is None:
            continue
        api.register_blueprint(routes.blp)
        for extra in getattr(routes, "EXTRA_BLUEPRINTS", ()):
            app.register_blueprint(extra)
    register_error_handlers(app)
    from app.web import prepare_pwa

    prepare_pwa(app)  # before the security headers: they allow the build's inline code
    register_security(app)
    init_mail(app)
    from app import operations

    operations.init_app(app)  # request ids, logs, metrics: outside every layer but ProxyFix

    from app.web import web

    app.register_blueprint(web)
    _register_cli(app)
    if app.config["PROXY_FIX_HOPS"]:
        # Behind a reverse proxy, trust its X-Forwarded-* so rate limits count real clients.
        # Outermost, so that every other layer sees the client's address and scheme.
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["PROXY_FIX_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    return app


def _register_cli(app: Flask) -> None:
    from app.migrate import db_cli

    app.cli.add_command(db_cli)
    for cli in capability_modules("cli"):
        for command in cli.COMMANDS:
            app.cli.add_command(command)

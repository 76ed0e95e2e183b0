"""Serves the progressive web app from pwa/ and the vendored Swagger UI files."""

from __future__ import annotations

from pathlib import Path

import swagger_ui_bundle
from flask import Blueprint, abort, send_from_directory

PWA_DIR = Path(__file__).resolve().parent.parent / "pwa"
STATIC_DIR = Path(__file__).resolve().parent / "static"
# Files of pwa/ that are tooling, not part of the app.
_PRIVATE = {"package.json", "package-lock.json", "tools"}

web = Blueprint("web", __name__)


@web.get("/")
def index():
    return _index()


@web.get("/v/<path:code>")
def code_link(code: str):
    """A phone's own camera opens the printed URL; the PWA verifies the code in it."""
    return _index()


@web.get("/static/<path:name>")
def static_file(name: str):
    """Stylesheets of the server-rendered pages (the public board)."""
    return send_from_directory(STATIC_DIR, name, max_age=3600)


@web.get("/api/vendor/swagger-ui/<path:name>")
def swagger_ui(name: str):
    return send_from_directory(swagger_ui_bundle.swagger_ui_path, name, max_age=86400)


@web.get("/<path:name>")
def pwa_file(name: str):
    if name.split("/", 1)[0] in _PRIVATE or name.startswith("api/"):
        abort(404)
    response = send_from_directory(PWA_DIR, name, max_age=0)
    if name == "sw.js":
        response.headers["Service-Worker-Allowed"] = "/"
        response.headers["Cache-Control"] = "no-cache"
    return response


def _index():
    response = send_from_directory(PWA_DIR, "index.html", max_age=0)
    response.headers["Cache-Control"] = "no-cache"
    return response

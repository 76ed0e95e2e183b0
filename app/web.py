"""Serves the progressive web app from pwa/, the board's stylesheet and the Swagger UI files."""

from __future__ import annotations

import gzip
import mimetypes
from functools import lru_cache
from pathlib import Path

import swagger_ui_bundle
from flask import Blueprint, Response, abort, request, send_from_directory
from werkzeug.security import safe_join

PWA_DIR = Path(__file__).resolve().parent.parent / "pwa"
STATIC_DIR = Path(__file__).resolve().parent / "static"
# Files of pwa/ that are tooling, not part of the app.
_PRIVATE = {"package.json", "package-lock.json", "tools"}
# The app shell must stay under 150 KB transferred: text and WASM go out gzipped when accepted.
_COMPRESSIBLE = (".html", ".js", ".mjs", ".css", ".json", ".svg", ".webmanifest", ".wasm")
mimetypes.add_type("application/manifest+json", ".webmanifest")
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".mjs")

web = Blueprint("web", __name__)


@web.get("/")
def index():
    return _serve(PWA_DIR, "index.html", cache="no-cache")


@web.get("/v/<path:code>")
def code_link(code: str):
    """A phone's own camera opens the printed URL; the PWA verifies the code in it."""
    return _serve(PWA_DIR, "index.html", cache="no-cache")


@web.get("/static/<path:name>")
def static_file(name: str):
    """Stylesheets of the server-rendered pages (the public board)."""
    return _serve(STATIC_DIR, name, cache="public, max-age=3600")


@web.get("/api/vendor/swagger-ui/<path:name>")
def swagger_ui(name: str):
    return send_from_directory(swagger_ui_bundle.swagger_ui_path, name, max_age=86400)


@web.get("/<path:name>")
def pwa_file(name: str):
    if name.split("/", 1)[0] in _PRIVATE or name.startswith("api/"):
        abort(404)
    response = _serve(PWA_DIR, name, cache="no-cache")
    if name == "sw.js":
        response.headers["Service-Worker-Allowed"] = "/"
    return response


def _serve(directory: Path, name: str, *, cache: str) -> Response:
    path = safe_join(str(directory), name)
    if path is None or not Path(path).is_file():
        abort(404)
    if not name.endswith(_COMPRESSIBLE):
        response = send_from_directory(directory, name)
        response.headers["Cache-Control"] = cache
        return response
    stat = Path(path).stat()
    body, gzipped, etag = _file_bodies(path, stat.st_mtime_ns, stat.st_size)
    wants_gzip = "gzip" in request.headers.get("Accept-Encoding", "")
    response = Response(gzipped if wants_gzip else body,
                        mimetype=mimetypes.guess_type(name)[0] or "application/octet-stream")
    if wants_gzip:
        response.headers["Content-Encoding"] = "gzip"
    response.headers["Vary"] = "Accept-Encoding"
    response.headers["Cache-Control"] = cache
    response.set_etag(etag + ("-gz" if wants_gzip else ""))
    return response.make_conditional(request)


@lru_cache(maxsize=256)
def _file_bodies(path: str, mtime_ns: int, size: int) -> tuple[bytes, bytes, str]:
    """A file's bytes, gzipped bytes and ETag, cached until the file changes."""
    body = Path(path).read_bytes()
    return body, gzip.compress(body, compresslevel=9, mtime=0), f"{mtime_ns:x}-{size:x}"

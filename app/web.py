"""Serves the progressive web app from pwa/, the board's stylesheet and the Swagger UI files.

The service worker (`sw.js`) is served with the app's version in it: a hash of every file of the
app, computed when the server starts, so a deploy that changes any file is a new worker with a
cache of its own (docs/pwa.md, "Updates").
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import os
from functools import lru_cache
from pathlib import Path

import swagger_ui_bundle
from flask import Blueprint, Response, abort, current_app, request, send_from_directory
from werkzeug.security import safe_join

STATIC_DIR = Path(__file__).resolve().parent / "static"
# Files of pwa/ that are tooling, not part of the app.
_PRIVATE = {"package.json", "package-lock.json", "tools"}
# Served but not the app's own code: the decoder's cache is named after its package version.
_NOT_VERSIONED = _PRIVATE | {"node_modules"}
SERVICE_WORKER = "sw.js"
VERSION_PLACEHOLDER = b"__PWA_VERSION__"
# The app shell must stay under 150 KB transferred: text and WASM go out gzipped when accepted.
_COMPRESSIBLE = (".html", ".js", ".mjs", ".css", ".json", ".svg", ".webmanifest", ".wasm")
mimetypes.add_type("application/manifest+json", ".webmanifest")
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".mjs")

web = Blueprint("web", __name__)


def pwa_version(directory: Path) -> str:
    """A short hash of the app's files (paths and contents), the same on every server that
    serves the same files."""
    files = []
    for folder, subfolders, names in os.walk(directory):
        if Path(folder) == directory:  # never descend into node_modules and the tooling
            subfolders[:] = [name for name in subfolders if name not in _NOT_VERSIONED]
            names = [name for name in names if name not in _NOT_VERSIONED]
        files.extend(Path(folder, name) for name in names)
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


@web.record_once
def _version_at_start(state) -> None:
    directory = Path(state.app.config["PWA_DIR"])
    state.app.config["PWA_VERSION"] = pwa_version(directory)


def _pwa_dir() -> Path:
    return Path(current_app.config["PWA_DIR"])


@web.get("/")
def index():
    return _serve(_pwa_dir(), "index.html", cache="no-cache")


@web.get("/v/<path:code>")
def code_link(code: str):
    """A phone's own camera opens the printed URL; the PWA verifies the code in it."""
    return _serve(_pwa_dir(), "index.html", cache="no-cache")


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
    response = _serve(_pwa_dir(), name, cache="no-cache")
    if name == SERVICE_WORKER:
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
    version = current_app.config["PWA_VERSION"] if name == SERVICE_WORKER else None
    body, gzipped, etag = _file_bodies(path, stat.st_mtime_ns, stat.st_size, version)
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
def _file_bodies(
    path: str, mtime_ns: int, size: int, version: str | None
) -> tuple[bytes, bytes, str]:
    """A file's bytes, gzipped bytes and ETag, cached until the file changes; `version` goes in
    place of the service worker's placeholder."""
    body = Path(path).read_bytes()
    etag = f"{mtime_ns:x}-{size:x}"
    if version is not None:
        body = body.replace(VERSION_PLACEHOLDER, version.encode())
        etag += f"-{version}"
    return body, gzip.compress(body, compresslevel=9, mtime=0), etag

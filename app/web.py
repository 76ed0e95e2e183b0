"""Serves the progressive web app from pwa/, the board's stylesheet and the Swagger UI files.

The service worker (`sw.js`) is served with the app's version in it: a hash of every file of the
app, computed when the server starts, so a deploy that changes any file is a new worker with a
cache of its own (docs/pwa.md, "Updates").

When `pwa/dist/` was built from the sources as they are (`make pwa`: pwa/tools/build.mjs), its
files are served in place of the same paths of pwa/: an index.html carrying the first screen's
modules and stylesheet, whose inline script and style the CSP allows by hash. Otherwise (no
build, or sources changed since) pwa/ is served as it is, unbundled (docs/pwa.md, "First screen").
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import mimetypes
import os
from functools import lru_cache
from pathlib import Path

import swagger_ui_bundle
from flask import Blueprint, Response, abort, current_app, request, send_from_directory
from werkzeug.security import safe_join

STATIC_DIR = Path(__file__).resolve().parent / "static"
# Files of pwa/ that are tooling, not part of the app.
_PRIVATE = {"package.json", "package-lock.json", "tools", "dist"}
# Served but not the app's own code: the decoder's cache is named after its package version.
_NOT_VERSIONED = _PRIVATE | {"node_modules"}
BUILD_DIR = "dist"
BUILD_RECORD = "build.json"
SERVICE_WORKER = "sw.js"
VERSION_PLACEHOLDER = b"__PWA_VERSION__"
# The app shell must stay under 150 KB transferred: text and WASM go out gzipped when accepted.
_COMPRESSIBLE = (".html", ".js", ".mjs", ".css", ".json", ".svg", ".webmanifest", ".wasm")
mimetypes.add_type("application/manifest+json", ".webmanifest")
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".mjs")

web = Blueprint("web", __name__)


def _tree_hash(directory: Path, skip: frozenset[str] = frozenset()) -> str:
    """A short hash of the paths and contents of the files under `directory`, but the top-level
    names in `skip` (pwa/tools/first-screens.mjs computes the same for the build)."""
    files = []
    for folder, subfolders, names in os.walk(directory):
        if Path(folder) == directory:  # never descend into node_modules and the tooling
            subfolders[:] = [name for name in subfolders if name not in skip]
            names = [name for name in names if name not in skip]
        files.extend(Path(folder, name).relative_to(directory).as_posix() for name in names)
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0")
        digest.update(hashlib.sha256((directory / path).read_bytes()).digest())
    return digest.hexdigest()[:16]


def source_version(directory: Path) -> str:
    """The hash of the app's own files: pwa/ but the tooling, the packages and the build."""
    return _tree_hash(directory, frozenset(_NOT_VERSIONED))


def first_screen_build(directory: Path, source: str | None = None) -> dict | None:
    """The build's record (pwa/dist/build.json: its CSP hashes) when pwa/dist was built from
    the sources as they are, else None."""
    try:
        record = json.loads((directory / BUILD_DIR / BUILD_RECORD).read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict):
        return None
    if record.get("source_version") != (source or source_version(directory)):
        return None
    return record


def pwa_version(directory: Path) -> str:
    """A short hash of the app's files as served (paths and contents, the build's included when
    it is served), the same on every server that serves the same files."""
    source = source_version(directory)
    if first_screen_build(directory, source) is None:
        return source
    built = _tree_hash(directory / BUILD_DIR)
    return hashlib.sha256(f"{source}:{built}".encode()).hexdigest()[:16]


def prepare_pwa(app) -> None:
    """The version and the build to serve, once when the app is made (create_app, before the
    security headers, which allow the build's inline script and style by their hashes)."""
    directory = Path(app.config["PWA_DIR"])
    source = source_version(directory)
    build = first_screen_build(directory, source)
    if build is None and (directory / BUILD_DIR).exists():
        logging.getLogger(__name__).warning(
            "%s was built from other sources: the unbundled app is served (make pwa)",
            directory / BUILD_DIR)
    app.config["PWA_BUILD"] = build
    app.config["PWA_VERSION"] = pwa_version(directory)


@web.record_once
def _version_at_start(state) -> None:
    if "PWA_VERSION" not in state.app.config:
        prepare_pwa(state.app)


def _pwa_dir() -> Path:
    return Path(current_app.config["PWA_DIR"])


def _app_file(name: str) -> Response:
    """A file of the app: the build's copy when it is served and has one, else pwa/'s."""
    directory = _pwa_dir()
    if current_app.config.get("PWA_BUILD"):
        built = safe_join(str(directory / BUILD_DIR), name)
        if built is not None and Path(built).is_file():
            directory = directory / BUILD_DIR
    return _serve(directory, name, cache="no-cache")


@web.get("/")
def index():
    return _app_file("index.html")


@web.get("/v/<path:code>")
def code_link(code: str):
    """A phone's own camera opens the printed URL; the PWA verifies the code in it."""
    return _app_file("index.html")


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
    response = _app_file(name)
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

"""Serving the PWA: the shell, code links from a phone's camera, gzip, and nothing private."""

import base64
import gzip
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

from app.web import pwa_version, source_version

ROOT = Path(__file__).resolve().parents[1]


def test_shell_and_code_links_serve_the_app(client):
    shell = client.get("/")
    assert shell.status_code == 200 and b'type="module"' in shell.data
    link = client.get("/v/CG26-000000001/k1/" + "A" * 86)
    assert link.status_code == 200 and link.data == shell.data


def test_text_is_gzipped_when_accepted_and_revalidates(client):
    plain = client.get("/sw.js")
    zipped = client.get("/sw.js", headers={"Accept-Encoding": "gzip, br"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.data) == plain.data
    assert len(zipped.data) < len(plain.data)
    assert plain.headers["Service-Worker-Allowed"] == "/"
    again = client.get("/sw.js", headers={"If-None-Match": plain.headers["ETag"].strip('"')})
    assert again.status_code == 304


def test_tooling_and_paths_outside_pwa_are_not_served(client):
    for path in ["/package.json", "/package-lock.json", "/tools/check.mjs", "/../wsgi.py",
                 "/%2e%2e/wsgi.py", "/api/v1/nope"]:
        assert client.get(path).status_code == 404, path


def test_every_answer_has_the_security_headers(client):
    for path in ["/", "/api/v1/health", "/api/v1/keys"]:
        headers = client.get(path).headers
        assert "script-src 'self' 'wasm-unsafe-eval'" in headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "Access-Control-Allow-Origin" not in headers


def test_the_service_worker_carries_the_version_of_the_apps_files(app, client):
    """The version is a hash of pwa/ taken at start: in sw.js, in its ETag, and in the name of
    the cache it fills, so a deploy that changes a file installs a new worker."""
    version = app.config["PWA_VERSION"]
    assert version == pwa_version(Path(app.config["PWA_DIR"]))
    worker = client.get("/sw.js")
    assert f"const VERSION = '{version}';".encode() in worker.data
    assert b"__PWA_VERSION__" not in worker.data
    assert version in worker.headers["ETag"]


def test_the_version_changes_with_any_file_of_the_app_and_only_then(tmp_path):
    app_dir = tmp_path / "pwa"
    (app_dir / "js").mkdir(parents=True)
    (app_dir / "tools").mkdir()
    (app_dir / "node_modules").mkdir()
    (app_dir / "index.html").write_text("<!doctype html>")
    (app_dir / "js" / "app.js").write_text("start();")
    before = pwa_version(app_dir)
    assert before == pwa_version(app_dir)
    # Tooling and the decoder's package are not the app's code.
    (app_dir / "tools" / "check.mjs").write_text("// a check")
    (app_dir / "node_modules" / "x.js").write_text("// a package")
    (app_dir / "package.json").write_text("{}")
    assert pwa_version(app_dir) == before
    (app_dir / "js" / "app.js").write_text("start(); // new")
    changed = pwa_version(app_dir)
    assert changed != before
    (app_dir / "js" / "app.js").rename(app_dir / "js" / "main.js")
    assert pwa_version(app_dir) not in {before, changed}


def test_the_pwa_static_checks_pass():
    """pwa/tools/check.mjs: every string in three languages (plural forms included), every
    t('key') exists, sw.js precaches every file, the first visit within budget."""
    node = shutil.which("node")
    assert node, "node is needed for the PWA's checks (make install-dev)"
    run = subprocess.run([node, "pwa/tools/check.mjs"], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr


def _app_serving(app_dir: Path):
    """The web blueprint and the security headers alone, serving `app_dir` as the PWA."""
    from flask import Flask

    from app.security import register_security
    from app.web import prepare_pwa, web

    app = Flask(__name__, static_folder=None)
    app.config["PWA_DIR"] = str(app_dir)
    prepare_pwa(app)
    register_security(app)
    app.register_blueprint(web)
    return app


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def _built_app(tmp_path: Path) -> Path:
    """Sources, and a build of them as pwa/tools/build.mjs writes it (its record names them)."""
    app_dir = tmp_path / "pwa"
    (app_dir / "js").mkdir(parents=True)
    (app_dir / "index.html").write_text('<script type="module" src="/js/app.js"></script>')
    (app_dir / "js" / "app.js").write_text("import { a } from './api.js'; start(a);")
    (app_dir / "js" / "api.js").write_text("export const a = 1;")
    (app_dir / "js" / "later.js").write_text("import { a } from './api.js';")
    (app_dir / "sw.js").write_text("const VERSION = '__PWA_VERSION__';")
    dist = app_dir / "dist"
    (dist / "js").mkdir(parents=True)
    (dist / "index.html").write_text(f'<style>{STYLE}</style><script type="module">{SCRIPT}'
                                     "</script>")
    (dist / "js" / "api.js").write_text(
        "export const { a } = globalThis.__biModules['/js/api.js'];")
    (dist / "build.json").write_text(json.dumps({
        "source_version": source_version(app_dir),
        "script_hashes": [_sha256(SCRIPT)], "style_hashes": [_sha256(STYLE)]}))
    return app_dir


SCRIPT = "const a = 1; start(a);"
STYLE = "body{margin:0}"


def test_a_build_of_the_sources_as_they_are_is_served_with_its_inline_code_allowed(tmp_path):
    """index.html carrying the first screen (one round trip on a first visit), the shared
    modules' URLs giving its instances, the rest from pwa/; the CSP allows that inline script
    and style by hash, and nothing else inline."""
    app_dir = _built_app(tmp_path)
    app = _app_serving(app_dir)
    client = app.test_client()
    for path in ["/", "/v/CG26-000000001/k1/" + "A" * 86]:
        page = client.get(path)
        assert page.status_code == 200 and SCRIPT.encode() in page.data
        policy = page.headers["Content-Security-Policy"]
        assert f"script-src 'self' 'wasm-unsafe-eval' '{_sha256(SCRIPT)}';" in policy
        assert f"style-src 'self' '{_sha256(STYLE)}';" in policy
        assert "unsafe-inline" not in policy
    assert b"__biModules" in client.get("/js/api.js").data
    assert client.get("/js/later.js").data == (app_dir / "js" / "later.js").read_bytes()
    for private in ["/dist/build.json", "/dist/index.html"]:
        assert client.get(private).status_code == 404, private
    # The version names what is served: the build's files too.
    assert app.config["PWA_VERSION"] == pwa_version(app_dir) != source_version(app_dir)
    worker = client.get("/sw.js").data
    assert app.config["PWA_VERSION"].encode() in worker


def test_a_build_of_other_sources_is_never_served(tmp_path, caplog):
    """An edit after the build: the unbundled app as it is now, not yesterday's bundle."""
    app_dir = _built_app(tmp_path)
    (app_dir / "js" / "api.js").write_text("export const a = 2;")
    app = _app_serving(app_dir)
    client = app.test_client()
    page = client.get("/")
    assert page.data == (app_dir / "index.html").read_bytes()
    assert "sha256-" not in page.headers["Content-Security-Policy"]
    assert client.get("/js/api.js").data == b"export const a = 2;"
    assert app.config["PWA_VERSION"] == source_version(app_dir) == pwa_version(app_dir)
    assert "make pwa" in caplog.text
    # A record that is not the build's own (or no record) is no build either.
    (app_dir / "dist" / "build.json").write_text("[]")
    unbuilt = _app_serving(app_dir).test_client().get("/")
    assert unbuilt.data == (app_dir / "index.html").read_bytes()

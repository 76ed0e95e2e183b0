"""Serving the PWA: the shell, code links from a phone's camera, gzip, and nothing private."""

import gzip
import shutil
import subprocess
from pathlib import Path

from app.web import pwa_version

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

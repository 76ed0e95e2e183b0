"""Serving the PWA: the shell, code links from a phone's camera, gzip, and nothing private."""

import gzip


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

"""Time to a verdict on a mid-range phone: the PWA in headless Chromium, throttled.

    .venv/bin/python bench/phone.py              # 5 runs of each
    .venv/bin/python bench/phone.py --runs 9 --json /tmp/phone.json
    .venv/bin/python bench/phone.py --via-nginx     # through nginx: TLS and HTTP/2, as production

The browser tests' Chromium (Python Playwright, /usr/bin/chromium, headless, no GPU) with a
fake camera that films a genuine demo code, the CPU 4x slower (CDP
Emulation.setCPUThrottlingRate) and "Fast 3G" (Network.emulateNetworkConditions: 562.5 ms round
trip, 1.44 Mbit/s down, 675 kbit/s up), against gunicorn serving the demo on SQLite. For each
run, in a fresh browser context:
- cold: nothing cached, no service worker; open the app, press "Scan with the camera" the moment
  it is on the screen (a script in the page does), until the verdict is on the screen;
- installed: the same context once the service worker has stored the shell, the decoder and the
  keys; the app opened again, the same scan;
- offline: the same, with the network off (the verdict from the signature, checked on the phone).
Times are from the start of the navigation (the page's own clock: performance.now()) to the
verdict's banner in the document, to the app being drawn (`html[data-ready]`), and from the press
of the button to the verdict. Prints the
medians and the bytes the page itself transferred on a cold start (HTML, JS, CSS, icons: the
shell), apart from the API, and what the decoder's worker and the service worker (caching the
shell for later) transferred meanwhile, as Chromium counted them on the wire (gzip included).
The page's workers (decoder, service worker) get the same network conditions; DevTools cannot
slow their CPU. On a cold start each worker waits, paused, until its network is throttled (else
the decoder's WebAssembly would come at loopback speed); installed and offline it does not (it
takes everything from the service worker's cache; a phone has no such pause): --pause-workers
pauses them there too, as this bench did before. An installed app that opens straight into the
camera (docs/pwa.md) is not pressed: "pressed" is then when the button is drawn. Each mode also
prints the medians of its phases: the app drawn, from the press to the camera's first picture,
from there to the request that brought the verdict, that request on the network, and from its
answer to the verdict drawn. Whether the first screen is built into index.html (pwa/dist,
`make pwa`) is printed first: the server serves the build only when it matches the sources.
Targets: cold <= 2.5 s, installed <= 1 s, offline <= 1 s, shell < 150 KB.

With --via-nginx the same gunicorn is reached through nginx as production runs it: the server
block of ops/nginx/banderola.conf (TLS, HTTP/2, buffering, headers), on a free port of loopback
with a self-signed certificate made in the run's temporary folder, and Chromium started with
--ignore-certificate-errors (under which Chromium still registers the service worker; the bench
checks it does and measures cold only if it did not). Needs nginx (Debian: apt-get install
nginx-light). DevTools' emulation adds its latency per request, not per connection: neither
mode counts the TCP and TLS handshakes a real phone pays once per connection.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Error as PlaywrightError  # noqa: E402
from playwright.sync_api import TimeoutError as PlaywrightTimeout  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from ops import drills  # noqa: E402
from tests.browser.media import fake_camera_video  # noqa: E402
from tests.browser.pwa import PHONE, fake_camera_args, launch  # noqa: E402

FAST_3G = {"offline": False, "latency": 562.5, "downloadThroughput": 1.44e6 / 8,
           "uploadThroughput": 675e3 / 8}
CPU_SLOWDOWN = 4
TARGETS_MS = {"cold": 2500, "installed": 1000, "offline": 1000}
# Marks the page's own clock when the app is drawn and when a verdict appears, and presses the
# camera button the moment it is on the screen (a user's finger takes longer; Playwright's own
# click took 0.2-0.6 s more on the slowed CPU, which would be counted against the app).
MARKS = """
window.__marks = {};
new MutationObserver(() => {
  const marks = window.__marks;
  if (!marks.ready && document.documentElement.dataset.ready) marks.ready = performance.now();
  const camera = document.querySelector('.scan-actions .button-primary');
  // An app that opens straight into the camera (data-camera set) is not pressed.
  if (!marks.pressed && camera) {
    marks.pressed = performance.now();
    if (!camera.dataset.camera) camera.click();
  }
  if (!marks.verdict && document.querySelector('.verdict')) marks.verdict = performance.now();
}).observe(document, {subtree: true, childList: true, attributes: true});
// The breakdown: the camera's first picture, and the request that brought the verdict (a frame
// decoded and verified by the server, or a verification) from its start to its answer's end.
document.addEventListener('playing', () => { window.__marks.playing ??= performance.now(); }, true);
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!/\\/api\\/v1\\/(decode|verifications)/.test(entry.name)) continue;
    (window.__marks.requests ??= []).push({start: entry.startTime, end: entry.responseEnd});
  }
}).observe({type: 'resource', buffered: true});
"""


def serve(work: Path) -> drills.Server:
    instance = work / "instance"
    env = drills.environment("unused", instance) | {
        "DATABASE_URL": f"sqlite:///{instance / 'phone.db'}"}
    for command in (["db", "upgrade"], ["demo"]):
        subprocess.run([str(drills.BIN / "flask"), "--app", "wsgi", *command], cwd=ROOT,
                       env=env, check=True, capture_output=True)
    return drills.Server(env, work / "server.log", workers=1).start()


NGINX_CONF = ROOT / "ops" / "nginx" / "banderola.conf"


def nginx_config(work: Path, upstream_port: int, port: int) -> str:
    """ops/nginx/banderola.conf made runnable here: its upstream, log format and TLS server
    block as they are, on `port` of loopback with the bench's certificate, its logs and temporary
    files in `work`; without the redirect from port 80 and OCSP stapling (a self-signed
    certificate has no responder)."""
    production = NGINX_CONF.read_text()
    production = re.sub(r"\nserver \{\n    listen 80;.*?\n\}\n", "\n", production, flags=re.S)
    replacements = {
        "server 127.0.0.1:8000": f"server 127.0.0.1:{upstream_port}",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{port} ssl http2;",
        "    listen [::]:443 ssl http2;\n": "",
        "/etc/ssl/banderola/fullchain.pem": str(work / "cert.pem"),
        "/etc/ssl/banderola/privkey.pem": str(work / "key.pem"),
        "ssl_stapling        on;": "ssl_stapling        off;",
        "ssl_stapling_verify on;": "ssl_stapling_verify off;",
        "/var/log/nginx/banderola.access.log": str(work / "nginx-access.log"),
    }
    for old, new in replacements.items():
        if old not in production:
            raise RuntimeError(f"{NGINX_CONF} changed: no {old!r} in it; update bench/phone.py")
        production = production.replace(old, new)
    temp = "\n".join(f"    {kind}_temp_path {work / ('nginx-' + kind)};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""daemon off;
master_process on;
worker_processes 1;
pid {work / 'nginx.pid'};
error_log {work / 'nginx-error.log'} warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
{temp}
{production}
}}
"""


class Nginx:
    """nginx in front of `upstream_port` with a self-signed certificate, on a free port."""

    def __init__(self, work: Path, upstream_port: int) -> None:
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(nginx).exists():
            raise SystemExit("--via-nginx needs nginx: apt-get install nginx-light")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", str(work / "key.pem"), "-out", str(work / "cert.pem")],
                       check=True, capture_output=True)
        self.port = drills.free_port()
        self.base = f"https://127.0.0.1:{self.port}"
        self.conf = work / "nginx.conf"
        self.conf.write_text(nginx_config(work, upstream_port, self.port))
        # Running as root, nginx's workers would become "nobody", who cannot write here.
        user = ["-g", "user root;"] if os.geteuid() == 0 else []
        subprocess.run([nginx, "-t", "-c", str(self.conf), *user], check=True,
                       capture_output=True)
        with open(work / "nginx-stderr.log", "wb") as log:
            self.process = subprocess.Popen([nginx, "-c", str(self.conf), *user], stderr=log)
        context = ssl.create_default_context(cafile=str(work / "cert.pem"))
        deadline = time.monotonic() + 15
        while True:
            try:
                with urllib.request.urlopen(self.base + "/api/v1/health", context=context,
                                            timeout=2):
                    return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError((work / "nginx-error.log").read_text()[-2000:]) from None
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def throttle(context, page, offline: bool = False, network_event=None, pause_workers=True):
    """The page's CPU and network throttled, and the network of every worker it starts (the QR
    decoder's, the service worker): DevTools' emulation is per target, and a worker is a target
    of its own. With `pause_workers` each worker waits, paused, until its network is throttled
    too (a round trip between Chromium and this script: 0.1-0.5 s on a loaded machine, which no
    phone has); without, it runs at once and its network is throttled a moment later: right
    for an installed app, whose worker takes everything from the service worker's cache.
    `network_event(source, method, params)` sees the Network events of the page ("page") and of
    its workers ("worker", "service_worker")."""
    session = context.new_cdp_session(page)
    conditions = FAST_3G | {"offline": offline}
    session.send("Network.enable")
    session.send("Network.emulateNetworkConditions", conditions)
    session.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    sources: dict[str, str] = {}

    def to_worker(worker_session: str, message_id: int, method: str, params: dict) -> None:
        # A worker starting as its page closes: nothing left to throttle.
        with contextlib.suppress(PlaywrightError):
            session.send("Target.sendMessageToTarget", {
                "sessionId": worker_session,
                "message": json.dumps({"id": message_id, "method": method, "params": params})})

    def attached(event: dict) -> None:
        worker_session = event["sessionId"]
        sources[worker_session] = event["targetInfo"]["type"]
        to_worker(worker_session, 1, "Network.enable", {})
        to_worker(worker_session, 2, "Network.emulateNetworkConditions", conditions)
        to_worker(worker_session, 3, "Runtime.runIfWaitingForDebugger", {})

    def from_worker(event: dict) -> None:
        message = json.loads(event["message"])
        if network_event and message.get("method", "").startswith("Network."):
            network_event(sources.get(event["sessionId"], "worker"), message["method"],
                          message["params"])

    session.on("Target.attachedToTarget", attached)
    session.on("Target.receivedMessageFromTarget", from_worker)
    if network_event:
        for method in ("Network.responseReceived", "Network.loadingFinished"):
            session.on(method, lambda params, method=method: network_event("page", method,
                                                                            params))
    session.send("Target.setAutoAttach", {"autoAttach": True,
                                          "waitForDebuggerOnStart": pause_workers,
                                          "flatten": False})
    return session


def scan(context, base: str, offline: bool = False, cached: bool = False,
         pause_workers: bool = False) -> dict:
    """Open the app, start the camera once it is drawn, wait for the verdict; the marks and the
    bytes of each kind the page took from the network. `cached`: the service worker holds the
    decoder, whose worker then need not wait for its network to be throttled."""
    page = context.new_page()
    urls: dict[tuple[str, str], str] = {}
    transferred = {"shell": 0, "api": 0, "decoder": 0, "service_worker": 0}
    protocols: set[str] = set()

    def network_event(source: str, method: str, event: dict) -> None:
        request = (source, event["requestId"])
        if method == "Network.responseReceived":
            urls[request] = event["response"]["url"]
            if source == "page" and event["response"].get("protocol"):
                protocols.add(event["response"]["protocol"])
        elif method == "Network.loadingFinished":
            path = urls.get(request, "").split("//", 1)[-1].partition("/")[2]
            kind = ("api" if path.startswith("api/") else "shell") if source == "page" else (
                "service_worker" if source == "service_worker" else "decoder")
            transferred[kind] += int(event["encodedDataLength"])

    throttle(context, page, offline, network_event, pause_workers=pause_workers or not cached)
    page.add_init_script(MARKS)
    page.goto(base + "/", wait_until="commit")
    page.wait_for_selector(".verdict", timeout=120_000)
    marks = page.evaluate("window.__marks")
    verdict = page.locator(".verdict").get_attribute("class")
    page.close()
    # The request whose answer brought the verdict: the last to end before it.
    answered = [r for r in marks.get("requests", []) if r["end"] <= marks["verdict"]]
    request = answered[-1] if answered else None
    return {"ready_ms": marks["ready"], "pressed_ms": marks["pressed"],
            "playing_ms": marks.get("playing"), "request_start_ms": request and request["start"],
            "request_end_ms": request and request["end"],
            "verdict_ms": marks["verdict"], "verdict": verdict, "bytes": transferred,
            "protocols": sorted(protocols)}


def installed(page) -> None:
    """Wait until the service worker holds the shell, the decoder and the keys."""
    page.wait_for_function("""async () => !!(await navigator.serviceWorker.getRegistration())
        || (await navigator.serviceWorker.ready.then(() => true))""", timeout=60_000)
    page.wait_for_function("""async () => {
        const names = await caches.keys();
        const count = async (prefix) => {
            const name = names.find((n) => n.startsWith(prefix));
            return name ? (await (await caches.open(name)).keys()).length : 0;
        };
        // No worker still installing: its install would download the decoder again meanwhile.
        const registration = await navigator.serviceWorker.getRegistration();
        return registration.active?.state === 'activated' && !registration.installing
            && !registration.waiting
            && (await count('bi-shell-')) > 10 && (await count('bi-decoder-')) >= 3
            && (await count('bi-keys')) >= 1 && localStorage.getItem('bi.keys') !== null;
    }""", timeout=120_000)


def run_once(browser, base: str, pause_workers: bool = False) -> dict:
    context = browser.new_context(base_url=base, viewport=PHONE, device_scale_factor=2,
                                  is_mobile=True, has_touch=True, locale="en-GB",
                                  permissions=["camera"])
    try:
        cold = scan(context, base)
        page = context.new_page()
        page.goto(base + "/")
        try:
            installed(page)
        except PlaywrightTimeout:
            # No service worker (e.g. refused under a certificate error): cold is all there is.
            return {"cold": cold}
        finally:
            page.close()
        warm = scan(context, base, cached=True, pause_workers=pause_workers)
        context.set_offline(True)
        offline = scan(context, base, offline=True, cached=True, pause_workers=pause_workers)
        return {"cold": cold, "installed": warm, "offline": offline}
    finally:
        context.close()


def breakdown(runs: list[dict]) -> dict:
    """Medians of the phases from the opening to the verdict: the app drawn, the camera's first
    picture, the request that brought the verdict (start, and its time on the network), the
    verdict drawn after its answer."""
    def median(first: str, last: str) -> int | None:
        spans = [run[last] - (run[first] if first else 0) for run in runs
                 if run.get(last) is not None and (not first or run.get(first) is not None)]
        return round(statistics.median(spans)) if spans else None

    return {"drawn": median("", "ready_ms"), "press_to_camera": median("pressed_ms", "playing_ms"),
            "camera_to_request": median("playing_ms", "request_start_ms"),
            "request": median("request_start_ms", "request_end_ms"),
            "answer_to_verdict": median("request_end_ms", "verdict_ms")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--via-nginx", action="store_true",
                        help="through nginx (ops/nginx/banderola.conf): TLS and HTTP/2")
    parser.add_argument("--pause-workers", action="store_true",
                        help="installed and offline too, each worker paused until its network"
                             " is throttled (as the bench did before: an artefact of the bench)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="banderola-phone-"))
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average"
          f" {' '.join(f'{load:.2f}' for load in os.getloadavg())} ({os.cpu_count()} cores,"
          f" shared: other work on the machine slows every figure)", flush=True)
    try:
        from app.web import first_screen_build
    except ImportError:  # the code before the build step (a comparison run)
        built = False
    else:
        built = first_screen_build(ROOT / "pwa") is not None
    print("the first screen built into index.html (pwa/dist)" if built else
          "the app unbundled (no pwa/dist built from these sources: make pwa)", flush=True)
    server = serve(work)
    proxy = None
    base = server.base
    codes = json.loads((work / "instance" / "demo" / "codes.json").read_text())["codes"]
    genuine = next(code for code in codes if code["expect"] == "genuine")
    video = fake_camera_video(genuine["text"], work / "stamp.y4m")
    runs = []
    try:
        if args.via_nginx:
            proxy = Nginx(work, server.port)
            base = proxy.base
        extra = ["--ignore-certificate-errors"] if args.via_nginx else []
        with sync_playwright() as playwright:
            browser = launch(playwright, fake_camera_args(video) + extra)
            for number in range(args.runs):
                runs.append(run_once(browser, base, args.pause_workers))
                print(f"run {number + 1}: " + ", ".join(
                    f"{mode} {run['verdict_ms'] / 1000:.2f} s (drawn {run['ready_ms'] / 1000:.2f}"
                    f" s, {run['verdict'].split()[-1]})" for mode, run in runs[-1].items()),
                    flush=True)
            browser.close()
    finally:
        if proxy:
            proxy.stop()
        server.stop()
    summary = {}
    measured = [mode for mode in TARGETS_MS if all(mode in run for run in runs)]
    if len(measured) < len(TARGETS_MS):
        print("the service worker did not register: cold only")
    for mode in measured:
        target = TARGETS_MS[mode]
        verdict = statistics.median(run[mode]["verdict_ms"] for run in runs)
        ready = statistics.median(run[mode]["ready_ms"] for run in runs)
        after_press = statistics.median(run[mode]["verdict_ms"] - run[mode]["pressed_ms"]
                                        for run in runs)
        summary[mode] = {"verdict_ms": round(verdict), "ready_ms": round(ready),
                         "after_press_ms": round(after_press), "target_ms": target,
                         "met": verdict <= target,
                         "breakdown_ms": breakdown([run[mode] for run in runs])}
    shell = statistics.median(run["cold"]["bytes"]["shell"] for run in runs)
    decoder = statistics.median(run["cold"]["bytes"]["decoder"] for run in runs)
    precache = statistics.median(run["cold"]["bytes"]["service_worker"] for run in runs)
    summary["cold_bytes"] = {"shell": int(shell), "decoder": int(decoder),
                             "service_worker": int(precache), "shell_target": 150_000,
                             "met": shell < 150_000}
    protocols = sorted({p for run in runs for p in run["cold"]["protocols"]})
    summary["via"] = "nginx" if args.via_nginx else "gunicorn"
    summary["built"] = built
    summary["protocols"] = protocols
    print(f"\nmedians of {len(runs)} runs (CPU {CPU_SLOWDOWN}x slower, Fast 3G), via"
          f" {summary['via']}, the page's protocols: {', '.join(protocols)}:")
    for mode in measured:
        row = summary[mode]
        print(f"  {mode:<9} verdict {row['verdict_ms'] / 1000:.2f} s (app drawn"
              f" {row['ready_ms'] / 1000:.2f} s, verdict {row['after_press_ms'] / 1000:.2f} s"
              f" after the press); target {row['target_ms'] / 1000:g} s:"
              f" {'met' if row['met'] else 'NOT met'}")
        print("            " + ", ".join(f"{name.replace('_', ' ')} {value / 1000:.2f} s"
                                          for name, value in row["breakdown_ms"].items()
                                          if value is not None))
    print(f"  shell transferred on a cold start: {shell / 1024:.1f} KiB (target < 150 KB:"
          f" {'met' if shell < 150_000 else 'NOT met'}); before the verdict the decoder's worker"
          f" took {decoder / 1024:.1f} KiB, the service worker {precache / 1024:.1f} KiB")
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "runs": runs}, indent=2))


if __name__ == "__main__":
    main()

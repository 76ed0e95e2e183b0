"""Worst-case image uploads to the anonymous endpoints, 16 at once, through gunicorn (issue 17).

    .venv/bin/python bench/image_abuse.py
    .venv/bin/python bench/image_abuse.py --parallel 16 --kinds png16-rgba-at-cap,photo-no-code
    .venv/bin/python bench/image_abuse.py --url http://127.0.0.1:8000 --master-pid 1234

By default it starts gunicorn as `make run` serves the app (2 workers, 4 threads) on a fresh
SQLite database of its own, with rate limits off (an attacker has many addresses; the
per-minute limit is not what bounds this), and stops it at the end. With --url and
--master-pid it targets a server already running (its workers are the master's children).

Each kind of upload is made on the spot: the two of the issue (a 6300 x 6300 16-bit RGBA PNG of
300 KB and a 39 MP lossless WebP of a few bytes: now refused at once) and, for each format, the
most expensive file the anonymous cap still accepts (docs/imaging.md: what decoding may hold),
plus a 12 MP phone-like photo without a code (every decoding attempt runs). Each is sent
--parallel times at once to POST /api/v1/decode and as the photo of POST /api/v1/reports.
Printed per kind and endpoint: the answers' statuses, their slowest and median times, and each
worker's peak RSS during that batch (VmHWM from /proc, reset before each batch through
clear_refs) and RSS once it is over; at the end the highest peak and the slowest answer.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import requests
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.config import Config  # noqa: E402
from app.imaging.decode import pillow_heif  # noqa: E402 - registers HEIC with Pillow
from tests.imaging.images import blank_png  # noqa: E402

ENDPOINTS = ("decode", "reports")


def _encoded(image: Image.Image, image_format: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, image_format, **options)
    return out.getvalue()


def _side(pixels: float) -> int:
    return math.isqrt(int(pixels))


def kinds(cap: int) -> dict[str, Callable[[], bytes]]:
    """Makers of each kind of upload, at the anonymous cap `cap` (pixels a decode may hold)."""
    makers = {
        # The two: refused from their headers now.
        "issue-png16-rgba-6300": lambda: blank_png(6300, 6300, depth=16, alpha=True),
        "issue-webp-lossless-39mp": lambda: _encoded(
            Image.new("RGBA", (6245, 6245), (0, 0, 0, 0)), "WEBP", lossless=True, method=0),
        # The most each format may cost (weights of app.imaging.decode._decoding_cost).
        "png16-rgba-at-cap": lambda: blank_png(*[_side(cap / 4)] * 2, depth=16, alpha=True),
        "png8-rgba-at-cap": lambda: blank_png(*[_side(cap / 2)] * 2, alpha=True),
        "png8-rgb-at-cap": lambda: blank_png(*[_side(cap)] * 2),
        "webp-lossless-at-cap": lambda: _encoded(
            Image.new("RGB", (_side(cap / 4),) * 2, (90, 90, 90)), "WEBP", lossless=True,
            method=0),
        # Decoded at full size for POST /decode (long side under 4096), coefficients included.
        "jpeg-progressive-at-cap": lambda: _encoded(
            Image.effect_noise((_side(cap / 1.75),) * 2, 20).convert("RGB"), "JPEG",
            quality=30, progressive=True),
        # Just under Pillow's bomb limit (89.5 Mpx): decoded at 1/4 scale.
        "jpeg-88mp": lambda: _encoded(Image.new("L", (9400, 9400), 128), "JPEG", quality=50),
        "photo-no-code": lambda: _encoded(
            Image.effect_noise((4032, 3024), 40).filter(ImageFilter.GaussianBlur(1.2))
            .convert("RGB"), "JPEG", quality=80),
    }
    if pillow_heif is not None:
        makers["heic-at-cap"] = lambda: _encoded(
            Image.new("RGB", (_side(cap / 2),) * 2, (90, 90, 90)), "HEIF", quality=50)
    return makers


def _status(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) // 1024
    return fields


def _workers(master_pid: int) -> list[int]:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return sorted(int(pid) for pid in children)


def _reset_peak(pid: int) -> None:
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # VmHWM := VmRSS (Linux 4.0+)


def _send(base: str, endpoint: str, name: str, data: bytes) -> tuple[int, float, str]:
    started = time.monotonic()
    if endpoint == "decode":
        answer = requests.post(f"{base}/api/v1/decode", files={"image": (name, data)},
                               timeout=120)
    else:
        answer = requests.post(f"{base}/api/v1/reports", timeout=120,
                               data={"description": "Stamp looks printed at home"},
                               files={"photo": (name, data)})
    elapsed = time.monotonic() - started
    error = answer.json().get("error", "") if answer.status_code >= 400 else ""
    retry = answer.headers.get("Retry-After", "")
    return answer.status_code, elapsed, f"{error} retry-after={retry}" if retry else error


def _batch(base: str, endpoint: str, name: str, data: bytes, parallel: int) -> list[tuple]:
    results: list[tuple] = [None] * parallel
    start = threading.Barrier(parallel)

    def one(index: int) -> None:
        start.wait()
        results[index] = _send(base, endpoint, name, data)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(parallel)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(instance: Path, workers: int, threads: int, rate_limits: bool):
    env = os.environ | {
        "DATABASE_URL": f"sqlite:///{instance / 'bench.db'}",
        "INSTANCE_PATH": str(instance),
        "KEYS_DIR": str(instance / "keys"),
        "EVIDENCE_DIR": str(instance / "evidence"),
        "RATELIMIT_ENABLED": "true" if rate_limits else "false",
    }
    bin_dir = Path(sys.executable).parent
    subprocess.run([bin_dir / "flask", "--app", "wsgi", "db", "upgrade"], cwd=ROOT, env=env,
                   check=True, capture_output=True)
    port = _free_port()
    log = (instance / "gunicorn.log").open("ab")
    process = subprocess.Popen(
        [bin_dir / "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
         "--threads", str(threads), "wsgi:app"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/v1/health", timeout=1):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise SystemExit((instance / "gunicorn.log").read_text()) from None
            time.sleep(0.2)
    return process, base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parallel", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--kinds", help="comma-separated kinds (default: all)")
    parser.add_argument("--endpoints", default=",".join(ENDPOINTS))
    parser.add_argument("--rate-limits", action="store_true", help="keep the app's rate limits")
    parser.add_argument("--url", help="a server already running (with --master-pid)")
    parser.add_argument("--master-pid", type=int)
    args = parser.parse_args()

    cap = Config.IMAGE_PUBLIC_MAX_PIXELS
    makers = kinds(cap)
    chosen = args.kinds.split(",") if args.kinds else list(makers)
    uploads = {}
    for name in chosen:
        uploads[name] = makers[name]()
        print(f"made {name}: {len(uploads[name]):,} bytes", flush=True)

    with tempfile.TemporaryDirectory(prefix="image-abuse-") as folder:
        if args.url:
            process, base, master = None, args.url.rstrip("/"), args.master_pid
        else:
            process, base = _serve(Path(folder), args.workers, args.threads, args.rate_limits)
            master = process.pid
        try:
            run(base, master, uploads, args.endpoints.split(","), args.parallel, cap)
        finally:
            if process is not None:
                process.terminate()
                process.wait(timeout=30)


def run(base: str, master: int, uploads: dict[str, bytes], endpoints: list[str],
        parallel: int, cap: int) -> None:
    workers = _workers(master)
    for _ in range(2 * len(workers)):  # every worker has served a request
        requests.get(f"{base}/api/v1/health", timeout=10)
    print(f"\ncap {cap / 1e6:g} Mpx of decoding, {parallel} uploads at once, "
          f"{len(workers)} workers; RSS at rest (MB): "
          + ", ".join(str(_status(pid)["VmRSS"]) for pid in workers), flush=True)
    print(f"{'kind':26} {'endpoint':8} {'answers':34} {'max s':>6} {'p50 s':>6}  "
          f"{'peak RSS per worker (MB)':>25}  RSS after", flush=True)
    highest_peak, slowest = 0, 0.0
    for name, data in uploads.items():
        extension = {b"\x89P": "png", b"RI": "webp", b"\xff\xd8": "jpg"}.get(data[:2], "heic")
        for endpoint in endpoints:
            for pid in workers:
                _reset_peak(pid)
            results = _batch(base, endpoint, f"{name}.{extension}", data, parallel)
            peaks = [_status(pid)["VmHWM"] for pid in workers]
            time.sleep(1)
            after = [_status(pid)["VmRSS"] for pid in workers]
            times = [elapsed for _, elapsed, _ in results]
            answers = Counter(f"{status} {error}".strip() for status, _, error in results)
            summary = ", ".join(f"{count}x {answer}" for answer, count in answers.items())
            print(f"{name:26} {endpoint:8} {summary:34} {max(times):6.2f} "
                  f"{statistics.median(times):6.2f}  {peaks!s:>25}  {after}", flush=True)
            highest_peak, slowest = max(highest_peak, *peaks), max(slowest, *times)
    print(f"\nhighest worker peak {highest_peak} MB, slowest answer {slowest:.2f} s", flush=True)


if __name__ == "__main__":
    main()

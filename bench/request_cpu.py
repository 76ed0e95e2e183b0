"""CPU per request inside the application, without HTTP: where a figure's time goes.

    .venv/bin/python bench/request_cpu.py verify --db banderola_bench_small
    .venv/bin/python bench/request_cpu.py chain --db banderola_bench_custody
    .venv/bin/python bench/request_cpu.py verify --db banderola_bench_small --profile 40

Calls the WSGI application directly (the same Flask app gunicorn serves, rate limits off), so
the figures leave out gunicorn, the network and wrk, and vary less with the machine's load
than requests/s do. `verify`: POST /api/v1/verifications with signed codes of a database loaded
by bench/load_stamps.py, beside GET /api/v1/health; `chain`: GET /api/v1/stamps/{serial} as
the officer of a database loaded by bench/custody_chain.py, for ordinary serials and for hot
ones (over 50 scans). Prints wall and CPU time per request; `--profile N` adds the N most
costly functions (cProfile on CPU time) of the last group (`--profile-first`: the first),
ordered by `--sort` (cumulative; tottime for the leaves); `--only TEXT` measures only the
groups whose label contains TEXT (for a sampling profiler such as py-spy).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def environ(method: str, path: str, body: bytes = b"", token: str | None = None) -> dict:
    env = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1", "HTTP_ACCEPT_LANGUAGE": "en",
        "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body), "wsgi.errors": sys.stderr, "wsgi.url_scheme": "http",
        "wsgi.version": (1, 0), "wsgi.multithread": False, "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    if token:
        env["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return env


def call(app, *args, **kwargs) -> bytes:
    status = []
    result = app(environ(*args, **kwargs), lambda s, h, e=None: status.append(s))
    body = b"".join(result)
    if not status[0].startswith("2"):
        raise RuntimeError(f"{args[:2]}: {status[0]} {body[:200]!r}")
    return body


def measure(label: str, requests: list, repeat: int = 1) -> None:
    for request in requests[:50]:  # warm caches and prepared statements
        request()
    times = []
    cpu0 = time.process_time()
    for _ in range(repeat):
        for request in requests:
            t0 = time.perf_counter()
            request()
            times.append(time.perf_counter() - t0)
    cpu = (time.process_time() - cpu0) / len(times)
    times.sort()
    median, p99 = times[len(times) // 2], times[int(len(times) * 0.99)]
    print(f"{label:<22} {len(times):>6} requests: wall median {1000 * median:.2f} ms,"
          f" p99 {1000 * p99:.2f} ms; CPU {1000 * cpu:.2f} ms per request")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=["verify", "chain"])
    parser.add_argument("--db", required=True)
    parser.add_argument("--host", default="127.0.0.1:5432")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--profile-first", action="store_true",
                        help="profile the first group of requests (default: the last)")
    parser.add_argument("--sort", default="cumulative", help="cProfile order (e.g. tottime)")
    parser.add_argument("--only", metavar="TEXT",
                        help="only the groups whose label contains TEXT (e.g. verif, hot)")
    args = parser.parse_args()
    url = f"postgresql+psycopg://postgres@{args.host}/{args.db}"
    if args.what == "verify":
        keys = Path("/tmp/bench_core") / args.db / "keys"
        instance = Path("/tmp/bench_core") / args.db / "instance"
    else:
        keys, instance = Path("/tmp/bench_custody/keys"), Path("/tmp/bench_custody")
    keys.mkdir(parents=True, exist_ok=True)
    # The settings are read when the app package is first imported.
    os.environ.update(DATABASE_URL=url, RATELIMIT_ENABLED="false", KEYS_DIR=str(keys),
                      INSTANCE_PATH=str(instance))
    if args.what == "verify":
        import verify_throughput

        bodies, _mix = verify_throughput.build_pool(args.db, args.host, keys, args.requests, 0.5)
    else:
        import psycopg

        token = json.loads((instance / "world.json").read_text())["token"]
        with psycopg.connect(f"postgresql://postgres@{args.host}/{args.db}") as conn:
            hot = conn.execute("SELECT series, number FROM scans GROUP BY 1, 2"
                               " HAVING count(*) > 50 LIMIT 200").fetchall()
            ordinary = conn.execute("SELECT series, number FROM scans WHERE id %% 5000 = 0"
                                    " LIMIT %s", (args.requests,)).fetchall()
    from app.stamps.codes import Serial
    from wsgi import app

    if args.what == "verify":
        encoded = [body.encode() for body in bodies]
        groups = {
            "GET /health": [lambda: call(app, "GET", "/api/v1/health")] * len(encoded),
            "POST /verifications": [
                (lambda b=b: call(app, "POST", "/api/v1/verifications", b)) for b in encoded
            ],
        }
    else:
        def chain(rows):
            return [(lambda p=f"/api/v1/stamps/{Serial(s, n)}": call(app, "GET", p, token=token))
                    for s, n in rows]
        groups = {"chain, ordinary": chain(ordinary), "chain, hot": chain(hot)}
    if args.only:
        groups = {label: group for label, group in groups.items() if args.only in label}
    for label, requests in groups.items():
        measure(label, requests)
    if args.profile:
        profiler = cProfile.Profile(time.process_time)
        requests = list(groups.values())[0 if args.profile_first else -1]
        profiler.enable()
        for request in requests:
            request()
        profiler.disable()
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.profile)


if __name__ == "__main__":
    main()

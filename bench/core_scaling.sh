#!/usr/bin/env bash
# Issue 2 (core): verification vs the trivial endpoint at 1 million and at 200 million stamps.
#
#   bench/core_scaling.sh                 # load both databases, measure them alternately, drop them
#   KEEP_DBS=1 bench/core_scaling.sh      # keep the two databases afterwards
#   SKIP_LOAD=1 bench/core_scaling.sh     # reuse databases loaded by an earlier run
#
# Both databases hold 1 million scans; the small one 1,000,000 stamps in 100 batches, the large
# one 200,000,000 stamps in 20,000 batches. One gunicorn per database; the rounds alternate
# between them, in ABBA order (give an even --rounds), so that any other load on the machine,
# and the first place of a round, fall on both alike. Figures: /tmp/bench_core/.
# Extra arguments go to bench/verify_throughput.py (e.g. --worker-class gthread --threads 4).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
SMALL=${SMALL_DB:-banderola_bench_small}
LARGE=${LARGE_DB:-banderola_bench_core}
OUT=/tmp/bench_core
mkdir -p "$OUT"

if [[ -z "${SKIP_LOAD:-}" ]]; then
  echo "== load 1M stamps"
  /usr/bin/time -f "load 1M: %e s wall" $PY bench/load_stamps.py \
    --stamps 1000000 --batches 100 --scans 1000000 --db "$SMALL" | tee "$OUT/load_1m.log"
  echo "== load 200M stamps"
  /usr/bin/time -f "load 200M: %e s wall" $PY bench/load_stamps.py \
    --stamps 200000000 --batches 20000 --scans 1000000 --db "$LARGE" | tee "$OUT/load_200m.log"
fi

echo "== measure (alternating databases)"
$PY bench/verify_throughput.py --db "$SMALL" --db "$LARGE" --json "$OUT/scaling.json" "$@" \
  | tee "$OUT/scaling.log"

if [[ -z "${KEEP_DBS:-}" ]]; then
  for db in "$SMALL" "$LARGE"; do
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  done
  echo "dropped $SMALL and $LARGE"
fi

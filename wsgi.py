"""The WSGI entry point: `gunicorn wsgi:app`, `flask --app wsgi ...`."""

import gc

from app import create_app

app = create_app()
# The app's ~200,000 objects live as long as the worker: out of the collector's reach, its full
# collections take 1-2 ms instead of 100-130 ms, each a stall of the worker, every few seconds
# under load (docs/stamps.md, "The verification's hot path").
gc.freeze()

"""gunicorn's settings file, read from the working directory (`make run`, `gunicorn wsgi:app`).

It sets nothing: it only warns at start when several workers would each count the rate limits
in their own memory (docs/accounts.md, Rate limits).
"""


def on_starting(server):
    from app.config import Config
    from app.extensions import multi_worker_warning

    warning = multi_worker_warning(server.cfg.workers, Config)
    if warning:
        server.log.warning(warning)

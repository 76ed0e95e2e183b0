"""The request's side of the outbox: once a request that wrote mail has sent its answer, it
delivers that mail itself (best effort; `flask mail send` retries whatever fails)."""

from __future__ import annotations

import functools
import logging

from flask import Flask, Response, current_app

from app import db
from app.mail.service import MailSettings, deliver, take_enqueued

logger = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    settings = MailSettings.from_config(app.config)
    app.extensions["mail"] = settings
    if not settings.server and app.config["APP_ENV"] == "production":
        logger.warning("MAIL_SERVER is not set: mails are written to %s, not sent",
                       settings.mail_dir)
    app.after_request(_deliver_after_the_answer)


def _deliver_after_the_answer(response: Response) -> Response:
    """Every request passes here; only one whose session put mail in the outbox does more.

    The delivery runs when the server closes the answer, after its last byte went out: the
    client never waits for the mail server, and the time an answer takes does not tell whether
    a mail was sent (a password reset must not reveal whether an address has an account).
    """
    if not db.session.registry.has():
        return response
    ids = take_enqueued(db.session())
    if ids and response.status_code < 400:
        # The mails are sent only if their transaction committed: `deliver` claims pending rows
        # of the outbox, and a rolled-back request left none.
        response.call_on_close(functools.partial(
            _deliver, db.session.session_factory, current_app.extensions["mail"], ids
        ))
    return response


def _deliver(new_session, settings: MailSettings, ids: list[int]) -> None:
    try:
        with new_session() as session:
            run = deliver(session, settings, ids=ids)
    except Exception:
        logger.exception("mail delivery after the request failed; `flask mail send` retries it")
        return
    if run.failed or run.given_up:
        logger.warning("mail not delivered after the request (%d to retry, %d given up)",
                       run.failed, run.given_up)

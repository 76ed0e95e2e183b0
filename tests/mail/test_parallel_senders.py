"""Senders running at once (requests delivering their mail, the `mail send` timer) never send
one mail twice: each claims a mail with a conditional UPDATE before sending it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db import make_engine
from app.mail.compose import compose
from app.mail.models import SENT, OutboxMail
from app.mail.service import deliver, enqueue

MAILS = 40
SENDERS = 4


@pytest.mark.postgresql  # real parallel transactions; SQLite has one writer at a time
def test_parallel_senders_send_each_mail_once(app, database_url, smtp_server):
    engine = make_engine(database_url)
    settings = smtp_server.settings(app.extensions["mail"])
    recipients = [f"parallel{n}@example.org" for n in range(MAILS)]
    with Session(engine) as own:
        high = own.scalar(select(func.coalesce(func.max(OutboxMail.id), 0)))
        for to in recipients:
            message = compose("password_reset", "en", to, email=to, link="https://x.example/",
                              minutes=60)
            enqueue(own, message, kind="test")
        own.commit()
    start = threading.Barrier(SENDERS, timeout=10)
    runs, errors = [], []

    def sender():
        try:
            start.wait()
            with Session(engine) as own:
                runs.append(deliver(own, settings))
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=sender) for _ in range(SENDERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        assert sum(run.sent for run in runs) == MAILS
        assert sorted(m["To"] for m in smtp_server.messages) == sorted(recipients)
        with Session(engine) as own:
            statuses = own.scalars(select(OutboxMail.status).where(OutboxMail.id > high)).all()
            attempts = own.scalars(select(OutboxMail.attempts).where(OutboxMail.id > high)).all()
        assert set(statuses) == {SENT} and set(attempts) == {1}
    finally:
        with engine.begin() as connection:
            connection.execute(delete(OutboxMail).where(OutboxMail.id > high))
        engine.dispose()

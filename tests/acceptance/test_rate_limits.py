"""The server runs with the rate limits of `make run` (counted in the machine's Redis, shared by
the two workers, or in each worker's memory without one): someone guessing passwords from one
address is stopped with 429."""

from __future__ import annotations

from tests.acceptance.http import refused

LOGIN_PER_MINUTE = 10  # RATELIMIT_LOGIN's default
WORKERS = 2  # without Redis each worker counts on its own (README, "Rate limits")


def test_guessing_passwords_from_one_address_is_stopped(clients):
    guesser = clients.anonymous("password-guesser")
    body = {"email": "nobody@guess.example", "password": "guess-guess-guess"}
    refusals = 0
    for _ in range(2 * LOGIN_PER_MINUTE * WORKERS):  # room for a window starting anew
        answer = guesser.post("/api/v1/auth/login", json=body)
        if answer.status_code == 429:
            break
        refused(answer, 401, "unauthorized")
        refusals += 1
    refused(answer, 429, "rate_limited")
    assert int(answer.headers["Retry-After"]) > 0
    assert refusals >= LOGIN_PER_MINUTE

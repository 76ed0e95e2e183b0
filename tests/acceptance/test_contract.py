"""Run last (tests/acceptance/conftest.py): what the whole walk proves about the contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.acceptance.http import ok, operations

HERE = Path(__file__).parent


def _whole_suite_ran(request) -> bool:
    journeys = {path.name for path in HERE.glob("test_*.py")}
    collected = {Path(str(item.fspath)).name for item in request.session.items}
    return journeys <= collected


def test_every_operation_of_the_openapi_document_was_called(request, consumer, recorder):
    if not _whole_suite_ran(request):
        pytest.skip("only part of the acceptance suite ran")
    document = ok(consumer.get("/api/openapi.json"))
    missing = sorted(operations(document) - recorder.operations_called(document))
    if missing:
        pytest.fail("operations no acceptance journey called:\n" + "\n".join(
            f"  {method} {path}" for method, path in missing), pytrace=False)


def test_the_server_logged_no_traceback_and_answered_no_5xx(live):
    errors = live.server_errors()
    if errors:
        pytest.fail("the server logged:\n" + "\n".join(errors[:50]), pytrace=False)

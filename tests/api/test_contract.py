"""Property-based requests generated from the OpenAPI document (schemathesis): none may get a 5xx, and every
error answer has the one error shape."""

from __future__ import annotations

from tests.conftest import require_module

schemathesis = require_module("schemathesis")  # in the test extras: skipped if absent, failed in CI
from hypothesis import HealthCheck, given, settings  # noqa: E402

#: the situation report renders a PDF per call: too slow for generated requests (tested on its own)
SLOW = ("/api/v1/report",)


def test_no_generated_request_gets_a_server_error(acled_db):
    from sahelwatch.api import create_app

    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", create_app(acled_db))
    checked = 0
    for result in schema.get_all_operations():
        op = result.ok()
        if op.path in SLOW:
            continue

        @given(case=op.as_strategy())
        @settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case):
            response = case.call()
            assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.text}"
            if response.status_code >= 400 and "json" in response.headers.get("content-type", ""):
                assert set(response.json()["error"]) >= {"status", "code", "message"}

        check()
        checked += 1
    assert checked >= 12

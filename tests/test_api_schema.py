"""`factdiff serve` against its own OpenAPI schema, with schemathesis: requests generated from the schema (valid and
not) get no server error, and every answer has a status, content type and body that the schema declares.

A short run (`SCHEMATHESIS_EXAMPLES` per operation and generation mode, default 20); set it higher for a longer one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (pip install -e '.[test]')")
pytest.importorskip("fastapi", reason="the web extra is not installed (pip install -e '.[web]')")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.generation.modes import GenerationMode  # noqa: E402
from test_web import wait_until_serving  # noqa: E402

FACTDIFF = Path(sys.executable).parent / "factdiff"
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "20"))
DERANDOMIZE = "SCHEMATHESIS_EXAMPLES" not in os.environ  # the suite's short run sends the same requests every time
CHECKS = (not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> str:
    """`factdiff serve` on a free loopback port with one worker; its URL once the models are loaded."""
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(FACTDIFF), "serve", "--port", "0", "--workers", "1"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "HF_HUB_OFFLINE": "1"},
        )
    try:
        yield wait_until_serving(process, log)
    finally:
        process.terminate()
        process.wait(timeout=60)


@pytest.fixture(scope="module")
def operations(served: str) -> list:
    """The operations of the server's own schema, as it serves it."""
    schema = schemathesis.openapi.from_url(served + "openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", list(GenerationMode), ids=str)
def test_every_answer_is_one_the_schema_declares(operations, mode: GenerationMode) -> None:
    statuses: list[int] = []
    for operation in operations:
        if mode == GenerationMode.NEGATIVE and not operation.body:
            continue  # nothing to make invalid in a request without a body (GET /healthz)

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=DERANDOMIZE, suppress_health_check=list(HealthCheck))
        def answer_as_declared(case) -> None:
            response = case.call(timeout=120)
            statuses.append(response.status_code)
            case.validate_response(response, checks=CHECKS)

        answer_as_declared()
    assert {op.path for op in operations} >= {"/v1/compare", "/v1/view", "/healthz"}
    counts = {status: statuses.count(status) for status in sorted(set(statuses))}
    print(f"\nschemathesis ({mode}): {len(statuses)} requests to {len(operations)} operations, by status {counts}")

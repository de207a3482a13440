"""The web app's HTTP API: the same report as the Python API, JSON errors (413, 422, 504), escaped views, the page.

The app runs in this process (`in_process=True`, through FastAPI's TestClient); tests/test_e2e_browser.py runs the
real `factdiff serve` with its worker processes.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import httpx
import psutil
import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install -e '.[web]')")

import uvicorn  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from factdiff import __version__  # noqa: E402
from factdiff.web import worker  # noqa: E402
from factdiff.web.app import create_app  # noqa: E402
from factdiff.web.pool import ComparisonPool, PoolTimeout  # noqa: E402
from factdiff.web.serve import LimitedH11Protocol, bind  # noqa: E402

SEEDS = Path(__file__).parents[1] / ".." / "shared" / "seeds"
FACTDIFF = Path(sys.executable).parent / "factdiff"
LIMIT = 50_000
BASE_URL = "http://127.0.0.1"  # the app answers loopback names only

GERMAN = "Der Bürgermeister sagte am Montag, dass vierzig Menschen die Stadt verlassen hätten."
APPLE = {"reference": "Apple sued Samsung in 2019 over a patent.", "candidate": "Samsung sued Apple in 2019 over a patent."}


@pytest.fixture(scope="module")
def client() -> TestClient:
    with TestClient(create_app(max_body_bytes=LIMIT, in_process=True), base_url=BASE_URL) as client:
        yield client


@pytest.fixture(scope="module")
def seed() -> dict[str, str]:
    return {side: (SEEDS / f"{side}.txt").read_text(encoding="utf-8") for side in ("reference", "candidate")}


def error_of(response) -> dict[str, str]:
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"kind", "message"}
    return body["error"]


def test_healthz_answers_once_the_models_are_loaded(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": __version__, "workers": 1}


def test_compare_returns_the_same_report_as_the_python_api(client, seed):
    response = client.post("/v1/compare", json={**seed, "mode": "rewrite"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    from factdiff.engine import compare

    expected = json.loads(compare(seed["reference"], seed["candidate"], "rewrite").to_json())
    assert response.json() == expected
    assert response.json()["schema"] == "factdiff.report/2"
    assert len(response.json()["sentences"]) == response.json()["candidate"]["sentences"]


def test_mode_defaults_to_rewrite_and_is_passed_on(client):
    assert client.post("/v1/compare", json=APPLE).json()["mode"] == "rewrite"
    assert client.post("/v1/compare", json={**APPLE, "mode": "summary"}).json()["mode"] == "summary"


def test_a_calibration_profile_rescores_the_report_and_a_wrong_one_is_refused_with_422(client):
    from factdiff.score import profiles, rescore

    listed = client.get("/v1/profiles").json()
    assert listed == profiles() and listed
    name = next(n for n, mode in listed.items() if mode == "summary")
    body = {**APPLE, "mode": "summary", "profile": name}
    report = client.post("/v1/compare", json=body).json()
    from factdiff.engine import compare

    assert report["signature"]["calibration"].split(":", 1)[1].startswith(f"profile:{name}+")
    assert report["score"] == pytest.approx(rescore(compare(APPLE["reference"], APPLE["candidate"], "summary"), name).score)
    for wrong, words in (("no-such-profile", "no calibration profile"), (name, "summary mode")):
        response = client.post("/v1/compare", json={**APPLE, "mode": "translation", "profile": wrong})
        assert response.status_code == 422 and words in response.json()["error"]["message"]
    assert f'value="{name}" data-mode="summary"' in client.get("/").text


def test_view_is_an_html_fragment_with_the_findings_highlighted(client, seed):
    response = client.post("/v1/view", json=seed)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == "default-src 'none'"
    assert response.text.lstrip().startswith('<section class="fd-view"')
    assert 'data-sev="critical">New York State</mark>' in response.text


def test_body_over_the_limit_is_refused_with_413(client):
    response = client.post("/v1/compare", json={"reference": "x" * LIMIT, "candidate": "y"})
    assert response.status_code == 413
    error = error_of(response)
    assert error["kind"] == "too_large" and "50,000 bytes" in error["message"]


def test_streamed_body_over_the_limit_is_refused_with_413(client):
    def chunks():
        yield b'{"reference": "'
        for _ in range(LIMIT // 1000 + 1):
            yield b"x" * 1000
        yield b'", "candidate": "y"}'

    response = client.post("/v1/compare", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert error_of(response)["kind"] == "too_large"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b'{"reference": "a", "candidate": ', ["not valid JSON"]),
        (b"{}", ["reference: Field required", "candidate: Field required"]),
        (b'{"reference": "a"}', ["candidate: Field required"]),
        (b'{"reference": "a", "candidate": "b", "mode": "poem"}', ["mode:", "'rewrite', 'translation' or 'summary'"]),
        (b'{"reference": 3, "candidate": "b"}', ["reference: Input should be a valid string"]),
        (b'{"reference": "a", "candidate": "b", "referance": "c"}', ["referance: Extra inputs are not permitted"]),
        (b'["a", "b"]', ["request body:"]),
    ],
    ids=["truncated-json", "no-fields", "no-candidate", "bad-mode", "number-as-text", "misspelt-field", "not-an-object"],
)
def test_malformed_request_is_refused_with_422_and_a_clear_message(client, body, words):
    response = client.post("/v1/compare", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    error = error_of(response)
    assert error["kind"] == "invalid_request"
    for word in words:
        assert word in error["message"]


def test_body_sent_as_form_text_is_told_to_use_json(client):
    response = client.post("/v1/compare", content=json.dumps(APPLE), headers={"content-type": "text/plain"})
    assert response.status_code == 422
    assert "Content-Type: application/json" in error_of(response)["message"]


@pytest.mark.parametrize(
    ("texts", "words"),
    [
        ({"reference": "   \n", "candidate": "Samsung sued Apple."}, ["reference", "empty"]),
        ({"reference": APPLE["reference"], "candidate": GERMAN}, ["candidate", "English"]),
    ],
    ids=["empty", "not-english"],
)
def test_text_factdiff_refuses_is_answered_422_with_the_reason(client, texts, words):
    response = client.post("/v1/compare", json=texts)
    assert response.status_code == 422
    error = error_of(response)
    assert error["kind"] == "invalid_input"
    assert all(word in error["message"] for word in words)


def test_comparison_past_the_time_limit_is_answered_504(seed):
    with TestClient(create_app(timeout_s=0.001, in_process=True), base_url=BASE_URL) as slow:
        response = slow.post("/v1/compare", json=seed)
    assert response.status_code == 504
    error = error_of(response)
    assert error["kind"] == "timeout" and "0.001 s" in error["message"]


def test_user_text_in_the_view_is_escaped(client):
    texts = {
        "reference": 'The mayor said <script>alert("x")</script> that 40 people left </textarea> the town on Monday.',
        "candidate": "The mayor said <img src=x onerror=alert(1)> that 400 people left </textarea> the town on Monday.",
    }
    response = client.post("/v1/view", json=texts)
    assert response.status_code == 200
    fragment = response.text
    assert "<script" not in fragment and "<img" not in fragment and "</textarea>" not in fragment
    # the words may be cut by highlights (the verifier rightly tags the inserted tag); the escaped text is all there
    shown = re.sub(r"</?mark[^>]*>", "", fragment)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown


def test_page_is_self_contained_and_locked_to_its_own_script(client):
    response = client.get("/")
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy and "connect-src 'self'" in policy
    page = response.text
    assert '<form class="fd-form" data-endpoint="v1/view"' in page
    assert "http://" not in page and "https://" not in page


def test_openapi_documents_the_compare_endpoint_and_its_errors(client):
    schema = client.get("/openapi.json").json()
    compare = schema["paths"]["/v1/compare"]["post"]
    assert set(compare["responses"]) >= {"200", "413", "422", "504"}
    assert client.get("/docs").status_code == 200


def test_openapi_says_empty_texts_are_refused_and_view_errors_are_json(client):
    schema = client.get("/openapi.json").json()
    request = schema["components"]["schemas"]["CompareRequest"]["properties"]
    for name in ("reference", "candidate"):
        assert request[name]["minLength"] == 1 and request[name]["pattern"] == r"\S"
    view = schema["paths"]["/v1/view"]["post"]["responses"]
    assert set(view["200"]["content"]) == {"text/html"}
    for status in ("413", "422", "504"):
        assert set(view[status]["content"]) == {"application/json"}


@pytest.mark.parametrize(
    ("method", "path", "status", "kind"),
    [
        ("get", "/v2/compare", 404, "not_found"),
        ("get", "/v1/compare", 405, "method_not_allowed"),
        ("put", "/healthz", 405, "method_not_allowed"),
    ],
)
def test_wrong_path_or_method_is_answered_in_the_error_shape(client, method, path, status, kind):
    response = client.request(method, path)
    assert response.status_code == status
    assert error_of(response)["kind"] == kind


def test_json_nested_too_deeply_is_refused_with_422(client):
    response = client.post("/v1/compare", content=b"[" * 5000, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert error_of(response)["kind"] == "invalid_request"


def test_lone_surrogate_in_a_text_is_refused_with_422(client):
    body = b'{"reference": "The council met.", "candidate": "The council met \\ud800."}'
    response = client.post("/v1/compare", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422
    error = error_of(response)
    assert error["kind"] == "invalid_input" and "surrogate" in error["message"]


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", ""])
def test_request_for_another_host_is_refused(client, host):
    response = client.get("/healthz", headers={"host": host})
    assert response.status_code == 400
    assert error_of(response)["kind"] == "invalid_host"


@pytest.mark.parametrize("host", ["localhost:8000", "LOCALHOST", "127.0.0.1:80", "[::1]:8000"])
def test_request_for_a_loopback_name_is_answered(client, host):
    assert client.get("/healthz", headers={"host": host}).status_code == 200


def test_allowed_host_widens_the_host_check():
    with TestClient(create_app(in_process=True, allowed_hosts=["factdiff.internal"]), base_url="http://factdiff.internal:8000") as named:
        assert named.get("/healthz").status_code == 200
        assert named.get("/healthz", headers={"host": "localhost"}).status_code == 400


def test_a_comparison_past_the_time_limit_is_stopped_and_its_worker_replaced():
    async def scenario() -> tuple[int, int]:
        pool = ComparisonPool(1, initializer=worker.ping)  # no models: the pool alone
        await pool.start()
        try:
            first = await pool.run(os.getpid, timeout_s=60)
            with pytest.raises(PoolTimeout):
                await pool.run(time.sleep, 600, timeout_s=0.5)
            return first, await pool.run(os.getpid, timeout_s=60)
        finally:
            pool.shutdown()

    first, second = asyncio.run(scenario())
    assert second != first
    assert not psutil.pid_exists(first) or psutil.Process(first).status() == psutil.STATUS_ZOMBIE


def test_serve_on_a_taken_port_fails_with_one_line():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [str(FACTDIFF), "serve", "--port", str(port)], capture_output=True, timeout=30, env={**os.environ, "HF_HUB_OFFLINE": "1"}
        )
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"factdiff: cannot listen on 127.0.0.1:{port}")


@contextmanager
def limited_server(read_timeout_s: float, max_connections: int) -> Iterator[tuple[str, int]]:
    """uvicorn with factdiff's connection limits around a trivial app, on a thread; its address."""

    async def hello(scope, receive, send) -> None:
        while (await receive()).get("more_body"):
            pass
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
        await send({"type": "http.response.body", "body": b"ok"})

    sock = bind("127.0.0.1", 0)
    protocol = partial(LimitedH11Protocol, read_timeout_s=read_timeout_s, max_connections=max_connections)
    server = uvicorn.Server(uvicorn.Config(hello, http=protocol, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def test_a_connection_that_never_finishes_its_request_is_closed():
    with limited_server(read_timeout_s=0.5, max_connections=100) as address:
        unfinished = (b"GET / HTTP/1.1\r\nHost: localhost\r\n", b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\n12")
        for partial_request in unfinished:
            with socket.create_connection(address, timeout=30) as connection:
                connection.sendall(partial_request)
                assert connection.recv(100) == b"", "the server closes the connection without answering"
        with socket.create_connection(address, timeout=30) as connection:
            connection.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
            assert connection.recv(1000).startswith(b"HTTP/1.1 200")


def test_a_connection_over_the_limit_is_closed_and_the_others_answered():
    with limited_server(read_timeout_s=60, max_connections=2) as address:
        held = [socket.create_connection(address, timeout=30) for _ in range(2)]
        try:
            for connection in held:
                connection.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
                assert connection.recv(1000).startswith(b"HTTP/1.1 200")
            with socket.create_connection(address, timeout=30) as extra:
                assert extra.recv(100) == b"", "the third connection is closed at once"
        finally:
            for connection in held:
                connection.close()


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serve_stopped_ends_its_workers_even_one_comparing(tmp_path, seed, stop):
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(FACTDIFF), "serve", "--port", "0", "--workers", "1", "--timeout", "600"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "HF_HUB_OFFLINE": "1"},
        )
    try:
        url = wait_until_serving(process, log)
        children = psutil.Process(process.pid).children(recursive=True)
        assert children, "a worker process and the resource tracker"
        long_texts = {"reference": seed["reference"] * 30, "candidate": seed["candidate"] * 30}
        busy = threading.Thread(target=lambda: _post_quietly(url + "v1/compare", long_texts), daemon=True)
        busy.start()
        time.sleep(1)  # the comparison has started (were it done already, the workers must end all the same)
        process.send_signal(stop)
        process.wait(timeout=60)
        _, alive = psutil.wait_procs(children, timeout=30)
        assert not alive, f"still running after the server ended: {[p.cmdline() for p in alive]}"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _post_quietly(url: str, body: dict[str, str]) -> None:
    try:
        httpx.post(url, json=body, timeout=600)
    except httpx.HTTPError:
        pass  # the server went away: the point of the test


def wait_until_serving(process: subprocess.Popen, log: Path, limit_s: float = 180) -> str:
    """The URL of a `factdiff serve` once /healthz answers (the models are loaded)."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        found = re.search(r"serving on (http://\S+/)", log.read_text())
        if found:
            try:
                if httpx.get(found.group(1) + "healthz", timeout=5).status_code == 200:
                    return found.group(1)
            except httpx.HTTPError:
                pass
        time.sleep(0.2)
    pytest.fail(f"factdiff serve did not answer within {limit_s} s:\n{log.read_text()}")

"""The web app: `POST /v1/compare` (the contract's JSON report), `POST /v1/view` (the side-by-side view as HTML),
`GET /healthz`, the OpenAPI docs, and at `/` a page to paste or open two texts and see them side by side.

Comparisons run in a ComparisonPool whose workers load the models at start-up. Every error is JSON:
`{"error": {"kind": ..., "message": ...}}`, with 400 for a Host header the server does not answer to, 404 and 405 for
a wrong path or method, 413 for a body over the limit, 422 for a malformed request or input factdiff refuses, 504 past
the time limit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Collection
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from factdiff import __version__
from factdiff.model import MODES, Mode, Report
from factdiff.read import DEFAULT_MAX_CHARS, InputError
from factdiff.report.html import content_security_policy, environment
from factdiff.score import profiles
from factdiff.web import DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUT_S, LOOPBACK_HOSTS, worker
from factdiff.web.limits import BodyLimit, HostCheck, error_response
from factdiff.web.pool import ComparisonPool, PoolTimeout, PoolUnavailable
from factdiff.web.worker import ComparisonError

TEMPLATES = Path(__file__).parent / "templates"
# what the schema says of a text: factdiff refuses one with nothing but white space (422, as for any text it refuses)
TEXT_SCHEMA = {"minLength": 1, "maxLength": DEFAULT_MAX_CHARS, "pattern": r"\S"}


class CompareRequest(BaseModel):
    """Two texts to compare, and how."""

    model_config = ConfigDict(extra="forbid")

    reference: str = Field(description="The reference text (plain text or HTML); not empty.", json_schema_extra=TEXT_SCHEMA)
    candidate: str = Field(description="The text to check against it; not empty.", json_schema_extra=TEXT_SCHEMA)
    mode: Mode = Field("rewrite", description="rewrite and translation: omissions count; summary: only what the candidate says is checked.")
    profile: str | None = Field(
        None,
        description="Score with the calibration fitted on one kind of text (a benchmark's dev split) instead of the mode's: "
        "one of the names GET /v1/profiles lists, of the same mode; English references only.",
    )


class ErrorDetail(BaseModel):
    """What went wrong: a kind for programs, a message for people."""

    kind: str = Field(
        description="too_large, invalid_request, invalid_input, invalid_host, not_found, method_not_allowed, timeout, unavailable "
        "or internal"
    )
    message: str


class ErrorBody(BaseModel):
    """Every error the API answers."""

    error: ErrorDetail


ERRORS: dict[int | str, dict] = {
    413: {"model": ErrorBody, "description": "The request body is over the size limit."},
    422: {
        "model": ErrorBody,
        "description": "Malformed JSON, a missing or wrong field, or a text factdiff refuses (empty, too long, binary, not English).",
    },
    500: {"model": ErrorBody, "description": "A bug."},
    503: {"model": ErrorBody, "description": "A worker process died; the workers were restarted: retry."},
    504: {"model": ErrorBody, "description": "The comparison ran past the time limit (it is stopped)."},
}
# the view answers HTML, its errors the same JSON as every other error
VIEW_ERRORS: dict[int | str, dict] = {
    status: {"description": entry["description"], "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}
    for status, entry in ERRORS.items()
}
HTTP_ERROR_KINDS = {404: "not_found", 405: "method_not_allowed"}


@lru_cache(maxsize=1)
def _page_environment() -> Environment:
    base = environment()
    return base.overlay(loader=ChoiceLoader([FileSystemLoader(TEMPLATES), base.loader]))


@lru_cache(maxsize=1)
def index_page() -> str:
    """The page at `/`: a form for two texts; the view comes back from POST /v1/view."""
    return (
        _page_environment()
        .get_template("index.html.j2")
        .render(modes=MODES, profiles=profiles(), csp=content_security_policy(connect_self=True))
    )


def create_app(
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    workers: int | None = None,
    in_process: bool = False,
    allowed_hosts: Collection[str] = LOOPBACK_HOSTS,
) -> FastAPI:
    """The ASGI app. `workers` processes compare (default: one per core); `in_process` compares on one thread here.
    Requests must name one of `allowed_hosts` in their Host header ("*": any)."""
    pool = ComparisonPool(workers, in_process)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await pool.start()
        try:
            yield
        finally:
            pool.shutdown()

    app = FastAPI(
        title="factdiff",
        version=__version__,
        summary="diff for facts: the factual discrepancies between two English texts",
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(HostCheck, allowed=allowed_hosts)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        message = describe_validation_errors(exc.errors())
        if "json" not in request.headers.get("content-type", ""):
            message = f"send the request as JSON (Content-Type: application/json): {message}"
        return error_response(422, "invalid_request", message)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        if exc.status_code == 400:  # FastAPI could not parse the body at all (JSON nested too deeply, say)
            return error_response(422, "invalid_request", f"the request body cannot be read: {exc.detail}")
        response = error_response(exc.status_code, HTTP_ERROR_KINDS.get(exc.status_code, "invalid_request"), str(exc.detail))
        response.headers.update(exc.headers or {})
        return response

    async def run(function: Callable[[str, str, str, str | None], str], body: CompareRequest) -> str:
        """Run a worker function on the request's texts; its failures become ApiErrors."""
        try:
            return await pool.run(function, body.reference, body.candidate, body.mode, body.profile, timeout_s=timeout_s)
        except InputError as exc:
            raise ApiError(422, "invalid_input", str(exc)) from None
        except PoolTimeout as exc:
            raise ApiError(504, "timeout", str(exc)) from None
        except PoolUnavailable as exc:
            raise ApiError(503, "unavailable", str(exc)) from None
        except ComparisonError as exc:
            raise ApiError(500, "internal", str(exc)) from None

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.kind, exc.message)

    @app.exception_handler(Exception)
    async def bug(request: Request, exc: Exception) -> JSONResponse:
        return error_response(500, "internal", f"internal error ({type(exc).__name__}); please report it")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page() -> HTMLResponse:
        return HTMLResponse(index_page(), headers=_html_headers(content_security_policy(connect_self=True)))

    @app.get("/healthz", summary="Liveness: the models are loaded and the app answers")
    async def healthz() -> dict[str, object]:
        return {"status": "ok", "version": __version__, "workers": pool.workers}

    @app.get("/v1/profiles", summary="The calibration profiles: name -> the mode it scores")
    async def calibration_profiles() -> dict[str, str]:
        return profiles()

    @app.post("/v1/compare", response_model=Report, responses=ERRORS, summary="Compare two texts: the contract's JSON report")
    async def compare(body: CompareRequest) -> Response:
        return Response(await run(worker.compare_json, body), media_type="application/json")

    @app.post(
        "/v1/view",
        response_class=HTMLResponse,
        responses=VIEW_ERRORS,
        summary="Compare two texts: the side-by-side view as an HTML fragment (every piece of user text escaped)",
    )
    async def view(body: CompareRequest) -> HTMLResponse:
        return HTMLResponse(await run(worker.compare_view, body), headers=_html_headers("default-src 'none'"))

    return app


class ApiError(Exception):
    """An error answered as JSON with its HTTP status."""

    def __init__(self, status: int, kind: str, message: str) -> None:
        super().__init__(message)
        self.status, self.kind, self.message = status, kind, message


def _html_headers(policy: str) -> dict[str, str]:
    return {"Content-Security-Policy": policy, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def describe_validation_errors(errors: list[dict]) -> str:
    """One readable line from pydantic's errors: 'candidate: Field required; mode: Input should be ...'."""
    parts = []
    for error in errors:
        if error.get("type") == "json_invalid":
            reason = (error.get("ctx") or {}).get("error", "syntax error")
            position = [part for part in error.get("loc", ()) if isinstance(part, int)]
            parts.append(f"the request body is not valid JSON: {reason}" + (f" (at character {position[0]})" if position else ""))
            continue
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        parts.append(f"{where}: {error.get('msg')}" if where else f"request body: {error.get('msg')}")
    return "; ".join(parts) or "invalid request"

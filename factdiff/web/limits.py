"""What a request must meet before the app reads it, as ASGI middleware: a Host header the server answers to (else 400)
and a body within the limit (else 413)."""

from __future__ import annotations

from collections.abc import Collection

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send


def error_response(status: int, kind: str, message: str) -> JSONResponse:
    """The API's one error shape: {"error": {"kind": ..., "message": ...}}."""
    return JSONResponse({"error": {"kind": kind, "message": message}}, status_code=status)


class BodyLimit:
    """Refuse request bodies over `max_bytes` (413, JSON error): at once when Content-Length says so, otherwise as soon
    as the streamed body passes the limit. A body within the limit is buffered and handed on unchanged."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(bytes(body), receive), send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = f"{self.max_bytes:,} bytes"
        await error_response(413, "too_large", f"the request body is over the limit of {limit}")(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive channel that gives the buffered body once, then whatever the client sends next (a disconnect)."""
    given = False

    async def replay() -> Message:
        nonlocal given
        if given:
            return await receive()
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


class HostCheck:
    """Answer only requests whose Host header names this server (400 otherwise): a page on another site cannot then
    reach a server on 127.0.0.1 through a name of its own that it points there (DNS rebinding). `"*"` allows any host."""

    def __init__(self, app: ASGIApp, allowed: Collection[str]) -> None:
        self.app = app
        self.allowed = {name.lower() for name in allowed}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or "*" in self.allowed:
            await self.app(scope, receive, send)
            return
        header = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
        if host_name(header) in self.allowed:
            await self.app(scope, receive, send)
            return
        message = f"this server does not answer to the host {header!r} (factdiff serve --allow-host NAME allows another name)"
        await error_response(400, "invalid_host", message)(scope, receive, send)


def host_name(header: str) -> str:
    """The name in a Host header, without the port: 'localhost:8000' -> 'localhost', '[::1]:8000' -> '::1'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header

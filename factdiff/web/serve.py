"""`factdiff serve`: bind the address, then run the app under uvicorn until interrupted."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Collection
from functools import partial
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from factdiff.web import MAX_CONNECTIONS
from factdiff.web.app import create_app


class LimitedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 with limits that keep clients from holding connections (and file descriptors) for ever: a
    connection that has not sent a whole request (headers and body) within `read_timeout_s` of starting it is closed
    (uvicorn itself only times out idle keep-alive connections), and one over `max_connections` open at once is closed
    as soon as it is made."""

    def __init__(self, *args: Any, read_timeout_s: float, max_connections: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._read_timeout_s = read_timeout_s
        self._max_connections = max_connections
        self._read_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self._max_connections:
            transport.close()
            return
        self._read_deadline = self.loop.call_later(self._read_timeout_s, self._read_too_slow)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is h11.DONE:
            self._cancel_read_deadline()
        elif self._read_deadline is None:  # a next request begins on a kept-alive connection
            self._read_deadline = self.loop.call_later(self._read_timeout_s, self._read_too_slow)

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_read_deadline()
        super().connection_lost(exc)

    def _cancel_read_deadline(self) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
            self._read_deadline = None

    def _read_too_slow(self) -> None:
        self._read_deadline = None
        if self.conn.their_state is not h11.DONE and not self.transport.is_closing():
            self.transport.close()


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: any free port); an OSError when the address cannot be had."""
    family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    return socket.create_server(address[:2], family=family)


def is_loopback(host: str) -> bool:
    """Whether `host` keeps the server on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def run(
    sock: socket.socket, workers: int | None, max_body_bytes: int, timeout_s: float, allowed_hosts: Collection[str], read_timeout_s: float
) -> bool:
    """Serve on `sock` until interrupted; the models load (in the workers) before the first request is answered.
    False when the app could not start (uvicorn has logged why)."""
    app = create_app(max_body_bytes=max_body_bytes, timeout_s=timeout_s, workers=workers, allowed_hosts=allowed_hosts)
    config = uvicorn.Config(
        app,
        http=partial(LimitedH11Protocol, read_timeout_s=read_timeout_s, max_connections=MAX_CONNECTIONS),
        log_level="info",
        timeout_graceful_shutdown=5,
        server_header=False,
    )
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    return server.started

"""`factdiff serve`: bind the address, then run the app under uvicorn until interrupted."""

from __future__ import annotations

import ipaddress
import socket

import uvicorn

from factdiff.web.app import create_app


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


def run(sock: socket.socket, workers: int | None, max_body_bytes: int, timeout_s: float) -> bool:
    """Serve on `sock` until interrupted; the models load (in the workers) before the first request is answered.
    False when the app could not start (uvicorn has logged why)."""
    app = create_app(max_body_bytes=max_body_bytes, timeout_s=timeout_s, workers=workers)
    config = uvicorn.Config(app, log_level="info", timeout_graceful_shutdown=5, server_header=False)
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    return server.started

"""Refuse, and record, any connection or name lookup that leaves the machine."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loopback_only(attempts: list[str]) -> Iterator[None]:
    """Refuse, and record, any connection or name lookup that is not loopback."""
    real_connect, real_getaddrinfo = socket.socket.connect, socket.getaddrinfo

    def is_loopback(host: object) -> bool:
        try:
            return host in ("localhost", None) or ipaddress.ip_address(str(host)).is_loopback
        except ValueError:
            return False

    def connect(sock, address):  # noqa: ANN001, ANN202
        host = address[0] if isinstance(address, tuple) else None
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not is_loopback(host):
            attempts.append(f"connect {address}")
            raise OSError(f"non-loopback connection refused in tests: {address}")
        return real_connect(sock, address)

    def getaddrinfo(host, *args, **kwargs):  # noqa: ANN001, ANN202
        if not is_loopback(host):
            attempts.append(f"getaddrinfo {host}")
            raise socket.gaierror(f"name lookup refused in tests: {host}")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect, socket.getaddrinfo = connect, getaddrinfo
    try:
        yield
    finally:
        socket.socket.connect, socket.getaddrinfo = real_connect, real_getaddrinfo

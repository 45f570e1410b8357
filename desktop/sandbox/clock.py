"""The sandbox server's clock: the wall clock shifted by `offset` seconds. Every time the server stamps or
compares (messages, conversations, windows, tokens, the Date header) is read here, so the `clock_offset_s`
fault makes a server whose clock differs from the client's, consistently. One clock per server process."""

from __future__ import annotations

import time

_offset = 0.0


def now() -> float:
    return time.time() + _offset


def offset() -> float:
    return _offset


def set_offset(seconds: float) -> None:
    global _offset
    _offset = float(seconds)

"""Pacing of report requests: Chatwoot allows 100 requests a minute per user on its report paths and answers
more with 429 (no Retry-After). `Pacer` keeps a sliding one-minute window of sent requests and waits before
sending the one that would exceed the budget; `paced(call)` also backs off and retries when the server
still answers 429 (another window or device of the same user spends the same budget).

`on_wait(seconds)` is told before every wait so a progress bar can say "waiting for the server's limit"."""

from __future__ import annotations

import asyncio
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TypeVar

from desktop.domain.errors import RateLimited

T = TypeVar("T")

REPORTS_PER_MINUTE = 100
MAX_BACKOFF = 60.0
MAX_TOTAL_WAIT = 600.0


class Pacer:
    def __init__(self, per_minute: int = REPORTS_PER_MINUTE, *, window: float = 60.0,
                 on_wait: Callable[[float], None] | None = None) -> None:
        self.per_minute = max(1, per_minute)
        self.window = window
        self.on_wait = on_wait
        self._sent: deque[float] = deque()
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Wait until one more request fits in the window, and count it."""
        async with self._lock:
            while True:
                now = time.monotonic()
                while self._sent and self._sent[0] <= now - self.window:
                    self._sent.popleft()
                if len(self._sent) < self.per_minute:
                    self._sent.append(now)
                    return
                delay = self._sent[0] + self.window - now + 0.01
                self._tell(delay)
                await asyncio.sleep(delay)

    def _tell(self, seconds: float) -> None:
        if self.on_wait is not None:
            self.on_wait(seconds)

    async def paced(self, call: Callable[[], Awaitable[T]], *, base_delay: float = 2.0) -> T:
        """`await call()` within the budget; on RateLimited wait (Retry-After, else exponential back-off with
        jitter, at most a minute each) and try again, giving up after ten minutes of waiting."""
        waited = 0.0
        attempt = 0
        while True:
            await self.acquire()
            try:
                return await call()
            except RateLimited as exc:
                delay = exc.retry_after if exc.retry_after is not None else min(MAX_BACKOFF, base_delay * 2 ** attempt)
                delay = min(MAX_BACKOFF, delay) * random.uniform(0.8, 1.2)
                if waited + delay > MAX_TOTAL_WAIT:
                    raise
                attempt += 1
                waited += delay
                self._tell(delay)
                await asyncio.sleep(delay)

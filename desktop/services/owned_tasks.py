"""Owned background tasks: the one way services stop a task they started (the project's rule: no
coroutine that nobody holds)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio


async def cancel_and_wait(task: asyncio.Task[Any] | None) -> None:
    """Cancel `task` if it is still running and wait until it has stopped; its cancellation is expected."""
    import asyncio

    if task is None or task.done():
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task

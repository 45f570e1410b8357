"""Owned background tasks: the one way services stop a task they started (the project's rule: no
coroutine that nobody holds). asyncio is imported on first use: this module is loaded before the first
paint from the start cache, which needs no event-loop machinery."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
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


async def cancel_all_and_wait(tasks: Iterable[asyncio.Future[Any]]) -> None:
    """Cancel each of `tasks` still running and wait until all have stopped; their outcomes (a cancellation
    or a failure) are retrieved and dropped."""
    import asyncio

    pending = list(tasks)
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)

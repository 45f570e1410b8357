"""Unsent reply drafts per conversation, persisted (debounced) so they survive a restart or an expired
session. Only the text the agent typed is kept; an empty draft is forgotten.

No coroutine is involved: `set` arms one timer on the running loop (held here), `flush` writes at once
(call it at shutdown). Signals: changed(account_id, conversation_id, text), failed(AppError) — a
debounced write failed (the drafts stay in memory; the next change tries again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.domain.errors import AppError
from desktop.services.observable import Emitter

if TYPE_CHECKING:
    import asyncio

    from desktop.services.outbox import Storage

STORAGE_KEY = "drafts"


class Drafts:
    def __init__(self, storage: Storage, *, delay: float = 0.5) -> None:
        self._storage = storage
        self._delay = delay
        raw = storage.load(STORAGE_KEY)
        self._texts: dict[str, str] = (
            {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, str) and v}
            if isinstance(raw, dict) else {}
        )
        self._timer: asyncio.TimerHandle | None = None
        self.changed = Emitter()
        self.failed = Emitter()

    @staticmethod
    def _key(account_id: int, conversation_id: int) -> str:
        return f"{account_id}:{conversation_id}"

    def get(self, account_id: int, conversation_id: int) -> str:
        return self._texts.get(self._key(account_id, conversation_id), "")

    def set(self, account_id: int, conversation_id: int, text: str) -> None:
        key = self._key(account_id, conversation_id)
        if self._texts.get(key, "") == text:
            return
        if text:
            self._texts[key] = text
        else:
            self._texts.pop(key, None)
        self.changed.emit(account_id, conversation_id, text)
        self._schedule()

    def clear(self, account_id: int, conversation_id: int) -> None:
        self.set(account_id, conversation_id, "")

    def conversations(self) -> list[tuple[int, int]]:
        """(account_id, conversation_id) of every conversation with a draft."""
        result = []
        for key in self._texts:
            account, _, conversation = key.partition(":")
            result.append((int(account), int(conversation)))
        return result

    def _schedule(self) -> None:
        import asyncio

        if self._timer is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.flush()  # no loop (a script or a synchronous caller): write now
            return
        self._timer = loop.call_later(self._delay, self._flush_reporting)

    def _flush_reporting(self) -> None:
        try:
            self.flush()
        except OSError as error:  # e.g. the disk is full: the drafts stay in memory; say so
            self.failed.emit(AppError("Drafts could not be saved.", detail=type(error).__name__))

    def flush(self) -> None:
        """Write the drafts now (errors reach the caller; the timer's caller is the loop's handler)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._storage.save(STORAGE_KEY, dict(self._texts))

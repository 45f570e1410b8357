"""Background customer simulator: at a given rate, customers write into existing conversations or start new
ones (bilingual, lots of Egyptian-Arabic "where is my order?"), with a contact typing indicator first.
Delivery/read receipts of agents' replies are produced by mutate.schedule_receipts."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from dataclasses import dataclass, field

from desktop.sandbox import db, phrases
from desktop.sandbox.events import typing_event
from desktop.sandbox.intake import incoming
from desktop.sandbox.state import Sandbox

log = logging.getLogger(__name__)
TOPICS = {1: ["wismo", "wismo", "wismo", "complaint", "refund", "product", "order"], 2: ["supplier", "driver", "driver"],
          3: ["qa"]}


@dataclass
class Simulator:
    sb: Sandbox
    rate_per_minute: float
    account_ids: list[int]
    rng: random.Random = field(default_factory=lambda: random.Random(99))
    task: asyncio.Task[None] | None = None
    sent: int = 0

    def start(self) -> None:
        self.task = asyncio.get_running_loop().create_task(self._run(), name="sandbox-simulator")

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
            self.task = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.rng.expovariate(self.rate_per_minute / 60.0))
            try:
                await self.step()
            except Exception:  # the simulator must keep going; a failed step is logged with its traceback
                log.exception("simulator step failed")

    async def step(self) -> None:
        aid = self.rng.choice(self.account_ids)
        topic = self.rng.choice(TOPICS.get(aid, ["wismo"]))
        recent = db.all_rows(self.sb.conn, "SELECT * FROM conversations WHERE account_id=? AND status != 'resolved'"
                                           " ORDER BY last_activity_at DESC LIMIT 15", (aid,))
        if recent and self.rng.random() < 0.65:
            conv = self.rng.choice(recent)
            typing_event(self.sb, conv, True, user_id=None, contact_id=conv["contact_id"])
            await asyncio.sleep(self.rng.uniform(0.3, 1.2))
            fresh = db.one(self.sb.conn, "SELECT * FROM conversations WHERE id=?", (conv["id"],)) or conv
            typing_event(self.sb, fresh, False, user_id=None, contact_id=conv["contact_id"])
            text = phrases.followup_text(self.rng) if self.rng.random() < 0.6 else phrases.customer_text(self.rng, topic)
            incoming(self.sb, {"account_id": aid, "conversation_id": conv["display_id"], "content": text}, self.rng)
        else:
            inboxes = db.all_rows(self.sb.conn, "SELECT id FROM inboxes WHERE account_id=? ORDER BY id", (aid,))
            inbox = self.rng.choice(inboxes)["id"] if inboxes else None
            incoming(self.sb, {"account_id": aid, "inbox_id": inbox, "content": phrases.customer_text(self.rng, topic)},
                     self.rng)
        self.sent += 1

    def describe(self) -> dict[str, object]:
        return {"running": self.task is not None, "rate_per_minute": self.rate_per_minute,
                "account_ids": self.account_ids, "sent": self.sent}

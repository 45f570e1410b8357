"""Drafts survive a restart (debounced writes); a burst of realtime events becomes one merged batch;
contact and presence events reach the lists and lookups; storage failures are reported."""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.api.chatwoot.client import ChatwootClient
from desktop.domain.errors import AppError
from desktop.domain.events import ContactChanged, ConversationChanged, PresenceUpdate
from desktop.domain.models import AssigneeFilter, Availability, ConversationQuery
from desktop.services import frame_share
from desktop.services.conversations import ConversationList
from desktop.services.drafts import Drafts
from desktop.services.outbox import Outbox
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from desktop.services.workspace import WorkspaceLookups
from desktop.system.storage import JsonFileStorage
from tests.services.conftest import fast_realtime, wait_for


async def test_drafts_are_debounced_and_survive_a_restart(storage: JsonFileStorage) -> None:
    drafts = Drafts(storage, delay=0.05)
    for text in ("م", "مر", "مرحبا ‎#4471"):
        drafts.set(1, 42, text)
    drafts.set(2, 42, "another workspace, same display id")
    assert storage.load("drafts") is None  # not yet written: typing is debounced
    await asyncio.sleep(0.15)
    again = Drafts(JsonFileStorage())
    assert again.get(1, 42) == "مرحبا ‎#4471" and again.get(2, 42).startswith("another")
    assert again.get(1, 43) == "" and sorted(again.conversations()) == [(1, 42), (2, 42)]
    again.clear(1, 42)
    again.flush()
    assert Drafts(JsonFileStorage()).get(1, 42) == ""


async def test_a_burst_of_events_is_applied_as_one_batch(mona: SessionService, monkeypatch: Any) -> None:
    """Events that one slice applies are announced as one merged change per store. The slice is made long
    enough for the whole burst (on a loaded machine 8 ms may take only part of it: the rest then follows in the
    next slice, which `tests/services/test_sync_slices*` cover)."""
    monkeypatch.setattr(frame_share, "SLICE", 10.0)
    monkeypatch.setattr(frame_share, "WINDOW", 20.0)  # (two passes' worth: the slice is not cut by the window)
    everything = ConversationList(mona.client, 1, ConversationQuery(assignee=AssigneeFilter.ALL))
    await everything.load()
    while len(everything) < 50 and everything.can_fetch_more:
        await everything.fetch_more()
    sync = RealtimeSync(mona, fast_realtime)
    sync.register_list(everything)
    announcements: list[str] = []
    for name in ("inserted", "removed", "moved", "changed", "reset"):
        getattr(everything, name).connect(lambda *_, n=name: announcements.append(n))
    newest = everything[0].last_activity_at
    assert newest is not None
    bottom = everything.items()[-10:]  # ten rows jump to the top keeping their order, and one row is edited 200×
    for step, conversation in enumerate(bottom):
        sync.on_event(ConversationChanged(1, "conversation.updated", dataclasses.replace(
            conversation, last_activity_at=newest + timedelta(seconds=10 - step),
            updated_at=conversation.updated_at + 1)))
    middle = everything[20]
    for edit in range(200):
        sync.on_event(ConversationChanged(1, "conversation.updated", dataclasses.replace(
            middle, unread_count=edit % 7, updated_at=middle.updated_at + edit)))
    assert announcements == []  # nothing until the loop runs the merged flush
    await asyncio.sleep(0)
    assert [c.id for c in everything][:10] == [c.id for c in bottom]
    assert everything.get(middle.id) is not None and everything.get(middle.id).unread_count == 199 % 7  # type: ignore[union-attr]
    assert announcements.count("moved") == 1 and len(announcements) <= 4  # one block move + merged changes
    await everything.close()


async def test_a_failed_write_is_reported_not_only_logged(fresh_home: Path) -> None:
    storage = JsonFileStorage(fresh_home / "store")
    drafts = Drafts(storage, delay=0.01)
    failures: list[AppError] = []
    drafts.failed.connect(failures.append)
    shutil.rmtree(storage.folder)
    storage.folder.write_text("not a folder any more")  # every write now fails for real
    drafts.set(1, 7, "نص مهم")
    await asyncio.sleep(0.1)
    assert len(failures) == 1 and drafts.get(1, 7) == "نص مهم"  # kept in memory
    client = ChatwootClient("http://127.0.0.1:9")  # never called: the queue cannot be saved first
    outbox = Outbox(client, storage)
    with pytest.raises(OSError):
        outbox.send(1, 7, "لن يضيع")
    assert outbox.pending(1, 7) == []  # refused as a whole: the caller keeps the text, nothing half-queued
    await client.aclose()


async def test_contact_and_presence_events_are_routed(mona: SessionService) -> None:
    everything = ConversationList(mona.client, 1, ConversationQuery(assignee=AssigneeFilter.ALL))
    await everything.load()
    lookups = WorkspaceLookups(mona.client, 1)
    await lookups.refresh()
    sync = RealtimeSync(mona, fast_realtime)
    sync.register_list(everything)
    sync.register_lookups(lookups)
    lookups_changed: list[bool] = []
    lookups.changed.connect(lambda: lookups_changed.append(True))
    row = everything[3]
    renamed = dataclasses.replace(row.contact, name="أم كلثوم ‏(VIP)")
    agent = next(iter(lookups.agents.values()))
    other = Availability.BUSY if agent.availability != Availability.BUSY else Availability.ONLINE
    sync.on_event(ContactChanged(1, "contact.updated", renamed))
    sync.on_event(PresenceUpdate(1, {agent.id: other}, {}))
    # the events are applied in slices from the next loop turns on: how many turns depends on the machine's load
    await wait_for(lambda: lookups.agents[agent.id].availability == other, what="the presence event applied")
    assert everything[3].contact.name == "أم كلثوم ‏(VIP)" and everything[3].id == row.id
    assert lookups.agents[agent.id].availability == other and lookups_changed == [True]
    await everything.close()
    await lookups.close()

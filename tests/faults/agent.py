"""A headless agent in its own process, for the fault-injection tests: the real REST client, outbox (on the
real JSON file storage), realtime client, sync and timelines of the app, without the window.

`python -m tests.faults.agent --url URL --token TOKEN --store DIR [options]`

- `--send FILE`: lines `conversation_id<TAB>text`, queued one every `--pace` seconds (a line printed
  `queued <n>` after each, flushed); the persisted queue of an earlier life of the same store resumes by itself.
- `--open C1,C2`: open these timelines of workspace 1 and follow them live (`--realtime`).
- `--kill-at save:K:mid|save:K:after|answer:K`: SIGKILL this process during the K-th write of the outbox
  (temporary file written, not yet renamed over the record), right after it, or right after the K-th REST
  answer to a send arrived (before it is handled). A real kill, not an exception.
- `--until-idle`: exit once nothing is left to send (after `--stop-file` exists, if given, and `--settle`
  seconds have passed with the realtime connection up), writing `--report FILE`: the ids and texts each open timeline holds, the unsent
  queue, and how many send answers arrived.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import keyring

from desktop.api.chatwoot.client import ChatwootClient
from desktop.api.chatwoot.realtime import RealtimeClient
from desktop.domain.events import ConnectionState
from desktop.services.outbox import Outbox
from desktop.services.session import SessionService
from desktop.services.sync import RealtimeSync
from desktop.services.timeline import Timeline
from desktop.system.credentials import KeyringCredentialStore
from desktop.system.storage import JsonFileStorage
from tests.support.memory_keyring import MemoryKeyring


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


class KillingStorage(JsonFileStorage):
    """The app's file storage, killing the process at the chosen write of the outbox record."""

    def __init__(self, folder: Path, write: int | None, moment: str) -> None:
        super().__init__(folder)
        self.writes = 0
        self._kill_write, self._moment = write, moment

    def save(self, key: str, value: object) -> None:
        if key == "outbox":
            self.writes += 1
            if self.writes == self._kill_write and self._moment == "mid":
                original = os.replace

                def torn(src: Any, dst: Any) -> None:  # the new file is complete but not yet in place
                    die()

                os.replace = torn  # type: ignore[assignment]
                try:
                    super().save(key, value)
                finally:
                    os.replace = original
                return
        super().save(key, value)
        if key == "outbox" and self.writes == self._kill_write and self._moment == "after":
            die()


async def run(args: argparse.Namespace) -> int:
    keyring.set_keyring(MemoryKeyring())
    kill = (args.kill_at or "").split(":")
    write = int(kill[1]) if kill[0] == "save" else None
    storage = KillingStorage(Path(args.store), write, kill[2] if write is not None else "")
    session = SessionService(functools.partial(ChatwootClient, timeout=args.timeout), KeyringCredentialStore())
    while True:
        try:
            user = await session.sign_in_token(args.url, args.token, remember=False)
            break
        except Exception as error:  # the server may be down right now: an agent signs in when it is back
            print(f"sign-in failed: {type(error).__name__}", file=sys.stderr, flush=True)
            await asyncio.sleep(0.3)
    client = session.client
    answers = 0
    send_message = client.send_message

    async def counted(*a: Any, **k: Any) -> Any:
        nonlocal answers
        message = await send_message(*a, **k)
        answers += 1
        if kill[0] == "answer" and answers == int(kill[1]):
            die()  # the server saved it and answered; this process never handles the answer
        return message

    client.send_message = counted  # type: ignore[method-assign]
    outbox = Outbox(client, storage, user_id=user.id, backoff=(0.05, 1.0))
    timelines: list[Timeline] = []
    sync: RealtimeSync | None = None
    if args.realtime:
        factory = functools.partial(RealtimeClient, backoff=(0.05, 0.5), ping_timeout=args.ping_timeout,
                                    confirm_timeout=3.0)
        sync = RealtimeSync(session, factory, outbox=outbox, retry_backoff=(0.1, 1.0))
        began = time.monotonic()

        def note(*parts: object) -> None:
            print(f"{time.monotonic() - began:7.2f}", *parts, file=sys.stderr, flush=True)

        sync.connection_changed.connect(lambda account, state: note("connection", account, state))
        sync.caught_up.connect(lambda account: note("caught up", account, [(t.conversation_id, t.last_id)
                                                                          for t in timelines]))
        sync.catch_up_failed.connect(lambda account, error: note("catch-up failed", account, error))
        if os.environ.get("AGENT_TRACE"):
            from desktop.domain.events import MessageCreated

            sync.event.connect(lambda e: note("event", e.message.conversation_id, e.message.id, e.message.content)
                               if isinstance(e, MessageCreated) else None)
        for conversation in [int(c) for c in (args.open or "").split(",") if c]:
            timeline = Timeline(client, 1, conversation)
            timelines.append(timeline)
            sync.register_timeline(timeline)
            while True:
                try:
                    await timeline.load_latest()
                    break
                except Exception:
                    await asyncio.sleep(0.3)
        await sync.start()
    await outbox.start()
    if args.send:
        for n, (conversation, text) in enumerate(args.plan):
            outbox.send(1, int(conversation), text)
            print(f"queued {n}", flush=True)
            await asyncio.sleep(args.pace)
    if args.until_idle:
        while args.stop_file and not await asyncio.to_thread(os.path.exists, args.stop_file):  # faults over
            await asyncio.sleep(0.05)
        quiet_since: float | None = None
        while True:
            live = sync is None or sync.states.get(1) == ConnectionState.CONNECTED
            idle = outbox.unsent_count() == 0 and live and not any(t.stale for t in timelines)
            now = time.monotonic()
            quiet_since = (quiet_since or now) if idle else None
            if quiet_since is not None and now - quiet_since >= args.settle:
                break
            await asyncio.sleep(0.05)
    if args.report:
        report = {
            "timelines": {str(t.conversation_id): [[m.id, m.content, m.echo_id] for m in t] for t in timelines},
            "unsent": [m.content for _, m in outbox.unsent()],
            "answers": answers,
        }
        await asyncio.to_thread(Path(args.report).write_text, json.dumps(report, ensure_ascii=False), "utf-8")
    await outbox.close()
    if sync is not None:
        await sync.stop()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--send")
    parser.add_argument("--pace", type=float, default=0.0)
    parser.add_argument("--open")
    parser.add_argument("--realtime", action="store_true")
    parser.add_argument("--kill-at")
    parser.add_argument("--until-idle", action="store_true")
    parser.add_argument("--settle", type=float, default=0.5)
    parser.add_argument("--report")
    parser.add_argument("--stop-file")
    parser.add_argument("--timeout", type=float, default=3.0)
    parser.add_argument("--ping-timeout", type=float, default=4.0)
    args = parser.parse_args()
    args.plan = [line.split("\t", 1) for line in Path(args.send).read_text("utf-8").splitlines() if line] \
        if args.send else []
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())

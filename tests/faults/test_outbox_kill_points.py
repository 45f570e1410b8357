"""The agent's process is SIGKILLed at every point where a send persists its state (during each write of
the outbox record, with the new file complete but not yet renamed into place, and right after each write)
and right after the server's answer arrived, before it was handled. The next start must deliver the reply
exactly once: never twice (the server's copy taken for already matched), never lost. Counted from the
sandbox's own database."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import pytest

from tests.faults.support import agent, copies, finish, open_conversations

WRITES_OF_A_SEND = 3  # queued, about to go out (maybe sent), settled (removed and remembered as sent)
POINTS = [f"save:{k}:{moment}" for k in range(1, WRITES_OF_A_SEND + 1) for moment in ("mid", "after")]
POINTS.insert(4, "answer:1")  # between the request that the server saved and the write that settles it


def test_a_clean_send_writes_the_record_exactly_three_times(fresh_sandbox: Any, tmp_path: Path) -> None:
    conversation = open_conversations(fresh_sandbox.db_path, 1)[0]
    plan = tmp_path / "plan.tsv"
    plan.write_text(f"{conversation}\tclean send\n", "utf-8")
    code, _, err = finish(agent(fresh_sandbox.url, tmp_path / "store", "--send", str(plan), "--until-idle",
                                  "--kill-at", f"save:{WRITES_OF_A_SEND + 1}:after"))
    assert code == 0, err  # no fourth write: the points below are all the persistence points of a send
    assert copies(fresh_sandbox.db_path, ["clean send"]) == {"clean send": 1}


@pytest.mark.parametrize("point", POINTS)
def test_killed_at_a_persistence_point_the_reply_arrives_exactly_once(
        fresh_sandbox: Any, tmp_path: Path, point: str) -> None:
    conversation = open_conversations(fresh_sandbox.db_path, 1)[0]
    text = f"reply killed at {point}"
    plan = tmp_path / "plan.tsv"
    plan.write_text(f"{conversation}\t{text}\n", "utf-8")
    store = tmp_path / "store"
    code, out, _ = finish(agent(fresh_sandbox.url, store, "--send", str(plan), "--until-idle", "--kill-at", point))
    assert code == -signal.SIGKILL, f"the agent was not killed at {point}"
    queued = "queued 0" in out  # the send returned to the composer: the reply is the outbox's to deliver

    code, _, err = finish(agent(fresh_sandbox.url, store, "--until-idle"))  # the next start resumes
    assert code == 0, err
    delivered = copies(fresh_sandbox.db_path, [text])[text]
    if point == "save:1:mid":  # killed before the queue held it: send() never returned, nothing went out
        assert not queued and delivered == 0
    else:
        assert delivered == 1, f"killed at {point}: {delivered} copies on the server"

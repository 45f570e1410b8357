"""The sandbox faults that strike after the work is done, and its clock: a 5xx instead of the answer to a
change that was committed, an answer cut off mid-body, a server clock (timestamps and Date header) set off
from the real one, and the request counts tests use to bound how often a client asks."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import pytest

from tests.sandbox.support import client, conversations


def _messages(c: httpx.Client, cid: int) -> list[dict[str, Any]]:
    return list(c.get(f"/api/v1/accounts/1/conversations/{cid}/messages").json()["payload"])


def test_a_5xx_after_the_message_was_saved(fresh_sandbox: Any) -> None:
    c = client(fresh_sandbox, "mona")
    cid = conversations(c, 1)["payload"][0]["id"]
    fresh_sandbox.set_faults(post_commit_error_rate=1.0)
    answer = c.post(f"/api/v1/accounts/1/conversations/{cid}/messages", json={"content": "saved, then 502"})
    assert answer.status_code == 502
    assert c.get("/api/v1/profile").status_code == 200  # reads are not faulted by it
    fresh_sandbox.clear_faults()
    assert [m["content"] for m in _messages(c, cid)].count("saved, then 502") == 1


def test_an_answer_cut_off_after_the_message_was_saved(fresh_sandbox: Any) -> None:
    c = client(fresh_sandbox, "mona")
    cid = conversations(c, 1)["payload"][0]["id"]
    fresh_sandbox.set_faults(cut_answer_rate=1.0)
    with pytest.raises(httpx.RemoteProtocolError):
        c.post(f"/api/v1/accounts/1/conversations/{cid}/messages", json={"content": "saved, answer cut"})
    fresh_sandbox.clear_faults()
    assert [m["content"] for m in _messages(c, cid)].count("saved, answer cut") == 1


@pytest.mark.parametrize("offset", [600, -600])
def test_the_server_clock_offset_shows_in_the_date_header_and_the_timestamps(fresh_sandbox: Any,
                                                                             offset: int) -> None:
    c = client(fresh_sandbox, "mona")
    cid = conversations(c, 1)["payload"][0]["id"]
    fresh_sandbox.set_faults(clock_offset_s=offset)
    try:
        answer = c.post(f"/api/v1/accounts/1/conversations/{cid}/messages", json={"content": "what time is it"})
        now = time.time()
        date = parsedate_to_datetime(answer.headers["date"]).timestamp()
        assert abs(date - (now + offset)) < 3 and len(answer.headers.get_list("date")) == 1
        assert abs(answer.json()["created_at"] - (now + offset)) < 3
    finally:
        fresh_sandbox.clear_faults()
    date = parsedate_to_datetime(c.get("/api/v1/profile").headers["date"]).timestamp()
    assert abs(date - time.time()) < 3


def test_requests_are_counted_per_path(fresh_sandbox: Any) -> None:
    c = client(fresh_sandbox, "mona")
    fresh_sandbox.requests(reset=True)
    for _ in range(3):
        c.get("/api/v1/profile")
    counts = fresh_sandbox.requests(reset=True)
    assert counts == {"GET /api/v1/profile": 3}
    assert fresh_sandbox.requests() == {}

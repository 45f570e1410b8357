"""The sandbox's `POST …/conversations/filter` on the wire (contract §4.4), as the client relies on it:
the unwrapped response with its three counts, `?page=N`, the 422 `{"error"}` bodies, and the broken SQL
of a misplaced query operator (the real server pastes them into its query)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

URL = "/api/v1/accounts/1/conversations/filter"


def post(sandbox: Any, payload: Any, who: str = "mona", page: int | None = None) -> httpx.Response:
    params = {} if page is None else {"page": page}
    return httpx.post(sandbox.url + URL, json={"payload": payload}, params=params, timeout=10,
                      headers={"api_access_token": sandbox.users[who].token})


def cond(key: str, op: str, values: list[Any], joiner: str | None = None) -> dict[str, Any]:
    return {"attribute_key": key, "filter_operator": op, "values": values, "query_operator": joiner}


def test_unwrapped_response_with_three_counts(sandbox: Any) -> None:
    first = post(sandbox, [cond("status", "equal_to", ["all"])])
    assert first.status_code == 200
    body = first.json()
    assert set(body) == {"meta", "payload"} and set(body["meta"]) == {"mine_count", "unassigned_count", "all_count"}
    assert len(body["payload"]) == 25 and body["meta"]["all_count"] > 50
    second = post(sandbox, [cond("status", "equal_to", ["all"])], page=2).json()
    assert not {c["id"] for c in body["payload"]} & {c["id"] for c in second["payload"]}
    assert second["payload"][0]["last_activity_at"] <= body["payload"][-1]["last_activity_at"]
    listed = httpx.get(sandbox.url + "/api/v1/accounts/1/conversations", timeout=10,
                       params={"status": "all", "assignee_type": "all"},
                       headers={"api_access_token": sandbox.users["mona"].token}).json()["data"]
    assert list(body["payload"][0]) == list(listed["payload"][0])  # the list's serializer
    assert {k: listed["meta"][k] for k in body["meta"]} == body["meta"]


@pytest.mark.parametrize(("payload", "needle"), [
    ([cond("status", "is_present", [])], "allowed operators for status"),
    ([cond("created_at", "equal_to", ["2026-01-01"])], "allowed operators for created_at"),
    ([cond("assignee_id", "sounds_like", [1])], "allowed operators for assignee_id"),
    ([cond("colour", "equal_to", ["red"])], "Invalid attribute key - [colour]"),
    ([cond("assignee_id", "equal_to", [])], "values provided for assignee_id"),
    ([cond("created_at", "is_greater_than", ["yesterday"])], "values provided for created_at"),
    ([cond("status", "equal_to", ["open"], "xor"), cond("priority", "equal_to", ["high"])], '"AND" or "OR"'),
    ([], "payload"),
])
def test_refusals_are_422_with_an_error_text(sandbox: Any, payload: Any, needle: str) -> None:
    response = post(sandbox, payload)
    assert response.status_code == 422
    assert needle in response.json()["error"]


@pytest.mark.parametrize("payload", [
    [cond("status", "equal_to", ["open"], "and")],  # an operator after the last condition
    [cond("status", "equal_to", ["open"]), cond("priority", "equal_to", ["high"])],  # none between two
])
def test_misplaced_query_operator_breaks_the_query(sandbox: Any, payload: Any) -> None:
    assert post(sandbox, payload).status_code == 500


def test_not_equal_never_matches_an_empty_column(sandbox: Any) -> None:
    everyone = post(sandbox, [cond("status", "equal_to", ["all"])]).json()["meta"]
    others = post(sandbox, [cond("assignee_id", "not_equal_to", [999999])]).json()["meta"]
    assert others["unassigned_count"] == 0 and others["all_count"] == everyone["all_count"] - everyone["unassigned_count"]

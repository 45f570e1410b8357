"""Sandbox conversations against contract §4: REST shape and timestamp quirks, list filters and counts,
sorting, paging, updated_within, permissions, and the single-conversation actions."""

from __future__ import annotations

import time

from tests.sandbox.support import (
    AGENT_KEYS,
    CONTACT_REST_KEYS,
    CONVERSATION_KEYS,
    ISO,
    MESSAGE_PUSH_COLUMNS,
    NOT_AUTHORIZED,
    client,
    conversations,
    is_epoch_int,
)


def test_list_shape_and_quirks(sandbox) -> None:
    data = conversations(client(sandbox, "mona"), 1, status="all")
    assert set(data["meta"]) == {"mine_count", "assigned_count", "unassigned_count", "all_count"}
    assert len(data["payload"]) == 25
    for conv in data["payload"]:
        assert list(conv) == CONVERSATION_KEYS
        assert isinstance(conv["updated_at"], float)
        for key in ("agent_last_seen_at", "assignee_last_seen_at", "contact_last_seen_at", "first_reply_created_at",
                    "waiting_since", "created_at", "timestamp", "last_activity_at"):
            assert is_epoch_int(conv[key]), key
        assert conv["timestamp"] == conv["last_activity_at"]
        assert conv["snoozed_until"] is None or ISO.match(conv["snoozed_until"])
        assert 0 <= conv["unread_count"] <= 10
        meta = conv["meta"]
        assert set(meta["sender"]) >= CONTACT_REST_KEYS and "contact_inboxes" not in meta["sender"]
        assert meta["sender"]["thumbnail"] == ""
        assert ("assignee" in meta) == ("assignee_type" in meta)
        if "assignee" in meta:
            assert set(meta["assignee"]) >= AGENT_KEYS and meta["assignee_type"] == "User"
        if "team" in meta:
            assert set(meta["team"]) == {"id", "name", "description", "allow_auto_assign", "account_id", "is_member"}
        assert len(conv["messages"]) <= 1
        for message in conv["messages"]:
            assert list(message)[:len(MESSAGE_PUSH_COLUMNS)] == MESSAGE_PUSH_COLUMNS
            assert isinstance(message["message_type"], int) and ISO.match(message["updated_at"])
        last = conv["last_non_activity_message"]
        assert last is None or last["message_type"] != 2
    times = [c["last_activity_at"] for c in data["payload"]]
    assert times == sorted(times, reverse=True)


def test_status_default_counts_and_assignee_filter(sandbox) -> None:
    c = client(sandbox, "sara")
    default = conversations(c, 1)
    assert {conv["status"] for conv in default["payload"]} == {"open"}
    meta = default["meta"]
    assert meta["assigned_count"] == meta["all_count"] - meta["unassigned_count"]
    mine = conversations(c, 1, assignee_type="me", updated_within=10**8)
    assert mine["meta"] == meta  # counts ignore the assignee filter
    assert len(mine["payload"]) == meta["mine_count"]
    assert {conv["meta"]["assignee"]["id"] for conv in mine["payload"]} <= {sandbox.users["sara"].user_id}
    unassigned = conversations(c, 1, assignee_type="unassigned", updated_within=10**8)
    assert len(unassigned["payload"]) == meta["unassigned_count"]
    assert all("assignee" not in conv["meta"] for conv in unassigned["payload"])
    everything = conversations(c, 1, status="all", updated_within=10**8)
    assert everything["meta"]["all_count"] == len(everything["payload"]) > 25  # unpaginated


def test_filters(sandbox) -> None:
    c = client(sandbox, "mona")
    by_inbox = conversations(c, 1, status="all", inbox_id=2)
    assert by_inbox["payload"] and {conv["inbox_id"] for conv in by_inbox["payload"]} == {2}
    labelled = conversations(c, 1, status="all", **{"labels[]": ["refund", "vip"]}, updated_within=10**8)
    assert labelled["payload"]
    assert all({"refund", "vip"} & set(conv["labels"]) for conv in labelled["payload"])
    assert any("refund" in conv["labels"] for conv in labelled["payload"])
    comma = conversations(c, 1, status="all", labels="refund,vip", updated_within=10**8)
    assert len(comma["payload"]) == len(labelled["payload"])
    teams = c.get("/api/v1/accounts/1/teams").json()
    team = conversations(c, 1, status="all", team_id=teams[0]["id"])
    assert all(conv["meta"]["team"]["id"] == teams[0]["id"] for conv in team["payload"])
    assert c.get("/api/v1/accounts/1/conversations", params={"team_id": 999}).status_code == 404
    statuses = {conv["status"] for conv in conversations(c, 1, q="SD-", updated_within=10**8)["payload"]}
    assert len(statuses) > 1  # the status filter is skipped when q is given


def test_sorting_and_paging(sandbox) -> None:
    c = client(sandbox, "mona")
    rank = {"urgent": 4, "high": 3, "medium": 2, "low": 1, None: 0}
    for sort in ("priority_desc", "sort_on_priority"):
        payload = conversations(c, 1, status="all", sort_by=sort)["payload"]
        assert [rank[p["priority"]] for p in payload] == sorted((rank[p["priority"]] for p in payload), reverse=True)
    created = conversations(c, 1, status="all", sort_by="sort_on_created_at")["payload"]
    assert [p["created_at"] for p in created] == sorted(p["created_at"] for p in created)
    page1 = conversations(c, 1, status="all", page=1)["payload"]
    page2 = conversations(c, 1, status="all", page=2)["payload"]
    assert len(page2) == 25 and not {p["id"] for p in page1} & {p["id"] for p in page2}
    counts = c.get("/api/v1/accounts/1/conversations/meta").json()
    assert set(counts) == {"meta"} and counts["meta"] == conversations(c, 1)["meta"]


def test_permissions(sandbox) -> None:
    karim = client(sandbox, "karim")
    visible = conversations(karim, 1, status="all", updated_within=10**8)["payload"]
    assert {conv["inbox_id"] for conv in visible} == {1}
    hidden = next(conv for conv in conversations(client(sandbox, "mona"), 1, status="all")["payload"]
                  if conv["inbox_id"] != 1 and "team" not in conv["meta"])
    response = karim.get(f"/api/v1/accounts/1/conversations/{hidden['id']}")
    assert response.status_code == 401 and response.json() == NOT_AUTHORIZED
    assert karim.get("/api/v1/accounts/1/conversations/99999").json() == {"error": "Resource could not be found"}


def test_actions(fresh_sandbox) -> None:
    admin, agent = client(fresh_sandbox, "mona"), client(fresh_sandbox, "ahmed")
    base = "/api/v1/accounts/1/conversations"
    conv = conversations(admin, 1, assignee_type="assigned")["payload"][0]
    cid = conv["id"]
    resolved = agent.post(f"{base}/{cid}/toggle_status").json()
    assert resolved == {"meta": {}, "payload": {"success": True, "conversation_id": cid, "current_status": "resolved",
                                                "snoozed_until": None}}
    until = int(time.time()) + 3600
    snoozed = admin.post(f"{base}/{cid}/toggle_status", json={"status": "snoozed", "snoozed_until": until}).json()
    assert snoozed["payload"]["current_status"] == "snoozed"
    assert snoozed["payload"]["snoozed_until"] == time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(until))
    reopened = agent.post(f"{base}/{cid}/toggle_status").json()["payload"]
    assert reopened["current_status"] == "open"
    shown = agent.get(f"{base}/{cid}").json()
    assert shown["meta"]["assignee"]["id"] == fresh_sandbox.users["ahmed"].user_id  # agent reopen takes it
    priority = admin.post(f"{base}/{cid}/toggle_priority", json={"priority": "urgent"})
    assert priority.status_code == 200 and priority.content == b""
    assert admin.patch(f"{base}/{cid}", json={"priority": "low"}).json()["priority"] == "low"
    assert admin.post(f"{base}/{cid}/update_last_seen").json()["unread_count"] == 0
    unread = admin.post(f"{base}/{cid}/unread").json()
    assert unread["unread_count"] >= 1
    typing = admin.post(f"{base}/{cid}/toggle_typing_status", json={"typing_status": "on"})
    assert typing.status_code == 200 and typing.content == b""


def test_assignments_and_labels(fresh_sandbox) -> None:
    admin = client(fresh_sandbox, "mona")
    base = "/api/v1/accounts/1/conversations"
    cid = conversations(admin, 1)["payload"][0]["id"]
    sara = fresh_sandbox.users["sara"]
    agent = admin.post(f"{base}/{cid}/assignments", json={"assignee_id": sara.user_id})
    assert set(agent.json()) >= AGENT_KEYS and agent.json()["id"] == sara.user_id
    for body in ({"assignee_id": None}, {"assignee_id": 4242}, {}):
        response = admin.post(f"{base}/{cid}/assignments", json=body)
        assert response.status_code == 200 and response.content == b"null"
    assert "assignee" not in admin.get(f"{base}/{cid}").json()["meta"]
    team = admin.post(f"{base}/{cid}/assignments", json={"team_id": 2}).json()
    assert set(team) == {"id", "name", "description", "allow_auto_assign", "account_id", "created_at", "updated_at"}
    assert ISO.match(team["created_at"])
    assert admin.post(f"{base}/{cid}/assignments", params={"team_id": 777}).content == b"null"
    assert admin.post(f"{base}/{cid}/labels", json={"labels": ["vip", "refund"]}).json() == {"payload": ["vip", "refund"]}
    assert admin.post(f"{base}/{cid}/labels", json={"labels": ["wismo"]}).json() == {"payload": ["wismo"]}
    assert admin.get(f"{base}/{cid}/labels").json() == {"payload": ["wismo"]}


def test_contact_conversations(sandbox) -> None:
    c = client(sandbox, "mona")
    conv = conversations(c, 1)["payload"][0]
    contact_id = conv["meta"]["sender"]["id"]
    listed = c.get(f"/api/v1/accounts/1/contacts/{contact_id}/conversations").json()["payload"]
    assert conv["id"] in [x["id"] for x in listed] and len(listed) <= 20
    assert all(list(x) == CONVERSATION_KEYS for x in listed)


def test_advanced_filter(sandbox) -> None:
    c = client(sandbox, "mona")
    url = "/api/v1/accounts/1/conversations/filter"
    body = {"payload": [
        {"attribute_key": "status", "filter_operator": "equal_to", "values": ["open"], "query_operator": "and"},
        {"attribute_key": "labels", "filter_operator": "equal_to", "values": ["wismo"], "query_operator": None}]}
    data = c.post(url, json=body).json()
    assert set(data) == {"meta", "payload"} and set(data["meta"]) == {"mine_count", "unassigned_count", "all_count"}
    assert 0 < len(data["payload"]) <= 25
    assert all(conv["status"] == "open" and "wismo" in conv["labels"] for conv in data["payload"])
    either = c.post(url, json={"payload": [
        {"attribute_key": "priority", "filter_operator": "equal_to", "values": ["urgent"], "query_operator": "or"},
        {"attribute_key": "priority", "filter_operator": "equal_to", "values": ["high"]}]}).json()
    assert {conv["priority"] for conv in either["payload"]} == {"urgent", "high"}
    bad = c.post(url, json={"payload": [{"attribute_key": "status", "filter_operator": "sounds_like", "values": ["x"]}]})
    assert bad.status_code == 422 and isinstance(bad.json()["error"], str)
    unknown = c.post(url, json={"payload": [{"attribute_key": "no such key!", "filter_operator": "equal_to",
                                             "values": ["x"]}]})
    assert unknown.status_code == 422 and "error" in unknown.json()


def test_mute_blocks_contact_and_resolves(fresh_sandbox) -> None:
    c = client(fresh_sandbox, "mona")
    conv = conversations(c, 1)["payload"][0]
    base = f"/api/v1/accounts/1/conversations/{conv['id']}"
    muted = c.post(f"{base}/mute")
    assert muted.status_code == 200 and muted.content == b""
    shown = c.get(base).json()
    assert shown["muted"] is True and shown["status"] == "resolved" and shown["meta"]["sender"]["blocked"] is True
    assert c.post(f"{base}/unmute").content == b""
    assert c.get(base).json()["muted"] is False

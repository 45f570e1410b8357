"""Sandbox messages against contract §6: list paging and meta, REST shape, create (JSON, multipart with
attachments served through 301 redirects), echo_id, the 422 `error` bodies and the flood guard."""

from __future__ import annotations

import json

from desktop.sandbox.files import png_bytes
from tests.sandbox.support import (
    CONTACT_PUSH_KEYS,
    ISO,
    MESSAGE_REST_REQUIRED,
    USER_PUSH_KEYS,
    client,
    conversations,
)


def _count_back(c, url: str) -> int:
    """Page back with `before` until a short page, as a client does (there is no total)."""
    total, before = 0, None
    while True:
        page = c.get(url, params={"before": before} if before else {}).json()["payload"]
        total += len(page)
        if len(page) < 20:
            return total
        before = page[0]["id"]


def _long_conversation(c) -> int:
    """The longest seeded thread (the seed has one of more than 1,000 messages, for benchmarks)."""
    sizes = {}
    for conv in conversations(c, 1, status="all", updated_within=10**8)["payload"]:
        url = f"/api/v1/accounts/1/conversations/{conv['id']}/messages"
        if len(c.get(url, params={"after": 0}).json()["payload"]) == 100:
            sizes[conv["id"]] = _count_back(c, url)
    cid = max(sizes, key=lambda k: sizes[k])
    assert sizes[cid] >= 1000
    return int(cid)


def test_list_paging_and_meta(sandbox) -> None:
    c = client(sandbox, "mona")
    cid = _long_conversation(c)
    url = f"/api/v1/accounts/1/conversations/{cid}/messages"
    latest = c.get(url).json()
    assert set(latest["meta"]) >= {"labels", "additional_attributes", "contact", "agent_last_seen_at",
                                   "assignee_last_seen_at"}
    assert set(latest["meta"]["contact"]) == CONTACT_PUSH_KEYS
    if "assignee" in latest["meta"]:
        assert set(latest["meta"]["assignee"]) == USER_PUSH_KEYS
    assert latest["meta"]["agent_last_seen_at"] is None or ISO.match(latest["meta"]["agent_last_seen_at"])
    ids = [m["id"] for m in latest["payload"]]
    assert len(ids) == 20 and ids == sorted(ids)
    older = c.get(url, params={"before": ids[0]}).json()["payload"]
    assert len(older) == 20 and max(m["id"] for m in older) < ids[0]
    assert [m["id"] for m in older] == sorted(m["id"] for m in older)
    after = c.get(url, params={"after": older[0]["id"]}).json()["payload"]
    assert len(after) == 39 and after[0]["id"] > older[0]["id"]
    both = c.get(url, params={"after": older[0]["id"], "before": ids[0]}).json()["payload"]
    assert [m["id"] for m in both] == [m["id"] for m in older]
    for message in latest["payload"]:
        assert list(message)[:3] == MESSAGE_REST_REQUIRED[:3]
        assert set(MESSAGE_REST_REQUIRED) <= set(message) and "echo_id" not in message
        assert isinstance(message["message_type"], int) and "updated_at" not in message
        assert ("sender" in message) == (message["message_type"] != 2)
        if "sender" in message:
            assert message["sender"]["type"] in {"contact", "user"}


def test_create_json(fresh_sandbox) -> None:
    c = client(fresh_sandbox, "ahmed")
    cid = conversations(c, 1)["payload"][0]["id"]
    url = f"/api/v1/accounts/1/conversations/{cid}/messages"
    sent = c.post(url, json={"content": "تمام يا فندم، الأوردر SD-104233 في الطريق 🚚", "echo_id": "tmp-1",
                             "content_attributes": {"in_reply_to": 1}})
    assert sent.status_code == 200
    body = sent.json()
    assert list(body)[:5] == ["id", "content", "inbox_id", "echo_id", "conversation_id"]
    assert body["echo_id"] == "tmp-1" and body["message_type"] == 1 and body["private"] is False
    assert body["sender"]["type"] == "user" and body["content_attributes"] == {"in_reply_to": 1}
    note = c.post(url, json={"content": "note", "private": True}).json()
    assert note["private"] is True and note["message_type"] == 1 and "echo_id" not in note
    listed = c.get(url).json()["payload"]
    assert listed[-1]["id"] >= note["id"] and "echo_id" not in listed[-1]
    for bad, error in (({"content": "  "}, "blank"), ({"content": "x" * 150_001}, "too long"),
                       ({"content": "hi", "message_type": "incoming"}, "Incoming messages are only allowed in Api inboxes")):
        response = c.post(url, json=bad)
        assert response.status_code == 422 and error in response.json()["error"]


def test_incoming_allowed_in_api_inbox(fresh_sandbox) -> None:
    c = client(fresh_sandbox, "youssef")
    api_inbox = next(i for i in c.get("/api/v1/accounts/3/inboxes").json()["payload"]
                     if i["channel_type"] == "Channel::Api")
    conv = next(x for x in conversations(c, 3, status="all")["payload"] if x["inbox_id"] == api_inbox["id"])
    created = c.post(f"/api/v1/accounts/3/conversations/{conv['id']}/messages",
                     json={"content": "from the customer", "message_type": "incoming"}).json()
    assert created["message_type"] == 0 and created["sender"]["type"] == "contact"


def test_multipart_attachments(fresh_sandbox) -> None:
    c = client(fresh_sandbox, "ahmed")
    cid = conversations(c, 1)["payload"][0]["id"]
    image = png_bytes(10, 8, (200, 10, 10))
    files = [("attachments[]", ("صورة.png", image, "image/png")),
             ("attachments[]", ("invoice.pdf", b"%PDF-1.4 test", "application/pdf"))]
    data = {"content": "الفاتورة والصورة", "private": "false", "echo_id": "up-1",
            "content_attributes": json.dumps({"in_reply_to": None})}
    sent = c.post(f"/api/v1/accounts/1/conversations/{cid}/messages", data=data, files=files)
    assert sent.status_code == 200, sent.text
    body = sent.json()
    assert body["echo_id"] == "up-1" and len(body["attachments"]) == 2
    img, pdf = body["attachments"]
    assert img["file_type"] == "image" and img["width"] == 10 and img["height"] == 8 and img["thumb_url"]
    assert pdf["file_type"] == "file" and pdf["thumb_url"] == "" and pdf["file_size"] == len(b"%PDF-1.4 test")
    redirect = c.get(img["data_url"], headers={})
    assert redirect.status_code == 301
    assert c.get(img["data_url"], follow_redirects=True).content == image
    assert c.get(img["thumb_url"], follow_redirects=True).status_code == 200
    gallery = c.get(f"/api/v1/accounts/1/conversations/{cid}/attachments").json()
    assert gallery["meta"]["total_count"] >= 2
    assert {"message_id", "thumb_url", "data_url", "file_size", "file_type", "extension", "width", "height",
            "created_at", "sender"} == set(gallery["payload"][0])
    assert gallery["payload"][0]["message_id"] == body["id"]
    too_many = [("attachments[]", (f"f{i}.txt", b"x", "text/plain")) for i in range(16)]
    rejected = c.post(f"/api/v1/accounts/1/conversations/{cid}/messages", data={"content": "x"}, files=too_many)
    assert rejected.status_code == 422 and "error" in rejected.json()


def test_flood_guard(fresh_sandbox) -> None:
    c = client(fresh_sandbox, "mona")
    cid = conversations(c, 2)["payload"][0]["id"]
    url = f"/api/v1/accounts/2/conversations/{cid}/messages"
    statuses = [c.post(url, json={"content": f"n{i}", "private": True}).status_code for i in range(205)]
    assert 422 in statuses
    response = c.post(url, json={"content": "one more", "private": True})
    assert response.status_code == 422 and response.json() == {"error": "Too many messages"}


def test_delete_message(fresh_sandbox) -> None:
    c = client(fresh_sandbox, "mona")
    cid = conversations(c, 1)["payload"][0]["id"]
    url = f"/api/v1/accounts/1/conversations/{cid}/messages"
    mid = c.post(url, json={"content": "oops"}).json()["id"]
    deleted = c.delete(f"{url}/{mid}").json()
    assert deleted["content"] == "This message was deleted" and deleted["content_attributes"] == {"deleted": True}


def test_bad_requests_get_clear_errors(sandbox) -> None:
    c = client(sandbox, "mona")
    cid = conversations(c, 1)["payload"][0]["id"]
    broken = c.post(f"/api/v1/accounts/1/conversations/{cid}/messages", content=b"{not json",
                    headers={"content-type": "application/json"})
    assert broken.status_code == 400 and "error" in broken.json()
    assert c.get("/api/v1/accounts/abc/conversations").json() == {"error": "Resource could not be found"}
    assert c.get("/api/v1/accounts/99/conversations").status_code == 404
    missing = c.delete(f"/api/v1/accounts/1/conversations/{cid}/messages/999999999")
    assert missing.status_code == 404 and missing.json() == {"error": "Resource could not be found"}
    wrong_type = c.post(f"/api/v1/accounts/1/conversations/{cid}/messages", json={"content": "x", "message_type": "bogus"})
    assert wrong_type.status_code == 422 and "error" in wrong_type.json()

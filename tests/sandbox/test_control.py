"""Sandbox harness and control API: fast start, persistence across restarts, the seeded users table, fault
switches (latency, 429 text body, 5xx, malformed JSON), inbound messages, the simulator, the command line."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx

from desktop.sandbox.testing import start_sandbox
from tests.sandbox.support import anonymous, client, conversations


def test_fresh_start_is_fast_and_persists(tmp_path: Path) -> None:
    start_sandbox(tmp_path / "warm.sqlite3").stop()  # the seeded template exists after the first start
    began = time.perf_counter()
    running = start_sandbox(tmp_path / "db.sqlite3")
    elapsed = time.perf_counter() - began
    assert elapsed < 1.0, elapsed
    try:
        c = client(running, "mona")
        cid = conversations(c, 1)["payload"][0]["id"]
        note = c.post(f"/api/v1/accounts/1/conversations/{cid}/messages", json={"content": "persist me"}).json()
        c.post(f"/api/v1/accounts/1/conversations/{cid}/labels", json={"labels": ["vip"]})
    finally:
        running.stop()
    again = start_sandbox(tmp_path / "db.sqlite3")
    try:
        c = client(again, "mona")
        messages = c.get(f"/api/v1/accounts/1/conversations/{cid}/messages").json()["payload"]
        assert note["id"] in [m["id"] for m in messages]
        assert c.get(f"/api/v1/accounts/1/conversations/{cid}/labels").json() == {"payload": ["vip"]}
    finally:
        again.stop()


def test_seed_is_recent_and_bilingual(sandbox) -> None:
    c = client(sandbox, "mona")
    payload = conversations(c, 1, status="all")["payload"]
    assert time.time() - payload[0]["last_activity_at"] < 86400  # times are shifted to "now"
    counts = {aid: conversations(c, aid, status="all")["meta"]["all_count"] for aid in (1, 2, 3)}
    assert counts[1] >= 240 and counts[2] >= 90 and counts[3] >= 15
    whatsapp = conversations(c, 1, status="all", inbox_id=1, updated_within=10**8)["payload"]
    assert {conv["can_reply"] for conv in whatsapp} == {True, False}
    texts = " ".join(m["content"] or "" for conv in payload for m in conv["messages"])
    assert any("\u0600" <= ch <= "\u06ff" for ch in texts) and any(ch.isascii() and ch.isalpha() for ch in texts)


def test_users_endpoint(sandbox) -> None:
    users = anonymous(sandbox).get("/__sandbox/users").json()
    by_email = {u["email"]: u for u in users}
    assert len(users) == 8 and by_email["nour@souqdeals.example"]["mfa_secret"] == "JBSWY3DPEHPK3PXP"
    assert by_email["mona@souqdeals.example"]["roles"] == {"1": "administrator", "2": "administrator",
                                                           "3": "administrator"}
    assert {u.email for u in sandbox.users.values()} == set(by_email)


def test_faults(fresh_sandbox) -> None:
    c = client(fresh_sandbox, "mona")
    fresh_sandbox.set_faults(rate_limit=1)
    throttled = c.get("/api/v1/profile")
    assert throttled.status_code == 429 and throttled.text == "Retry later\n"
    assert throttled.headers["content-type"].startswith("text/plain")
    assert anonymous(fresh_sandbox).get("/__sandbox/users").status_code == 200  # control is never faulted
    fresh_sandbox.set_faults(rate_limit=0, error_rate=1)
    assert c.get("/api/v1/profile").status_code in (500, 502)
    fresh_sandbox.set_faults(error_rate=0, malformed_rate=1)
    broken = c.get("/api/v1/profile")
    assert broken.status_code == 200
    try:
        json.loads(broken.content)
        parsed = True
    except (ValueError, UnicodeDecodeError):
        parsed = False
    assert not parsed
    fresh_sandbox.set_faults(malformed_rate=0, latency_ms=300)
    began = time.perf_counter()
    assert c.get("/api/v1/profile").status_code == 200
    assert time.perf_counter() - began >= 0.3
    state = fresh_sandbox.clear_faults()
    assert state["latency_ms"] == 0 and state["refuse_websockets"] is False
    assert c.get("/api/v1/profile").status_code == 200


def test_incoming_and_simulator(fresh_sandbox) -> None:
    c = client(fresh_sandbox, "mona")
    before = conversations(c, 2)["meta"]["all_count"]
    created = fresh_sandbox.incoming(2, "العربية عطلت ومعايا 3 أوردرات", inbox_id=6)
    conv = c.get(f"/api/v1/accounts/2/conversations/{created['conversation_id']}").json()
    assert conv["status"] == "open" and conv["inbox_id"] == 6 and conv["unread_count"] == 1
    assert conv["meta"]["sender"]["phone_number"].startswith("+20")
    assert conversations(c, 2)["meta"]["all_count"] == before + 1
    followup = fresh_sandbox.incoming(2, "any update؟", conversation_id=created["conversation_id"])
    assert followup["conversation_id"] == created["conversation_id"]
    total = len(conversations(c, 1, status="all", updated_within=10**8)["payload"])
    state = fresh_sandbox.simulator(1200, [1])
    assert state["running"] is True
    since = time.time()
    time.sleep(2.5)
    stopped = fresh_sandbox.simulator(0)
    assert stopped["running"] is False and stopped["sent"] >= 1
    touched = conversations(c, 1, status="all", updated_within=int(time.time() - since) + 1)["payload"]
    assert touched and all(conv["updated_at"] >= since - 1 for conv in touched)
    incoming = [conv for conv in touched if conv["last_non_activity_message"]["message_type"] == 0]
    assert incoming and all(conv["last_non_activity_message"]["sender"]["type"] == "contact" for conv in incoming)
    assert len(conversations(c, 1, status="all", updated_within=10**8)["payload"]) >= total


def test_fulfilment_is_mounted_over_the_seeded_contacts(sandbox) -> None:
    contact = client(sandbox, "mona").get("/api/v1/accounts/1/contacts/search", params={"q": "+20"}).json()["payload"][0]
    response = httpx.get(f"{sandbox.url}/fulfilment/orders", params={"phone": contact["phone_number"]}, timeout=10)
    assert response.status_code == 200
    assert response.json()["customer"]["name"] == contact["name"]


def test_command_line(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "desktop.sandbox", "--port", "0", "--db",
                             str(tmp_path / "cli.sqlite3")], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        url = first.rsplit(" ", 1)[-1].strip()
        assert url.startswith("http://127.0.0.1:")
        lines = [proc.stdout.readline() for _ in range(10)]
        assert any("mona@souqdeals.example" in line and "sbx-mona-token-0001" in line for line in lines)
        assert httpx.get(f"{url}/api", timeout=5).json()["version"] == "4.9.1"
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0  # SIGTERM stops the server cleanly


def test_snoozed_conversations_wake_up(tmp_path: Path) -> None:
    running = start_sandbox(tmp_path / "snooze.sqlite3", snooze_check_interval=0.2)
    try:
        c = client(running, "mona")
        cid = conversations(c, 1)["payload"][0]["id"]
        base = f"/api/v1/accounts/1/conversations/{cid}"
        snoozed = c.post(f"{base}/toggle_status", json={"status": "snoozed", "snoozed_until": int(time.time()) + 1})
        assert snoozed.json()["payload"]["current_status"] == "snoozed"
        deadline = time.monotonic() + 5
        while c.get(base).json()["status"] == "snoozed" and time.monotonic() < deadline:
            time.sleep(0.1)
        shown = c.get(base).json()
        assert shown["status"] == "open" and shown["snoozed_until"] is None
        activity = c.get(f"{base}/messages").json()["payload"][-1]
        assert activity["message_type"] == 2 and activity["content"] == "Conversation was reopened"
    finally:
        running.stop()

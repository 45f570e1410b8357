"""The fault-injection suite: the real client parts (headless agent processes: REST client, outbox on the
file storage, realtime client, sync, timelines) against the sandbox, each in its own process on loopback,
so every kill is a real SIGKILL. Agent A keeps four conversations open and sends 200 replies while
customers write 200+ messages and the server is SIGKILLed and restarted, websockets are dropped and
refused, answers fail or are cut off after the message was saved, 5xx/429/latency come and go, A is paused
(SIGSTOP) longer than its ping timeout, and the server's clock is set 10 minutes behind, then ahead. At
the same time agent B sends 120 replies in lives that end in a SIGKILL at a random persistence point of a
send (during or after a write of its outbox, right after the server's answer) or at a random moment.

The truth is the server's own database: every reply delivered exactly once, none lost; every message of
A's open conversations shown in its timeline, none missed and none shown twice; a bounded number of
requests per minute per open conversation; and what an idle signed-in agent asks per minute."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx
import pytest

from tests.faults.server import SandboxProcess
from tests.faults.support import agent, copies, messages_of, open_conversations

OPEN = 4  # conversations agent A keeps open
A_SENDS, B_SENDS = 200, 120
B_KILLED = 30  # lives of agent B that end in a SIGKILL (at a random persistence point or moment)
B_CHUNK = 4  # replies typed in each of those lives
B_KILLS = ["mid", "after", "answer", "moment"]  # in turn
A_PACE = 0.3  # seconds between two of A's replies (about 65 s of sending)
INCOMING_EVERY = 0.12  # seconds between two customer messages
GETS_PER_MINUTE_BOUND = 60  # per open conversation, under all of the faults (a loop makes thousands)
IDLE_SECONDS = 30.0
FAULTS = ["drop", "kill", "post-commit", "refuse", "errors", "pause"]


def _queued(store: Path) -> list[str]:
    path = store / "outbox.json"
    if not path.exists():
        return []
    saved = json.loads(path.read_text("utf-8"))
    return [entry["content"] for entry in saved["queue"]]


class AgentB(threading.Thread):
    """Lives of agent B, each ended by a SIGKILL, until every one of its replies is on the server."""

    def __init__(self, server: SandboxProcess, folder: Path, conversations: list[int], tag: str) -> None:
        super().__init__(name="agent-b", daemon=True)
        self.server, self.folder, self.conversations = server, folder, conversations
        self.texts = [f"{tag} B{n:03d}" for n in range(B_SENDS)]
        self.kills: Counter[str] = Counter()
        self.lives = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._run()
        except BaseException as error:  # reported by the test
            self.error = error

    def _run(self) -> None:
        rng = random.Random(99)
        store = self.folder / "b-store"
        deadline = time.monotonic() + 170
        while time.monotonic() < deadline:
            queued = _queued(store)
            on_server = copies(self.server.db_path, self.texts)
            remaining = [t for t in self.texts if on_server[t] == 0 and t not in queued]
            if not remaining and not queued:
                return
            killed = self.lives < B_KILLED  # the lives after those end by themselves
            chunk = remaining[:B_CHUNK] if killed else remaining  # a few replies typed in each life
            plan = self.folder / f"b-plan-{self.lives}.tsv"
            plan.write_text("".join(f"{self.conversations[i % len(self.conversations)]}\t{t}\n"
                                    for i, t in enumerate(chunk)), "utf-8")
            args = ["--send", str(plan), "--pace", "0.05", "--until-idle"]
            kind, timer = "clean", None
            how = B_KILLS[self.lives % len(B_KILLS)]
            if killed and how in ("mid", "after"):  # during or after one of the writes of a send
                kind = f"save:{rng.randint(1, 3 * len(chunk))}:{how}"
                args += ["--kill-at", kind]
            elif killed and how == "answer":  # the server saved it and answered; never handled
                kind = f"answer:{rng.randint(1, len(chunk))}"
                args += ["--kill-at", kind]
            elif killed:
                kind, timer = "random moment", rng.uniform(0.4, 1.3)  # starting, signing in or sending
            process = agent(self.server.url, store, *args)
            if timer is not None:
                threading.Timer(timer, lambda p=process: p.poll() is None and p.send_signal(signal.SIGKILL)).start()
            try:
                process.communicate(timeout=90)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
            self.lives += 1
            if process.returncode == -signal.SIGKILL:
                self.kills[kind.rsplit(":", 1)[-1] if kind.startswith("save") else kind.split(":")[0]] += 1
        raise AssertionError("agent B did not deliver its replies in time")


def _post_incoming(server: SandboxProcess, conversations: list[int], tag: str, stop: threading.Event,
                   posted: list[str]) -> None:
    n = 0
    with httpx.Client(base_url=f"{server.url}/__sandbox", timeout=5) as http:
        while not stop.is_set():
            text = f"{tag} customer {n:04d}"
            try:
                http.post("/incoming", json={"account_id": 1, "content": text,
                                             "conversation_id": conversations[n % len(conversations)]})
                posted.append(text)
            except httpx.HTTPError:
                pass  # the server is down: the customer writes again a little later
            n += 1
            time.sleep(INCOMING_EVERY)


def _fault(server: SandboxProcess, kind: str, agent_a: subprocess.Popen[str], done: Counter[str]) -> None:
    if kind == "drop":
        server.faults(drop_websockets=True)
    elif kind == "kill":
        server.kill()
        time.sleep(0.8)
        server.start()
    elif kind == "post-commit":
        server.faults(post_commit_error_rate=0.2, cut_answer_rate=0.2)
        time.sleep(3.0)
        server.faults(post_commit_error_rate=0, cut_answer_rate=0)
    elif kind == "refuse":
        server.faults(refuse_websockets=True, drop_websockets=True)
        time.sleep(2.0)
        server.faults(refuse_websockets=False)
    elif kind == "errors":
        server.faults(error_rate=0.05, rate_limit=0.05, latency_ms=80)
        time.sleep(3.0)
        server.faults(error_rate=0, rate_limit=0, latency_ms=0)
    elif kind == "pause":  # longer than A's ping timeout (4 s): its socket is dead when it resumes
        agent_a.send_signal(signal.SIGSTOP)
        time.sleep(6.0)
        agent_a.send_signal(signal.SIGCONT)
    done[kind] += 1


@pytest.mark.timeout(400)  # about 1.5 min alone; the suite's whole budget is 4 min on a shared machine
def test_nothing_missed_nothing_doubled_under_faults(tmp_path: Path) -> None:
    tag = uuid.uuid4().hex[:8]
    server = SandboxProcess(tmp_path)
    server.start()
    try:
        conversations = open_conversations(server.db_path, OPEN + 2)
        mine, b_conversations = conversations[:OPEN], conversations[OPEN:]
        a_texts = [f"{tag} A{n:03d}" for n in range(A_SENDS)]
        plan = tmp_path / "a-plan.tsv"
        plan.write_text("".join(f"{mine[n % OPEN]}\t{t}\n" for n, t in enumerate(a_texts)), "utf-8")
        stop_file, report_file = tmp_path / "stop", tmp_path / "a-report.json"
        agent_a = agent(server.url, tmp_path / "a-store", "--realtime", "--open", ",".join(map(str, mine)),
                        "--send", str(plan), "--pace", str(A_PACE), "--until-idle", "--stop-file", str(stop_file),
                        "--report", str(report_file), "--settle", "2", "--ping-timeout", "4")
        b = AgentB(server, tmp_path, b_conversations, tag)
        b.start()
        stop_customers = threading.Event()
        posted: list[str] = []
        customers = threading.Thread(target=_post_incoming, args=(server, mine, tag, stop_customers, posted),
                                     daemon=True)
        customers.start()

        began = time.monotonic()
        sending = A_SENDS * A_PACE + 5
        done: Counter[str] = Counter()
        step = 0
        while time.monotonic() - began < sending or step < 2 * len(FAULTS):  # every fault twice at least
            elapsed = time.monotonic() - began
            offset = -600.0 if elapsed < sending / 3 else 600.0 if elapsed < 2 * sending / 3 else 0.0
            if offset != server.clock_offset:
                server.faults(clock_offset_s=offset)  # the server's clock 10 min behind, then ahead
                done[f"clock {offset:+.0f} s"] += 1
            _fault(server, FAULTS[step % len(FAULTS)], agent_a, done)
            step += 1
            time.sleep(1.0)
            server.collect()
        server.faults(clock_offset_s=0, error_rate=0, rate_limit=0, latency_ms=0, refuse_websockets=False,
                      post_commit_error_rate=0, cut_answer_rate=0)
        stop_customers.set()
        customers.join(timeout=10)
        b.join(timeout=200)
        minutes = (time.monotonic() - began) / 60
        stop_file.write_text("done", "utf-8")
        _, err = agent_a.communicate(timeout=120)
        (tmp_path / "a-stderr.log").write_text(err, "utf-8")
        print("A stderr at", tmp_path / "a-stderr.log")
        assert agent_a.returncode == 0, err[-3000:]
        assert b.error is None, b.error
        server.collect()

        # delivered exactly once, none lost (the server's database)
        a_copies, b_copies = copies(server.db_path, a_texts), copies(server.db_path, b.texts)
        assert sorted(Counter(a_copies.values()).items()) == [(1, A_SENDS)], {t: n for t, n in a_copies.items() if n != 1}
        assert sorted(Counter(b_copies.values()).items()) == [(1, B_SENDS)], {t: n for t, n in b_copies.items() if n != 1}

        # none missed, none doubled in A's open timelines
        report = json.loads(report_file.read_text("utf-8"))
        assert report["unsent"] == []
        incoming = 0
        for conversation in mine:
            rows = report["timelines"][str(conversation)]
            ids = [row[0] for row in rows]
            assert None not in ids, "a pending copy is still shown next to the sent reply"
            assert len(ids) == len(set(ids)), "a message is shown twice"
            on_server = messages_of(server.db_path, 1, conversation, after_id=min(ids) - 1)
            missed = [m for m in on_server if m["id"] not in set(ids)]
            assert missed == [], (f"conversation {conversation}: {len(missed)} messages never shown: "
                                  f"{[(m['id'], m['content']) for m in missed]}; shown {sorted(ids)}")
            incoming += sum(m["content"].startswith(f"{tag} customer") for m in on_server)
        assert incoming >= 200, (incoming, len(posted))

        # bounded requests per open conversation
        gets: dict[int, int] = {}
        for conversation in mine:
            base = f"GET /api/v1/accounts/1/conversations/{conversation}"
            gets[conversation] = server.counts[base] + server.counts[f"{base}/messages"]
        per_minute = {c: n / minutes for c, n in gets.items()}
        assert max(per_minute.values()) <= GETS_PER_MINUTE_BOUND, per_minute

        summary = {
            "sends": A_SENDS + B_SENDS, "incoming_in_open_conversations": incoming, "customer_posts": len(posted),
            "server_kills": server.kills, "faults": dict(done), "agent_b_lives": b.lives,
            "agent_b_sigkills": dict(b.kills), "minutes": round(minutes, 2),
            "gets_per_minute_per_open_conversation": {c: round(v, 1) for c, v in per_minute.items()},
        }
        print("fault suite:", json.dumps(summary))
        assert server.kills >= 2 and all(done[k] >= 2 for k in FAULTS)
        assert sum(b.kills.values()) >= 20 and {"mid", "after", "answer", "random moment"} <= set(b.kills)
    finally:
        server.stop()


def test_requests_of_an_idle_signed_in_agent(tmp_path: Path) -> None:
    """Four conversations open, nothing happening: what the agent asks of the server per minute."""
    server = SandboxProcess(tmp_path)
    server.start()
    try:
        mine = open_conversations(server.db_path, OPEN)
        stop_file = tmp_path / "stop"
        idle = agent(server.url, tmp_path / "store", "--realtime", "--open", ",".join(map(str, mine)),
                     "--until-idle", "--stop-file", str(stop_file))
        time.sleep(4.0)  # signed in, timelines read, subscribed and caught up
        server.collect()
        server.counts.clear()
        time.sleep(IDLE_SECONDS)
        server.collect()
        stop_file.write_text("done", "utf-8")
        _, err = idle.communicate(timeout=30)
        assert idle.returncode == 0, err[-2000:]
        http = sum(n for k, n in server.counts.items() if not k.startswith("WS "))
        per_minute = http * 60 / IDLE_SECONDS
        print("idle agent:", json.dumps({"http_requests_per_minute": per_minute, "counts": dict(server.counts)}))
        assert per_minute <= 2, dict(server.counts)
        assert server.counts.get("WS /cable", 0) == 0  # no reconnects either
    finally:
        server.stop()

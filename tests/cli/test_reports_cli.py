"""`python -m desktop reports` as a real subprocess against the sandbox: the JSON (exact shape) checked against
figures computed independently from the sandbox's database, the text table, the export file, and the exit
codes with one plain sentence: 2 bad input, 6 credentials, 10 not allowed, 3 unreachable."""

from __future__ import annotations

import csv
import json
import socket
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.sandbox.testing import RunningSandbox
from tests.support.report_figures import csat, figures

ROOT = Path(__file__).resolve().parents[2]
CAIRO = ZoneInfo("Africa/Cairo")


def reports(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", "reports", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, cwd=ROOT)


def _days(n: int) -> tuple[date, date]:
    today = datetime.now(CAIRO).date()
    return today - timedelta(days=n - 1), today


def _window(first: date, last: date) -> tuple[float, float]:
    since = datetime.combine(first, datetime.min.time(), tzinfo=CAIRO)
    until = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=CAIRO)
    return since.timestamp(), until.timestamp()


def test_json_matches_the_database(sandbox: RunningSandbox) -> None:
    first, last = _days(30)
    proc = reports("--server", sandbox.url, "--token", sandbox.users["mona"].token, "--workspace", "1",
                   "--since", str(first), "--until", str(last), "--timezone", "Africa/Cairo", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert set(out) == {"workspace", "since", "until", "kpis", "agents"}
    assert (out["workspace"], out["since"], out["until"]) == (1, str(first), str(last))
    assert all(set(v) == {"value", "previous"} for v in out["kpis"].values())
    since, until = _window(first, last)
    now, before = figures(sandbox.db_path, 1, since, until), figures(sandbox.db_path, 1, 2 * since - until, since)
    kpis = out["kpis"]
    for name, key in (("conversations", "conversations"), ("resolutions", "resolutions"),
                      ("incoming_messages", "incoming"), ("outgoing_messages", "outgoing")):
        assert (kpis[name]["value"], kpis[name]["previous"]) == (now[key], before[key]), name
    assert kpis["avg_first_response"]["value"] == pytest.approx(now["avg_first_response"], abs=1e-6)
    assert kpis["avg_resolution"]["previous"] == pytest.approx(before["avg_resolution"], abs=1e-6)
    truth = csat(sandbox.db_path, 1, since, until)
    assert kpis["csat_average"]["value"] == pytest.approx(truth["average"])
    assert kpis["csat_satisfied"]["value"] == pytest.approx(truth["satisfied"])
    assert kpis["csat_response_rate"]["value"] == pytest.approx(truth["responses"] / truth["sent"])
    assert out["agents"] and all(set(a) == {"id", "name", "conversations", "resolved", "avg_first_response",
                                            "avg_resolution"} for a in out["agents"])
    for agent in out["agents"]:
        mine = figures(sandbox.db_path, 1, since, until, assignee=agent["id"])
        assert agent["conversations"] == mine["conversations"] and agent["resolved"] == mine["resolutions"]
        assert agent["avg_first_response"] == pytest.approx(mine["avg_first_response"], abs=1e-6)
    assert [a["conversations"] for a in out["agents"]] == sorted((a["conversations"] for a in out["agents"]), reverse=True)


def test_text_output_and_export(fresh_sandbox: RunningSandbox, tmp_path: Path) -> None:
    first, last = _days(7)
    target = tmp_path / "week.csv"
    proc = reports("--server", fresh_sandbox.url, "--email", "mona@souqdeals.example", "--password", "mona-lead-2026",
                   "--workspace", "1", "--since", str(first), "--until", str(last), "--timezone", "Africa/Cairo",
                   "--export", str(target))
    assert proc.returncode == 0, proc.stderr
    assert "conversations" in proc.stdout and "Ahmed Hassan" in proc.stdout and "mona-lead-2026" not in proc.stdout
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    since, until = _window(first, last)
    assert len(rows) - 1 == figures(fresh_sandbox.db_path, 1, since, until)["conversations"]
    assert rows[1][2] == "Customer Support — خدمة العملاء" and rows[1][16].isdigit()


@pytest.mark.parametrize(("args", "code", "words"), [
    (["--since", "2026-13-01", "--until", "2026-01-02"], 2, "--since must be a date"),
    (["--since", "2026-01-05", "--until", "2026-01-02"], 2, "before the first day"),
    (["--since", "2026-01-01", "--until", "2026-01-02", "--export", "x.pdf"], 2, ".csv or .xlsx"),
    (["--since", "2026-01-01", "--until", "2026-01-02", "--timezone", "Mars/Base"], 2, "unknown time zone"),
])
def test_bad_input_exits_2(sandbox: RunningSandbox, args: list[str], code: int, words: str) -> None:
    proc = reports("--server", sandbox.url, "--token", sandbox.users["mona"].token, "--workspace", "1", *args)
    assert proc.returncode == code and words in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_credentials_permission_and_unreachable(sandbox: RunningSandbox) -> None:
    first, last = _days(7)
    window = ["--workspace", "1", "--since", str(first), "--until", str(last)]
    wrong = reports("--server", sandbox.url, "--token", "not-a-token", *window)
    assert wrong.returncode == 6 and "credentials" in wrong.stderr and "not-a-token" not in wrong.stderr
    agent = reports("--server", sandbox.url, "--token", sandbox.users["ahmed"].token, *window, "--json")
    assert agent.returncode == 10 and "reports are for administrators" in agent.stderr and agent.stdout == ""
    assert len(agent.stderr.strip().splitlines()) == 1
    outsider = reports("--server", sandbox.url, "--token", sandbox.users["omar"].token, *window)
    assert outsider.returncode == 10 and "not a member of workspace 1" in outsider.stderr
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    down = reports("--server", f"http://127.0.0.1:{port}", "--token", "t", *window)
    assert down.returncode == 3 and "cannot reach" in down.stderr

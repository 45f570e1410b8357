"""The reports window end to end against the sandbox: presets and the previous period, every table, the trend
chart (English and Arabic, mirrored), CSAT, live counts, the permission message for an agent, the menu
entry's reason, and the conversation export with Cancel (no file left behind) and a complete file."""

from __future__ import annotations

import csv
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.reports import EntityKind
from desktop.services.reports import Preset, ReportsService, period_for
from desktop.ui import i18n
from desktop.ui.notifier import Notifier
from desktop.ui.reports.format import duration
from desktop.ui.reports.models import SORT_ROLE
from desktop.ui.reports.window import ReportsWindow
from tests.ui.app_harness import artifacts_dir


def _window(sandbox, token: str = "sbx-mona-token-0001") -> ReportsWindow:  # type: ignore[no-untyped-def]
    client = ChatwootClient(sandbox.url, auth=TokenAuth(token))
    return ReportsWindow(ReportsService(client, 1), Notifier(), UTC, "Customer Support")


def _loaded(aloop, view: ReportsWindow) -> None:  # type: ignore[no-untyped-def]
    aloop.until(lambda: view.bundle is not None and view.status.text() == "", timeout=30)


def test_window_shows_kpis_tables_chart_and_previous_period(qtbot, aloop, fresh_sandbox, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = _window(fresh_sandbox)
    qtbot.addWidget(view)
    view.show()
    view.preset.setCurrentIndex(view.preset.findData(Preset.LAST_30_DAYS.value))
    aloop.until(lambda: view.bundle is not None and view.bundle.period.length >= timedelta(days=29), timeout=30)
    bundle = view.bundle
    assert bundle is not None
    expected = period_for(Preset.LAST_30_DAYS, datetime.now(UTC))
    assert bundle.period.since == expected.since
    assert bundle.period.previous().until == bundle.period.since
    assert bundle.period.previous().length == bundle.period.length
    # KPIs: this period and the previous one, as the server computed them
    cell = view.kpis.cells["conversations"]
    assert cell.value.text() == str(bundle.summary.current.conversations)
    assert str(bundle.summary.previous.conversations) in cell.previous.text()
    assert view.kpis.cells["first_response"].value.text() == duration(bundle.summary.current.avg_first_response)
    # every table has one row per entity and sorts by its raw values
    for kind, model in view.entity_models.items():
        qtmodeltester.check(model)
        assert model.rowCount() == len(bundle.tables[kind].names) > 0
        proxy = view.entity_views[kind].model()
        view.entity_views[kind].sortByColumn(1, Qt.SortOrder.DescendingOrder)
        values = [proxy.index(r, 1).data(SORT_ROLE) for r in range(proxy.rowCount())]
        assert values == sorted(values, reverse=True)
    agents = view.entity_models[EntityKind.AGENT]
    names = [agents.index(r, 0).data() for r in range(agents.rowCount())]
    assert any("Ahmed Hassan" in n for n in names)
    # trend: a chart with both series and the numbers as a table
    assert view.chart.current.count() == len(bundle.trend.current) == view.trend_page.model.rowCount()
    assert view.chart.previous.count() > 0
    assert sum(p.value for p in bundle.trend.current) == bundle.summary.current.conversations
    qtmodeltester.check(view.trend_page.model)
    qtmodeltester.check(view.ratings_model)
    qtmodeltester.check(view.live_model)
    assert view.ratings_model.rowCount() == 5 and "★" in view.ratings_model.index(0, 0).data()
    assert view.live_model.rowCount() > 0
    SHOTS = artifacts_dir()
    view.resize(1100, 760)
    view.grab().save(str(SHOTS / "reports_en.png"))
    view.tabs.setCurrentIndex(4)
    view.grab().save(str(SHOTS / "reports_trend_en.png"))
    view.tabs.setCurrentIndex(5)
    view.grab().save(str(SHOTS / "reports_csat_en.png"))
    # preset change: yesterday is a whole day; the previous period is the day before
    view.preset.setCurrentIndex(view.preset.findData(Preset.YESTERDAY.value))
    aloop.until(lambda: view.bundle is not bundle and view.bundle is not None, timeout=30)
    assert view.bundle.period.length == timedelta(days=1) and view.bundle.trend.group_by == "hour"


def test_window_in_arabic_mirrors_the_chart(qtbot, aloop, fresh_sandbox, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "ar")
    view = _window(fresh_sandbox)
    qtbot.addWidget(view)
    view.show()
    view.reload()
    _loaded(aloop, view)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.chart.axis_x.isReverse()
    assert view.chart.axis_y.alignment() == Qt.AlignmentFlag.AlignRight
    assert view.preset.itemText(0) != "Today"  # translated
    text = view.kpis.cells["first_response"].value.text()
    assert text == "—" or any("٠" <= ch <= "٩" for ch in text)
    SHOTS = artifacts_dir()
    view.resize(1100, 760)
    view.grab().save(str(SHOTS / "reports_ar.png"))
    view.tabs.setCurrentIndex(4)
    view.grab().save(str(SHOTS / "reports_trend_ar.png"))
    dialog = view.open_export()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft and dialog.inbox.count() == 5
    dialog.grab().save(str(SHOTS / "reports_export_ar.png"))
    dialog.reject()


def test_agent_sees_a_permission_sentence(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    view = _window(fresh_sandbox, "sbx-ahmed-token-0002")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.failed, timeout=15000) as blocker:
        view.reload()
    assert "administrators" in blocker.args[0]
    assert view.status.text() == blocker.args[0]


def _db_rows(db: Path, since: float, until: float) -> dict[int, sqlite3.Row]:
    conn = sqlite3.connect(str(db))
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT c.*, (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id AND"
                        " m.message_type = 0) AS incoming, (SELECT count(*) FROM messages m WHERE m.conversation_id ="
                        " c.id AND m.message_type = 1 AND m.private = 0) AS outgoing, ct.phone_number AS phone"
                        " FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE c.account_id = 1"
                        " AND c.created_at >= ? AND c.created_at < ?", (since, until)).fetchall()
    conn.close()
    return {int(r["display_id"]): r for r in rows}


def test_export_cancel_leaves_nothing_then_export_completes(qtbot, aloop, fresh_sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _window(fresh_sandbox)
    qtbot.addWidget(view)
    view.preset.setCurrentIndex(view.preset.findData(Preset.LAST_7_DAYS.value))
    view.reload()
    _loaded(aloop, view)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "week.csv"
    target.write_text("an older export\n", encoding="utf-8")
    dialog = view.open_export()
    dialog.path.setText(str(target))
    fresh_sandbox.set_faults(latency_ms=40)
    dialog.start()
    aloop.until(lambda: dialog.running() and dialog.progress.maximum() > 1, timeout=15)
    with qtbot.waitSignal(dialog.cancelled, timeout=5000):
        dialog.cancel_button.click()
    aloop.until(lambda: not dialog.running(), timeout=10)
    assert target.read_text(encoding="utf-8") == "an older export\n"  # untouched
    assert [p.name for p in folder.iterdir()] == ["week.csv"]  # no partial file left
    fresh_sandbox.clear_faults()
    with qtbot.waitSignal(dialog.finished_export, timeout=60000) as done:
        dialog.start()
    rows_written = done.args[0]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    header, body = rows[0], rows[1:]
    assert len(body) == rows_written and header[0] == "Conversation"
    period = view.bundle.period  # type: ignore[union-attr]
    expected = _db_rows(fresh_sandbox.db_path, period.since.timestamp(), period.until.timestamp())
    assert {int(r[0]) for r in body} == set(expected)
    for r in body:
        db = expected[int(r[0])]
        assert r[1].endswith(f"/app/accounts/1/conversations/{r[0]}")
        assert r[5] == (db["phone"] or "")
        assert r[9] == db["status"]
        assert int(r[16]) == db["incoming"] and int(r[17]) == db["outgoing"]
        if db["first_reply_created_at"]:
            assert abs(int(r[13]) - (db["first_reply_created_at"] - db["created_at"])) <= 1
        else:
            assert r[13] == ""


@pytest.mark.parametrize("preset", list(Preset)[:-1])
def test_presets_give_periods_ending_by_now(preset: Preset) -> None:
    now = datetime(2026, 3, 15, 10, 30, tzinfo=UTC)
    p = period_for(preset, now)
    assert p.since < p.until <= now and p.previous().until == p.since


def test_business_hours_granularity_and_saving_a_table(qtbot, aloop, fresh_sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _window(fresh_sandbox)
    qtbot.addWidget(view)
    view.preset.setCurrentIndex(view.preset.findData(Preset.LAST_30_DAYS.value))
    aloop.until(lambda: view.bundle is not None, timeout=30)
    plain = view.bundle
    assert plain is not None and not plain.business_hours
    view.business.setChecked(True)
    aloop.until(lambda: view.bundle is not plain and view.bundle is not None, timeout=30)
    business = view.bundle
    assert business is not None and business.business_hours
    assert business.summary.current.conversations == plain.summary.current.conversations
    assert business.summary.current.avg_resolution < plain.summary.current.avg_resolution  # type: ignore[operator]
    view.tabs.setCurrentIndex(4)
    with qtbot.waitSignal(view.trend_page.model.modelReset, timeout=15000):
        view.granularity.setCurrentIndex(view.granularity.findData("week"))
    assert view.trend_page.model.group_by == "week" and 4 <= view.trend_page.model.rowCount() <= 6
    view.tabs.setCurrentIndex(0)
    target = tmp_path / "agents.csv"
    view.save_table(str(target))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Name", "Conversations", "Previous"]
    assert len(rows) - 1 == view.entity_models[EntityKind.AGENT].rowCount()
    assert all("\u2068" not in cell for row in rows for cell in row)  # no isolate characters in the file


def test_durations_read_humanly_in_both_languages(qapp: QApplication) -> None:
    assert [duration(s) for s in (None, 0, 40, 412, 7500, 273600)] == \
        ["—", "0 s", "40 s", "6 min 52 s", "2 h 5 min", "3 d 4 h"]
    i18n.install(qapp, "ar")
    assert duration(412) == "٦ د ٥٢ ث"
    assert duration(7500) == "٢ س ٥ د" and duration(273600) == "٣ ي ٤ س"

"""The agents board against the sandbox: load per agent, oldest waiting, keyboard handover request,
and the permission-denied path for agents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.models import Agent, AssigneeFilter, Availability, ConversationQuery, ConversationStatus
from desktop.services.triage_board import BoardRow, TeamBoard
from desktop.ui.board.model import OPEN, BoardModel, waited
from desktop.ui.board.view import BoardView
from desktop.ui.notifier import Notifier

AHMED = 2


def test_waited_text() -> None:
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert waited(None, now) == ""
    assert waited(now - timedelta(minutes=45), now) == "\u206845 min\u2069"
    assert waited(now - timedelta(hours=3, minutes=20), now) == "\u20683 h 20 min\u2069"
    assert waited(now - timedelta(days=2, hours=5, minutes=1), now) == "\u20682 d 5 h\u2069"


def test_model_updates_cells_in_place_and_resets_on_new_agents(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    board = TeamBoard(client=None, account_id=1)  # type: ignore[arg-type]
    model = BoardModel(board)
    board.rows = [BoardRow(Agent(2, "Ahmed"), Availability.ONLINE, 3, 1)]
    board.changed.emit()
    qtmodeltester.check(model)
    changed: list[object] = []
    model.dataChanged.connect(lambda *a: changed.append(a))
    board.apply_presence({2: Availability.BUSY})
    assert changed and model.index(0, 1).data() == "busy"
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    board.rows = [BoardRow(Agent(3, "Sara"), Availability.ONLINE, 0, 0), *board.rows]
    board.changed.emit()
    assert resets and model.rowCount() == 2
    qtmodeltester.check(model)
    assert model.columnCount() == 5 and model.rowCount(model.index(0, 0)) == 0
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Agent", "Status", "Open", "Unattended", "Oldest waiting", None]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    read_only = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    assert model.flags(model.index(1, OPEN)) == read_only  # selectable, never editable
    assert model.flags(model.index(5, 0)) == Qt.ItemFlag.NoItemFlags


def test_board_view_loads_and_requests_handover(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    client = ChatwootClient(fresh_sandbox.url, auth=TokenAuth("sbx-mona-token-0001"))
    page = aloop.run(client.list_conversations(
        1, ConversationQuery(assignee=AssigneeFilter.ALL, status=ConversationStatus.OPEN)))
    for conversation in page.conversations[:2]:
        aloop.run(client.assign_agent(1, conversation.id, AHMED))
    view = BoardView(TeamBoard(client, 1), Notifier())
    qtbot.addWidget(view)
    with qtbot.wait_signal(view.loaded, timeout=15000):
        view.show()
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == "Ahmed Hassan")
    assert int(view.proxy.index(row, OPEN).data()) >= 2
    view.table.setCurrentIndex(view.proxy.index(row, 0))
    view.table.setFocus()
    with qtbot.wait_signal(view.handover_requested) as requested:
        qtbot.keyClick(view.table, Qt.Key.Key_H)
    assert requested.args == [AHMED]
    assert view.selected_oldest() is not None
    with qtbot.wait_signal(view.open_conversation) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [view.selected_oldest()]
    aloop.run(client.aclose())


def test_agent_sees_a_clear_refusal(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    client = ChatwootClient(sandbox.url, auth=TokenAuth("sbx-karim-token-0008"))
    notifier = Notifier()
    view = BoardView(TeamBoard(client, 1), notifier)
    qtbot.addWidget(view)
    with qtbot.wait_signal(view.tasks.failed, timeout=15000):
        view.show()
    assert "administrators" in view.status.text()
    assert notifier.last is not None and view.model.rowCount() == 0
    aloop.run(client.aclose())

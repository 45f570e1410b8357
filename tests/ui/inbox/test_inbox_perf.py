"""The conversation list stays O(changes), not O(rows): counted calls, no timings.

Qt's QListView re-laid out all rows after every insert/move/remove, calling the Python `rowCount` twice per
row (10,000 rows → ~20,000 calls a change). These tests count `rowCount` calls and shaped texts so the
regression cannot come back silently, and check the arithmetic view's geometry (hit-testing, scrolling,
keyboard, selection) in both layout directions.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from desktop.domain.models import AssigneeFilter, ConversationQuery, Message, MessageType
from desktop.services.conversations import ConversationList
from desktop.services.workspace import WorkspaceLookups
from desktop.ui.inbox.delegate import ConversationDelegate
from desktop.ui.inbox.model import ConversationListModel
from desktop.ui.inbox.pane import ConversationListPane
from desktop.ui.notifier import Notifier
from tests.ui.inbox.test_inbox_scale import conversation

ROWS = 10_000


class PaintSpy(QObject):
    def __init__(self, paints: list[int]) -> None:
        super().__init__()
        self.paints = paints

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints.append(1)
        return False


def make_pane(qtbot: Any, rows: int = ROWS) -> tuple[ConversationListPane, ConversationList, datetime]:
    now = datetime.now(UTC)
    store = ConversationList(None, 1, ConversationQuery(assignee=AssigneeFilter.ALL), user_id=1)  # type: ignore[arg-type]
    pane = ConversationListPane(store, WorkspaceLookups(None, 1), Notifier())  # type: ignore[arg-type]
    qtbot.addWidget(pane)
    pane.resize(420, 900)
    pane.show()
    store.set_items(conversation(i, now) for i in range(1, rows + 1))
    qtbot.wait(10)
    return pane, store, now


def message(store: ConversationList, conversation_id: int, number: int, now: datetime) -> Message:
    return Message(id=ROWS * 10 + number, conversation_id=conversation_id, content=f"new {number}",
                   message_type=MessageType.INCOMING, created_at=now + timedelta(seconds=number))


def test_changes_to_ten_thousand_rows_cost_no_per_row_layout(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    row_count = ConversationListModel.rowCount

    def counting(self: ConversationListModel, parent: Any = QModelIndex()) -> int:  # noqa: B008
        calls[0] += 1
        return row_count(self, parent)

    monkeypatch.setattr(ConversationListModel, "rowCount", counting)
    pane, store, now = make_pane(qtbot)
    visible = pane.view.viewport().height() // pane.view.row_height() + 1
    changes = 60
    calls[0] = 0
    for number in range(1, changes + 1):  # each change laid out and painted on its own
        if number % 3:
            store.apply_message(message(store, ROWS - number * 7, number, now))  # a move to the top
        else:
            store.upsert(conversation(ROWS + number, now + timedelta(hours=1)))  # an insert at the top
        QApplication.processEvents()
    per_change = calls[0] / changes
    # a QListView relayout alone made ~2 calls per row (20,000 a change); now: the repaint's own rows
    print(f"\nrowCount calls: {per_change:.1f} a change ({visible} rows visible)")
    assert per_change < 3 * visible + 20, f"{per_change:.0f} rowCount calls a change"

    calls[0] = 0
    with store.batch():  # a realtime burst: 1,000 rows move, 100 arrive, one layout and repaint
        for number in range(1, 1001):
            store.apply_message(message(store, ROWS - number, 1000 + number, now))
        for number in range(1, 101):
            store.upsert(conversation(2 * ROWS + number, now + timedelta(hours=2)))
    QApplication.processEvents()
    print(f"rowCount calls: {calls[0]} for a burst of 1,100 changes")
    assert calls[0] < 1100 + 3 * visible, f"{calls[0]} rowCount calls for a burst of 1,100 changes"
    assert pane.model.rowCount() == len(store) == ROWS + changes // 3 + 100
    pane.detach()


def test_a_repaint_shapes_no_text_again(qtbot: Any) -> None:
    pane, _store, _ = make_pane(qtbot, 200)
    delegate = pane.view.itemDelegate()
    assert isinstance(delegate, ConversationDelegate)
    pane.view.viewport().repaint()
    pane.view.viewport().repaint()  # texts seen twice are shaped for good
    shaped, rendered = delegate.texts.prepared, delegate.glyphs.rendered
    assert shaped > 0 and rendered > 0
    pane.view.viewport().repaint()
    pane.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    pane.view.viewport().repaint()  # mirrored geometry, same texts, same widths
    assert delegate.texts.prepared == shaped and delegate.glyphs.rendered == rendered
    directions = {key[3] for key in delegate.texts._static}  # each text keeps its own base direction
    assert directions == {Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft}
    pane.detach()


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_geometry_hit_testing_keys_and_selection(qtbot: Any, direction: Qt.LayoutDirection) -> None:
    pane, store, _ = make_pane(qtbot, 500)
    pane.setLayoutDirection(direction)
    view, model = pane.view, pane.model
    height = view.row_height()
    bar = view.verticalScrollBar()
    assert bar.maximum() == 500 * height - view.viewport().height()
    bar.setValue(10 * height + 5)
    assert view.indexAt(QPoint(20, 0)).row() == 10
    assert view.indexAt(QPoint(20, height)).row() == 11
    assert view.visualRect(model.index(12)).top() == 2 * height - 5
    view.scrollTo(model.index(300))
    assert view.viewport().rect().contains(view.visualRect(model.index(300)))
    view.scrollTo(model.index(5), QAbstractItemView.ScrollHint.PositionAtTop)
    assert bar.value() == 5 * height

    paints: list[int] = []
    view.viewport().installEventFilter(spy := PaintSpy(paints))
    for value in (0, height * 3, height * 40, height * 41 + 7):  # scrolling (a bar move) paints the rows
        bar.setValue(value)
        QApplication.processEvents()
    view.viewport().removeEventFilter(spy)
    assert len(paints) == 4
    bar.setValue(5 * height)

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(7)).center())
    assert view.currentIndex().row() == 7 and pane.selected_conversations() == [store[7]]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 8
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     view.visualRect(model.index(11)).center())
    assert [c.id for c in pane.selected_conversations()] == [store[r].id for r in range(8, 12)]
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == 499 and bar.value() == bar.maximum()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0 and bar.value() == 0

    store.upsert(conversation(600, datetime.now(UTC) + timedelta(days=1)))  # a new row at the top
    QApplication.processEvents()
    # the bar stays shown: its range follows with the paced repaint, within a frame
    qtbot.waitUntil(lambda: bar.maximum() == 501 * height - view.viewport().height(), timeout=100)
    assert view.currentIndex().row() == 1  # the current row follows its conversation
    view.viewport().installEventFilter(spy)
    store.apply_message(message(store, store[0].id, 1, datetime.now(UTC) + timedelta(days=2)))
    qtbot.waitUntil(lambda: len(paints) > 4, timeout=1000)  # a data change repaints (paced, within a frame)
    view.viewport().removeEventFilter(spy)
    view.grab()  # paints every visible row without a Qt warning
    pane.detach()


def test_rows_added_below_the_screen_only_grow_the_scroll_range(qtbot: Any) -> None:
    pane, store, now = make_pane(qtbot, 300)
    view = pane.view
    qtbot.wait(40)
    paints: list[int] = []
    view.viewport().installEventFilter(spy := PaintSpy(paints))
    maximum = view.verticalScrollBar().maximum()
    store.apply_many([conversation(i, now) for i in range(301, 326)], trusted=True)  # the next page, older
    qtbot.wait(40)
    assert view.verticalScrollBar().maximum() == maximum + 25 * view.row_height()
    assert not paints  # what the screen shows did not change: nothing repainted
    store.apply_message(message(store, 310, 1, now))  # a row moves to the top: the screen changes
    qtbot.waitUntil(lambda: len(paints) > 0, timeout=1000)
    view.viewport().removeEventFilter(spy)
    pane.detach()


def test_a_burst_reorder_keeps_the_selection_and_the_model_contract(qtbot: Any, qtmodeltester: Any) -> None:
    """A burst that lifts hundreds of rows is one reordering of the model (layoutChanged): the selected and
    current conversation stay selected wherever their rows go, and the model passes Qt's model tester."""
    pane, store, now = make_pane(qtbot, 2_000)
    qtmodeltester.check(pane.model)  # keeps watching the signals below
    layouts, moves = [0], [0]
    pane.model.layoutChanged.connect(lambda *_: layouts.__setitem__(0, layouts[0] + 1))
    pane.model.rowsMoved.connect(lambda *_: moves.__setitem__(0, moves[0] + 1))
    assert pane.select_conversation(1_500)
    selected_row = pane.model.row_of(1_500)
    with store.batch():
        for number in range(1, 301):  # conversations below and above the selected one get new messages
            store.apply_message(message(store, 2_000 - number * 5, number, now))
        store.upsert(conversation(5_000, now + timedelta(hours=1)))
    QApplication.processEvents()
    assert layouts[0] == 1 and moves[0] == 0
    assert pane.model.row_of(1_500) != selected_row
    current = pane.current_conversation()
    assert current is not None and current.id == 1_500
    assert [c.id for c in pane.selected_conversations()] == [1_500]
    assert pane.model.rowCount() == len(store) == 2_001
    pane.detach()

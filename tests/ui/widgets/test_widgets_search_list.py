"""The shared list keys. search_list.py (a search box drives a list): moves and paging clamped to the
rows, Enter with its modifiers, digit picks only from an empty search box, other keys first to the
owner's handler, unused keys (Escape) left to the dialog; through the real dialogs that use it, the
paging each one had before. list_keys.py (a focused numbered list): Enter and digits (Arabic-Indic
too) in the priority and snooze dialogs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QListView, QVBoxLayout

from desktop.domain.models import Label, Priority
from desktop.services.triage import ResolvePolicy
from desktop.ui.labels.picker import LabelPicker
from desktop.ui.triage.priority_dialog import PriorityDialog
from desktop.ui.triage.resolve_dialog import ResolveDialog
from desktop.ui.triage.snooze_dialog import SnoozeDialog
from desktop.ui.widgets.search_list import SearchListKeys, search_and_list

ROWS = [f"row {n}" for n in range(20)]


def press(widget: object, key: Qt.Key, text: str = "",
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> bool:
    """Sends a key press; True when a filter (or the widget) accepted it."""
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]
    return event.isAccepted()


def make(qtbot, **kwargs):  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    model = QStringListModel(ROWS, dialog)
    search, view, keys = search_and_list(dialog, model, search_name="s", list_name="l", placeholder="p",
                                         refilter=lambda: None, **kwargs)
    layout = QVBoxLayout(dialog)
    layout.addWidget(search)
    layout.addWidget(view)
    return dialog, search, view, keys


def test_moves_and_pages_clamp_to_the_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, search, view, keys = make(qtbot)
    assert (search.objectName(), view.objectName()) == ("s", "l")
    assert view.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert view.selectionMode() == QListView.SelectionMode.SingleSelection
    assert keys.current_row() == -1
    press(search, Qt.Key.Key_Down)
    assert keys.current_row() == 0  # from no row: the first
    assert keys.select_first() and keys.current_row() == 0
    for key, row in ((Qt.Key.Key_PageDown, 8), (Qt.Key.Key_PageDown, 16), (Qt.Key.Key_PageDown, 19),
                     (Qt.Key.Key_Down, 19), (Qt.Key.Key_Up, 18), (Qt.Key.Key_PageUp, 10),
                     (Qt.Key.Key_PageUp, 2), (Qt.Key.Key_PageUp, 0), (Qt.Key.Key_Up, 0)):
        press(search, key)
        assert keys.current_row() == row, key
    empty = QStringListModel([], dialog)
    view.setModel(empty)
    assert not keys.select_first()
    press(search, Qt.Key.Key_Down)
    assert keys.current_row() == -1


def test_enter_digits_and_other_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    entered: list[Qt.KeyboardModifier] = []
    digits: list[int] = []
    seen: list[int] = []

    def on_key(event: QKeyEvent) -> bool:
        seen.append(event.key())
        return event.key() == Qt.Key.Key_Space

    dialog, search, _view, keys = make(qtbot, on_enter=entered.append, on_digit=digits.append, on_key=on_key)
    keys.select_first()
    press(search, Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.ShiftModifier)
    press(search, Qt.Key.Key_Enter, "\r")
    assert [bool(m & Qt.KeyboardModifier.ShiftModifier) for m in entered] == [True, False]
    press(search, Qt.Key.Key_3, "3")
    press(search, Qt.Key.Key_unknown, "٧")  # Arabic-Indic seven
    press(search, Qt.Key.Key_0, "0")  # not a pick: it goes into the search box
    assert digits == [2, 6]
    assert search.text() == "0"
    press(search, Qt.Key.Key_2, "2")  # the search box is not empty: typed, not picked
    assert digits == [2, 6] and search.text() == "02"
    press(search, Qt.Key.Key_Space, " ")
    assert search.text() == "02" and Qt.Key.Key_Space in seen  # used by the owner's handler
    press(search, Qt.Key.Key_Down)
    assert Qt.Key.Key_Down not in seen  # moves never reach it
    dialog.show()
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        press(search, Qt.Key.Key_Escape)  # nobody uses Escape: the dialog cancels


def test_paging_without_page_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    qtbot.addWidget(dialog)
    model = QStringListModel(ROWS, dialog)
    view = QListView(dialog)
    view.setModel(model)
    search = QLineEdit(dialog)
    keys = SearchListKeys(search, view, page=0)  # Up/Down only (the escalate dialog's agents)
    keys.select_first()
    press(search, Qt.Key.Key_PageDown)
    assert keys.current_row() == 0
    press(search, Qt.Key.Key_Down)
    assert keys.current_row() == 1


def test_dialogs_keep_their_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    labels = [Label(n, f"label{n:02d}", "#1f93ff", "") for n in range(12)]
    picker = LabelPicker(labels)
    qtbot.addWidget(picker)
    assert picker.current_row() == 0
    press(picker.search, Qt.Key.Key_PageDown)
    assert picker.current_row() == 8
    press(picker.search, Qt.Key.Key_Space, " ")
    assert picker.checked() == ["label08"]
    resolve = ResolveDialog(labels, ResolvePolicy.REQUIRED)
    qtbot.addWidget(resolve)
    assert not resolve.can_skip
    press(resolve.search, Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.ControlModifier)  # may not skip
    assert resolve.result() == 0 and resolve.category() is None
    resolve.search.setText("label1")
    assert resolve.resolve_button.isEnabled()
    resolve.search.setText("zzzz-nothing")
    assert not resolve.resolve_button.isEnabled()
    resolve.search.clear()
    press(resolve.search, Qt.Key.Key_PageDown)
    press(resolve.search, Qt.Key.Key_Return, "\r")
    assert resolve.result() == QDialog.DialogCode.Accepted and resolve.category() == "label08"


def test_numbered_lists_pick_by_digit_and_enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    priority = PriorityDialog(Priority.HIGH)
    qtbot.addWidget(priority)
    press(priority.list, Qt.Key.Key_9, "9")  # not one of 0-4: nothing picked
    press(priority.list, Qt.Key.Key_A, "a")
    assert priority.result() == 0 and priority.priority() is Priority.HIGH
    press(priority.list, Qt.Key.Key_unknown, "٠")  # Arabic-Indic zero: the first row
    assert priority.result() == QDialog.DialogCode.Accepted and priority.priority() is Priority.NONE
    again = PriorityDialog(Priority.MEDIUM)
    qtbot.addWidget(again)
    press(again.list, Qt.Key.Key_Enter, "\r")  # the current row: the one it was opened with
    assert again.result() == QDialog.DialogCode.Accepted and again.priority() is Priority.MEDIUM
    now = datetime(2026, 11, 23, 20, 15, tzinfo=UTC).astimezone()
    snooze = SnoozeDialog(lambda: now)
    qtbot.addWidget(snooze)
    press(snooze.list, Qt.Key.Key_0, "0")  # its digits are 1-6
    assert snooze.result() == 0
    press(snooze.list, Qt.Key.Key_unknown, "۱")  # Persian one
    assert snooze.result() == QDialog.DialogCode.Accepted
    assert snooze.until() == (now + timedelta(hours=1)).astimezone(UTC)
    custom = SnoozeDialog(lambda: now)
    qtbot.addWidget(custom)
    custom.list.setCurrentRow(custom.list.count() - 1)  # "Pick a date and time…"
    press(custom.list, Qt.Key.Key_Return, "\r")
    assert custom.result() == 0 and custom.focusWidget() is custom.custom  # not picked: the date field

"""The shared search-box-drives-a-list keys (desktop/ui/widgets/search_list.py): moves and paging
clamped to the rows, Enter with its modifiers, digit picks only from an empty search box, other keys
first to the owner's handler, unused keys (Escape) left to the dialog; and through the real dialogs
that use it, the paging each one had before."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QListView, QVBoxLayout

from desktop.domain.models import Label
from desktop.services.triage import ResolvePolicy
from desktop.ui.labels.picker import LabelPicker
from desktop.ui.triage.resolve_dialog import ResolveDialog
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

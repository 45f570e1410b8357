"""Category picker and label model: colours, fuzzy filter, keyboard toggling, changes; applied to a
real conversation in the sandbox."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.models import AssigneeFilter, ConversationQuery, Label
from desktop.services.triage import Triage
from desktop.ui.labels.model import DigitRole, LabelModel, TitleRole
from desktop.ui.labels.picker import LabelPicker

LABELS = [
    Label(1, "wismo", "#1f93ff", "Where is my order? — فين الأوردر"),
    Label(2, "complaint", "#e0245e", "Complaint — شكوى"),
    Label(3, "استرجاع", "#c0392b", "Return — استرجاع منتج"),
    Label(4, "vip", "#9b59b6", "VIP customer — عميل مميز"),
]


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_label_model_roles_filter_and_checks(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = LabelModel(LABELS, digits=True)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(TitleRole) for r in range(model.rowCount())] == sorted(x.title for x in LABELS)
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) == QColor("#e0245e")
    assert model.index(0, 0).data(DigitRole) == 1
    model.set_filter("استرجاع")
    assert model.visible()[0].title == "استرجاع"
    model.set_filter("فين الاوردر")  # matches the description, without hamza
    assert model.visible()[0].title == "wismo"
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    model.set_filter("")
    assert model.checked_titles() == ["wismo"]
    qtmodeltester.check(model)
    read_only = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    assert model.flags(model.index(0, 0)) == read_only | Qt.ItemFlag.ItemIsUserCheckable  # checked, never edited
    assert model.flags(model.index(len(LABELS), 0)) == Qt.ItemFlag.NoItemFlags
    assert model.label(len(LABELS)) is None and model.label(-1) is None
    plain = LabelModel(LABELS, checkable=False)
    qtmodeltester.check(plain)
    assert plain.flags(plain.index(0, 0)) == read_only
    assert plain.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) is None
    assert not plain.setData(plain.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_picker_keyboard_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = LabelPicker(LABELS, checked=["vip"])
    qtbot.addWidget(picker)
    picker.show()
    type_text(picker.search, "شكوي")  # ي for ى
    assert picker.model.label(picker.current_row()).title == "complaint"  # type: ignore[union-attr]
    qtbot.keyClick(picker.search, Qt.Key.Key_Space)
    picker.search.clear()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.model.label(picker.current_row()).title == "vip"  # type: ignore[union-attr]
    qtbot.keyClick(picker.search, Qt.Key.Key_Space)  # uncheck vip
    with qtbot.wait_signal(picker.accepted):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.changes() == (["complaint"], ["vip"])


def test_picker_result_applied_to_a_sandbox_conversation(qtbot, aloop, fresh_sandbox) -> None:  # type: ignore[no-untyped-def]
    client = ChatwootClient(fresh_sandbox.url, auth=TokenAuth("sbx-ahmed-token-0002"))
    labels = aloop.run(client.labels(1))
    page = aloop.run(client.list_conversations(1, ConversationQuery(assignee=AssigneeFilter.ALL)))
    conversation = page.conversations[0]
    picker = LabelPicker(labels, checked=conversation.labels)
    qtbot.addWidget(picker)
    picker.show()
    target = next(label.title for label in labels if label.title not in conversation.labels)
    type_text(picker.search, target)
    qtbot.keyClick(picker.search, Qt.Key.Key_Space)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    added, removed = picker.changes()
    assert added == [target] and removed == []
    updated = aloop.run(Triage(client, 1).change_labels(conversation.id, added, removed))
    aloop.run(client.aclose())
    assert target in updated.labels and set(conversation.labels) <= set(updated.labels)

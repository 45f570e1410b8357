"""The command palette dialog (Ctrl+K): type to find an action (by title, in English or Arabic, or
keyword) or a conversation (contact name, phone, #id, category); Up/Down move, Enter runs the action
or opens the conversation, Escape closes. Only enabled actions are listed. Rows paint the title at the
leading edge (in its own direction) and the shortcut or the conversation details at the trailing edge.

Signals: action_triggered(str action id), conversation_chosen(object Conversation).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import Conversation
from desktop.ui.actions import ActionRegistry, translated
from desktop.ui.bidi import direction_of, display_text
from desktop.ui.palette.model import (
    EntryKind,
    PaletteEntry,
    PaletteIndex,
    PaletteModel,
    ShortcutRole,
    SubtitleRole,
    conversation_entry,
)
from desktop.ui.qt_types import AnyIndex
from desktop.ui.widgets.item_paint import draw_item_frame
from desktop.ui.widgets.search_list import search_and_list


def action_entries(registry: ActionRegistry) -> list[PaletteEntry]:
    entries = []
    for spec in registry.specs():
        if spec.id == "app.palette" or not registry.is_enabled(spec.id):
            continue
        entries.append(PaletteEntry(
            EntryKind.ACTION, spec.id, registry.title(spec.id), translated(spec.category.value),
            registry.shortcut_text(spec.id), " ".join((spec.title, *spec.keywords)),
        ))
    return entries


class PaletteDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(200, QFontMetrics(option.font).height() + 12)  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: AnyIndex) -> None:
        raw_title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        title = display_text(raw_title)
        raw_trailing = str(index.data(ShortcutRole) or "") or str(index.data(SubtitleRole) or "")
        trailing = display_text(raw_trailing)
        opt = draw_item_frame(self, painter, option, index)
        rect: QRect = opt.rect.adjusted(8, 0, -8, 0)  # type: ignore[attr-defined]
        metrics = QFontMetrics(opt.font)  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        try:
            ui_rtl = opt.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
            trailing_width = min(metrics.horizontalAdvance(trailing) + 4, rect.width() // 2)
            title_rect = QRect(rect)
            title_rect.setWidth(rect.width() - trailing_width - 8)
            trail_rect = QRect(rect.right() - trailing_width, rect.top(), trailing_width, rect.height())
            if ui_rtl:
                title_rect.moveRight(rect.right())
                trail_rect.moveLeft(rect.left())
            painter.setPen(opt.palette.color(  # type: ignore[attr-defined]
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
            direction = direction_of(raw_title, opt.direction)  # type: ignore[attr-defined]
            # absolute: the title sits at the UI's leading edge whatever the direction of its own text
            align = (Qt.AlignmentFlag.AlignRight if ui_rtl else Qt.AlignmentFlag.AlignLeft) | \
                Qt.AlignmentFlag.AlignAbsolute
            painter.setLayoutDirection(direction)
            painter.drawText(title_rect, int(align | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()))
            other = (Qt.AlignmentFlag.AlignLeft if ui_rtl else Qt.AlignmentFlag.AlignRight) | \
                Qt.AlignmentFlag.AlignAbsolute
            painter.setLayoutDirection(direction_of(raw_trailing, opt.direction))  # type: ignore[attr-defined]
            painter.drawText(trail_rect, int(other | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(trailing, Qt.TextElideMode.ElideRight, trail_rect.width()))
        finally:
            painter.restore()


class CommandPalette(QDialog):
    """Signals: action_triggered(str), conversation_chosen(object)."""

    action_triggered = Signal(str)
    conversation_chosen = Signal(object)

    def __init__(self, registry: ActionRegistry, conversations: Callable[[], Iterable[Conversation]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Command palette"))
        self.resize(560, 420)
        self._registry = registry
        self._index = PaletteIndex(action_entries(registry), [conversation_entry(c) for c in conversations()])
        self.model = PaletteModel(self)
        self.search, self.view, self.keys = search_and_list(
            self, self.model, search_name="paletteSearch", list_name="paletteList",
            placeholder=self.tr("Type a command or a customer; > commands only, # conversations"),
            refilter=self._refilter, on_enter=lambda _modifiers: self.choose(self.current_row()))
        self.view.setItemDelegate(PaletteDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.clicked.connect(lambda index: self.choose(index.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self._refilter()
        self.search.setFocus()

    def _refilter(self) -> None:
        self.model.set_items(self._index.search(self.search.text()))
        self.keys.select_first()

    def current_row(self) -> int:
        return self.keys.current_row()

    def choose(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None:
            return
        self.accept()  # close first: the action may open a dialog of its own
        if entry.kind is EntryKind.ACTION:
            if self._registry.trigger(entry.key):
                self.action_triggered.emit(entry.key)
        elif entry.conversation is not None:
            self.conversation_chosen.emit(entry.conversation)

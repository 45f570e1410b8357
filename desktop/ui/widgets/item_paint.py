"""The first step of a delegate that paints its own text: the row's background, hover, selection and
focus frame drawn by the style exactly as for a plain item, but without the item's text. Used by the
command palette's and the saved replies' delegates, which then draw their lines in each line's own
direction.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.qt_types import AnyIndex


def draw_item_frame(delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem,
                    index: AnyIndex) -> QStyleOptionViewItem:
    """Draws the item without its text; returns the option initialised for `index` (rect, font, palette,
    state, direction) for the delegate's own painting."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    widget = opt.widget  # type: ignore[attr-defined]
    style = widget.style() if widget is not None else QApplication.style()
    opt.text = ""  # type: ignore[attr-defined]
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    return opt

"""LabelChips: a conversation's labels as coloured chips, in the workspace's label colours.

Each chip is filled with its label's colour (`WorkspaceLookups.label_color`, the default blue when the
workspace does not know it yet) with black or white text, whichever reads better. Chips flow onto as many
lines as the width needs (height-for-width), start at the UI's leading edge (mirrored in the Arabic UI), and
each title is isolated so an Arabic title reads right in the English UI and the other way round. Painted,
not one widget per chip; the accessible name lists the titles; the tooltip over a chip is its description.

Signals: none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolTip, QWidget

from desktop.ui.bidi import isolate
from desktop.ui.theme import THEME, chip_text_color, label_color

PAD_X, PAD_Y, GAP = 8, 2, 4


@dataclass(frozen=True, slots=True)
class Chip:
    title: str
    color: QColor
    description: str = ""


class LabelChips(QWidget):
    """Signals: none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelChips")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.chips: list[Chip] = []
        self._empty_text = "—"

    # -- content -------------------------------------------------------------------------------------
    def set_labels(self, titles: Sequence[str], color_of: Callable[[str], str | None],
                   describe: Callable[[str], str] = lambda _t: "") -> None:
        """Show `titles`, each in `color_of(title)` ('#rrggbb', or None for the default colour)."""
        self.chips = [Chip(t, label_color(color_of(t) or ""), describe(t)) for t in titles]
        self.setAccessibleName(", ".join(self.titles()) or self._empty_text)
        self.updateGeometry()
        self.update()

    def titles(self) -> list[str]:
        return [chip.title for chip in self.chips]

    # -- geometry ------------------------------------------------------------------------------------
    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        return font

    def _line_height(self) -> int:
        return QFontMetrics(self._font()).height() + 2 * PAD_Y

    def _layout(self, width: int) -> tuple[list[QRect], int]:
        """Chip rects in left-to-right logical coordinates, flowing onto new lines, and the total height."""
        fm = QFontMetrics(self._font())
        line_h = self._line_height()
        rects: list[QRect] = []
        x = y = 0
        for chip in self.chips:
            w = min(width, fm.horizontalAdvance(isolate(chip.title)) + 2 * PAD_X + 2)
            if x > 0 and x + w > width:
                x, y = 0, y + line_h + GAP
            rects.append(QRect(x, y, w, line_h))
            x += w + GAP
        return rects, y + line_h

    def chip_rects(self, width: int | None = None) -> list[QRect]:
        """Where each chip is painted (widget coordinates, mirrored in a right-to-left UI)."""
        width = self.width() if width is None else width
        rects, height = self._layout(width)
        full = QRect(0, 0, width, height)
        return [QStyle.visualRect(self.layoutDirection(), full, rect) for rect in rects]

    def height_for(self, width: int) -> int:
        return self._layout(width)[1]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.height_for(max(1, width))

    def sizeHint(self) -> QSize:
        width = max(120, self.width())
        return QSize(width, self.height_for(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self._line_height())

    # -- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = self._font()
        painter.setFont(font)
        if not self.chips:
            painter.setPen(QColor(THEME.muted))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop),
                             self._empty_text)
            return
        fm = QFontMetrics(font)
        radius = THEME.spacing.chip_radius
        for chip, rect in zip(self.chips, self.chip_rects(), strict=True):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chip.color)
            painter.drawRoundedRect(rect, min(radius, rect.height() / 2), min(radius, rect.height() / 2))
            painter.setPen(chip_text_color(chip.color))
            text = fm.elidedText(isolate(chip.title), Qt.TextElideMode.ElideRight, rect.width() - 2 * PAD_X + 1)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for chip, rect in zip(self.chips, self.chip_rects(), strict=True):
                if rect.contains(event.pos()):
                    QToolTip.showText(event.globalPos(), isolate(chip.description or chip.title), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

"""The conversation list view: a `QListView` whose geometry is arithmetic, so a change costs O(1), not O(rows).

Qt's `QListView` lays out *every* row again after each insert, move or remove; each row of that layout
calls `model.index()` twice, and `QAbstractListModel.index` calls the Python `rowCount` — with 10,000
conversations that is ~20,000 calls into Python (~34 ms) for every realtime change. All our rows have the
same height (the delegate's uniform size), so row `r` is simply at `y = r * height - scroll offset`: this
class answers every geometry question (`visualRect`, `indexAt`, `scrollTo`, `moveCursor`, selection
rectangles, the scroll range) by arithmetic and paints the visible rows itself. Structural changes only
schedule `updateGeometries` (one `rowCount` call a loop turn; a paced frame while the scroll bar stays);
repaints caused by model changes are paced to at most one a frame (`RepaintPacer`), and skipped when the
visible rows did not change (a page appended below). Scrolling, hover and selection repaint at once.

It stays a `QListView` (same API for the pane, the list's accessibility interface, styles); none of
QListView's own per-row layout code runs. Signals: QListView's own (clicked, activated, entered…).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QListView,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.inbox.model import ConversationRole
from desktop.ui.inbox.repaint_pacer import RepaintPacer
from desktop.ui.qt_types import AnyIndex
from desktop.ui.style_state import ACTIVE, ENABLED, HAS_FOCUS, MOUSE_OVER, SELECTED, option_state
from desktop.ui.widgets.hover import HoverTracker

Cursor = QAbstractItemView.CursorAction
Hint = QAbstractItemView.ScrollHint
ITEM_ENABLED = Qt.ItemFlag.ItemIsEnabled.value  # an int: flag arithmetic on Qt's Python enums costs microseconds a row


class UniformListView(QListView):
    """A vertical list of equal-height rows laid out by arithmetic (no per-row layout pass)."""

    identity_role: int | None = ConversationRole  # the row's object (None: repaint on every change)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row_height = 0  # 0: ask the delegate (once per model, delegate, font or style)
        self._hover = HoverTracker(self)
        self._on_screen: tuple[object, ...] | None = None  # `_shown()` at the last full paint
        # wrapped by name: `viewport()` would type the plain QWidget by initialising every QtWidgets class
        self.findChild(QWidget, "qt_scrollarea_viewport")
        self._pacer = RepaintPacer(self.viewport(), self, self._lay_out)  # model changes repaint at most once a frame
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # -- geometry --------------------------------------------------------------------------------------
    def row_height(self) -> int:
        """The uniform row height, from the delegate's size hint for the first row."""
        if self._row_height > 0:
            return self._row_height
        model, root = self.model(), self.rootIndex()
        has_rows = model is not None and model.rowCount(root) > 0
        index = model.index(0, self.modelColumn(), root) if has_rows else QModelIndex()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        height = max(1, self.itemDelegateForIndex(index).sizeHint(option, index).height())
        if has_rows:
            self._row_height = height
        return height

    def _rows(self) -> int:
        model = self.model()
        return model.rowCount(self.rootIndex()) if model is not None else 0

    def _index(self, row: int) -> QModelIndex:
        return self.model().index(row, self.modelColumn(), self.rootIndex())

    def _owns(self, index: AnyIndex) -> bool:
        return (index.isValid() and index.model() is self.model() and index.column() == self.modelColumn()
                and index.parent() == self.rootIndex())

    def visualRect(self, index: AnyIndex) -> QRect:
        if not self._owns(index):
            return QRect()
        height = self.row_height()
        return QRect(0, index.row() * height - self.verticalOffset(), self.viewport().width(), height)

    def indexAt(self, point) -> QModelIndex:  # type: ignore[no-untyped-def]  # QPoint
        if point.y() < 0 or not 0 <= point.x() < self.viewport().width():
            return QModelIndex()
        row = (point.y() + self.verticalOffset()) // self.row_height()
        return self._index(row) if 0 <= row < self._rows() else QModelIndex()

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def isIndexHidden(self, index: AnyIndex) -> bool:
        return False

    def scrollTo(self, index: AnyIndex, hint: Hint = Hint.EnsureVisible) -> None:
        if not self._owns(index):
            return
        self.executeDelayedItemsLayout()  # the scroll range must already count newly inserted rows
        self._pacer.settle_layout()  # (and a range left to the pacer: see doItemsLayout)
        height, view = self.row_height(), self.viewport().height()
        bar = self.verticalScrollBar()
        top, value = index.row() * height, bar.value()
        if hint == Hint.PositionAtTop or (hint == Hint.EnsureVisible and top < value):
            value = top
        elif hint == Hint.PositionAtBottom or (hint == Hint.EnsureVisible and top + height > value + view):
            value = top + height - view
        elif hint == Hint.PositionAtCenter:
            value = top - (view - height) // 2
        bar.setValue(value)

    def moveCursor(self, action: Cursor, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        rows = self._rows()
        if rows == 0:
            return QModelIndex()
        current = self.currentIndex()
        if not current.isValid():
            return self._index(0)
        row, page = current.row(), max(1, self.viewport().height() // self.row_height())
        steps = {Cursor.MoveUp: -1, Cursor.MovePrevious: -1, Cursor.MoveDown: 1, Cursor.MoveNext: 1,
                 Cursor.MovePageUp: -page, Cursor.MovePageDown: page}
        if action == Cursor.MoveHome:
            row = 0
        elif action == Cursor.MoveEnd:
            row = rows - 1
        else:
            row += steps.get(action, 0)
        return self._index(min(max(row, 0), rows - 1))

    def setSelection(self, rect: QRect, command) -> None:  # type: ignore[no-untyped-def]  # SelectionFlag
        rect = rect.normalized()
        height, offset, rows = self.row_height(), self.verticalOffset(), self._rows()
        first = max(0, (rect.top() + offset) // height)
        last = min(rows - 1, (rect.bottom() + offset) // height)
        selection = QItemSelection()
        if rows and first <= last and rect.right() >= 0 and rect.left() < self.viewport().width():
            selection.select(self._index(first), self._index(last))
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region, height, offset = QRegion(), self.row_height(), self.verticalOffset()
        width, shown = self.viewport().width(), self.viewport().rect()
        for number in range(selection.count()):
            part = selection.at(number)
            if part.parent() != self.rootIndex() or not part.left() <= self.modelColumn() <= part.right():
                continue
            top = part.top() * height - offset
            rect = QRect(0, top, width, (part.bottom() - part.top() + 1) * height).intersected(shown)
            if not rect.isEmpty():
                region += rect
        return region

    def updateGeometries(self) -> None:
        height, view, bar = self.row_height(), self.viewport().height(), self.verticalScrollBar()
        bar.setSingleStep(max(1, height // 3))
        bar.setPageStep(view)
        bar.setRange(0, max(0, self._rows() * height - view))
        self.horizontalScrollBar().setRange(0, 0)
        QAbstractItemView.updateGeometries(self)  # not QListView's: it sizes from its per-row layout

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        QAbstractItemView.scrollContentsBy(self, dx, dy)  # QListView's reads its own (empty) layout

    def viewportSizeHint(self) -> QSize:
        return QSize(self.viewport().width(), self._rows() * self.row_height())

    def doItemsLayout(self) -> None:
        # one rowCount call, the repaint paced; QListView's per-row layout never runs. While the scroll bar stays
        # shown its new range waits for the paced repaint too: the bar is repainted (and the window flushed)
        # whenever its range changes, which was every loop pass of a realtime burst
        if self.verticalScrollBar().maximum() > 0 and self._rows() * self.row_height() > self.viewport().height():
            self._pacer.request_layout()
        elif self._lay_out():  # the bar appears or goes (the viewport's width changes): at once
            self._pacer.request()

    def _lay_out(self) -> bool:
        """The scroll range from the row count; whether what the viewport shows changed."""
        self.updateGeometries()
        return self._screen_is_stale()

    # -- model changes: O(1), merged into one layout per event-loop turn ----------------------------------
    def rowsInserted(self, parent: AnyIndex, start: int, end: int) -> None:
        QAbstractItemView.rowsInserted(self, parent, start, end)
        self.scheduleDelayedItemsLayout()

    def rowsAboutToBeRemoved(self, parent: AnyIndex, start: int, end: int) -> None:
        QAbstractItemView.rowsAboutToBeRemoved(self, parent, start, end)
        self.scheduleDelayedItemsLayout()

    def dataChanged(self, top_left: AnyIndex, bottom_right: AnyIndex, roles: Sequence[int] = ()) -> None:
        from PySide6.QtGui import QAccessible  # here: its type's 9 Qt enums are not needed before a paint
        if QAccessible.isActive() or self.state() == QAbstractItemView.State.EditingState:
            QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))  # tells screen readers
            return
        height, offset = self.row_height(), self.verticalOffset()  # rows off screen (most of a slice's): no more
        top, bottom = top_left.row() * height - offset, (bottom_right.row() + 1) * height - offset
        if bottom > 0 and top < self.viewport().height() and top_left.isValid() and bottom_right.isValid() \
                and top_left.parent() == self.rootIndex():
            shown = QRect(0, top, self.viewport().width(), bottom - top).intersected(self.viewport().rect())
            if not shown.isEmpty():
                self._pacer.request(shown)

    def _shown(self) -> tuple[object, ...]:
        """What the whole viewport shows now: geometry and, per visible row, the row's item (`identity_role`:
        the model's object for the row, replaced whenever the row changes)."""
        model, height, offset, role = self.model(), self.row_height(), self.verticalOffset(), self.identity_role
        first = offset // height
        last = min(self._rows() - 1, (offset + self.viewport().height()) // height)
        items = tuple(self._index(row).data(role) for row in range(first, last + 1)) if role is not None else ()
        return (model, offset, self.viewport().size(), height, self.layoutDirection(), items)

    def _screen_is_stale(self) -> bool:
        """Whether rows inserted, moved or removed changed what the viewport shows (rows appended below
        the last visible one, e.g. a page loaded by fetchMore, change only the scroll range)."""
        if self.identity_role is None or self._on_screen is None or self.model() is None:
            return True
        return self._shown() != self._on_screen  # a changed row is a new object (frozen dataclasses)

    def resizeEvent(self, event: QResizeEvent) -> None:
        QAbstractItemView.resizeEvent(self, event)

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]
        self._row_height = 0
        super().setModel(model)

    def setItemDelegate(self, delegate: QAbstractItemDelegate) -> None:
        self._row_height = 0
        super().setItemDelegate(delegate)
        self.scheduleDelayedItemsLayout()

    def reset(self) -> None:
        self._row_height = 0
        super().reset()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._row_height = 0
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    # -- hover and painting ------------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        self._hover.follow(event)
        if event.type() == QEvent.Type.Paint:
            with self._pacer.painting():  # the paint's cost paces the event slices before the next one
                return super().viewportEvent(event)
        return super().viewportEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._pacer.painted()
        if self.identity_role is not None and event.rect().contains(self.viewport().rect()):
            self._on_screen = self._shown()
        model, rows = self.model(), self._rows()
        if model is None or rows == 0:
            return
        height, offset, width = self.row_height(), self.verticalOffset(), self.viewport().width()
        area = event.rect()
        first = max(0, (area.top() + offset) // height)
        last = min(rows - 1, (area.bottom() + offset) // height)
        if first > last:
            return
        option = QStyleOptionViewItem()  # one option for all rows: only rect and state vary
        self.initViewItemOption(option)
        enabled = self.isEnabled()  # the state as ints, handed to the delegate: `style_state`
        state = (ENABLED if enabled else 0) | (ACTIVE if self.isActiveWindow() else 0)
        selections, current = self.selectionModel(), self.currentIndex()
        focus = (self.hasFocus() or self.viewport().hasFocus()) and current.isValid()
        painter, delegates = QPainter(self.viewport()), set()
        try:
            for row in range(first, last + 1):
                index = self._index(row)
                row_state = (state | (SELECTED if selections is not None and selections.isSelected(index) else 0)
                             | (HAS_FOCUS if focus and index == current else 0)
                             | (MOUSE_OVER if self._hover.index == index else 0))
                if enabled and not model.flags(index).value & ITEM_ENABLED:
                    row_state &= ~ENABLED
                option.rect = QRect(0, row * height - offset, width, height)
                delegate = self.itemDelegateForIndex(index)
                if hasattr(delegate, "row_state"):
                    delegates.add(delegate)
                    delegate.row_state = row_state
                else:  # any other delegate reads the option's state
                    option.state = option_state(row_state)
                delegate.paint(painter, option, index)
        finally:
            painter.end()
            for delegate in delegates:
                delegate.row_state = None

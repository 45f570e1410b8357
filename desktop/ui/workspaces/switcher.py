"""The workspace switcher: a narrow sidebar listing every workspace of the user with its unread badge.

A small list model (`WorkspaceListModel`) over the user's workspaces, a painted delegate (initial
tile, name, unread badge; mirrored with `QStyle.visualRect`) and the view (`WorkspaceSwitcher`).

Signals: WorkspaceSwitcher.workspace_selected(int account_id).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.domain.models import Workspace
from desktop.ui import bidi
from desktop.ui.inbox.icons import avatar_color, initials
from desktop.ui.qt_types import AnyIndex
from desktop.ui.style_state import MOUSE_OVER, SELECTED
from desktop.ui.theme import THEME
from desktop.ui.widgets.hover import HoverTracker

WorkspaceRole = Qt.ItemDataRole.UserRole + 1
UnreadRole = Qt.ItemDataRole.UserRole + 2


class WorkspaceListModel(QAbstractListModel):
    """The user's workspaces with their unread totals. Signals: only QAbstractItemModel's own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspaces: list[Workspace] = []
        self._unread: dict[int, int] = {}

    def set_workspaces(self, workspaces: tuple[Workspace, ...] | list[Workspace]) -> None:
        """A new user (sign-in): a reset is right here, the root changed."""
        self.beginResetModel()
        self._workspaces = list(workspaces)
        self.endResetModel()

    def set_unread(self, account_id: int, count: int) -> None:
        self._unread[account_id] = count
        row = self.row_of(account_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [UnreadRole, Qt.ItemDataRole.ToolTipRole])

    def unread(self, account_id: int) -> int:
        return self._unread.get(account_id, 0)

    def row_of(self, account_id: int) -> int | None:
        for row, workspace in enumerate(self._workspaces):
            if workspace.id == account_id:
                return row
        return None

    def workspace_at(self, row: int) -> Workspace | None:
        return self._workspaces[row] if 0 <= row < len(self._workspaces) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._workspaces)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._workspaces):
            return None
        workspace = self._workspaces[index.row()]
        unread = self._unread.get(workspace.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return workspace.name
        if role == WorkspaceRole:
            return workspace
        if role == UnreadRole:
            return unread
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if unread:
                return bidi.arg(self.tr("%1: %n unread", "", unread), workspace.name)
            return workspace.name
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        workspace = self._workspaces[index.row()]
        return flags | Qt.ItemFlag.ItemIsEnabled if workspace.active else flags


class WorkspaceDelegate(QStyledItemDelegate):
    HEIGHT = 56

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(200, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        workspace = index.data(WorkspaceRole)
        if not isinstance(workspace, Workspace):
            return
        unread = int(index.data(UnreadRole) or 0)
        rect: QRect = option.rect
        direction = option.direction
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = self.parent()
        if isinstance(view, WorkspaceSwitcher):  # not option.state: it would create QStyle's Python type
            selected, hovered = view.selectionModel().isSelected(index), view.hover.index == index  # (`style_state`)
        else:
            state = option.state.value
            selected, hovered = bool(state & SELECTED), bool(state & MOUSE_OVER)
        if selected:
            painter.fillRect(rect, QColor(THEME.selection))
        elif hovered:
            painter.fillRect(rect, QColor(THEME.hover))
        rtl = direction == Qt.LayoutDirection.RightToLeft

        def visual(x: int, y: int, w: int, h: int) -> QRect:  # as QStyle.visualRect mirrors it in `rect`
            return QRect(rect.left() + (rect.width() - x - w if rtl else x), rect.top() + y, w, h)

        tile = visual(10, 10, 36, 36)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(avatar_color(workspace.id + 3) if workspace.active else QColor(THEME.faint))
        painter.drawRoundedRect(QRectF(tile), 8, 8)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(tile, Qt.AlignmentFlag.AlignCenter, initials(workspace.name))
        badge_w = 0
        if unread:
            text = str(unread) if unread < 1000 else "999+"
            badge_w = max(THEME.spacing.badge_min, QFontMetrics(option.font).horizontalAdvance(text) + 10)
            badge = visual(rect.width() - badge_w - 10, 19, badge_w, THEME.spacing.badge_min)
            painter.setBrush(QColor(THEME.unread_badge))
            painter.drawRoundedRect(QRectF(badge), 9, 9)
            painter.setFont(option.font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        name_rect = visual(56, 8, rect.width() - 56 - badge_w - 16, 40)
        metrics = QFontMetrics(bold if unread else option.font)
        text = metrics.elidedText(workspace.name, Qt.TextElideMode.ElideRight, name_rect.width())
        text_option = bidi.text_option(bidi.direction_of(workspace.name, direction))
        text_option.setAlignment(bidi.leading_alignment(direction) | Qt.AlignmentFlag.AlignVCenter)
        painter.setFont(bold if unread else option.font)
        painter.setPen(QColor(THEME.text if workspace.active else THEME.faint))
        painter.drawText(QRectF(name_rect), text, text_option)
        painter.restore()


class WorkspaceSwitcher(QListView):
    """Signals: workspace_selected(int account_id) — the user picked a workspace."""

    workspace_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hover = HoverTracker(self)  # the row under the mouse (the delegate paints it hovered)
        self.setObjectName("workspaceSwitcher")
        self.setAccessibleName(self.tr("Workspaces"))
        self.workspaces = WorkspaceListModel(self)
        self.setModel(self.workspaces)
        self.setItemDelegate(WorkspaceDelegate(self))
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(200)
        self.setMaximumWidth(260)
        self.selectionModel().currentRowChanged.connect(self._on_current)

    def set_current(self, account_id: int) -> None:
        row = self.workspaces.row_of(account_id)
        if row is not None and row != self.currentIndex().row():
            self.setCurrentIndex(self.workspaces.index(row))

    def current_workspace(self) -> Workspace | None:
        return self.workspaces.workspace_at(self.currentIndex().row())

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) workspace that can be opened (skips suspended ones)."""
        count = self.workspaces.rowCount()
        row = max(0, self.currentIndex().row())
        for _ in range(count):
            row = (row + delta) % count
            workspace = self.workspaces.workspace_at(row)
            if workspace is not None and workspace.active:
                self.setCurrentIndex(self.workspaces.index(row))
                return

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        workspace = self.workspaces.workspace_at(current.row())
        if workspace is not None:
            self.workspace_selected.emit(workspace.id)

    def viewportEvent(self, event: QEvent) -> bool:
        self.hover.follow(event)
        return super().viewportEvent(event)

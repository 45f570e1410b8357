"""The agents board window content: a table of agents (presence, open, unattended, oldest waiting),
refreshed on open, every 30 s and on F5, with keyboard actions on the selected agent:
H / "Hand over…" hands over their open conversations, Enter / "Open oldest" opens their oldest waiting
conversation. Loading runs through a TaskRunner; errors (PermissionDenied for agents) go to the
notifier and are also shown inline.

Signals: handover_requested(int agent_id), open_conversation(int conversation_id), loaded().
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import PermissionDenied
from desktop.services.triage_board import TeamBoard
from desktop.ui.board.model import AgentIdRole, BoardModel, ConversationIdRole, SortRole
from desktop.ui.tasks import ErrorSink, TaskRunner

REFRESH_MS = 30_000


class BoardView(QWidget):
    """Signals: handover_requested(int), open_conversation(int), loaded()."""

    handover_requested = Signal(int)
    open_conversation = Signal(int)
    loaded = Signal()

    def __init__(self, board: TeamBoard, notifier: ErrorSink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentsBoard")
        self.setWindowTitle(self.tr("Agents board"))
        self._board = board
        self._notifier = notifier
        self.tasks = TaskRunner(self, notifier)
        self.model = BoardModel(board, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setObjectName("agentsBoardTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.open_oldest())
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self.handover_button = QPushButton(self.tr("&Hand over…"), self)
        self.handover_button.clicked.connect(self.request_handover)
        self.oldest_button = QPushButton(self.tr("&Open oldest"), self)
        self.oldest_button.clicked.connect(self.open_oldest)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.oldest_button)
        buttons.addWidget(self.handover_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self.tasks.run("load", self._board.load(), on_result=self._loaded, on_error=self._failed)

    def _loaded(self, _rows: object) -> None:
        self.status.setText(self.tr("%n agent(s)", "", self.model.rowCount()))
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):
            self._timer.stop()  # it will not get better by retrying
            self.status.setText(self.tr("Only administrators can see the team's load."))
        else:
            self.status.setText(self.tr("The board could not be loaded."))
        self._notifier.report(error)

    def selected_agent(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(AgentIdRole) if index.isValid() else None

    def selected_oldest(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ConversationIdRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row(self.proxy.mapToSource(index).row()) if index.isValid() else None
        self.handover_button.setEnabled(row is not None and row.open_count > 0)
        self.oldest_button.setEnabled(self.selected_oldest() is not None)

    def request_handover(self) -> None:
        agent = self.selected_agent()
        if agent is not None and self.handover_button.isEnabled():
            self.handover_requested.emit(agent)

    def open_oldest(self) -> None:
        conversation = self.selected_oldest()
        if conversation is not None:
            self.open_conversation.emit(conversation)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_oldest()
                return True
            if event.key() == Qt.Key.Key_H and not event.modifiers():
                self.request_handover()
                return True
        return False

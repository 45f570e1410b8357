"""The connection indicator of the status bar: connected / connecting / reconnecting / offline.

Fed by `RealtimeSync.connection_changed(account_id, ConnectionState)`; shows the state of the current
workspace (a coloured dot and a word), and a tooltip with every workspace's state.

Signals: none.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.domain.connection import ConnectionState
from desktop.ui.theme import THEME


class ConnectionIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionIndicator")
        self._states: dict[int, ConnectionState] = {}
        self._current: int | None = None
        self.dot = QLabel("●", self)
        self.label = QLabel(self)
        self.label.setObjectName("connectionState")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        self._words = {
            ConnectionState.CONNECTING: self.tr("Connecting…"),
            ConnectionState.CONNECTED: self.tr("Connected"),
            ConnectionState.RECONNECTING: self.tr("Reconnecting…"),
            ConnectionState.OFFLINE: self.tr("Offline"),
        }
        self._colors = {
            ConnectionState.CONNECTING: THEME.warning,
            ConnectionState.CONNECTED: THEME.success,
            ConnectionState.RECONNECTING: THEME.warning,
            ConnectionState.OFFLINE: THEME.danger,
        }
        self._render()

    def set_state(self, account_id: int, state: ConnectionState) -> None:
        self._states[account_id] = ConnectionState(state)
        self._render()

    def set_current(self, account_id: int | None) -> None:
        self._current = account_id
        self._render()

    def state(self) -> ConnectionState:
        if self._current is not None and self._current in self._states:
            return self._states[self._current]
        if not self._states:
            return ConnectionState.OFFLINE
        # no current workspace: the worst state wins
        order = [ConnectionState.OFFLINE, ConnectionState.RECONNECTING, ConnectionState.CONNECTING,
                 ConnectionState.CONNECTED]
        return min(self._states.values(), key=order.index)

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self._states.clear()
        self._render()

    def _render(self) -> None:
        state = self.state()
        self.label.setText(self._words[state])
        self.dot.setStyleSheet(f"color: {self._colors[state]};")
        self.setAccessibleName(self._words[state])
        self.setToolTip(self._words[state])

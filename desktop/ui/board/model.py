"""Table model adapting `TeamBoard.rows`: Agent, Availability, Open, Unattended, Oldest waiting.

When the board reloads with the same agents in the same order only the cells change (dataChanged);
a different set or order of agents is a new root (reset). Roles: Display, Decoration (presence colour
on the Availability column), ToolTip, AgentIdRole, ConversationIdRole (the oldest waiting one),
SortRole (numbers sort as numbers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt

from desktop.services.triage_board import BoardRow, TeamBoard
from desktop.ui.bidi import isolate
from desktop.ui.qt_types import AnyIndex
from desktop.ui.theme import THEME
from desktop.ui.widgets.availability import availability_text
from desktop.ui.widgets.table_model import ReadOnlyTableModel

AgentIdRole = Qt.ItemDataRole.UserRole + 1
ConversationIdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

AGENT, AVAILABILITY, OPEN, UNATTENDED, OLDEST = range(5)


def waited(since: datetime | None, now: datetime) -> str:
    """"2 d 5 h" / "3 h 20 min" / "45 min" / "" for how long a conversation has been waiting (isolated,
    so its numbers keep their order inside right-to-left text)."""
    if since is None:
        return ""
    minutes = max(0, int((now - since).total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        text = QCoreApplication.translate("Board", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    elif hours:
        text = QCoreApplication.translate("Board", "%1 h %2 min").replace("%1", str(hours)).replace(
            "%2", str(minutes))
    else:
        text = QCoreApplication.translate("Board", "%n min", "", minutes)
    return isolate(text)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class BoardModel(ReadOnlyTableModel):
    COLUMNS = 5

    def __init__(self, board: TeamBoard, parent: QObject | None = None, *,
                 clock: Callable[[], datetime] = _utc_now) -> None:
        super().__init__(parent)
        self._board = board
        self._clock = clock
        self._rows: list[BoardRow] = list(board.rows)
        disconnect = board.changed.connect(self._on_changed)
        self.destroyed.connect(lambda *_: disconnect())  # the board may outlive this model

    def _on_changed(self) -> None:
        new = list(self._board.rows)
        if [r.agent.id for r in new] == [r.agent.id for r in self._rows]:
            self._rows = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, OLDEST))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def row(self, row: int) -> BoardRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_count(self) -> int:
        return len(self._rows)

    def titles(self) -> Sequence[str]:
        return (QCoreApplication.translate("Board", "Agent"), QCoreApplication.translate("Board", "Status"),
                QCoreApplication.translate("Board", "Open"), QCoreApplication.translate("Board", "Unattended"),
                QCoreApplication.translate("Board", "Oldest waiting"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == AgentIdRole:
            return row.agent.id
        if role == ConversationIdRole:
            return row.oldest_waiting.id if row.oldest_waiting is not None else None
        if role == Qt.ItemDataRole.DecorationRole and column == AVAILABILITY:
            return THEME.presence_color(row.availability.value)
        if role == Qt.ItemDataRole.ToolTipRole and column == AGENT:
            return row.agent.email or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (OPEN, UNATTENDED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SortRole:
            values = (row.agent.name.casefold(), row.availability.value, row.open_count, row.unattended_count,
                      row.oldest_waiting_since.timestamp() if row.oldest_waiting_since else float("inf"))
            return values[column]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == AGENT:
            return row.agent.name
        if column == AVAILABILITY:
            return availability_text(row.availability)
        if column == OPEN:
            return str(row.open_count)
        if column == UNATTENDED:
            return str(row.unattended_count)
        if row.oldest_waiting is None:
            return ""
        return f"{waited(row.oldest_waiting_since, self._clock())} · {isolate('#' + str(row.oldest_waiting.id))}"

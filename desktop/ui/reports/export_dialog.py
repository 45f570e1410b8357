"""The conversation-level export dialog: optional filters (channel, team, agent, category, status), a file
name (.csv or .xlsx), a progress bar and Cancel. The file appears under its final name only when complete;
Cancel (or closing the dialog) stops the export and removes the partial file.

Signals: finished_export(int rows, str path); cancelled()."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AppError
from desktop.domain.reports import Period
from desktop.services.reports_export import COLUMNS, ConversationExport, ExportFilters
from desktop.services.workspace import WorkspaceLookups
from desktop.ui import bidi
from desktop.ui.tasks import TaskRunner


def export_headers() -> list[str]:
    """The export's column titles in the UI language."""
    titles = {
        "Conversation": QCoreApplication.translate("ExportDialog", "Conversation"),
        "Link": QCoreApplication.translate("ExportDialog", "Link"),
        "Workspace": QCoreApplication.translate("ExportDialog", "Workspace"),
        "Channel": QCoreApplication.translate("ExportDialog", "Channel"),
        "Contact": QCoreApplication.translate("ExportDialog", "Contact"),
        "Phone": QCoreApplication.translate("ExportDialog", "Phone"),
        "Categories": QCoreApplication.translate("ExportDialog", "Categories"),
        "Assignee": QCoreApplication.translate("ExportDialog", "Assignee"),
        "Team": QCoreApplication.translate("ExportDialog", "Team"),
        "Status": QCoreApplication.translate("ExportDialog", "Status"),
        "Priority": QCoreApplication.translate("ExportDialog", "Priority"),
        "Created": QCoreApplication.translate("ExportDialog", "Created"),
        "First reply at": QCoreApplication.translate("ExportDialog", "First reply at"),
        "First response (s)": QCoreApplication.translate("ExportDialog", "First response (s)"),
        "Resolved at": QCoreApplication.translate("ExportDialog", "Resolved at"),
        "Resolution (s)": QCoreApplication.translate("ExportDialog", "Resolution (s)"),
        "Incoming messages": QCoreApplication.translate("ExportDialog", "Incoming messages"),
        "Outgoing messages": QCoreApplication.translate("ExportDialog", "Outgoing messages"),
        "CSAT rating": QCoreApplication.translate("ExportDialog", "CSAT rating"),
        "CSAT comment": QCoreApplication.translate("ExportDialog", "CSAT comment"),
    }
    return [titles[c] for c in COLUMNS]


class ExportDialog(QDialog):
    finished_export = Signal(int, str)
    cancelled = Signal()

    def __init__(self, export: ConversationExport, lookups: WorkspaceLookups, period: Period | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsExportDialog")
        self.setWindowTitle(self.tr("Export conversations"))
        self.export = export
        self.period = period
        self.tasks = TaskRunner(self, _Silent())
        self.inbox = self._combo([(i.id, i.name) for i in lookups.inboxes.values()])
        self.team = self._combo([(t.id, t.name) for t in lookups.teams.values()])
        self.agent = self._combo([(a.id, a.name) for a in lookups.agents.values()])
        self.label = self._combo([(label.title, label.title) for label in lookups.labels.values()])
        self.status = self._combo([("open", self.tr("Open")), ("resolved", self.tr("Resolved")),
                                   ("pending", self.tr("Pending")), ("snoozed", self.tr("Snoozed"))])
        self.count_messages = QCheckBox(self.tr("Count each conversation's messages (one more request per "
                                                "conversation: slower)"), self)
        self.count_messages.setObjectName("reportsExportCounts")
        self.count_messages.setChecked(True)
        self.path = QLineEdit(str(Path.home() / "conversations.xlsx"), self)
        self.path.setObjectName("reportsExportPath")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Channel"), self.inbox)
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("&Agent"), self.agent)
        form.addRow(self.tr("Ca&tegory"), self.label)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&File (.csv or .xlsx)"), file_row)
        form.addRow(self.count_messages)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("reportsExportProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message = QLabel(self)
        self.message.setObjectName("reportsExportMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if period is None:
            self._say(self.tr("Choose a valid period in the reports window first."))
            self.start_button.setEnabled(False)

    def _combo(self, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("Any"), None)
        for value, text in sorted(items, key=lambda item: item[1].casefold()):
            combo.addItem(bidi.isolate(text), value)
        return combo

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export conversations"), self.path.text(),
                                              self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path:
            self.path.setText(path)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def filters(self) -> ExportFilters:
        return ExportFilters(inbox_id=self.inbox.currentData(), team_id=self.team.currentData(),
                             agent_id=self.agent.currentData(), label=self.label.currentData(),
                             status=self.status.currentData())

    def start(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() not in (".csv", ".xlsx"):
            self._say(self.tr("The file name must end in .csv or .xlsx."))
            return
        if not path.parent.is_dir():
            self._say(self.tr("The folder %1 does not exist.").replace("%1", bidi.isolate(str(path.parent))))
            return
        assert self.period is not None
        self.start_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self._say(self.tr("Exporting…"))
        self.tasks.run("export", self.export.run(path, self.period, self.filters(), progress=self._progress,
                                                       message_counts=self.count_messages.isChecked()),
                       on_result=lambda rows: self._done(rows, path), on_error=self._failed)

    def _progress(self, done: int, total: int | None) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self._say(self.tr("%1 of %2 conversations").replace("%1", str(done)).replace("%2", str(total or "?")))

    def _done(self, rows: int, path: Path) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._say(self.tr("%n conversation(s) exported to %1.", "", rows).replace("%1", bidi.isolate(str(path))))
        self.start_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.finished_export.emit(rows, str(path))

    def _failed(self, error: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.start_button.setEnabled(True)
        text = error.user_message if isinstance(error, AppError) else str(error)
        self._say(self.tr("The export failed; no file was written: %1").replace("%1", text))

    def running(self) -> bool:
        return self.tasks.is_running("export")

    def cancel(self) -> None:
        """Stop a running export (its partial file is removed) or close the dialog."""
        if self.running():
            self.tasks.cancel("export")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.start_button.setEnabled(True)
            self._say(self.tr("Export cancelled; no file was written."))
            self.cancelled.emit()
            return
        self.reject()


class _Silent:
    """Errors of the export are shown in the dialog itself."""

    def report(self, error: BaseException, *, modal: bool = False, context: str = "") -> object:
        return None

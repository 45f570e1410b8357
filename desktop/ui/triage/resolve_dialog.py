"""Resolve with category: the resolve shortcut opens this; type to filter the categories or press a
digit (1-9, Arabic-Indic too) to pick the numbered one at once; Enter picks the highlighted one;
Ctrl+Enter resolves without adding one when the workspace policy allows it (OPTIONAL, or the
conversation already has a category). Escape cancels: nothing is resolved.

After Accepted: `category()` is the chosen title, or None for "resolve without a category".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.models import Label
from desktop.services.triage import ResolvePolicy
from desktop.ui.labels.model import LabelModel
from desktop.ui.widgets.search_list import search_and_list


class ResolveDialog(QDialog):
    def __init__(self, labels: Sequence[Label], policy: ResolvePolicy, current_labels: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolveDialog")
        self.setWindowTitle(self.tr("Resolve with a category"))
        self._category: str | None = None
        self.can_skip = policy is not ResolvePolicy.REQUIRED or bool(current_labels)
        self.model = LabelModel([x for x in labels if x.title not in current_labels], checkable=False,
                                digits=True, parent=self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        if policy is ResolvePolicy.REQUIRED and not current_labels:
            intro.setText(self.tr("Choose the category of this conversation to resolve it (type, or press 1-9)."))
        else:
            intro.setText(self.tr("Add a category and resolve (type, or press 1-9), or resolve as it is."))
        self.search, self.view, self.keys = search_and_list(
            self, self.model, search_name="resolveSearch", list_name="resolveCategories",
            placeholder=self.tr("Category"), refilter=self._refilter, on_enter=self._enter,
            on_digit=self.pick_row)
        self.view.clicked.connect(lambda index: self.pick_row(index.row()))
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        self.resolve_button.setDefault(True)
        self.resolve_button.clicked.connect(lambda: self.pick_row(self.current_row()))
        self.skip_button = QPushButton(self.tr("Resolve without a category"), self)
        self.skip_button.setShortcut("Ctrl+Return")
        self.skip_button.setVisible(self.can_skip)
        self.skip_button.clicked.connect(self.skip)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._refilter()
        self.search.setFocus()

    def category(self) -> str | None:
        return self._category

    def current_row(self) -> int:
        return self.keys.current_row()

    def _refilter(self) -> None:
        self.model.set_filter(self.search.text())
        self.resolve_button.setEnabled(self.keys.select_first())

    def pick_row(self, row: int) -> None:
        label = self.model.label(row)
        if label is not None:
            self._category = label.title
            self.accept()

    def skip(self) -> None:
        if self.can_skip:
            self._category = None
            self.accept()

    def _enter(self, modifiers: Qt.KeyboardModifier) -> None:
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.skip()
        else:
            self.pick_row(self.current_row())

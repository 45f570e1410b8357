"""The per-workspace "resolve with category" policy (required / optional / off), kept in QSettings
under "triage/<account id>/resolve_category", and a small settings widget to change it."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from desktop.services.triage import ResolvePolicy

DEFAULT = ResolvePolicy.OPTIONAL


class ResolvePolicyStore:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def get(self, account_id: int) -> ResolvePolicy:
        value = self._settings.value(f"triage/{int(account_id)}/resolve_category", DEFAULT.value)
        try:
            return ResolvePolicy(str(value))
        except ValueError:
            return DEFAULT

    def set(self, account_id: int, policy: ResolvePolicy) -> None:
        self._settings.setValue(f"triage/{int(account_id)}/resolve_category", policy.value)
        self._settings.sync()


class ResolvePolicySetting(QWidget):
    """Signals: changed(str policy value)."""

    changed = Signal(str)

    def __init__(self, store: ResolvePolicyStore, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._account_id = account_id
        self.combo = QComboBox(self)
        self.combo.setObjectName("resolvePolicy")
        self.combo.addItem(self.tr("Required: a conversation is resolved only with a category"),
                           ResolvePolicy.REQUIRED.value)
        self.combo.addItem(self.tr("Optional: ask for a category, allow skipping"), ResolvePolicy.OPTIONAL.value)
        self.combo.addItem(self.tr("Off: resolve at once"), ResolvePolicy.OFF.value)
        self.combo.setCurrentIndex(self.combo.findData(store.get(account_id).value))
        self.combo.currentIndexChanged.connect(self._save)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Category when resolving"), self.combo)

    def _save(self) -> None:
        policy = ResolvePolicy(self.combo.currentData())
        self._store.set(self._account_id, policy)
        self.changed.emit(policy.value)

"""The action registry: every command an agent or team lead can run, in one place.

Each action has a stable id, an English title translated at display time (context "Actions"), a default
shortcut, a category, and — once the main window binds it — a handler and an enabled-state callback.
The main window builds its menus and window shortcuts from `ActionRegistry.qaction(id)`; the shortcuts
sheet (F1) lists `specs()`; the settings page rebinds with `set_shortcut()` (persisted through an
injected `ShortcutStore`); the command palette searches titles and keywords and calls `trigger()`.

`STANDARD_ACTIONS` is the catalogue the whole app agrees on; features may `declare()` more.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate under `context`; translated later with `translated()`."""
    return text


class Category(enum.StrEnum):
    NAVIGATION = QT_TRANSLATE_NOOP("Actions", "Navigation")
    CONVERSATION = QT_TRANSLATE_NOOP("Actions", "Conversation")
    COMPOSE = QT_TRANSLATE_NOOP("Actions", "Compose")
    TEAM = QT_TRANSLATE_NOOP("Actions", "Team lead")
    APP = QT_TRANSLATE_NOOP("Actions", "Application")


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """What an action is, independent of who handles it. `default_shortcut` is portable text."""

    id: str
    title: str  # English source text; shown through translate("Actions", title)
    category: Category
    default_shortcut: str = ""
    keywords: tuple[str, ...] = ()  # extra words the palette matches (English and Arabic)


def _spec(id: str, title: str, category: Category, shortcut: str = "", *keywords: str) -> ActionSpec:
    return ActionSpec(id, title, category, shortcut, keywords)


_N, _C, _M, _T, _A = Category.NAVIGATION, Category.CONVERSATION, Category.COMPOSE, Category.TEAM, Category.APP

STANDARD_ACTIONS: tuple[ActionSpec, ...] = (
    _spec("conversation.next", QT_TRANSLATE_NOOP("Actions", "Next conversation"), _N, "Alt+Down", "down", "التالي"),
    _spec("conversation.previous", QT_TRANSLATE_NOOP("Actions", "Previous conversation"), _N, "Alt+Up", "up", "السابق"),
    _spec("conversation.next_unassigned", QT_TRANSLATE_NOOP("Actions", "Next unassigned conversation"), _N, "Alt+Shift+Down",
          "unassigned", "غير مسند"),
    _spec("focus.list", QT_TRANSLATE_NOOP("Actions", "Focus the conversation list"), _N, "F6"),
    _spec("focus.composer", QT_TRANSLATE_NOOP("Actions", "Focus the reply box"), _N, "F7"),
    _spec("focus.search", QT_TRANSLATE_NOOP("Actions", "Search conversations"), _N, "Ctrl+F", "find", "بحث"),
    _spec("conversation.resolve", QT_TRANSLATE_NOOP("Actions", "Resolve"), _C, "Ctrl+Shift+R", "close", "done", "حل", "إغلاق"),
    _spec("conversation.reopen", QT_TRANSLATE_NOOP("Actions", "Reopen"), _C, "Ctrl+Shift+O", "open", "فتح"),
    _spec("conversation.snooze", QT_TRANSLATE_NOOP("Actions", "Snooze…"), _C, "Ctrl+Shift+S", "later", "تأجيل"),
    _spec("conversation.priority", QT_TRANSLATE_NOOP("Actions", "Set priority…"), _C, "Ctrl+Shift+P", "urgent", "أولوية"),
    _spec("conversation.mark_unread", QT_TRANSLATE_NOOP("Actions", "Mark as unread"), _C, "Ctrl+Shift+M", "unread", "غير مقروء"),
    _spec("conversation.labels", QT_TRANSLATE_NOOP("Actions", "Categories…"), _C, "Ctrl+Shift+L", "labels", "tags", "تصنيف"),
    _spec("conversation.claim", QT_TRANSLATE_NOOP("Actions", "Assign to me"), _C, "Ctrl+Shift+I", "claim", "take", "لي"),
    _spec("conversation.assign", QT_TRANSLATE_NOOP("Actions", "Assign…"), _C, "Ctrl+Shift+A", "reassign", "إسناد"),
    _spec("conversation.escalate", QT_TRANSLATE_NOOP("Actions", "Escalate…"), _C, "Ctrl+Shift+E", "team", "تصعيد"),
    _spec("compose.saved_replies", QT_TRANSLATE_NOOP("Actions", "Saved replies…"), _M, "Ctrl+;", "canned", "ردود"),
    _spec("compose.private_note", QT_TRANSLATE_NOOP("Actions", "Toggle private note"), _M, "Ctrl+Shift+N", "note", "ملاحظة"),
    _spec("team.board", QT_TRANSLATE_NOOP("Actions", "Agents board"), _T, "Ctrl+Shift+B", "load", "presence", "الفريق"),
    _spec("team.handover", QT_TRANSLATE_NOOP("Actions", "Hand over an agent's conversations…"), _T, "Ctrl+Shift+H",
          "shift", "transfer", "تسليم"),
    _spec("team.reports", QT_TRANSLATE_NOOP("Actions", "Reports"), _T, "Ctrl+Shift+G", "kpi", "csat", "export", "تقارير"),
    _spec("availability.online", QT_TRANSLATE_NOOP("Actions", "Set me online"), _A, "Alt+Shift+O", "available", "متصل"),
    _spec("availability.busy", QT_TRANSLATE_NOOP("Actions", "Set me busy"), _A, "Alt+Shift+B", "مشغول"),
    _spec("availability.offline", QT_TRANSLATE_NOOP("Actions", "Set me offline"), _A, "Alt+Shift+F", "away", "غير متصل"),
    _spec("app.palette", QT_TRANSLATE_NOOP("Actions", "Command palette"), _A, "Ctrl+K", "commands", "أوامر"),
    _spec("app.shortcuts", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), _A, "F1", "help", "keys", "اختصارات"),
    _spec("app.settings", QT_TRANSLATE_NOOP("Actions", "Settings"), _A, "Ctrl+,", "preferences", "إعدادات"),
)


class ShortcutStore(Protocol):
    """Where user overrides live (see `desktop.ui.shortcuts.store.QSettingsShortcutStore`)."""

    def overrides(self) -> dict[str, str]: ...  # id -> portable text ("" = deliberately unbound)
    def save(self, action_id: str, shortcut: str) -> None: ...
    def clear(self, action_id: str) -> None: ...


class UnknownAction(KeyError):
    """An id that was never declared."""


class ShortcutConflict(ValueError):
    """The shortcut is already used by other actions (`holders`)."""

    def __init__(self, shortcut: str, holders: tuple[str, ...]) -> None:
        super().__init__(f"{shortcut} is already used by {', '.join(holders)}")
        self.shortcut = shortcut
        self.holders = holders


def translated(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class ActionRegistry(QObject):
    """Signals: `shortcut_changed(str id)`, `bound(str id)`, `enabled_changed()`."""

    shortcut_changed = Signal(str)
    bound = Signal(str)
    enabled_changed = Signal()

    def __init__(
        self, store: ShortcutStore | None = None, specs: Iterable[ActionSpec] = STANDARD_ACTIONS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._specs: dict[str, ActionSpec] = {}
        self._handlers: dict[str, Callable[[], object]] = {}
        self._enabled: dict[str, Callable[[], bool]] = {}
        self._actions: dict[str, QAction] = {}
        self._overrides = dict(store.overrides()) if store is not None else {}
        for spec in specs:
            self.declare(spec)

    # -- catalogue --------------------------------------------------------------------------------
    def declare(self, spec: ActionSpec) -> None:
        if spec.id in self._specs:
            raise ValueError(f"action {spec.id!r} is already declared")
        self._specs[spec.id] = spec

    def spec(self, action_id: str) -> ActionSpec:
        try:
            return self._specs[action_id]
        except KeyError:
            raise UnknownAction(action_id) from None

    def specs(self) -> list[ActionSpec]:
        return list(self._specs.values())

    def title(self, action_id: str) -> str:
        return translated(self.spec(action_id).title)

    # -- handlers ---------------------------------------------------------------------------------
    def bind(
        self, action_id: str, handler: Callable[[], object], enabled: Callable[[], bool] | None = None
    ) -> None:
        """Give an action its handler (and optionally when it is enabled). Rebinding replaces both."""
        self.spec(action_id)
        self._handlers[action_id] = handler
        if enabled is None:
            self._enabled.pop(action_id, None)
        else:
            self._enabled[action_id] = enabled
        self._sync_enabled(action_id)
        self.bound.emit(action_id)

    def unbind(self, action_id: str) -> None:
        """Forget the handler (the action shows disabled) — e.g. when the user signs out."""
        self.spec(action_id)
        self._handlers.pop(action_id, None)
        self._enabled.pop(action_id, None)
        self._sync_enabled(action_id)

    def is_bound(self, action_id: str) -> bool:
        return action_id in self._handlers

    def is_enabled(self, action_id: str) -> bool:
        self.spec(action_id)
        if action_id not in self._handlers:
            return False
        check = self._enabled.get(action_id)
        return True if check is None else bool(check())

    def trigger(self, action_id: str) -> bool:
        """Run the handler if the action is bound and enabled; says whether it ran."""
        if not self.is_enabled(action_id):
            return False
        self._handlers[action_id]()
        return True

    def update_enabled(self) -> None:
        """Re-evaluate every enabled callback (call when the selection or conversation changes)."""
        for action_id in self._actions:
            self._sync_enabled(action_id)
        self.enabled_changed.emit()

    # -- shortcuts --------------------------------------------------------------------------------
    def shortcut(self, action_id: str) -> QKeySequence:
        spec = self.spec(action_id)
        text = self._overrides.get(action_id, spec.default_shortcut)
        return QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)

    def shortcut_text(self, action_id: str) -> str:
        """The shortcut as the user reads it (native text, translated key names)."""
        return self.shortcut(action_id).toString(QKeySequence.SequenceFormat.NativeText)

    def is_customised(self, action_id: str) -> bool:
        return action_id in self._overrides

    def holders(self, sequence: QKeySequence, *, excluding: str | None = None) -> tuple[str, ...]:
        if sequence.isEmpty():
            return ()
        return tuple(
            i for i in self._specs if i != excluding and self.shortcut(i).matches(sequence)
            == QKeySequence.SequenceMatch.ExactMatch
        )

    def set_shortcut(self, action_id: str, sequence: QKeySequence, *, steal: bool = False) -> None:
        """Rebind; raises ShortcutConflict unless `steal`, which unbinds the other holders."""
        spec = self.spec(action_id)
        holders = self.holders(sequence, excluding=action_id)
        if holders and not steal:
            raise ShortcutConflict(sequence.toString(QKeySequence.SequenceFormat.NativeText), holders)
        for other in holders:
            self._store_override(other, "")
        text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if text == spec.default_shortcut:
            self._clear_override(action_id)
        else:
            self._store_override(action_id, text)

    def reset_shortcut(self, action_id: str) -> None:
        self.spec(action_id)
        self._clear_override(action_id)

    def reset_all(self) -> None:
        for action_id in list(self._overrides):
            self._clear_override(action_id)

    def _store_override(self, action_id: str, text: str) -> None:
        self._overrides[action_id] = text
        if self._store is not None:
            self._store.save(action_id, text)
        self._apply_shortcut(action_id)

    def _clear_override(self, action_id: str) -> None:
        if self._overrides.pop(action_id, None) is not None and self._store is not None:
            self._store.clear(action_id)
        self._apply_shortcut(action_id)

    def _apply_shortcut(self, action_id: str) -> None:
        action = self._actions.get(action_id)
        if action is not None:
            action.setShortcut(self.shortcut(action_id))
        self.shortcut_changed.emit(action_id)

    # -- QActions ---------------------------------------------------------------------------------
    def qaction(self, action_id: str) -> QAction:
        """The one QAction for this id (owned by the registry), kept in sync with shortcut and state."""
        action = self._actions.get(action_id)
        if action is None:
            action = QAction(self.title(action_id), self)
            action.setObjectName(action_id)
            action.setShortcut(self.shortcut(action_id))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, i=action_id: self.trigger(i))
            self._actions[action_id] = action
            self._sync_enabled(action_id)
        return action

    def install(self, widget: QObject, categories: Iterable[Category] | None = None) -> list[QAction]:
        """Add the QActions (all, or those of `categories`) to a window so their shortcuts work."""
        wanted = set(categories) if categories is not None else None
        actions = [self.qaction(s.id) for s in self._specs.values() if wanted is None or s.category in wanted]
        add = getattr(widget, "addActions", None)
        if add is None:
            raise TypeError("install() needs a QWidget")
        add(actions)
        return actions

    def _sync_enabled(self, action_id: str) -> None:
        action = self._actions.get(action_id)
        if action is not None:
            action.setEnabled(self.is_enabled(action_id))

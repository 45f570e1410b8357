"""The main window's menus and its own navigation actions, built from the shared `ActionRegistry`.

Declares the shell's actions (tabs Ctrl+1/2/3, next/previous workspace, sign out, quit) in the
registry so the shortcuts sheet and palette list them too, and fills the menu bar from the
registry's categories. Handlers are bound by the main window; other features bind theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMenuBar

from desktop.ui.actions import QT_TRANSLATE_NOOP, ActionRegistry, ActionSpec, Category

SHELL_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("list.mine", QT_TRANSLATE_NOOP("Actions", "Show my conversations"), Category.NAVIGATION, "Ctrl+1", ("mine", "لي")),
    ActionSpec("list.unassigned", QT_TRANSLATE_NOOP("Actions", "Show unassigned conversations"), Category.NAVIGATION, "Ctrl+2",
               ("unassigned", "غير مسند")),
    ActionSpec("list.all", QT_TRANSLATE_NOOP("Actions", "Show all conversations"), Category.NAVIGATION, "Ctrl+3", ("all", "الكل")),
    ActionSpec("workspace.next", QT_TRANSLATE_NOOP("Actions", "Next workspace"), Category.NAVIGATION, "Ctrl+PgDown",
               ("workspace", "مساحة")),
    ActionSpec("workspace.previous", QT_TRANSLATE_NOOP("Actions", "Previous workspace"), Category.NAVIGATION, "Ctrl+PgUp",
               ("workspace", "مساحة")),
    ActionSpec("app.sign_out", QT_TRANSLATE_NOOP("Actions", "Sign out"), Category.APP, "", ("logout", "خروج")),
    ActionSpec("app.quit", QT_TRANSLATE_NOOP("Actions", "Quit"), Category.APP, "Ctrl+Q", ("exit", "إنهاء")),
    ActionSpec("help.diagnostics", QT_TRANSLATE_NOOP("Actions", "Collect diagnostics…"), Category.APP, "",
               ("support", "logs", "دعم", "سجلات")),
    ActionSpec("help.update", QT_TRANSLATE_NOOP("Actions", "Download update"), Category.APP, "",
               ("update", "version", "تحديث")),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("Actions", "About SouqDesk"), Category.APP, "",
               ("about", "version", "حول")),
)

MENU_LAYOUT: dict[str, tuple[str, ...]] = {
    "file": ("app.settings", "app.sign_out", "app.quit"),
    "view": ("list.mine", "list.unassigned", "list.all", "focus.search", "focus.list", "focus.composer",
             "conversation.next", "conversation.previous", "conversation.next_unassigned",
             "workspace.next", "workspace.previous", "app.palette"),
    "conversation": ("conversation.resolve", "conversation.reopen", "conversation.snooze",
                     "conversation.priority", "conversation.mark_unread", "conversation.labels",
                     "conversation.claim", "conversation.assign", "conversation.escalate",
                     "compose.saved_replies", "compose.private_note"),
    "team": ("team.board", "team.handover", "team.reports", "availability.online", "availability.busy",
             "availability.offline"),
    "help": ("app.shortcuts", "help.diagnostics", "help.update", "help.about"),
}


def declare_shell_actions(registry: ActionRegistry) -> None:
    """Declare the shell's actions once (a registry shared across windows keeps the first)."""
    for spec in SHELL_ACTIONS:
        try:
            registry.spec(spec.id)
        except KeyError:
            registry.declare(spec)


def build_menus(menu_bar: QMenuBar, registry: ActionRegistry) -> dict[str, QMenu]:
    """Fill the menu bar; returns the menus by id (file, view, conversation, team, help)."""
    titles = {
        "file": QCoreApplication.translate("MainWindow", "&File"),
        "view": QCoreApplication.translate("MainWindow", "&View"),
        "conversation": QCoreApplication.translate("MainWindow", "&Conversation"),
        "team": QCoreApplication.translate("MainWindow", "&Team"),
        "help": QCoreApplication.translate("MainWindow", "&Help"),
    }
    menus: dict[str, QMenu] = {}
    for menu_id, action_ids in MENU_LAYOUT.items():
        menu = menu_bar.addMenu(titles[menu_id])
        menu.setObjectName(f"menu_{menu_id}")
        for action_id in action_ids:
            try:
                registry.spec(action_id)
            except KeyError:
                continue
            if action_id in ("app.quit", "app.sign_out", "workspace.next", "list.mine") and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(registry.qaction(action_id))
        menus[menu_id] = menu
    return menus

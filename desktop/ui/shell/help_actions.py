"""The Help menu's own actions: About, Collect diagnostics, and the quiet update notice with its download.

- About opens `AboutDialog` and asks the server for its version (`probe`).
- The update check runs once after sign-in when policy/settings allow it (`update_check` and an
  `update_feed_url`): a newer version in the feed becomes a quiet notice and enables Help → Download update;
  a feed that fails is a quiet notice too (never a dialog). Nothing is installed: the download is saved in
  the user's Downloads folder after its SHA-256 matched the feed.
- Collect diagnostics writes the support zip (`desktop.system.diagnostics`) where the user chooses.
Signals: update_found(object) — the `Update`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop import __version__
from desktop.domain.errors import AppError
from desktop.domain.models import ServerInfo
from desktop.system.settings import Settings
from desktop.ui.bidi import isolate
from desktop.ui.notifier import Notifier

if TYPE_CHECKING:
    from desktop.services.updates import Update
    from desktop.ui.shell.about import AboutDialog

log = logging.getLogger(__name__)


class HelpController(QObject):
    update_found = Signal(object)

    def __init__(self, settings: Settings, notifier: Notifier, window: QWidget,
                 server_url: Callable[[], str | None], probe: Callable[[str], Awaitable[ServerInfo]],
                 spawn: Callable[[Coroutine[Any, Any, Any]], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._notifier = notifier
        self._window = window
        self._server_url = server_url
        self._probe = probe
        self._spawn = spawn
        self.update: Update | None = None

    # -- About ---------------------------------------------------------------------------------------
    def open_about(self) -> AboutDialog:
        from desktop.ui.shell.about import AboutDialog

        server = self._server_url()
        dialog = AboutDialog(server, self._window)
        if server:
            self._spawn(self._ask_version(dialog, server))
        dialog.open()
        return dialog

    async def _ask_version(self, dialog: AboutDialog, server: str) -> None:
        try:
            info = await self._probe(server)
            dialog.set_server_version(info.version or "")
        except AppError as error:
            log.info("About: server version unknown: %s", error)
            dialog.set_server_version("")

    # -- updates -------------------------------------------------------------------------------------
    async def check_for_update(self) -> Update | None:
        """Check the feed once (when allowed); a newer version becomes a quiet notice."""
        settings = self._settings
        if not settings.update_check or not settings.update_feed_url:
            log.info("update check off (%s)", "policy" if settings.is_locked("update_check") else "no feed")
            return None
        from desktop.services import updates

        try:
            found = await updates.check(settings.update_feed_url, __version__)
        except updates.UpdateError as error:
            self._notifier.info(error.user_message, key="update")
            return None
        if found is None:
            log.info("update check: %s is current", __version__)
            return None
        self.update = found
        self._notifier.info(self.tr("SouqDesk %1 is available: Help → Download update.").replace(
            "%1", isolate(found.version)), key="update")
        self.update_found.emit(found)
        return found

    async def download_update(self, folder: Path | None = None) -> Path | None:
        if self.update is None:
            self._notifier.info(self.tr("No update is known. SouqDesk checks the update feed at start."),
                                key="update")
            return None
        from desktop.services import updates

        target = folder or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
                                or Path.home())
        try:
            saved = await updates.download(self.update, target)
        except updates.UpdateError as error:
            self._notifier.report(error)
            return None
        self._notifier.info(self.tr("Saved %1 (checksum verified). Install it when convenient.").replace(
            "%1", isolate(str(saved))), key="update")
        return saved

    # -- diagnostics ---------------------------------------------------------------------------------
    def collect_diagnostics(self) -> None:
        """Ask where to save the zip, then write it (the doctor checks run in a worker thread)."""
        from desktop.system import diagnostics

        chosen, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save diagnostics"),
                                                str(Path.home() / diagnostics.default_name()), "Zip (*.zip)")
        if chosen:
            self._spawn(self.write_diagnostics(Path(chosen)))

    async def write_diagnostics(self, target: Path, *, with_doctor: bool = True) -> Path | None:
        import asyncio

        from desktop.cli.diagnostics import doctor_report
        from desktop.system import diagnostics

        self._notifier.info(self.tr("Collecting diagnostics…"), key="diagnostics")
        server = self._server_url() or ""
        doctor = await asyncio.to_thread(doctor_report, server) if with_doctor else None
        try:
            written = await asyncio.to_thread(diagnostics.write_zip, target, self._settings, doctor=doctor)
        except OSError as error:
            self._notifier.warning(self.tr("The diagnostics could not be saved: %1").replace(
                "%1", isolate(str(error.strerror or error))))
            return None
        self._notifier.info(self.tr("Diagnostics saved to %1. Attach it to your support ticket.").replace(
            "%1", isolate(str(written))), key="diagnostics")
        return written

"""NetworkWatch: tells the realtime sync when the OS says the network is back or changed, so it reconnects
at once instead of finishing a back-off of up to 30 s (services are Qt-free; Qt's QNetworkInformation
lives here). Reachability becoming Online, or the transport medium changing (Wi-Fi to Ethernet, a VPN),
calls `on_change` once. Without a backend for this platform (none loads, e.g. a minimal container) it does
nothing: the back-off, capped low while the server answers REST, still reconnects."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtNetwork import QNetworkInformation

Reachability = QNetworkInformation.Reachability


class NetworkWatch:
    def __init__(self, on_change: Callable[[], None]) -> None:
        self._on_change = on_change
        self._info: QNetworkInformation | None = None
        if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._info = info
        self._reachability = info.reachability()
        info.reachabilityChanged.connect(self._reachability_changed)
        info.transportMediumChanged.connect(self._medium_changed)

    @property
    def active(self) -> bool:
        return self._info is not None

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        before, self._reachability = self._reachability, reachability
        if reachability == Reachability.Online and before != Reachability.Online:
            self._on_change()

    def _medium_changed(self, _medium: QNetworkInformation.TransportMedium) -> None:
        if self._reachability == Reachability.Online:
            self._on_change()

    def close(self) -> None:
        info, self._info = self._info, None
        if info is not None:
            info.reachabilityChanged.disconnect(self._reachability_changed)
            info.transportMediumChanged.disconnect(self._medium_changed)

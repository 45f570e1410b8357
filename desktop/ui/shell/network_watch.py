"""NetworkWatch: tells the realtime sync when the OS says the network is back or changed, so it reconnects
at once instead of finishing a back-off of up to 30 s (services are Qt-free; Qt's QNetworkInformation
lives here). Reachability becoming Online after it was known to be offline or local only, or the transport
medium changing from a known one while online (Wi-Fi to Ethernet), calls `on_change` once; the backend
learning the state at start (from Unknown) does not. Without a backend for this platform (none loads, e.g. a minimal container) it does
nothing: the back-off, capped low while the server answers REST, still reconnects."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtNetwork import QNetworkInformation

Reachability = QNetworkInformation.Reachability
Unknown = QNetworkInformation.TransportMedium.Unknown


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
        self._medium = info.transportMedium()
        info.reachabilityChanged.connect(self._reachability_changed)
        info.transportMediumChanged.connect(self._medium_changed)

    @property
    def active(self) -> bool:
        return self._info is not None

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        before, self._reachability = self._reachability, reachability
        if reachability == Reachability.Online and before in (Reachability.Disconnected, Reachability.Local,
                                                               Reachability.Site):
            self._on_change()

    def _medium_changed(self, medium: QNetworkInformation.TransportMedium) -> None:
        before, self._medium = self._medium, medium
        if self._reachability == Reachability.Online and before != Unknown and medium != before:
            self._on_change()

    def close(self) -> None:
        info, self._info = self._info, None
        if info is not None:
            info.reachabilityChanged.disconnect(self._reachability_changed)
            info.transportMediumChanged.disconnect(self._medium_changed)

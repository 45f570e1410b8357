"""NetworkWatch: Qt's QNetworkInformation reachability (the OS's network state) turned into "reconnect
now" for the realtime sync: once when the network comes back online, and when the transport medium
changes while online; never while offline, and nothing after `close()`."""

from __future__ import annotations

from PySide6.QtNetwork import QNetworkInformation

from desktop.ui.shell.network_watch import NetworkWatch, Reachability


def test_online_again_and_a_new_medium_ask_for_a_reconnect(qapp) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    watch = NetworkWatch(lambda: calls.append("reconnect"))
    assert watch.active  # this platform has a backend (glib/NetworkManager)
    info = QNetworkInformation.instance()
    assert info is not None
    try:
        info.reachabilityChanged.emit(Reachability.Unknown)
        info.reachabilityChanged.emit(Reachability.Online)
        assert calls == []  # the backend learning the state at start: no reconnect
        info.transportMediumChanged.emit(QNetworkInformation.TransportMedium.Unknown)
        info.transportMediumChanged.emit(QNetworkInformation.TransportMedium.WiFi)
        assert calls == []  # nor learning the medium
        info.reachabilityChanged.emit(Reachability.Disconnected)
        assert calls == []
        info.transportMediumChanged.emit(QNetworkInformation.TransportMedium.Cellular)
        assert calls == []  # a medium change while offline: nothing to reconnect to yet
        info.reachabilityChanged.emit(Reachability.Online)
        assert calls == ["reconnect"]
        info.reachabilityChanged.emit(Reachability.Online)
        assert calls == ["reconnect"]  # still online: no second reconnect
        info.transportMediumChanged.emit(QNetworkInformation.TransportMedium.Ethernet)
        assert calls == ["reconnect", "reconnect"]
    finally:
        watch.close()
    info.reachabilityChanged.emit(Reachability.Disconnected)
    info.reachabilityChanged.emit(Reachability.Online)
    assert calls == ["reconnect", "reconnect"]

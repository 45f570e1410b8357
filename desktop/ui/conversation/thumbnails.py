"""Image thumbnails for message attachments, downloaded in the background and kept in a bounded cache.

The delegate asks `pixmap(url)`: a cached pixmap, or None after `request(url)` queued a download (at most
`MAX_PARALLEL` at a time, each URL once). When a download ends the cache emits `loaded(url)` and the view
repaints the rows that show it. A failed download is remembered (`failed(url)`) and painted as such
inline, never retried in a loop; `retry(url)` forgets the failure. Only images are fetched this way:
other files are downloaded or opened only when the agent clicks them. Every thumbnail is decoded at
thumbnail size where the image format allows it (`read_thumbnail`).

A file still in the outbox has no URL yet: `put_local(local_key(echo_id, index), data)` makes its thumbnail
from the bytes on this machine, so a pending or failed image shows at once;
`adopt(local, url)` reuses it for the server's copy once the message is sent (no download, no flicker).

Signals: loaded(str url), failed(str url).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from desktop.ui.tasks import ErrorSink, TaskRunner

MAX_PARALLEL = 4
MAX_CACHED = 200
THUMB_SIZE = QSize(240, 180)

LOCAL_MAX_BYTES = 25 * 1024 * 1024  # larger local images show their name only (decoding would stall the UI)

Downloader = Callable[[str], Awaitable[bytes]]


def read_thumbnail(data: bytes) -> QImage:
    """The image in `data` at most `THUMB_SIZE` (aspect kept), decoded at that size where the format can
    (a JPEG decodes scaled: a 4000 x 3000 photo in ~22 ms here, against ~125 ms to decode it whole and
    scale it, on the UI thread); a null image when `data` is not a readable image."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid() and (size.width() > THUMB_SIZE.width() or size.height() > THUMB_SIZE.height()):
        reader.setScaledSize(size.scaled(THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


def local_key(echo_id: str | None, index: int) -> str:
    """The cache key of the thumbnail of attachment `index` of a message still in the outbox."""
    return f"outbox:{echo_id}/{index}"


class ThumbnailCache(QObject):
    """Signals: loaded(str), failed(str)."""

    loaded = Signal(str)
    failed = Signal(str)

    def __init__(self, download: Downloader, notifier: ErrorSink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._download = download
        self._tasks = TaskRunner(self, notifier)
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        self._pending: set[str] = set()
        self._gate = asyncio.Semaphore(MAX_PARALLEL)

    @property
    def tasks(self) -> TaskRunner:
        return self._tasks

    def pixmap(self, url: str) -> QPixmap | None:
        pixmap = self._pixmaps.get(url)
        if pixmap is not None:
            self._pixmaps.move_to_end(url)
        return pixmap

    def is_failed(self, url: str) -> bool:
        return url in self._failed

    def request(self, url: str) -> None:
        """Start downloading `url` unless it is cached, already on its way, or failed before."""
        if not url or url in self._pixmaps or url in self._pending or url in self._failed:
            return
        self._pending.add(url)
        def stored(image: QImage) -> None:
            self._store(url, image)

        def failed(error: BaseException) -> None:
            self._fail(url, error)

        self._tasks.run(f"thumb:{url}", self._fetch(url), on_result=stored, on_error=failed, replace=False)

    def put_local(self, key: str, data: bytes) -> bool:
        """Make the thumbnail of a file not sent yet from its bytes (False if it is not a readable image)."""
        if len(data) > LOCAL_MAX_BYTES:
            return False
        image = read_thumbnail(data)
        if image.isNull():
            return False
        self._store(key, image)
        return True

    def adopt(self, local: str, url: str) -> None:
        """The server now has a file whose thumbnail was made locally: show that one for its URL too."""
        pixmap = self._pixmaps.get(local)
        if pixmap is None or not url or url in self._pixmaps or url in self._pending:
            return
        self._failed.discard(url)
        self._pixmaps[url] = pixmap
        while len(self._pixmaps) > MAX_CACHED:
            self._pixmaps.popitem(last=False)

    def retry(self, url: str) -> None:
        self._failed.discard(url)
        self.request(url)

    async def _fetch(self, url: str) -> QImage:
        async with self._gate:
            data = await self._download(url)
        image = read_thumbnail(data)
        if image.isNull():
            raise ValueError("not an image")
        return image

    def _store(self, url: str, image: QImage) -> None:
        self._pending.discard(url)
        self._pixmaps[url] = QPixmap.fromImage(image)
        while len(self._pixmaps) > MAX_CACHED:
            self._pixmaps.popitem(last=False)
        self.loaded.emit(url)

    def _fail(self, url: str, error: BaseException) -> None:
        # Shown inline on the attachment ("could not be loaded", click to retry): not a banner per image.
        self._pending.discard(url)
        self._failed.add(url)
        self.failed.emit(url)

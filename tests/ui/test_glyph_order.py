"""Every display path of customer and agent text, over the whole mixed-direction corpus, in both UI languages:
what Qt lays out (glyph runs of the real texts, fonts and text options each path paints with) keeps each
left-to-right token in one piece and in order, each paragraph in its own direction, aligned to its own edge
and on its own line (bubbles), and paragraphs shown on one line in order, apart (previews).

The paths: the conversation bubble, the composer (per-paragraph direction only: it edits raw text), the
conversation list's preview and tooltip, the conversation header, tray notifications, the contact panel and
order details, the command palette, saved-reply previews, previous conversations and the order-status
suggestion bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QListView, QStyleOptionViewItem

from desktop.domain.models import (
    ChannelKind,
    Contact,
    Conversation,
    ConversationStatus,
    Message,
    MessageType,
)
from desktop.domain.orders import Order, OrderItem, OrderStatus, StatusChange
from desktop.services.notify import Notice, NoticeKind
from desktop.ui import fonts
from desktop.ui.composer.text_edit import ComposerEdit
from desktop.ui.contact.panel import ContactPanel
from desktop.ui.contact.previous import PreviousConversationsModel
from desktop.ui.conversation.bars import SuggestionBar
from desktop.ui.conversation.header import ConversationHeader
from desktop.ui.conversation.layout import RowLayouter
from desktop.ui.inbox.delegate import ConversationDelegate
from desktop.ui.inbox.model import ConversationRole, tooltip_text
from desktop.ui.notifier import Notifier
from desktop.ui.palette.model import SubtitleRole
from desktop.ui.palette.palette import PaletteDelegate
from desktop.ui.replies.delegate import SavedReplyDelegate
from desktop.ui.replies.model import ContentRole
from desktop.ui.tray.tray import notice_text
from tests.support.glyph_order import (
    LTR,
    RTL,
    Sample,
    align,
    directions,
    lay_out,
    load_corpus,
    order_problems,
    reading_problems,
    sequence_problems,
    token_problems,
)

CORPUS = load_corpus()
NOW = datetime(2025, 11, 30, 9, 15, tzinfo=UTC)
BUBBLE_VIEW_WIDTH = 900
NARROW_VIEW_WIDTH = 380
LIST_WIDTH = 360


def test_the_corpus_is_large_and_mixed() -> None:
    assert len(CORPUS) >= 200
    assert sum(len(s.paragraphs()) > 1 for s in CORPUS) >= 30
    assert sum(len(s.tokens) for s in CORPUS) >= 200
    assert any(any("\u0660" <= ch <= "\u0669" for ch in s.text) for s in CORPUS)


@dataclass
class Drawn:
    """One text as a path draws it: the raw text it shows, the drawn string and Qt's layout of it."""

    sample: Sample
    text: str
    layout: QTextLayout
    base: Qt.LayoutDirection | None = None  # the base direction the path must use (None: not checked)
    one_line: bool = False  # several paragraphs shown on one line
    order: Qt.LayoutDirection | None = None  # the direction they follow each other in (None: the base)


def conversation(text: str, name: str = "Test") -> Conversation:
    message = Message(1, 7, text, MessageType.INCOMING, NOW)
    return Conversation(7, 1, 1, ConversationStatus.OPEN, Contact(3, name, "+201001234567", "a@b.example"),
                        last_message=message, last_activity_at=NOW)


def first_paragraph(sample: Sample) -> Sample:
    return sample.part(sample.paragraphs()[0])


def one_line(sample: Sample, text: str, font: QFont, base: Qt.LayoutDirection,
             own: Qt.LayoutDirection | None) -> Drawn:
    return Drawn(sample, text, lay_out(text, font, base), own, True)


def inline_line(sample: Sample, text: str, font: QFont, ui: Qt.LayoutDirection) -> Drawn:
    """A line of a label in the UI's direction showing the text in an isolate of its own direction."""
    return Drawn(sample, text, lay_out(text, font, ui), None, True, directions(sample, ui)[0])


def label_lines(sample: Sample, text: str, font: QFont, ui: Qt.LayoutDirection, skip: int = 0) -> list[Drawn]:
    """A multi-line label (QLabel, tooltip, notification): its lines after `skip` are the sample's paragraphs."""
    lines = text.split("\n")[skip:]
    spans = sample.paragraphs()
    return [Drawn(sample.part(span), line, lay_out(line, font, ui)) for span, line in zip(spans, lines, strict=False)]


# -- the paths ------------------------------------------------------------------------------------------
class Paths:
    def __init__(self, qtbot: Any, ui: Qt.LayoutDirection) -> None:
        self.qtbot = qtbot
        self.ui = ui
        self.font = QApplication.font()

    def bubble_narrow(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        """Bubbles in a narrow conversation view: long paragraphs and tokens wrap."""
        return self.bubble(sample, NARROW_VIEW_WIDTH)

    def bubble(self, sample: Sample, view_width: int = BUBBLE_VIEW_WIDTH) -> tuple[list[Drawn], list[str]]:
        rows = RowLayouter(self.font)
        block = rows.text_block(Message(1, 7, sample.text, MessageType.INCOMING, NOW), view_width)
        assert block is not None
        spans = sample.paragraphs()
        wanted = directions(sample, LTR)  # a message without any letter is laid out left to right
        problems: list[str] = []
        if len(block.layouts) != len(spans):
            return [], [f"bubble: {len(spans)} paragraphs laid out as {len(block.layouts)}"]
        drawn, bottom = [], 0.0
        for span, layout, direction in zip(spans, block.layouts, wanted, strict=True):
            text = layout.text()
            drawn.append(Drawn(sample.part(span), text, layout, direction))
            first, last = layout.lineAt(0), layout.lineAt(layout.lineCount() - 1)
            if first.y() < bottom - 0.5:
                problems.append(f"bubble: {sample.text[span[0]:span[1]]!r} is not on a line of its own")
            bottom = last.y() + last.height()
            for i in range(layout.lineCount()):
                rect = layout.lineAt(i).naturalTextRect()
                edge_ok = abs(rect.right() - block.width) <= 3 if direction == RTL else rect.left() <= 3
                if text.strip() and not edge_ok:
                    problems.append(f"bubble: {text[:30]!r} is not aligned to its own leading edge")
                    break
        return drawn, problems

    def composer(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        """The composer edits raw text: each paragraph's direction and edge follow its first strong letter."""
        edit = self._composer
        edit.setPlainText(sample.text)
        doc = edit.document()
        doc.setTextWidth(480)
        problems = []
        block = doc.begin()
        raw_paragraphs = [sample.text[a:b] for a, b in sample.paragraphs()]
        if doc.blockCount() != len(raw_paragraphs):
            return [], [f"composer: {len(raw_paragraphs)} paragraphs became {doc.blockCount()} blocks"]
        for raw in raw_paragraphs:
            doc.documentLayout().blockBoundingRect(block)
            own = Sample(raw, ()).expected_direction((0, len(raw)))
            if own is not None:
                if block.textDirection() != own:
                    problems.append(f"composer: {raw[:30]!r} is not laid out {own.name}")
                rect = block.layout().lineAt(0).naturalTextRect()
                width = doc.textWidth() - 2 * doc.documentMargin()
                if (own == RTL and rect.right() < width - 2) or (own == LTR and rect.left() > 2):
                    problems.append(f"composer: {raw[:30]!r} is not at its own leading edge")
            block = block.next()
        return [], problems

    def list_preview(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        drawn = []
        for width in (3000, LIST_WIDTH):  # everything, then elided as in the list's usual width
            calls = self._paint_row(conversation(sample.text), width)
            text, font, direction = max(calls, key=lambda c: len(align(sample.text, c[0])))  # the preview
            drawn.append(one_line(sample, text, font, direction, directions(sample, self.ui)[0]))
        return drawn, []

    def list_tooltip(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        return label_lines(sample, tooltip_text(conversation(sample.text)), self.font, self.ui, skip=1), []

    def header(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        name = first_paragraph(sample)
        header = self._widget(ConversationHeader())
        header.show_conversation(conversation("hi", name.text))
        return [Drawn(name, header.title.text(), lay_out(header.title.text(), header.title.font(), self.ui))], []

    def tray(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        name = first_paragraph(sample)
        title, body = notice_text(Notice(NoticeKind.NEW_MESSAGE, 1, 7, name.text, name.text, sample.text), "Souq")
        return [Drawn(name, title, lay_out(title, self.font, self.ui)), *label_lines(sample, body, self.font, self.ui)], []

    def contact_panel(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        name = first_paragraph(sample)
        panel = self._panel
        panel.show_conversation(1, conversation("hi", name.text), None, refresh_related=False)
        label = panel.name_label
        order = Order("SD-1", OrderStatus.SHIPPED, NOW, items=(OrderItem(name.text, 2),),
                      history=(StatusChange(OrderStatus.SHIPPED, NOW, name.text),))
        details = panel.orders.describe(order).split("\n")
        item_line = next(line for line in details if "×" in line)
        note_line = details[-1]
        return [Drawn(name, label.full_text, lay_out(label.full_text, label.font(), self.ui)),
                Drawn(name, item_line, lay_out(item_line, self.font, self.ui)),
                Drawn(name, note_line, lay_out(note_line, self.font, self.ui))], []

    def palette(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        calls = self._paint_item(PaletteDelegate(), sample.text, {SubtitleRole: ""})
        text, font, direction = calls[0]
        return [one_line(sample, text, font, direction, directions(sample, self.ui)[0])], []

    def saved_reply(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        calls = self._paint_item(SavedReplyDelegate(), "/code", {ContentRole: sample.text})
        text, font, direction = calls[1]
        return [one_line(sample, text, font, direction, directions(sample, LTR)[0])], []

    def previous(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        model = PreviousConversationsModel()
        model.set_conversations([conversation(sample.text)])
        line = str(model.data(model.index(0), Qt.ItemDataRole.DisplayRole)).split("\n", 1)[1]
        return [inline_line(sample, line, self.font, self.ui)], []

    def suggestion(self, sample: Sample) -> tuple[list[Drawn], list[str]]:
        bar = self._widget(SuggestionBar())
        bar.show_answer("Status", sample.text)
        return [inline_line(sample, bar.preview.text(), bar.preview.font(), self.ui)], []

    # -- helpers --------------------------------------------------------------------------------------
    def _widget(self, widget: Any) -> Any:
        self.qtbot.addWidget(widget)
        widget.setLayoutDirection(self.ui)
        return widget

    def prepare(self) -> None:
        self._composer = self._widget(ComposerEdit())
        self._panel = self._widget(ContactPanel(None, None, Notifier()))
        self._row_delegate = ConversationDelegate(_Lookups())

    def _paint_row(self, item: Conversation, width: int) -> list[tuple[str, QFont, Qt.LayoutDirection]]:
        """Paint a real conversation row; what it drew (after eliding) with the base direction it drew it in."""
        model = QStandardItemModel()
        cell = QStandardItem()
        cell.setData(item, ConversationRole)
        model.appendRow(cell)
        calls: list[tuple[str, QFont, Qt.LayoutDirection]] = []
        image = QImage(width, 80, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = RecordingPainter(image, calls)
        self._row_delegate.paint(painter, self._option(width), model.index(0, 0))
        painter.end()
        return calls

    def _paint_item(self, delegate: Any, display: str, roles: dict[int, object]) -> list[tuple[str, QFont, Qt.LayoutDirection]]:
        model = QStandardItemModel()
        cell = QStandardItem(display)
        for role, value in roles.items():
            cell.setData(value, role)
        model.appendRow(cell)
        view = self._widget(QListView())
        view.setModel(model)
        painter_calls: list[tuple[str, QFont, Qt.LayoutDirection]] = []
        image = QImage(3000, 80, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = RecordingPainter(image, painter_calls)
        option = self._option(3000, view)
        delegate.paint(painter, option, model.index(0, 0))
        painter.end()
        return painter_calls

    def _option(self, width: int, widget: Any = None) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, width, 76)  # type: ignore[attr-defined]
        option.direction = self.ui  # type: ignore[attr-defined]
        option.font = self.font  # type: ignore[attr-defined]
        option.widget = widget  # type: ignore[attr-defined]
        option.fontMetrics = QFontMetrics(self.font)  # type: ignore[attr-defined]
        return option


class RecordingPainter(QPainter):
    """A real QPainter that also notes what the delegate (Python code) asks it to draw with drawText."""

    def __init__(self, device: QImage, calls: list[tuple[str, QFont, Qt.LayoutDirection]]) -> None:
        super().__init__(device)
        self.calls = calls

    def drawText(self, *args: Any) -> None:  # type: ignore[override]
        text = next(a for a in args if isinstance(a, str))
        option = next((a for a in args if isinstance(a, QTextOption)), None)
        direction = option.textDirection() if option is not None else self.layoutDirection()
        self.calls.append((text, QFont(self.font()), direction))
        super().drawText(*args)


class _Lookups:
    """The conversation row's lookups (channel kinds and label colours) for rows made in the test."""

    def channel_kind(self, conversation: Conversation) -> ChannelKind:
        return ChannelKind.WHATSAPP

    def label_color(self, title: str) -> str:
        return "#1f93ff"


PATHS = ["bubble", "bubble_narrow", "composer", "list_preview", "list_tooltip", "header", "tray", "contact_panel", "palette",
         "saved_reply", "previous", "suggestion"]


def check(drawn: Drawn, where: str) -> tuple[list[str], int]:
    problems, checked = token_problems(drawn.sample, drawn.text, drawn.layout, where)
    problems += sequence_problems(drawn.sample, drawn.text, drawn.layout, where)
    spans = [s for s in drawn.sample.paragraphs() if drawn.sample.text[s[0]:s[1]].strip()]
    if drawn.base is not None:
        if not drawn.one_line and drawn.layout.textOption().textDirection() != drawn.base:
            problems.append(f"{where}: laid out {drawn.layout.textOption().textDirection().name}, "
                            f"not {drawn.base.name}")
        if drawn.one_line and drawn.layout.textOption().textDirection() != drawn.base:
            problems.append(f"{where}: the line's base direction is not its first paragraph's")
        own = directions(drawn.sample, drawn.base)
        for span, direction in zip(drawn.sample.paragraphs(), own, strict=True):
            problems += reading_problems(drawn.sample, span, drawn.text, drawn.layout, direction, where)
    if drawn.one_line and len(spans) > 1:
        order = drawn.order or drawn.layout.textOption().textDirection()
        problems += order_problems(spans[:3], drawn.sample, drawn.text, drawn.layout, order, where)
        if "\u21b5" not in drawn.text:
            problems.append(f"{where}: paragraphs joined without a visible separator")
    return problems, checked


def run_path(paths: Paths, name: str) -> Iterator[tuple[Sample, list[str], int]]:
    method: Callable[[Sample], tuple[list[Drawn], list[str]]] = getattr(paths, name)
    for number, sample in enumerate(CORPUS):
        drawn, problems = method(sample)
        checked = 0
        for part in drawn:
            found, count = check(part, f"{name} #{number}")
            problems += found
            checked += count
        yield sample, problems, checked


@pytest.fixture
def arabic_font(qapp: QApplication) -> None:
    fonts.install_fonts(qapp)


@pytest.mark.parametrize("ui", [LTR, RTL], ids=["en", "ar"])
@pytest.mark.parametrize("path", PATHS)
def test_every_display_path_reads_right(qtbot: Any, arabic_font: None, path: str, ui: Qt.LayoutDirection) -> None:
    QApplication.setLayoutDirection(ui)
    paths = Paths(qtbot, ui)
    paths.prepare()
    failures: list[str] = []
    checked = 0
    for _sample, problems, count in run_path(paths, path):
        failures += problems
        checked += count
    assert not failures, f"{len(failures)} problems, e.g.:\n" + "\n".join(failures[:12])
    if path != "composer":  # the composer is checked for directions only
        assert checked >= 150, f"only {checked} tokens were drawn by {path}"

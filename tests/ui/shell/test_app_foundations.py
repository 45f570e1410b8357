"""The UI foundations other widgets build on: bidi helpers, the notifier, the task runner."""

from __future__ import annotations

import asyncio
import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.domain import errors
from desktop.system.logging import RedactingFilter, redact
from desktop.ui import bidi
from desktop.ui.notifier import BannerBar, Notifier
from desktop.ui.tasks import TaskRunner

LTR = Qt.LayoutDirection.LeftToRight
RTL = Qt.LayoutDirection.RightToLeft


def test_direction_follows_first_strong_character() -> None:
    assert bidi.direction_of("مرحبا hello") == RTL
    assert bidi.direction_of("hello مرحبا") == LTR
    assert bidi.direction_of("123 مرحبا") == RTL  # digits are weak
    assert bidi.direction_of("12345", RTL) == RTL  # no strong character: the default
    assert bidi.direction_of(f"{bidi.LRI}Order 55{bidi.PDI} مرحبا") == RTL  # isolates are skipped


def test_phone_numbers_ids_and_urls_are_isolated() -> None:
    text = "رقمي +966 50 123 4567 والطلب SO-10023 https://track.example/x?id=5"
    out = bidi.isolate_spans(text)
    assert f"{bidi.LRI}+966 50 123 4567{bidi.PDI}" in out
    assert f"{bidi.LRI}SO-10023{bidi.PDI}" in out
    assert f"{bidi.LRI}https://track.example/x?id=5{bidi.PDI}" in out
    assert bidi.isolate_spans(out) == out  # idempotent
    assert bidi.strip_controls(out) == text
    assert bidi.isolate_spans("plain words") == "plain words"


def test_arg_isolates_interpolated_values() -> None:
    filled = bidi.arg("%1 assigned %2 conversations", "أحمد", 3)
    assert filled == f"{bidi.FSI}أحمد{bidi.PDI} assigned {bidi.LRI}3{bidi.PDI} conversations"


def test_notifier_translates_by_class_and_routes_expiry(qtbot) -> None:  # type: ignore[no-untyped-def]
    notifier = Notifier()
    banner = BannerBar(notifier)
    qtbot.addWidget(banner)
    assert notifier.message_for(errors.TlsError()) != notifier.message_for(errors.Unreachable())
    assert "not allowed" in notifier.message_for(errors.NotAMember()) or "member" in notifier.message_for(
        errors.NotAMember()
    )
    with qtbot.waitSignal(notifier.posted):
        notifier.report(errors.PermissionDenied())
    assert banner.isVisibleTo(banner.parentWidget() or banner) or banner.text()
    assert banner.text() == "You are not allowed to do this."
    with qtbot.waitSignal(notifier.reauth_requested):
        notifier.report(errors.SessionExpired())
    with qtbot.assertNotEmitted(notifier.reauth_requested):
        notifier.report(errors.SessionExpired())  # asked once until the flow finishes
    notifier.reauth_finished()
    with qtbot.waitSignal(notifier.reauth_requested):
        notifier.report(errors.SessionExpired())


def test_validation_message_keeps_server_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    notifier = Notifier()
    text = notifier.message_for(errors.ValidationFailed("Name has already been taken"))
    assert text.startswith("The server did not accept this.")
    assert "Name has already been taken" in text


def test_logs_never_carry_secrets(caplog: pytest.LogCaptureFixture) -> None:
    assert "sbx-ahmed" not in redact("token sbx-ahmed-token-0002")
    assert "hunter2" not in redact('{"email": "a@b", "password": "hunter2"}')
    assert "abcdefgh12345" not in redact("Authorization: Bearer abcdefgh12345")
    assert "XyZ123" not in redact("access-token=XyZ123&x=1")
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, "sent %s", ("api_access_token: s3cr3t",), None)
    RedactingFilter().filter(record)
    assert "s3cr3t" not in record.getMessage()


class Recorder:
    def __init__(self) -> None:
        self.errors: list[BaseException] = []

    def report(self, error: BaseException, *, modal: bool = False, context: str = "") -> None:
        self.errors.append(error)


def test_task_errors_reach_the_notifier_and_latest_wins(qtbot, aloop) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    sink = Recorder()
    runner = TaskRunner(widget, sink)
    results: list[int] = []

    async def value(v: int, delay: float) -> int:
        await asyncio.sleep(delay)
        return v

    async def boom() -> None:
        raise errors.NotFound()

    first = runner.run("load", value(1, 0.5), on_result=results.append)
    second = runner.run("load", value(2, 0.01), on_result=results.append)
    aloop.until(lambda: first.done() and second.done())
    assert first.cancelled() and results == [2]
    with qtbot.waitSignal(runner.failed):
        runner.run("bad", boom())
    assert isinstance(sink.errors[0], errors.NotFound)
    inline: list[BaseException] = []
    with qtbot.waitSignal(runner.failed):
        runner.run("form", boom(), on_error=inline.append)
    assert len(inline) == 1 and len(sink.errors) == 1  # shown inline, not twice


def test_tasks_are_cancelled_when_the_owner_closes_or_dies(qtbot, aloop) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    runner = TaskRunner(widget, Recorder())
    task = runner.run("forever", asyncio.sleep(3600))
    widget.close()
    aloop.until(task.done)
    assert task.cancelled()
    other = QWidget()
    runner2 = TaskRunner(other, Recorder())
    task2 = runner2.run("forever", asyncio.sleep(3600))
    other.deleteLater()
    aloop.until(task2.done)
    assert task2.cancelled()


@given(st.text(alphabet=st.sampled_from(list("abc مرحبا0123456789٠١٢+-#/:.@ SOhtp")), max_size=60))
def test_isolating_spans_never_loses_or_doubles_text(text: str) -> None:
    once = bidi.isolate_spans(text)
    assert bidi.strip_controls(once) == bidi.strip_controls(text)
    assert bidi.isolate_spans(once) == once
    assert once.count(bidi.LRI) == once.count(bidi.PDI) - text.count(bidi.PDI) + text.count(bidi.LRI)

"""Every user-facing failure shows its own sentence, in English and in Arabic, never the generic "Something
went wrong.": one test per sentence an error is raised with anywhere in the client (found by reading the
source), one per error class's own sentence, and real failures (a phone number that is too short, drafts
that cannot be written) through the notifier's banner."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import desktop
from desktop.domain import errors
from desktop.services.drafts import Drafts
from desktop.services.phone import normalise_phone
from desktop.system.storage import JsonFileStorage
from desktop.ui import error_text, i18n
from desktop.ui.bidi import strip_controls
from desktop.ui.notifier import BannerBar, Notifier

ROOT = Path(desktop.__file__).parent
SKIPPED = ("sandbox", "cli")  # the sandbox server and the command line never show the desktop's banner


def _error_classes() -> dict[str, type[errors.AppError]]:
    for module in pkgutil.walk_packages([str(ROOT)], "desktop."):
        if not any(f".{part}" in module.name for part in SKIPPED) and ".ui." not in module.name:
            importlib.import_module(module.name)
    found: dict[str, type[errors.AppError]] = {}
    todo: list[type[errors.AppError]] = [errors.AppError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo += cls.__subclasses__()
    return found


CLASSES = _error_classes()


def _template(node: ast.expr) -> str | None:
    """A raised sentence as its template: an f-string's values become %1, %2…"""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts, n = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                n += 1
                parts.append(f"%{n}")
        return "".join(parts)
    return None


def raised_sentences() -> list[tuple[str, str, str]]:
    """(where, error class, template) of every error made with a sentence in the client's source."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        if any(part in SKIPPED for part in path.relative_to(ROOT).parts):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                template = _template(node.args[0]) if name in CLASSES else None
                if template is not None:
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", name, template))
    return found


RAISED = raised_sentences()
VALUES = ["Shopify", "9", "12", "01001234567", "+201001234567", "Egypt"]


def _fill(template: str) -> str:
    if template == "%1: %2":  # a provider's name before its own sentence
        return f"{VALUES[0]}: {_fill('%1 did not answer in time.')}"
    return re.sub(r"%(\d)", lambda m: VALUES[int(m.group(1)) - 1], template)


def _has_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) == "AL" for ch in text)


@pytest.fixture
def arabic(qapp: QApplication) -> None:
    i18n.install(qapp, "ar")


def test_the_source_was_read() -> None:
    assert len(RAISED) >= 60
    assert ("services/drafts.py", "AppError") in {(w.split(":")[0], c) for w, c, _ in RAISED}


@pytest.mark.parametrize(("where", "cls", "template"), RAISED, ids=[w for w, _, _ in RAISED])
def test_each_raised_sentence_is_shown_in_both_languages(qapp: QApplication, where: str, cls: str,
                                                         template: str) -> None:
    assert template in error_text.TEMPLATES, f"{where}: {template!r} has no translatable template"
    sentence = _fill(template)
    error = CLASSES[cls](sentence)
    notifier = Notifier()
    generic = notifier.message_for(errors.AppError())
    english = strip_controls(notifier.message_for(error))
    assert english == sentence and english != generic
    i18n.install(qapp, "ar")
    arabic = strip_controls(Notifier().message_for(error))
    assert arabic != sentence and _has_arabic(arabic), f"{where}: {arabic!r}"
    assert arabic != strip_controls(Notifier().message_for(errors.AppError()))
    values = re.findall(r"%(\d)", template) if template != "%1: %2" else ["1"]
    assert all(VALUES[int(n) - 1] in arabic for n in values)  # the values are kept


def _class_sentences() -> list[type[errors.AppError]]:
    return [cls for cls in CLASSES.values() if cls is not errors.AppError and "default_message" in vars(cls)]


@pytest.mark.parametrize("cls", _class_sentences(), ids=lambda c: c.__name__)
def test_each_error_class_shows_its_own_sentence(qapp: QApplication, cls: type[errors.AppError]) -> None:
    error = cls.__new__(cls)
    errors.AppError.__init__(error)
    notifier = Notifier()
    generic = notifier.message_for(errors.AppError())
    assert strip_controls(notifier.message_for(error)) == cls.default_message != generic
    i18n.install(qapp, "ar")
    arabic = strip_controls(Notifier().message_for(error))
    assert _has_arabic(arabic) and arabic != strip_controls(Notifier().message_for(errors.AppError()))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_real_failures_reach_the_banner_with_their_sentence(qtbot: Any, aloop: Any, qapp: QApplication,
                                                             tmp_path: Path, language: str) -> None:
    i18n.install(qapp, language)
    notifier = Notifier()
    banner = BannerBar(notifier)
    qtbot.addWidget(banner)

    with pytest.raises(errors.InvalidPhoneNumber) as too_short:
        normalise_phone("0100 123", "EG")
    notifier.report(too_short.value)
    shown = strip_controls(banner.text())
    assert "digits" in shown if language == "en" else ("أرقام" in shown and _has_arabic(shown))

    drafts = Drafts(JsonFileStorage(tmp_path / "store"), delay=0.01)
    (tmp_path / "store" / "drafts.json").mkdir()  # a folder where the drafts file goes: every write fails
    failures: list[errors.AppError] = []
    drafts.failed.connect(failures.append)
    drafts.set(1, 2, "مسودة")  # the debounced write runs on the loop and fails
    aloop.until(lambda: bool(failures))
    notifier.report(failures[0])
    shown = strip_controls(banner.text())
    assert shown == ("Drafts could not be saved." if language == "en" else "تعذّر حفظ المسودات.")

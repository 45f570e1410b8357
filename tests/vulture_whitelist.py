"""Names vulture (`[tool.vulture]` in pyproject.toml) cannot see being used: `vulture desktop` reads this
file too. Each is called or read by a framework, never by our own code."""

# ruff: noqa: B018
from types import SimpleNamespace

_ = SimpleNamespace()

# Qt virtual overrides, called by Qt itself
_.paintEvent  # QWidget
_.closeEvent  # QWidget
_.contextMenuEvent  # QWidget
_.hasHeightForWidth  # QWidget (layouts ask it)
_.heightForWidth  # QWidget (layouts ask it)
_.insertFromMimeData  # QTextEdit (paste, drop)
_.canInsertFromMimeData  # QTextEdit (paste, drop)
_.headerData  # QAbstractItemModel (views ask it)
_.fetchMore  # QAbstractItemModel (views ask it when scrolled to the end)
_.horizontalOffset  # QAbstractItemView
_.isIndexHidden  # QAbstractItemView
_.setSelection  # QAbstractItemView
_.visualRegionForSelection  # QAbstractItemView
_.viewportSizeHint  # QAbstractScrollArea
_.doItemsLayout  # QAbstractItemView

# attributes read by the standard library or a server library
_.__qualname__  # functions: read by repr() and tracebacks
_.row_factory  # sqlite3.Connection: applied to every cursor
_.should_exit  # uvicorn.Server: polled by its main loop

# read only by the tests: test-harness API and counters that tests assert on
_.clear_faults  # sandbox.testing.RunningSandbox: the tests' reset of injected faults
_.rendered  # ui.inbox.paint_cache.GlyphCache: tests check a repaint rendered no new pixmap

# called as `exec` by the dataclasses module (desktop.app.dataclass_code)
_.__call__  # CompiledMethods

# called by the build (build_spec/dataclass_cache.py, run by the PyInstaller spec), outside `desktop`
_.write_for  # desktop.app.dataclass_code: writes the compiled dataclass methods a bundle ships

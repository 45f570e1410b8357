"""Cold start: dataclass methods compiled once and kept beside the bytecode (`desktop.app.dataclass_code`).
A class made through the cache is the class `dataclasses` makes without it; a second start compiles nothing
that the first compiled; nothing is written when bytecode is not. A frozen bundle uses the read-only cache
written when it was built (`build_spec/dataclass_cache.py`), never one made by another Python, and writes
nothing."""

from __future__ import annotations

import dataclasses
import inspect
import marshal
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import desktop.app  # noqa: F401  (installs the cache in this process)
from desktop.app import dataclass_code
from tests.support.fresh import run_fresh

ROOT = Path(__file__).resolve().parents[3]


def make(namespace: dict[str, Any]) -> Any:
    exec(textwrap.dedent("""
        import dataclasses

        @dataclasses.dataclass(frozen=True, order=True)
        class Point:
            x: int
            y: "int | None" = None
            tags: tuple[str, ...] = ()
            extra: list[int] = dataclasses.field(default_factory=list, compare=False)

        @dataclasses.dataclass(slots=True)
        class Box:
            name: str
            size: int = 3
    """), namespace)
    return namespace["Point"], namespace["Box"]


def test_a_class_made_through_the_cache_is_the_class_made_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = dataclasses.exec  # type: ignore[attr-defined]
    assert isinstance(compiled, dataclass_code.CompiledMethods)
    cached_point, cached_box = make({})
    before = compiled.compiled
    again_point, _ = make({})  # the same source again: nothing compiled
    assert compiled.compiled == before
    monkeypatch.delattr(dataclasses, "exec")  # the builtin exec, as without the cache
    plain_point, plain_box = make({})
    for cached, plain in ((cached_point, plain_point), (cached_box, plain_box), (again_point, plain_point)):
        assert [(f.name, f.type, f.default, f.compare) for f in dataclasses.fields(cached)] == \
            [(f.name, f.type, f.default, f.compare) for f in dataclasses.fields(plain)]
        for method in ("__init__", "__repr__", "__eq__"):
            mine, theirs = inspect.unwrap(getattr(cached, method)), inspect.unwrap(getattr(plain, method))
            assert mine.__code__.co_code == theirs.__code__.co_code
            assert mine.__code__.co_filename == theirs.__code__.co_filename == "<string>"
            assert mine.__qualname__ == theirs.__qualname__
            assert mine.__annotations__ == theirs.__annotations__
        assert str(inspect.signature(cached)) == str(inspect.signature(plain))
    point = cached_point(1, tags=("a",))
    assert point == cached_point(1, None, ("a",), [5]) and point < cached_point(2)
    assert repr(point) == "Point(x=1, y=None, tags=('a',), extra=[])"
    assert hash(point) == hash(cached_point(1, tags=("a",)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
    assert repr(cached_box("b")) == "Box(name='b', size=3)" and not hasattr(cached_box("b"), "__dict__")


def run_cached(code: str, prefix: Path, *extra_env: tuple[str, str]) -> str:
    return run_fresh(code, env={"PYTHONPYCACHEPREFIX": str(prefix), **dict(extra_env)})


PROBE = """
    import dataclasses
    import desktop.app
    from desktop.app import dataclass_code
    compiled = dataclasses.exec
    print("compiled:", compiled.compiled, "used:", len(compiled.used), "file:", dataclass_code.cache_file())
"""


def test_a_second_start_compiles_nothing_the_first_compiled(tmp_path: Path) -> None:
    first = run_cached(PROBE, tmp_path)
    used = int(first.split("used: ")[1].split()[0])
    assert used > 10 and f"compiled: {used} " in first
    cache = Path(first.split("file: ")[1].strip())
    assert cache.is_file() and cache.is_relative_to(tmp_path)
    second = run_cached(PROBE, tmp_path)
    assert f"compiled: 0 used: {used} " in second


def test_nothing_is_written_where_bytecode_is_not(tmp_path: Path) -> None:
    out = run_cached(PROBE, tmp_path, ("PYTHONDONTWRITEBYTECODE", "1"))
    assert "compiled: 0" not in out
    assert not Path(out.split("file: ")[1].strip()).exists()


def test_an_unreadable_cache_is_compiled_again(tmp_path: Path) -> None:
    first = run_cached(PROBE, tmp_path)
    cache = Path(first.split("file: ")[1].strip())
    cache.write_bytes(b"not marshal data")
    assert first.split("used:")[0] == run_cached(PROBE, tmp_path).split("used:")[0]  # all compiled again
    assert "compiled: 0 " in run_cached(PROBE, tmp_path)


def test_a_read_only_install_keeps_the_cache_in_the_users_cache_folder(monkeypatch: pytest.MonkeyPatch,
                                                                        tmp_path: Path) -> None:
    beside = Path(dataclass_code.cache_file() or "")
    assert beside.parent.name in ("__pycache__", "app")  # beside the bytecode here (writable)
    monkeypatch.setattr(dataclass_code, "_writable", lambda folder: False)
    monkeypatch.setenv("SOUQDESK_HOME", str(tmp_path))
    assert Path(dataclass_code.cache_file() or "").parent == tmp_path / "cache"
    monkeypatch.delenv("SOUQDESK_HOME")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert Path(dataclass_code.cache_file() or "").parent == tmp_path / "xdg" / "SouqDesk"
    compiled = dataclass_code.CompiledMethods({})
    compiled("x = 1", {}, {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    compiled.save(str(tmp_path / "xdg" / "SouqDesk" / "methods.marshal"))
    assert dataclass_code._load(str(tmp_path / "xdg" / "SouqDesk" / "methods.marshal")).keys() == {"x = 1"}


FROZEN_PROBE = """
    import sys
    sys.frozen, sys._MEIPASS = True, sys.argv[1]  # as PyInstaller's bootloader sets them
    import dataclasses
    import desktop.app
    from desktop.app import dataclass_code
    compiled = vars(dataclasses).get("exec")
    print("installed:", compiled is not None, "file:", dataclass_code.cache_file())
    if compiled is not None:
        print("compiled:", compiled.compiled, "used:", len(compiled.used))
"""


def ship(bundle: Path, *modules: str) -> Path:
    """The cache a bundle built from this tree ships, written by the build's own script into `bundle`."""
    shipped = bundle / "desktop" / "app" / dataclass_code.file_name()
    command = [sys.executable, str(ROOT / "build_spec" / "dataclass_cache.py"), str(shipped), *modules]
    import subprocess

    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    return shipped


def test_a_bundle_compiles_nothing_the_build_compiled_and_writes_nothing(tmp_path: Path) -> None:
    shipped = ship(tmp_path / "bundle", "desktop.app", "desktop.api.chatwoot.realtime")
    entries = dataclass_code._load(str(shipped))
    assert len(entries) > 20
    before = sorted(p for p in tmp_path.rglob("*"))
    out = run_fresh(FROZEN_PROBE, str(tmp_path / "bundle"), env={  # a bundle writes no bytecode
        "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": str(tmp_path / "pycache"),
        "SOUQDESK_HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "cache")})
    used = int(out.split("used: ")[1].split()[0])
    assert "installed: True file: None" in out and f"compiled: 0 used: {used}" in out
    assert 10 < used <= len(entries)
    assert sorted(p for p in tmp_path.rglob("*")) == before  # nothing written (no cache, no bytecode)
    assert dataclass_code._load(str(shipped)) == entries


def test_a_bundle_without_a_valid_cache_compiles_as_python_does(tmp_path: Path) -> None:
    shipped = ship(tmp_path / "bundle", "desktop.app")
    header, entries = marshal.loads(shipped.read_bytes())
    assert header == dataclass_code._header()
    other_python = (header[0], b"\x00\x00\r\n", header[2])  # another bytecode magic number
    shipped.write_bytes(marshal.dumps((other_python, entries)))
    assert "installed: False" in run_fresh(FROZEN_PROBE, str(tmp_path / "bundle"))
    shipped.unlink()
    assert "installed: False" in run_fresh(FROZEN_PROBE, str(tmp_path / "bundle"))


def test_entries_of_other_code_are_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key is the whole source `dataclasses` writes: a class whose fields changed since the cache was made
    asks for another text, and a damaged entry is compiled again."""
    namespace: dict[str, Any] = {}
    compiled = dataclass_code.CompiledMethods({})
    monkeypatch.setattr(dataclasses, "exec", compiled, raising=False)
    make(namespace)
    stale = dict.fromkeys(compiled.used, b"not marshal data")
    stale["def __create_fn__():\n  pass"] = marshal.dumps(compile("x = 1", "<string>", "exec"))
    again = dataclass_code.CompiledMethods(dict(stale))
    monkeypatch.setattr(dataclasses, "exec", again)
    point, box = make({})
    assert again.compiled == len(compiled.used) and repr(box("b")) == "Box(name='b', size=3)"
    assert point(1) == point(1) and again.known.keys() == {"def __create_fn__():\n  pass"}

"""Cold start: dataclass methods compiled once and kept beside the bytecode (`desktop.app.dataclass_code`).
A class made through the cache is the class `dataclasses` makes without it; a second start compiles nothing
that the first compiled; nothing is written when bytecode is not."""

from __future__ import annotations

import dataclasses
import inspect
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

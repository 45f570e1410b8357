"""Diagnostic (not a benchmark, no budget): what the RSS of `bench_scroll.py`'s process is made of.

Run: .venv/bin/python tests/benchmarks/memory_probe.py [--conversations 10000] [--hours 8] [--trace N]

Builds the same list as `bench_scroll.py` (`build`: the same wire pages, decoders, store and pane) and runs
the same shift (`shift`), and at each stage prints RSS with what it holds: CPython's small-object
allocator (its 1 MiB arenas: bytes in live objects, bytes in free blocks that stay resident while any
object of their arena lives), glibc malloc (in use, free but not returned; Qt's heap and Python objects
over 512 bytes), how much `malloc_trim` would return, and the source lines `linecache` holds. With
The list is measured twice: while the benchmark's wire pages (built all at once before the feed) are still
held, and once they are freed (their arenas' free blocks and malloc's free chunks are what they leave
behind: holes pinned by the strings the domain objects keep). With `--trace N`, the N source lines that allocated most of what the load left alive (tracemalloc, started after
the QApplication; slows the load down several times). Linux/glibc only.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import os
import re
import sys
import tempfile
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from anywhere without installing

from tests.benchmarks import bench_scroll  # first: it imports the stdlib before PySide6, as the bench does
from tests.benchmarks.common import rss_mb

MB = 2**20


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


LIBC = ctypes.CDLL("libc.so.6")
LIBC.mallinfo2.restype = _MallInfo2


def pymalloc() -> tuple[float, float, float]:
    """CPython's small-object allocator: MB in arenas, in live blocks, in free blocks."""
    with tempfile.TemporaryFile("w+") as out:  # sys._debugmallocstats writes to the C stderr
        saved = os.dup(2)
        sys.stderr.flush()
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read()

    def number(label: str) -> float:
        found = re.search(rf"{label}\s+=\s+([\d,]+)", text)
        return int(found.group(1).replace(",", "")) if found else 0

    return number("arenas allocated current"), number("bytes in allocated blocks") / MB, \
        number("bytes in available blocks") / MB


def stage(name: str) -> None:
    gc.collect()
    arenas, live, free = pymalloc()
    info = LIBC.mallinfo2()
    lines = sum(len(entry[2]) for entry in __import__("linecache").cache.values() if len(entry) > 2)
    print(f"{name:>22}: RSS {rss_mb():6.1f} MB | Python arenas {arenas:4.0f} MB (live {live:5.1f}, free {free:5.1f})"
          f" | malloc {(info.arena + info.hblkhd) / MB:5.1f} MB (in use {info.uordblks / MB:5.1f}, free "
          f"{info.fordblks / MB:5.1f}) | linecache {lines} lines", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--hours", type=float, default=8.0)
    parser.add_argument("--trace", type=int, default=0, metavar="N", help="top N allocating lines of the load")
    args = parser.parse_args()
    print(f"bare Qt window (fresh process): {bench_scroll.bare_rss():.1f} MB")
    stage("imports")
    from desktop.system import qt_environment

    qt_environment.configure()  # the Qt switches the app runs with (as desktop.app.main)
    app = bench_scroll.QApplication(sys.argv[:1])  # noqa: F841  (kept alive for the whole run)
    stage("QApplication")
    if args.trace:
        tracemalloc.start()
    held: list[object] = []  # the benchmark's wire pages (all 10,000 conversations, built before the feed)
    make_pages = bench_scroll.payloads.conversation_pages
    bench_scroll.payloads.conversation_pages = lambda count: held.append(make_pages(count)) or held[-1]  # type: ignore[assignment,func-returns-value]
    pane, store, _ = bench_scroll.build(args.conversations, "app", "app")
    bench_scroll.payloads.conversation_pages = make_pages
    if args.trace:
        snapshot = tracemalloc.take_snapshot()
        tracemalloc.stop()
        for statistic in snapshot.statistics("lineno")[:args.trace]:
            print(f"    {statistic}")
        del snapshot
    stage(f"{len(store)} loaded, wire held")
    held.clear()
    stage("wire pages freed")
    if args.hours:
        bench_scroll.shift(pane, store, args.hours, 3_600)
        stage(f"after {args.hours:g} h shift")
    before = rss_mb()
    LIBC.malloc_trim(0)
    print(f"malloc_trim(0) would return {before - rss_mb():.1f} MB of free malloc memory to the system")
    pane.close()


if __name__ == "__main__":
    main()

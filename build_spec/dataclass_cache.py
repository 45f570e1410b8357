"""Write the compiled dataclass methods the frozen bundle ships (`desktop.app.dataclass_code`).

    python build_spec/dataclass_cache.py OUT [--imported LIST] MODULE [MODULE ...]

Run by the spec, from the tree being packaged and with the Python the bundle is built with (its bytecode
magic number is the cache's key): imports the modules the bundle collects and writes the methods of every
dataclass they create. A frozen app writes no bytecode, so without this file each start compiled every
dataclass's methods again. Fails when nothing was found (a bundle would silently start slower).
With `--imported LIST`, also writes the names of all the modules those imports loaded, one a line (the spec
stores them uncompressed in the bundle's archive: they are the ones a start may unpack).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str]) -> int:
    out, modules, imported = argv[0], argv[1:], None
    if modules[:1] == ["--imported"]:
        imported, modules = modules[1], modules[2:]
    import desktop.app  # noqa: F401  (installs the cache before the first dataclass of the app is made)
    from desktop.app import dataclass_code

    count = dataclass_code.write_for(modules, out)
    print(f"dataclass_cache: {count} classes' methods in {out}", file=sys.stderr)
    if imported is not None:
        Path(imported).write_text("".join(f"{name}\n" for name in sorted(sys.modules)), encoding="utf-8")
    return 0 if count else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

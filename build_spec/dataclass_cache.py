"""Write the compiled dataclass methods the frozen bundle ships (`desktop.app.dataclass_code`).

    python build_spec/dataclass_cache.py OUT MODULE [MODULE ...]

Run by the spec, from the tree being packaged and with the Python the bundle is built with (its bytecode
magic number is the cache's key): imports the modules the bundle collects and writes the methods of every
dataclass they create. A frozen app writes no bytecode, so without this file each start compiled every
dataclass's methods again. Fails when nothing was found (a bundle would silently start slower).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str]) -> int:
    out, modules = argv[0], argv[1:]
    import desktop.app  # noqa: F401  (installs the cache before the first dataclass of the app is made)
    from desktop.app import dataclass_code

    count = dataclass_code.write_for(modules, out)
    print(f"dataclass_cache: {count} classes' methods in {out}", file=sys.stderr)
    return 0 if count else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

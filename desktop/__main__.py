"""Command line entry: `python -m desktop [--demo] [--lang ar|en]`, `doctor`, `orders`, `reports`, `sandbox`.

Sub-commands are imported lazily so that starting the app pays only for what it uses.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args and not args[0].startswith("-") else None
    if command == "doctor":
        from desktop.cli.doctor import main as doctor_main

        return doctor_main(args[1:])
    if command == "orders":
        from desktop.cli.orders import main as orders_main

        return orders_main(args[1:])
    if command == "reports":
        from desktop.cli.reports import main as reports_main

        return reports_main(args[1:])
    if command == "sandbox":
        from desktop.sandbox.__main__ import main as sandbox_main

        return sandbox_main(args[1:])
    from desktop.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())

"""A local Chatwoot-compatible server for demos, training, development and tests.

It reproduces Chatwoot's Application API (as a real server answers it) for everything the client uses (paths, REST and push payload
shapes, timestamp quirks, error bodies, ActionCable), persisted in SQLite and seeded with a bilingual
(Egyptian Arabic + English) data set. Entry points:

- `python -m desktop.sandbox [--host 127.0.0.1] [--port 3000] [--db PATH] [--reset] [--simulate RATE]`
- `desktop.sandbox.testing.start_sandbox(db_path)` for tests and the demo launcher
- `desktop.sandbox.app.build_app(db_path)` for any ASGI server

The sandbox imports nothing from the client packages, and the client never imports the sandbox.
"""

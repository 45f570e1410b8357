"""A local Chatwoot-compatible server for demos, training, development and tests."""

"""Test support: in-memory keyring, sandbox fixtures."""

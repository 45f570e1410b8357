"""Keyboard shortcuts: persisted overrides, the shortcuts sheet (F1) and the rebinding settings page."""

"""Settings, credentials, paths, logging, crash handling (QtCore allowed, no widgets)."""

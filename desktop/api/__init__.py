"""I/O adapters (no Qt): the only code that knows JSON field names."""

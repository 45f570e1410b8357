"""Plain domain types: no Qt, no I/O. Everything above this layer speaks these types."""

"""Small widgets and helpers shared by several UI features (search-driven lists, read-only table
models); nothing here knows about a particular feature."""

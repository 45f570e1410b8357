"""Command-line tools for IT and support (doctor, orders lookup). Not part of the GUI layers."""

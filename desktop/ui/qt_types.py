"""Type names for Qt's item-model API, shared by the models, views and delegates."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex  # what Qt passes to data(), flags(), rowCount(), paint(), …

"""The command palette (Ctrl+K): one search box over every action and the loaded conversations."""

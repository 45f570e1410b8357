"""Categories (Chatwoot labels) in the UI: a colour-swatched, searchable, checkable picker used to
change a conversation's categories, to bulk-label a selection, and to filter the list by category."""

"""Saved replies in the UI: the composer's `/` popup, the browser (search, preview, stacking) and the
prompt for variables the app cannot fill."""

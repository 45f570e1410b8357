"""Triage dialogs (resolve with category, escalate/assign, snooze, priority, hand over) and the
controller that binds the triage actions of the action registry to them."""

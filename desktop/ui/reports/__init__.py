"""Team-lead reports window (Team → Reports): KPIs with the previous period, per-entity tables, trend chart,
CSAT, live counts and the conversation-level export."""

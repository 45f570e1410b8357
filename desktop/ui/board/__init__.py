"""The team lead's agents board: presence, open load and oldest waiting conversation per agent, with
one-key handover."""

"""Which words report an event: triggers, their clauses, and what keeps a mention from being an event."""

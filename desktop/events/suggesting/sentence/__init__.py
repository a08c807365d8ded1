"""One sentence's events: one suggestion per type, incident and place."""

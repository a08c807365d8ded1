"""When: an event's own date, the report's, and stretches of days."""

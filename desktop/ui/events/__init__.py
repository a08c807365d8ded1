"""Events: the table, filters, timeline, province map, disagreements, suggestions and the event editor."""

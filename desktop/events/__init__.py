"""Event helpers without Qt or SQL: gazetteer, dates, counts and event suggestions from text."""

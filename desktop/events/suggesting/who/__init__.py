"""How many and who: counts of people, single persons, actors and victims."""

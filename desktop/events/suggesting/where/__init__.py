"""Where: a sentence's places, their roles, and the place an event happened."""

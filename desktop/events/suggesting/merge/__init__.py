"""One suggestion per real event: merging, continuations and what is dropped."""

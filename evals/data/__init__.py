"""Gold set data and its generator."""

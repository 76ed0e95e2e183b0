"""Consumer reports of suspicious products."""

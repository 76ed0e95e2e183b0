"""Idempotency-Key: a retried write returns its first answer and creates nothing new."""

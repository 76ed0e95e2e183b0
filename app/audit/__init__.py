"""The audit trail: every write recorded append-only in a SHA-256 hash chain."""

"""Inspections: an officer's visit to a premises or place, its scans and its findings."""

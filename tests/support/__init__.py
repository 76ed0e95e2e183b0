"""Helpers and fixtures shared by test folders (import the fixtures where they are used)."""

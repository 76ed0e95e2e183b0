"""The registry: licensed operators, their premises, and the products stamps are affixed to."""

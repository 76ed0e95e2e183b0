"""Stamp orders within the licence's limits and Art. 241 orders ."""

"""Traveller allowances: Law 03/L-109 Articles 45-48 (goods in personal luggage)."""

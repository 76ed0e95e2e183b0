"""Operators' registrations in the portal and the Customs' decisions on them."""

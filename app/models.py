"""Imports every capability's models so that the metadata (and Alembic) sees the whole schema."""

from app.plugins import capability_modules

capability_modules("models")

"""Imaging: uploaded photos checked by content, codes read from them, evidence photos stored."""

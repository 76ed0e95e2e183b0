"""Detention and seizure cases: Law 03/L-109 Article 251, with review and appeal (Article 291)."""

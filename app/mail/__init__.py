"""Outgoing e-mail: mails composed in the recipient's language, a transactional outbox, and
delivery by SMTP or as .eml files (docs/mail.md)."""

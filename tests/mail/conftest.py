"""The mail tests' SMTP server (tests/support/smtp.py, shared with other folders' tests)."""

from tests.support import smtp

# A real SMTP server per test, and the suite's app pointed at it.
smtp_server, app_mail = smtp.smtp_server, smtp.app_mail

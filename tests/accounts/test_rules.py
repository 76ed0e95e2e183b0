"""The password policy (app.accounts.rules): length, repetition, common and personal passwords."""

import pytest

from app.accounts import rules


@pytest.mark.parametrize(
    ("password", "problems"),
    [
        ("correct horse battery", []),
        ("Tr0ub4dor&3x", []),
        ("demo-admin-2026", []),
        (" " * 10, ["accounts.password_too_short", "accounts.password_too_simple"]),
        ("  short  ", ["accounts.password_too_short"]),
        ("aaaaaaaaaaaa", ["accounts.password_too_simple"]),
        ("abababababab", ["accounts.password_too_simple"]),
        ("x" * 201, ["accounts.password_too_long", "accounts.password_too_simple"]),
        ("qwertyuiop", ["accounts.password_common"]),
        ("QwertyUIOP", ["accounts.password_common"]),
        ("1q2w3e4r5t", ["accounts.password_common"]),
        (" basketball ", ["accounts.password_common"]),
        ("Banderola-2026!", ["accounts.password_personal"]),
        ("jane.doe.1987", ["accounts.password_personal"]),
        ("Jane.Doe@Example.org", ["accounts.password_personal"]),
    ],
)
def test_password_problems(password, problems):
    assert rules.password_problems(password, email="jane.doe@example.org") == problems


def test_the_email_is_optional_and_its_domain_alone_is_no_problem():
    assert rules.password_problems("jane.doe.1987") == []
    assert rules.password_problems("example-org-2026", email="jane@example.org") == []


def test_the_shipped_list_is_read_once_and_lowercase():
    common = rules.common_passwords()
    assert len(common) > 19_000
    assert all(password == password.lower() for password in common)
    assert rules.common_passwords() is common

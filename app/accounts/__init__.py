"""Users, roles, login tokens and MFA."""

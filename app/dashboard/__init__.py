"""The supervisor's dashboard: verdicts, findings, cases, deadlines and inspections at a glance."""

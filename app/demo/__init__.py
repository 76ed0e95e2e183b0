"""The demo dataset: Kosovo towns, operators, stamps with known verdicts, a user per role."""

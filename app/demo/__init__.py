"""The demo dataset: real Kosovo towns, a few operators, stamps with known verdicts, one user a role."""

"""The operator's report: scans, verdicts and findings on the operator's own stamps."""

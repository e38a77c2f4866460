"""The team's records and rules in plain Python: no Qt, no SQL, no Excel."""

"""Evaluation: the gold set, metrics and the report."""

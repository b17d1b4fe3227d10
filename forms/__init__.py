"""Intake definitions, checklist rules, legal bases and the pure engine that evaluates them."""

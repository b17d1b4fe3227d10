"""Case-work services: every change to a matter goes through here and writes an audit event in
the same transaction. Functions take the caller's Session (one per user action) and return plain
ORM objects (sessions use expire_on_commit=False) or dataclasses.
"""

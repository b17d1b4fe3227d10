"""The application layer between the window or command line and the vault (design.md "Rooms").

Every change to a matter goes through here and writes an audit event in the same transaction.
The modules take the caller's Session (one per user action) and return plain ORM objects
(sessions use expire_on_commit=False) or dataclasses; `casework.workspace.Workspace` puts them
together as one façade over an unlocked vault.
"""

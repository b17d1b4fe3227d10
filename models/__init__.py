"""The vault: SQLCipher engine, key wrapping, entities, audit chain, search and case-work
services."""

"""The vault, persistence only: SQLCipher engine and sessions, key wrapping, entities, the audit
chain, the search index and the migrations runner. The use cases live in `casework`."""

"""The honour roll's search: search words and queries."""

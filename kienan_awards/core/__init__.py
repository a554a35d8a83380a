"""Records, rules and storage. Nothing in this package imports Qt."""

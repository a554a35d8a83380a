"""What the desk signs and presents: decisions, certificates and reports as content and files."""

"""Emulation movements, the targets under them and how far each has come."""

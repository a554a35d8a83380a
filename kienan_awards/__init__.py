"""Kien An Awards: the emulation and commendation desk of a local People's Committee."""

__version__ = "0.1.0"

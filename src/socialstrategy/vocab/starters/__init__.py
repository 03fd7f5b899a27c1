"""Starter texts per sector: the model texts a new plan begins with, to adapt, not to copy."""

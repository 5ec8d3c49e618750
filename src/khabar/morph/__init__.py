"""Morphology: clitic segmentation (PADT scheme), POS tags and lemmas.

Models load lazily on first use, never at import.
"""

"""Evaluation commands: each module prints metrics on gold data (``khabar evaluate NAME``)."""

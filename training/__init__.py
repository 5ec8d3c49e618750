"""Training scripts for Khabar models (run as ``python -m training.NAME``)."""

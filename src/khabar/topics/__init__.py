"""Topic classification and keyword extraction."""

"""Rule files and lexicons of tradeclaims, as data (installed as ``extractor.patterns``)."""

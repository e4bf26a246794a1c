"""The text core: a seed's bytes to a structured story, the story to escaped HTML; no Pelican here."""

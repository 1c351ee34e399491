"""Place names -> time zones, from a maintained place database."""

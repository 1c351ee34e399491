"""Adapters: the database and the chat platforms, each translating to and from the core."""

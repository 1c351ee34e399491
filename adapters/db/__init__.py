"""SQLAlchemy 2 async persistence for the coach's ports."""

"""Alembic migrations (batch mode, so one set runs on SQLite and PostgreSQL)."""

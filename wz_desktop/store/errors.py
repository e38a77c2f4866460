"""Errors the store raises, with a message for people (Chinese)."""

import sqlite3

# what SQLite itself raises (disk full, read-only file, ...): callers outside the store catch this
# name, so that only the store knows it is SQLite underneath
DatabaseFailure = sqlite3.Error


class StoreError(Exception):
    """Something about the database that a person must be told, in words they can act on."""


class DatabaseTooNew(StoreError):
    pass


class DatabaseDamaged(StoreError):
    pass


class DatabaseBusy(StoreError):
    pass

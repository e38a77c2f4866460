"""Errors the store raises, with a message for people (Chinese)."""


class StoreError(Exception):
    """Something about the database that a person must be told, in words they can act on."""


class DatabaseTooNew(StoreError):
    pass


class DatabaseDamaged(StoreError):
    pass


class DatabaseBusy(StoreError):
    pass

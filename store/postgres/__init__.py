"""The PostgreSQL backend: the same store interfaces, for several instances of the bot."""

from store.postgres.cases import PostgresCaseStore
from store.postgres.kv import PostgresKeyValueStore
from store.postgres.pool import Pool, open_pool
from store.postgres.schema import apply_migrations

__all__ = ["Pool", "PostgresCaseStore", "PostgresKeyValueStore", "apply_migrations", "open_pool"]

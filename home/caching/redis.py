"""Django's Redis cache, with one Redis client per connection pool.

Django's `RedisCacheClient.get_client()` builds a new `redis.Redis` object for
every cache call; the render cache reads several fragments per page, and building
those clients cost about as much as the reads themselves. A `redis.Redis` object
is safe to share between threads (each command takes a connection from the pool),
so this backend keeps one per pool.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisClient


class RedisCacheClient(DjangoRedisClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = super().get_client(key, write=write)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

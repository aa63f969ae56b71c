"""Caching: the anonymous page cache (`page_cache`), the render cache for what every
reader shares (`render_cache`) and the Redis cache backend (`redis`)."""

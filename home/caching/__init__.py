"""Caching: the anonymous page cache (`page_cache`) and the render cache for what every
reader shares (`render_cache`: `{% cache %}` fragments and shared data)."""

"""Caching: the anonymous page cache (`page_cache`), the render cache for what every
reader shares (`render_cache`: `{% cache %}` fragments and shared data) and Wagtail's
page view with the route kept in it (`routing`)."""

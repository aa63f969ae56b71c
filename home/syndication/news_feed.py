"""RSS feed of the news (Neuigkeiten), served by the news index at `feed/`."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

FEED_ITEMS = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "de"

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, obj):
        return obj.title

    def link(self, obj):
        return obj.url

    def description(self, obj):
        return obj.search_description or obj.title

    def items(self, obj):
        return list(obj.news(self.request)[:FEED_ITEMS])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return timezone.make_aware(
            datetime.datetime.combine(item.date, datetime.time(12, 0))
        )

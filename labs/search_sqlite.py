"""The SQLite half of `labs.search_backend`: Wagtail's SQLite FTS5 backend with
relevance ordering done once per search instead of once per candidate row.
Imported only on SQLite (the FTS table's model exists only there)."""

from collections import Counter
from operator import itemgetter

from django.db.models import CharField, Count, FloatField, Func, IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import (
    MatchExpression,
    normalize,
)
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from wagtail.search.query import MatchAll, Not

# Column weights of BM25, in the column order of the FTS table (autocomplete, body,
# title): a word in the title counts five times as much as one in the text, so
# "Lastenradverleih im Quartier" comes before pages that only mention it.
BM25_WEIGHTS = (1.0, 1.0, 5.0)


class WeightedBM25(Func):
    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        weights = ", ".join(str(weight) for weight in BM25_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class Unindexed(Func):
    """`+column`: the same value, but SQLite's planner cannot look it up in an
    index. On the content type it keeps the planner from walking every index
    entry of a type (50,000 comments) and repeating the full-text match for each;
    the match drives the query instead."""

    template = "+%(expressions)s"


class RankingMixin:
    """Adds `ranked()`: [(pk, score, content type)] of the matching objects that
    pass the queryset's filters, best first (one BM25 score per object over the
    whole query, title weighted; lower is better; ties newest pk first, as Wagtail
    orders them), and `matching()`: the queryset restricted to matches, for
    searches in the queryset's own order. Both are None for the queries Wagtail's
    compiler handles well (match all, negation); `ranked()` also without
    relevance ordering."""

    _ranked_cache = None

    def _index_query(self, config):
        query = normalize(self.query)
        if isinstance(query, MatchAll | Not):
            return None
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query(query, config=config),
        )
        content_types = get_descendants_content_types_pks(self.queryset.model)
        return (
            SQLiteFTSIndexEntry.objects.filter(match)
            .annotate(
                _content_type=Unindexed(
                    "index_entry__content_type_id", output_field=IntegerField()
                )
            )
            .filter(_content_type__in=content_types)
        )

    def ranked(self, config):
        if self._ranked_cache is None and self.order_by_relevance:
            index_query = self._index_query(config)
            if index_query is None:
                return None
            allowed = (
                self.queryset.order_by()
                .annotate(_search_pk=Cast("pk", CharField()))
                .values("_search_pk")
            )
            rows = (
                index_query.filter(index_entry__object_id__in=allowed)
                .annotate(score=WeightedBM25())
                .values_list("index_entry__object_id", "score", "_content_type")
            )
            to_python = self.queryset.model._meta.pk.to_python
            ranked = [(to_python(pk), score, ct) for pk, score, ct in rows]
            ranked.sort(key=itemgetter(0), reverse=True)
            ranked.sort(key=itemgetter(1))
            self._ranked_cache = ranked
        return self._ranked_cache

    def matching(self, config):
        """The queryset restricted to matching objects, without scores."""
        index_query = self._index_query(config)
        if index_query is None:
            return None
        return self.queryset.filter(pk__in=index_query.values("index_entry__object_id"))


class RankedSearchQueryCompiler(RankingMixin, SQLiteSearchQueryCompiler):
    pass


class RankedAutocompleteQueryCompiler(RankingMixin, SQLiteAutocompleteQueryCompiler):
    pass


class RankedSearchResults(SQLiteSearchResults):
    def _ranked(self):
        compiler = self.query_compiler
        return compiler.ranked(compiler.get_config(self.backend))

    def _matching(self):
        compiler = self.query_compiler
        matching = compiler.matching(compiler.get_config(self.backend))
        if matching is not None and not matching.query.order_by:
            matching = matching.order_by("-pk")  # as Wagtail: stable pages
        return matching

    def _do_search(self):
        ranked = self._ranked()
        if ranked is None:
            matching = self._matching()
            if matching is None:
                return super()._do_search()
            if self.prefetch_related:
                matching = matching.prefetch_related(*self.prefetch_related)
            return list(matching[self.start : self.stop])
        window = ranked[self.start : self.stop]
        if not window:
            return []
        pks = [pk for pk, _score, _ct in window]
        objects = self.query_compiler.queryset.filter(pk__in=pks)
        if self.prefetch_related:
            objects = objects.prefetch_related(*self.prefetch_related)
        by_pk = {obj.pk: obj for obj in objects}
        hits = []
        for pk, score, _ct in window:
            obj = by_pk.get(pk)
            if obj is not None:
                if self._score_field:
                    setattr(obj, self._score_field, score)
                hits.append(obj)
        return hits

    def _do_count(self):
        ranked = self._ranked()
        if ranked is None:
            matching = self._matching()
            if matching is None:
                return super()._do_count()
            return matching[self.start : self.stop].count()
        return len(ranked[self.start : self.stop])

    def facet(self, field_name):
        compiler = self.query_compiler
        if field_name == "content_type_id" and compiler.order_by_relevance:
            # The ranking knows each hit's type: counts without a second query
            # (the hits of a page search are indexed as their specific type).
            ranked = self._ranked()
            if ranked is not None:
                counts = Counter(ct for _pk, _score, ct in ranked)
                return dict(counts.most_common())
        matching = self._matching()
        if matching is None:
            return super().facet(field_name)
        if compiler._get_filterable_field(field_name) is None:
            return super().facet(field_name)  # raises Wagtail's FilterFieldError
        rows = (
            matching.order_by()
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return {row[field_name]: row["count"] for row in rows}


class RankedSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedSearchQueryCompiler
    autocomplete_query_compiler_class = RankedAutocompleteQueryCompiler
    results_class = RankedSearchResults

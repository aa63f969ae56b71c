"""The large synthetic data set of the benchmarks: hundreds of labs, thousands of
experiments and learnings, tens of thousands of comments (`manage.py
load_large_dataset`, `make bench`).

Pages are written without revisions and with a computed tree path (no per-page
validation walk), the search index is rebuilt once at the end. Everything it creates
is marked as demo content.
"""

import datetime
import itertools
import random
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from knowledge.models import EvidenceLevel, LearningKind, LearningPage
from labs.models import (
    City,
    CostBand,
    DiscussionPage,
    Effort,
    ExperimentPage,
    ExperimentStatus,
    FormatType,
    LabPage,
    LabStatus,
    Membership,
    QuarterType,
    TargetGroup,
    Theme,
    Transferability,
)

from ..caching import page_cache
from . import builders as demo

PREFIX = "Skala"
WORDS = [
    "Quartier",
    "Nachbarschaft",
    "Begegnung",
    "Beteiligung",
    "Pflege",
    "Versorgung",
    "Mobilität",
    "Ehrenamt",
    "Verwaltung",
    "Inklusion",
    "Wohnen",
    "Generationen",
    "Teilhabe",
    "Quartierstreff",
    "Sozialraum",
    "Netzwerk",
    "Verstetigung",
    "Erprobung",
    "Barrierefreiheit",
    "Digitalisierung",
]


class Progress:
    """A one-line progress bar on stdout (plain lines when not a terminal)."""

    def __init__(self, stdout, label, total):
        self.stdout, self.label, self.total = stdout, label, total
        self.done = 0
        self.started = time.monotonic()
        self.last = -1

    def step(self, n=1):
        self.done += n
        percent = int(self.done * 100 / max(self.total, 1))
        if percent // 10 != self.last // 10 or self.done == self.total:
            self.last = percent
            bar = "#" * (percent // 5)
            self.stdout.write(
                f"  {self.label:<14} [{bar:<20}] {self.done:>6}/{self.total} "
                f"({time.monotonic() - self.started:.0f} s)"
            )


class LargeDataset:
    """Builds the data set; progress goes to `stdout` (a management command's)."""

    def __init__(self, stdout, *, seed=2026):
        self.stdout = stdout
        self.seed = seed

    @staticmethod
    def loaded():
        return LabPage.objects.filter(title__startswith=PREFIX).exists()

    def load(self, sizes):
        """Creates everything in one transaction; `sizes` gives the number of
        cities, members, labs, experiments, learnings, discussions and comments.
        Returns the seconds it took."""
        self.rng = random.Random(self.seed)  # noqa: S311 (test data, not crypto)
        self.now = timezone.now()
        started = time.monotonic()
        indexed = [m for m in search_index.get_indexed_models() if m]
        for model in indexed:
            post_save.disconnect(post_save_signal_handler, sender=model)
        try:
            with transaction.atomic(), disable_reference_index_auto_update():
                self.themes = list(Theme.objects.all())
                self.groups = list(TargetGroup.objects.all())
                lab_index, _hub, discussion_index = demo.ensure_indexes()
                cities = self.make_cities(sizes["cities"])
                users = self.make_members(sizes["members"], cities)
                labs = self.make_labs(lab_index, cities, sizes["labs"])
                experiments = self.make_experiments(labs, sizes["experiments"])
                self.make_learnings(labs, experiments, sizes["learnings"])
                discussions = self.make_discussions(
                    labs, discussion_index, cities, sizes["discussions"]
                )
                self.make_comments(experiments, discussions, users, sizes["comments"])
        finally:
            for model in indexed:
                post_save.connect(post_save_signal_handler, sender=model)
        self.stdout.write(
            f"Daten angelegt in {time.monotonic() - started:.0f} s. "
            "Suchindex wird neu aufgebaut …"
        )
        call_command("update_index", verbosity=0)
        # Bulk inserts send no model signals: the anonymous page cache is stale.
        page_cache.invalidate()
        self.analyze()
        return time.monotonic() - started

    # --- helpers -----------------------------------------------------------------

    def analyze(self):
        """Fresh planner statistics after the bulk load. Without them PostgreSQL
        estimates a handful of rows per table and picks nested loops: the search
        takes five times as long until autovacuum catches up. SQLite's planner
        gets its statistics the same way."""
        self.stdout.write("Statistik für den Abfrageplaner wird erneuert …")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def text(self, words=12):
        return " ".join(self.rng.choice(WORDS) for _ in range(words))

    def add_children(self, parent, pages, label):
        """Append `pages` as children of `parent` with computed tree paths."""
        parent = Page.objects.get(pk=parent.pk)
        last = parent.get_last_child()
        position = int(last.path[-Page.steplen :], 36) if last else 0
        progress = Progress(self.stdout, label, len(pages)) if label else None
        for page in pages:
            position += 1
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, position)
            page.numchild = 0
            page.live = True
            page.is_demo = True
            page.first_published_at = page.last_published_at = self.now
            page.draft_title = page.title
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.locale_id = parent.locale_id
            page.save(clean=False)
            if progress:
                progress.step()
        Page.objects.filter(pk=parent.pk).update(numchild=position)
        return pages

    def pick_themes(self, k=2):
        return self.rng.sample(self.themes, k)

    # --- data --------------------------------------------------------------------

    def make_cities(self, count):
        self.stdout.write(f"{count} Mitgliedsstädte …")
        cities = [
            City(
                name=f"{PREFIX}stadt {i:03d}",
                slug=f"skalastadt-{i:03d}",
                population=self.rng.randint(3_000, 300_000),
                district=f"Landkreis {PREFIX} {i % 35:02d}",
                region="Stuttgart",
                is_demo=True,
            )
            for i in range(count)
        ]
        return City.objects.bulk_create(cities)

    def make_members(self, count, cities):
        self.stdout.write(f"{count} Mitglieder …")
        password = make_password(None)  # unusable: benchmark accounts log in by force
        User = get_user_model()
        users = User.objects.bulk_create(
            User(
                username=f"mitglied{i:05d}@skala.example.org",
                email=f"mitglied{i:05d}@skala.example.org",
                first_name="Mitglied",
                last_name=f"{i:05d}",
                password=password,
            )
            for i in range(count)
        )
        users = list(
            User.objects.filter(username__endswith="@skala.example.org").order_by("pk")
        )
        Membership.objects.bulk_create(
            Membership(
                user=user, city=cities[i % len(cities)], function="Sozialplanung"
            )
            for i, user in enumerate(users)
        )
        self.user_city = {
            user.pk: cities[i % len(cities)].pk for i, user in enumerate(users)
        }
        return users

    def make_labs(self, lab_index, cities, count):
        labs = [
            LabPage(
                title=f"{PREFIX}labor {i:03d}: {self.text(3)}",
                slug=f"skalalabor-{i:03d}",
                city=cities[i % len(cities)],
                teaser=self.text(25),
                quarter_name=f"Quartier {i:03d}",
                quarter_type=self.rng.choice(QuarterType.values),
                guiding_question="Wie gelingt " + self.text(6) + "?",
                primary_theme=self.rng.choice(self.themes),
                status=self.rng.choice(LabStatus.values),
                start_date=self.now.date(),
                initial_situation=f"<p>{self.text(60)}</p>",
                challenges=f"<p>{self.text(40)}</p>",
                goals=f"<ul><li>{self.text(8)}</li><li>{self.text(8)}</li></ul>",
                responsible_units="Amt für Soziales\nStadtplanungsamt",
                contact_role="Quartierskoordination",
                last_reviewed=self.now.date(),
            )
            for i in range(count)
        ]
        self.add_children(lab_index, labs, "StadtLabore")
        for lab in labs:
            lab.themes.set(self.pick_themes())
            lab.target_groups.set(self.rng.sample(self.groups, 2))
        return labs

    def spread_over_labs(self, labs, count, label, make_page):
        """`count` pages made by `make_page(i, lab)`, the labs taking turns, added
        under their labs; returned lab by lab, in the order they were added."""
        by_lab = {lab.pk: [] for lab in labs}
        for i in range(count):
            lab = labs[i % len(labs)]
            by_lab[lab.pk].append(make_page(i, lab))
        progress = Progress(self.stdout, label, count)
        pages = []
        for lab in labs:
            self.add_children(lab, by_lab[lab.pk], None)
            pages += by_lab[lab.pk]
            progress.step(len(by_lab[lab.pk]))
        return pages

    def make_experiments(self, labs, count):
        def experiment(i, lab):
            return ExperimentPage(
                title=f"{PREFIX}experiment {i:04d}: {self.text(3)}",
                slug=f"skalaexperiment-{i:04d}",
                teaser=self.text(25),
                format_type=self.rng.choice(FormatType.values),
                status=self.rng.choice(ExperimentStatus.values),
                stop_reason=self.text(10),
                hypothesis="Wir vermuten, dass " + self.text(12),
                start_date=self.now.date(),
                resources_staff="ca. 4 Std./Woche",
                cost_band=self.rng.choice(CostBand.values),
                effort=self.rng.choice(Effort.values),
                transferability=self.rng.choice(Transferability.values),
                result=f"<p>{self.text(40)}</p>",
                lab=lab,
            )

        experiments = self.spread_over_labs(labs, count, "Experimente", experiment)
        through = ExperimentPage.themes.through
        through.objects.bulk_create(
            through(experimentpage_id=e.pk, theme_id=t.pk)
            for e in experiments
            for t in self.pick_themes()
        )
        return experiments

    def make_learnings(self, labs, experiments, count):
        def learning(i, lab):
            return LearningPage(
                title=f"{PREFIX}erkenntnis {i:04d}: {self.text(8)}",
                slug=f"skalaerkenntnis-{i:04d}",
                kind=self.rng.choice(LearningKind.values),
                context_text=f"<p>{self.text(50)}</p>",
                recommendation=self.text(20),
                transferability=self.rng.choice(Transferability.values),
                evidence_level=self.rng.choice(EvidenceLevel.values),
                easy_language_summary="Eine Stadt hat etwas gelernt.",
                last_reviewed=self.now.date(),
                lab=lab,
            )

        learnings = self.spread_over_labs(labs, count, "Erkenntnisse", learning)
        themes = LearningPage.themes.through
        themes.objects.bulk_create(
            themes(learningpage_id=item.pk, theme_id=t.pk)
            for item in learnings
            for t in self.pick_themes()
        )
        evidence = LearningPage.evidence.through
        lab_experiments = {}
        for experiment in experiments:
            lab_experiments.setdefault(experiment.lab_id, []).append(experiment)
        evidence.objects.bulk_create(
            evidence(learningpage_id=item.pk, experimentpage_id=e.pk)
            for item in learnings
            for e in self.rng.sample(lab_experiments[item.lab_id], 1)
        )

    def make_discussions(self, labs, discussion_index, cities, count):
        in_labs = {lab.pk: [] for lab in labs}
        central = []
        for i in range(count):
            page = DiscussionPage(
                title=f"{PREFIX}diskussion {i:03d}: {self.text(6)}?",
                slug=f"skaladiskussion-{i:03d}",
                question=f"<p>{self.text(40)}</p>",
                started_by_city=cities[i % len(cities)],
            )
            if i % 3:
                lab = labs[i % len(labs)]
                page.lab = lab
                in_labs[lab.pk].append(page)
            else:
                central.append(page)
        self.add_children(discussion_index, central, "Diskussionen")
        for lab in labs:
            self.add_children(lab, in_labs[lab.pk], None)
        return central + list(itertools.chain.from_iterable(in_labs.values()))

    def make_comments(self, experiments, discussions, users, count):
        """Threaded comments (a comment, replies, replies to replies) spread over
        discussions and experiments; the first experiment gets exactly 200 (the
        benchmark's long thread). Written with bulk inserts, one table of the
        comment model's inheritance chain after the other, with the thread data
        (thread, parent, level, order, nested count) that django-comments-xtd
        computes for a single comment."""
        from django.contrib.contenttypes.models import ContentType
        from django_comments.models import Comment as BaseComment
        from django_comments_xtd.models import XtdComment

        from labs.models.comments import Comment, CommentStats

        if count <= 0 or not users:
            return
        long_thread = min(200, count)
        pages = [(experiments[0], long_thread)] if experiments else []
        rest = count - sum(n for _page, n in pages)
        # Discussions are busier than experiments: weights 4 : 1.
        targets = [*discussions] + list(experiments[1:])
        weights = [4.0] * len(discussions) + [1.0] * (len(targets) - len(discussions))
        spread = {}
        for page in self.rng.choices(targets, weights=weights, k=max(rest, 0)):
            spread[page.pk] = spread.get(page.pk, 0) + 1
        by_pk = {page.pk: page for page in targets}
        pages += [(by_pk[pk], n) for pk, n in spread.items()]

        types = {
            model: ContentType.objects.get_for_model(model)
            for model in (ExperimentPage, DiscussionPage)
        }
        progress = Progress(self.stdout, "Kommentare", count)
        batch = []
        for page, n in pages:
            nodes = self.thread_nodes(page, n, types[type(page)], users)
            for node in nodes:  # parent indices relative to the batch
                if node["parent"] is not None:
                    node["parent"] += len(batch)
            batch.extend(nodes)
            if len(batch) >= 5000:
                self.insert_comments(batch, BaseComment, XtdComment, Comment)
                progress.step(len(batch))
                batch = []
        if batch:
            self.insert_comments(batch, BaseComment, XtdComment, Comment)
            progress.step(len(batch))
        # Bulk inserts send no signals: the pages' comment numbers in one go.
        CommentStats.rebuild([page.pk for page, _n in pages])

    def thread_nodes(self, page, n, content_type, users):
        """n comments of one page as threads in display order (pre-order): each
        node knows the index of its parent in the list."""
        nodes = []
        day = datetime.timedelta(days=1)
        start = self.now - 300 * day
        while len(nodes) < n:
            top = len(nodes)
            nodes.append({"parent": None, "level": 0})
            # Replies: 0–3, some with a reply of their own (max. depth 3).
            for _ in range(self.rng.choice((0, 0, 1, 1, 2, 3))):
                if len(nodes) >= n:
                    break
                reply = len(nodes)
                nodes.append({"parent": top, "level": 1})
                if len(nodes) < n and self.rng.random() < 0.3:
                    nodes.append({"parent": reply, "level": 2})
        step = (self.now - start) / max(n, 1)
        for i, node in enumerate(nodes):
            user = self.rng.choice(users)
            node.update(
                page=page,
                content_type=content_type,
                user=user,
                city_id=self.user_city.get(user.pk),
                date=start + step * i,
                text=self.text(self.rng.randint(8, 60)),
                withdrawn=self.rng.random() < 0.01,
            )
        return nodes

    def insert_comments(self, nodes, base_model, xtd_model, model):
        base = base_model.objects.bulk_create(
            base_model(
                content_type=node["content_type"],
                object_pk=str(node["page"].pk),
                site_id=settings.SITE_ID,
                user=node["user"],
                user_name=node["user"].get_full_name(),
                user_email=node["user"].email,
                comment=node["text"],
                submit_date=node["date"],
                is_public=True,
                is_removed=False,
            )
            for node in nodes
        )
        # Thread data: pre-order numbering inside each thread.
        order, thread_of, nested = {}, {}, [0] * len(nodes)
        for i, node in enumerate(nodes):
            if node["parent"] is None:
                thread_of[i] = i
                order[i] = 1
                counter = {"n": 1}
                node["counter"] = counter
            else:
                thread_of[i] = thread_of[node["parent"]]
                counter = nodes[thread_of[i]]["counter"]
                counter["n"] += 1
                order[i] = counter["n"]
                ancestor = node["parent"]
                while ancestor is not None:
                    nested[ancestor] += 1
                    ancestor = nodes[ancestor]["parent"]
        xtd_rows = []
        rows = []
        for i, node in enumerate(nodes):
            pk = base[i].pk
            parent = nodes[node["parent"]] if node["parent"] is not None else None
            xtd_rows.append(
                {
                    "comment_ptr_id": pk,
                    "thread_id": base[thread_of[i]].pk,
                    "parent_id": base[node["parent"]].pk if parent else pk,
                    "level": node["level"],
                    "order": order[i],
                    "followup": False,
                    "nested_count": nested[i],
                }
            )
            rows.append(
                {
                    "xtdcomment_ptr_id": pk,
                    "page_id": node["page"].pk,
                    "author_city_id": node["city_id"],
                    "author_function": "Sozialplanung",
                    "is_editorial": False,
                    "highlighted": False,
                    "edited_at": None,
                    "withdrawn_at": node["date"] if node["withdrawn"] else None,
                    "hidden_at": None,
                    "hidden_reason": "",
                    "hidden_by_id": None,
                    "removed_reason": "",
                    "reviewed": False,
                }
            )
        insert_rows(xtd_model, xtd_rows)
        insert_rows(model, rows)


def insert_rows(model, rows):
    """Plain multi-row INSERT into the model's own table (bulk_create refuses
    models with multi-table inheritance)."""
    if not rows:
        return
    fields = {f.attname: f for f in model._meta.local_concrete_fields}
    names = list(rows[0])
    missing = set(fields) - set(names)
    if missing:
        raise ValueError(f"Spalten fehlen für {model.__name__}: {sorted(missing)}")
    quote = connection.ops.quote_name
    columns = ", ".join(quote(fields[name].column) for name in names)
    placeholders = ", ".join(["%s"] * len(names))
    table = quote(model._meta.db_table)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608
    values = [
        [fields[name].get_db_prep_save(row[name], connection) for name in names]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, values)

"""No input from anyone yields a 5xx: every URL pattern of the site (walked from the
URL resolver, Wagtail's page routing through every live page of the demo content)
and every query and form parameter the site reads (recorded during one normal
request per URL) gets a table of junk values, as a visitor, as a member and as the
Redaktion. Nothing may answer 5xx and no exception may escape.

A new route, page type or parameter is covered without editing this file: routes
come from `get_resolver()`, pages from the page tree, parameters from what the views
actually read from `request.GET` and `request.POST`."""

import itertools
import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.handlers.wsgi import WSGIRequest
from django.http import QueryDict
from django.test import Client
from django.test.client import ClientHandler
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils.regex_helper import normalize
from wagtail.models import Page, get_page_models

from home import demo

# One value per junk class is sent for each path argument and each parameter; the
# classes are rotated through their values so that every value is used somewhere.
JUNK = {
    "non-ASCII digits": ["²", "٣", "１２", "߁"],
    "huge numbers": [str(2**63), str(10**30), str(2**64 + 1)],
    "negatives and zero": ["-1", "0", "-9223372036854775809", "-0"],
    "empty values and lists": ["", ["1", "2"], ["", "x"], ","],
    "NUL and invalid UTF-8": ["\x00", "%FF%FE", "a\x00b", "%C0%AF"],
    "very long strings": ["x" * 10_000, "9" * 10_000],
    "unknown operators and field names": [
        "xor",
        "-nonexistent",
        "nope",
        "nope.Nope",
        "__proto__",
        "id__gt",
    ],
}
# Percent-encoded values are sent as they are (raw bytes after decoding).
RAW = {"%FF%FE", "%C0%AF"}

PATH_ARG = re.compile(r"%\((\w+)\)s")
ADMIN_PREFIX = "admin/"
# Logging out would end the role's session in the middle of the walk.
NOT_POSTED = {"konto:logout", "wagtailadmin_logout"}
# (URL key, method, parameter) that got every junk class, across the roles.
COVERED = set()
# Wagtail's deliberate error page for testing error reporting.
NOT_WALKED = {"wagtailadmin_error_test"}


# --- Recording which parameters a view reads -----------------------------------------


class RecordingQueryDict(QueryDict):
    """A QueryDict that remembers every key a view asks for."""

    seen = None

    def __init__(self, *args, seen=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen = seen

    def _note(self, key):
        if isinstance(key, str) and self.seen is not None:
            self.seen.add(key)

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self._note(key)
        return super().getlist(key, default)

    def copy(self):
        result = super().copy()
        result.seen = self.seen
        return result


class RecordingHandler(ClientHandler):
    def __init__(self, *args, recorder, **kwargs):
        super().__init__(*args, **kwargs)
        self.recorder = recorder

    def get_response(self, request):
        if self.recorder.active and isinstance(request, WSGIRequest):
            get = RecordingQueryDict(
                request.META.get("QUERY_STRING", ""), seen=self.recorder.get
            )
            request.GET = get
            if request.method == "POST":
                post = RecordingQueryDict("", mutable=True, seen=self.recorder.post)
                for key, values in request.POST.lists():
                    post.setlist(key, values)
                post._mutable = False
                request.POST = post
        return super().get_response(request)


class Recorder:
    def __init__(self):
        self.active = False
        self.get = set()
        self.post = set()

    def start(self):
        self.active = True
        self.get, self.post = set(), set()

    def stop(self):
        self.active = False
        return set(self.get), set(self.post)


class RecordingClient(Client):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.recorder = Recorder()
        self.handler = RecordingHandler(
            enforce_csrf_checks=False, recorder=self.recorder
        )


# --- Routes ------------------------------------------------------------------------


def walk(resolver=None, prefix="", converters=None, name_prefix=""):
    """(path format like 'mitmachen/beitrag/%(pk)s/', converters by argument,
    URL name, view) for every pattern, through all includes."""
    resolver = resolver or get_resolver()
    converters = dict(converters or {})
    for entry in resolver.url_patterns:
        own = dict(converters)
        own.update(getattr(entry.pattern, "converters", {}))
        formats = normalize(entry.pattern.regex.pattern)
        fmt = formats[0][0] if formats else ""
        if isinstance(entry, URLResolver):
            namespace = (
                f"{name_prefix}{entry.namespace}:" if entry.namespace else name_prefix
            )
            yield from walk(entry, prefix + fmt, own, namespace)
        elif isinstance(entry, URLPattern):
            name = f"{name_prefix}{entry.name}" if entry.name else ""
            yield prefix + fmt, own, name, entry.callback


def kind_of(converter):
    if converter is None:
        return "regex"
    return type(converter).__name__.replace("Converter", "").lower()


def fill(fmt, values):
    return "/" + fmt % values


# --- Junk --------------------------------------------------------------------------


def pick(cls, counter):
    values = JUNK[cls]
    return values[next(counter) % len(values)]


def path_value(value):
    if isinstance(value, list):
        return ",".join(value)
    return value if value in RAW else value.replace("/", "")


def quote_value(value):
    from urllib.parse import quote

    return value if value in RAW else quote(value, safe="")


def encode(pairs):
    """A query string or form body; RAW values go out undecoded (invalid UTF-8)."""
    return "&".join(f"{quote_value(key)}={quote_value(val)}" for key, val in pairs)


def pairs_with(params, value, base=None):
    """`base` with each name in `params` set to the junk `value` (a list repeats
    the key)."""
    pairs = [(key, val) for key, val in (base or {}).items() if key not in params]
    values = value if isinstance(value, list) else [value]
    for param in params:
        pairs += [(param, val) for val in values]
    return pairs


def api_parameters(callback, done):
    """The parameters a Wagtail API endpoint declares, and its field filters (for
    the pages endpoint those of every page type, with `type`): [(base query,
    names)]. Each field filter once per endpoint class (`done`)."""
    view = getattr(callback, "cls", None)
    known = getattr(view, "known_query_parameters", None)
    if known is None:
        return []
    names = set(known) | set(getattr(view, "find_query_parameters", ()))
    sets = [({}, names)]
    model = getattr(view, "model", None)
    models = get_page_models() if model is Page else [model] if model else []
    for each in models:
        label = f"{each._meta.app_label}.{each.__name__}"
        fields = set(view.get_available_fields(each, db_fields_only=True))
        new = {name for name in fields if (view, name) not in done}
        done.update((view, name) for name in new)
        if new:
            sets.append(({"type": label} if model is Page else {}, new))
    return sets


# --- The walk ----------------------------------------------------------------------


class Walk:
    def __init__(self, role, user, samples):
        self.role = role
        self.user = user
        self.samples = samples
        self.client = RecordingClient(raise_request_exception=True)
        self.failures = []
        self.patterns = set()
        self.params = set()
        self.requests = 0
        self.counter = itertools.count()
        self.api_fields_done = set()
        self.classes = itertools.cycle(JUNK)

    def login(self):
        if self.user is not None:
            self.client.force_login(self.user)

    def request(self, method, path, *, query=(), label=""):
        self.requests += 1
        body = encode(query)
        url = f"{path}?{body}" if body and method == "GET" else path
        try:
            if method == "GET":
                response = self.client.get(url)
            else:
                response = self.client.post(
                    url, body, content_type="application/x-www-form-urlencoded"
                )
        except Exception as error:  # noqa: BLE001
            line = f"{self.role} {method} {url[:160]} {body[:80]} {label}: {error!r}"
            self.failures.append(line[:400])
            self.login()
            return None
        if response.status_code >= 500:
            self.failures.append(
                f"{self.role} {method} {url[:160]} {body[:80]} {label}: "
                f"{response.status_code}"
            )
        return response

    def record(self, method, path, query=()):
        self.client.recorder.start()
        try:
            self.request(method, path, query=query, label="(normal)")
        finally:
            get, post = self.client.recorder.stop()
        skip = {name for name in get | post if hasattr(QueryDict, name)}
        return get - skip, post - skip

    def discover(self, path, methods, *, again=True):
        """The parameters the URL reads: during a normal request, then once more
        with each of them set (a parameter may make the view read others, such as
        `search_operator` after `search`)."""
        read = {"GET": set(), "POST": set()}
        for method in methods:
            get, post = self.record(method, path)
            read["GET"] |= get
            read["POST"] |= post
        for method in methods if again else ():
            for name in sorted(read[method]):
                get, post = self.record(method, path, [(name, "1")])
                read["GET"] |= get
                read["POST"] |= post
        read["GET"] |= read["POST"]
        return read

    def walk_url(self, key, path, methods, *, full=True, callback=None, classes=None):
        """Record the parameters of one URL, then send junk in each of them: one
        parameter at a time (full), or all of them at once, one value of every
        junk class (or of `classes`) each."""
        self.patterns.add(key)
        self.login()
        read = self.discover(path, methods, again=full)
        sets = [({}, read)]
        # The read API is anonymous (no session, no login): the visitor's walk
        # covers its parameters for everyone.
        declared = api_parameters(callback, self.api_fields_done) if full else []
        for base, names in declared if self.user is None else []:
            sets.append((base, {"GET": names, "POST": set()}))
        for base, by_method in sets:
            for method in methods:
                names = sorted(by_method[method])
                if not names:
                    continue
                self.params.update((key, method, name) for name in names)
                # A parameter gets every junk class once in the module (the first
                # role that reads it); later roles send all of a URL's parameters
                # at once with one junk class (a role may read them differently).
                new = [name for name in names if (key, method, name) not in COVERED]
                COVERED.update((key, method, name) for name in new)
                old = [name for name in names if name not in new]
                groups = [([name], classes or JUNK) for name in new] if full else []
                if not full and new:
                    groups.append((new, classes or JUNK))
                if old:
                    groups.append((old, [next(self.classes)]))
                for group, group_classes in groups:
                    for cls in group_classes:
                        value = pick(cls, self.counter)
                        self.request(
                            method,
                            path,
                            query=pairs_with(group, value, base),
                            label=f"[{','.join(group)[:60]}={cls}]",
                        )
                    self.login()
        # Repeated keys and unknown, undecodable names on every URL.
        self.request(
            "GET",
            path,
            query=[("seite", "1"), ("seite", "2"), ("%FF%FE", "\x00"), ("nope", "xor")],
        )

    def walk_pattern(self, fmt, converters, name, callback, admin):
        args = PATH_ARG.findall(fmt)
        methods = ("GET",) if admin or name in NOT_POSTED else ("GET", "POST")
        key = ("route", fmt)
        self.patterns.add(key)
        valid = list(self.samples.valid(args, converters, admin)) if args else [{}]
        # Valid values (from the demo content) to learn the parameters ...
        for values in valid[:1] if admin else valid:
            self.walk_url(
                key, fill(fmt, values), methods, full=not admin, callback=callback
            )
        # ... and junk in every path argument, one class after another.
        self.login()
        for arg in args:
            for cls in JUNK:
                values = dict(valid[0])
                values[arg] = path_value(pick(cls, self.counter))
                path = fill(fmt, values)
                for method in methods:
                    self.request(method, path, label=f"[<{arg}>={cls}]")

    def walk_pages(self, pages):
        """Wagtail's page routing: every live page with its parameters; every junk
        class in every parameter on the first page of each type."""
        seen = set()
        classes = itertools.cycle(JUNK)
        for page in pages:
            path = page.relative_url(page.get_site())
            if path is None:
                continue
            first = type(page) not in seen
            seen.add(type(page))
            key = ("page", type(page).__name__)
            if first:
                self.walk_url(key, path, ("GET", "POST"))
                for cls in JUNK:
                    junk = path_value(pick(cls, self.counter))
                    self.request("GET", f"{path}{quote_value(junk)}/", label=f"[{cls}]")
            else:
                # The other pages of the type: all their parameters at once, with
                # one junk class after another.
                self.walk_url(
                    key, path, ("GET", "POST"), full=False, classes=[next(classes)]
                )


class Samples:
    """Valid path values from the demo content, per converter kind."""

    def __init__(self):
        from labs.models import Comment, LabPage, Theme

        discussion = Comment.objects.order_by("pk").first()
        event = Page.objects.filter(content_type__model="eventpage", live=True).first()
        lab = LabPage.objects.live().first()
        home = demo.get_home()
        self.ints = [
            str(discussion.page_id),
            str(discussion.pk),
            str(event.pk if event else home.pk),
            str(lab.pk),
        ]
        self.admin_ints = [str(home.pk), str(lab.pk)]
        self.slugs = [Theme.objects.first().slug, lab.city.slug, lab.slug]

    def choices(self, arg, kind, admin):
        if kind == "int" or arg == "pk" or arg.endswith(("_pk", "_id")):
            return self.admin_ints if admin else self.ints
        if kind in ("slug", "str", "path", "regex"):
            return self.slugs
        return ["1"]

    def valid(self, args, converters, admin):
        lists = [self.choices(arg, kind_of(converters.get(arg)), admin) for arg in args]
        width = max(len(values) for values in lists)
        for index in range(width):
            yield {
                arg: values[index % len(values)]
                for arg, values in zip(args, lists, strict=True)
            }


# --- Fixtures and tests ------------------------------------------------------------


@pytest.fixture
def walk_settings(settings):
    """No rate limits (they would hide what comes after them) and no log lines for
    the thousands of expected 404s."""
    import logging

    quiet = [logging.getLogger(name) for name in ("django.request", "django.security")]
    levels = [logger.level for logger in quiet]
    for logger in quiet:
        logger.setLevel(logging.CRITICAL)
    settings.API_RATE_LIMIT = "100000/minute"
    settings.RATE_LIMITS = {}
    settings.AXES_ENABLED = False
    yield
    for logger, level in zip(quiet, levels, strict=True):
        logger.setLevel(level)


def pages_to_walk():
    """Every live page of the site, the most specific class each."""
    home = demo.get_home()
    return list(Page.objects.live().descendant_of(home, inclusive=True).specific())


ROLES = {
    "visitor": None,
    "member": "sozialplanung.schlehenbronn@example.org",
    "redaktion": "redaktion@example.org",
}


def run_walk(role):
    email = ROLES[role]
    user = get_user_model().objects.get(username=email) if email else None
    walker = Walk(role, user, Samples())
    started = time.monotonic()
    routes = list(walk())
    for fmt, converters, name, callback in routes:
        admin = fmt.startswith(ADMIN_PREFIX)
        if admin and role != "redaktion":
            # Visitors and members meet the admin's login redirect: one junk path
            # each is enough to show that the redirect holds.
            walker.patterns.add(("route", fmt))
            args = PATH_ARG.findall(fmt)
            values = {
                arg: path_value(pick("huge numbers", walker.counter)) for arg in args
            }
            walker.request("GET", fill(fmt, values), label="(admin)")
            continue
        if name in NOT_WALKED:
            walker.patterns.add(("route", fmt))
            continue
        walker.walk_pattern(fmt, converters, name, callback, admin)
    pages = pages_to_walk()
    walker.walk_pages(pages)
    return walker, routes, pages, time.monotonic() - started


def report(walker, routes, pages, seconds):
    page_types = {type(page) for page in pages}
    print(  # noqa: T201 (the coverage figures belong in the test log)
        f"\n{walker.role}: {len(routes)} URL-Muster, {len(pages)} Seiten "
        f"({len(page_types)} Seitentypen), {len(walker.params)} Parameter, "
        f"{walker.requests} Anfragen in {seconds:.0f} s, "
        f"{len(walker.failures)} Fehler"
    )


@pytest.mark.parametrize("role", list(ROLES))
def test_no_junk_input_yields_a_server_error(role, demo_content, db, walk_settings):
    walker, routes, pages, seconds = run_walk(role)
    report(walker, routes, pages, seconds)
    route_keys = {("route", route[0]) for route in routes}
    assert route_keys <= walker.patterns
    assert {type(page) for page in pages} >= {
        model for model in get_page_models() if model.objects.live().exists()
    } - {Page}
    assert not walker.failures, "\n".join(walker.failures[:80])

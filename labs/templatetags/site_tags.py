"""Template tags for the site's layout: main navigation, breadcrumb, footer links,
query strings for filters and pagination, and small display helpers.

The navigation, the breadcrumb and the footer links together cost one query per
request (cached on the request), independent of how many pages the site has.
"""

import re
from dataclasses import is_dataclass

from django import template
from django.apps import apps
from django.db.models import Q
from django.forms import BaseForm
from django.forms.formsets import BaseFormSet
from django.http import QueryDict
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from labs import extensions
from labs.discussions.comments import viewer_for
from labs.queries import page_lab

register = template.Library()

# Legal and service pages in the footer: ContentPages directly below the start page.
FOOTER_LINKS = [
    ("impressum", _("Impressum")),
    ("datenschutz", _("Datenschutz")),
    ("barrierefreiheit", _("Erklärung zur Barrierefreiheit")),
    ("leichte-sprache", _("Leichte Sprache")),
    ("nutzungsbedingungen", _("Nutzungsbedingungen")),
]
FOOTER_SLUGS = [slug for slug, _label in FOOTER_LINKS]


def _site_root(request):
    """The start page of the current Site. Page views have it already: Wagtail's
    `serve` view caches the Site on the request and follows `root_page` on it."""
    site = Site.find_for_request(request) if request is not None else None
    return site.root_page if site is not None else None


def _layout(request, page=None):
    """Everything the header, breadcrumb and footer need, in ONE query, cached on
    the request: the start page's children (navigation and footer pages) and the
    ancestors of `page` (breadcrumb). The ancestors' paths follow from the page's
    own materialised path, so no tree walk is needed."""
    if request is None:
        return {"root": None, "children": [], "ancestors": []}
    page_path = getattr(page, "path", "") or ""
    cached = getattr(request, "_site_layout", None)
    if cached is not None and cached[0] == page_path:
        return cached[1]
    root = _site_root(request)
    layout = {"root": root, "children": [], "ancestors": []}
    if root is not None:
        steplen = Page.steplen
        ancestor_paths = []
        if page_path.startswith(root.path) and len(page_path) > len(root.path):
            ancestor_paths = [
                page_path[:length]
                for length in range(len(root.path), len(page_path), steplen)
            ]
        pages = Page.objects.filter(
            Q(depth=root.depth + 1, path__startswith=root.path)
            | Q(path__in=ancestor_paths)
        ).order_by("path")
        for candidate in pages:
            if candidate.path in ancestor_paths:
                layout["ancestors"].append(candidate)
            if candidate.depth == root.depth + 1 and candidate.live:
                layout["children"].append(candidate)
    request._site_layout = (page_path, layout)
    return layout


def _nav_children(layout):
    """Children of the start page for the main navigation: all live children but
    the footer pages (unless an editor ticked "show in menus" for one of them)."""
    return [
        child
        for child in layout["children"]
        if child.slug not in FOOTER_SLUGS or child.show_in_menus
    ]


@register.inclusion_tag("tags/main_nav.html", takes_context=True)
def main_nav(context):
    """`<nav aria-label="Hauptnavigation">`: start page plus the site root's children.
    The current page gets aria-current="page", the section it belongs to
    aria-current="true"."""
    request = context.get("request")
    current = context.get("page")
    current_path = getattr(current, "path", "") or ""
    layout = _layout(request, current)
    root = layout["root"]
    items = []
    if root is not None:
        items.append(
            {
                "title": _("Startseite"),
                "url": root.get_url(request),
                "current": "page" if current_path == root.path else "",
            }
        )
        for child in _nav_children(layout):
            if current_path == child.path:
                state = "page"
            elif current_path.startswith(child.path):
                state = "true"
            else:
                state = ""
            items.append(
                {"title": child.title, "url": child.get_url(request), "current": state}
            )
    return {"items": items}


@register.simple_tag(takes_context=True)
def section_page(context, model_label):
    """The first live child of the start page of the given type
    ("labs.LabIndexPage"), from the cached layout query, or None."""
    model = apps.get_model(model_label)
    layout = _layout(context.get("request"), context.get("page"))
    for child in layout["children"]:
        if child.specific_class is model:
            return child
    return None


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context, page):
    """Ancestors of `page` from the start page down (without the tree root), from
    the cached layout query. Empty on the start page itself."""
    return _layout(context.get("request"), page)["ancestors"]


@register.inclusion_tag("tags/footer_links.html", takes_context=True)
def footer_links(context):
    """Links to the legal pages that exist (live ContentPages with the known slugs
    directly under the start page), in a fixed order, from the cached layout query."""
    request = context.get("request")
    layout = _layout(request, context.get("page"))
    content_page = extensions.legal_page_model()
    pages = {
        child.slug: child
        for child in layout["children"]
        if child.slug in FOOTER_SLUGS and child.specific_class is content_page
    }
    return {
        "links": [
            {"title": label, "url": pages[slug].get_url(request)}
            for slug, label in FOOTER_LINKS
            if slug in pages
        ]
    }


# The lab of a page inside a lab, with its city, in one query (labs.queries).
register.simple_tag(page_lab, name="page_lab")


@register.simple_tag
def query_string(request, **kwargs):
    """The current query string with some parameters replaced, e.g.
    `{% query_string request seite=3 %}` → "?stadt=filsingen&seite=3".
    A value of None or "" removes the parameter."""
    params = request.GET.copy() if request is not None else QueryDict(mutable=True)
    for key, value in kwargs.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def page_range(page_obj):
    """Page numbers for the pagination, with gaps for long listings:
    a list of {"number": n} and {"gap": True} items."""
    paginator = page_obj.paginator
    return [
        {"gap": True} if number == paginator.ELLIPSIS else {"number": number}
        for number in paginator.get_elided_page_range(
            page_obj.number, on_each_side=2, on_ends=1
        )
    ]


@register.filter
def verbose_name(page):
    """The German type label of a page ("StadtLabor", "Experiment" …)."""
    model = getattr(page, "specific_class", None) or type(page)
    return model._meta.verbose_name


@register.filter
def teaser(page, length=40):
    """A short plain-text description for result lists: the page's teaser, its
    intro, its search description or its recommendation, shortened to `length` words.
    Uses only fields already loaded on the object."""
    for field in ("teaser", "intro", "search_description", "recommendation"):
        value = getattr(page, field, "")
        if value:
            text = strip_tags(str(value)).strip()
            if text:
                return Truncator(text).words(int(length), truncate=" …")
    return ""


@register.filter
def lines(value):
    """The non-empty lines of a plain-text field, for fields edited "one per line"."""
    if not value:
        return []
    return [line.strip() for line in str(value).splitlines() if line.strip()]


_HEADING_RE = re.compile(r"<h([1-6])[\s>]", re.IGNORECASE)


@register.simple_tag
def stream_blocks(stream, level=1):
    """Pair each block of a StreamField with the heading level a block's own
    heading (callout title) should use, so that headings never skip a level:
    one below the last heading before it (`level` is the heading the stream
    follows, 1 when it comes right after the h1).

    Usage::

        {% stream_blocks page.body level=2 as blocks %}
        {% for item in blocks %}
            {% include_block item.block with heading_level=item.level %}
        {% endfor %}
    """
    last = int(level)
    result = []
    for block in stream or []:
        result.append({"block": block, "level": min(last + 1, 6)})
        name = block.block_type
        if name == "heading":
            last = 3 if block.value.get("level") == "h3" else 2
        elif name == "paragraph":
            source = getattr(block.value, "source", block.value)
            found = _HEADING_RE.findall(str(source))
            if found:
                last = int(found[-1])
    return result


@register.simple_tag(takes_context=True)
def shows_userbar(context):
    """Whether Wagtail's user bar belongs on this page: only for people who may
    open the admin. Members and visitors skip it, and with it the two permission
    queries Wagtail's own check would cost on every page."""

    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    return viewer_for(request).can_access_admin


def _shows_errors(value):
    # type(), not isinstance(): isinstance() asks a lazy object for its __class__
    # and so evaluates it (the CSRF token, which would set a cookie for visitors).
    kind = type(value)
    if issubclass(kind, BaseForm):
        return value.is_bound and bool(value.errors)
    if issubclass(kind, BaseFormSet):
        return value.is_bound and value.total_error_count() > 0
    return False


@register.simple_tag(takes_context=True)
def error_title_prefix(context):
    """„Fehler: “ before the page title while a form on the page shows errors, so
    that screen-reader users hear it first (WCAG 3.3.1). Looks at every form and
    formset in the context and at the fields of dataclasses in it (such as the
    discussion with its comment form); lazy values are never evaluated."""
    for value in context.flatten().values():
        inner = vars(value).values() if is_dataclass(type(value)) else ()
        if _shows_errors(value) or any(_shows_errors(item) for item in inner):
            return _("Fehler: ")
    return ""

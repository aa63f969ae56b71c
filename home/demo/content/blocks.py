"""Helpers that write the values of the BodyBlock StreamField in the demo content:
`h2("…")` instead of `("heading", {"text": "…", "level": "h2"})`."""


def h2(text):
    return ("heading", {"text": text, "level": "h2"})


def h3(text):
    return ("heading", {"text": text, "level": "h3"})


def p(html):
    return ("paragraph", html)


def callout(kind, title, html):
    """kind: "info" (Hinweis), "tip" (Tipp aus der Praxis), "warning" (Stolperstein)."""
    return ("callout", {"kind": kind, "title": title, "text": html})


def quote(text, author=""):
    return ("quote", {"text": text, "author": author})


def image(key, alt_text, caption=""):
    """An image block; `key` names an entry of IMAGES (resolved by the loader)."""
    return (
        "image",
        {
            "image": key,
            "alt_text": alt_text,
            "caption": caption,
            "credit": "Grafik: computergeneriertes Beispielbild",
        },
    )


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"

"""Every CSV the site writes, safe to open in a spreadsheet (OWASP, CSV injection).

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or their
full-width forms) is a formula for Excel, LibreOffice and Google Sheets: a
participant's note `=HYPERLINK("http://…")` would become a link that sends data
away. Such cells get a leading `'` (shown as text, the `'` is not displayed by
spreadsheets), and every field is quoted.

- `writer()` is the CSV writer of our own exports (participant list, open data);
- `SpreadsheetExportMiddleware` passes Wagtail's CSV exports (`?export=csv`:
  reports, ModelViewSet/SnippetViewSet with `list_export`, wagtail-modeladmin, form
  submissions) through the same rule. Their XLSX exports already store formulas as
  text.
"""

import codecs
import csv
import io

from django.http import HttpResponse

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value):
    """The cell as text that no spreadsheet reads as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


class SafeWriter:
    """`csv.writer` with every cell passed through `safe_cell` and quoted."""

    def __init__(self, file, **fmtparams):
        fmtparams.setdefault("quoting", csv.QUOTE_ALL)
        self._writer = csv.writer(file, **fmtparams)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(file, **fmtparams):
    return SafeWriter(file, **fmtparams)


def http_response(filename, content=b"", content_type="text/csv; charset=utf-8"):
    """The response of one of our exports, written with `writer()` (the middleware
    leaves it as it is)."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.csv_written_safely = True
    return response


def _lines(chunks, encoding):
    """Text lines (with their line ends) from a response's byte chunks."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    pending = ""
    for chunk in chunks:
        pending += decoder.decode(chunk if isinstance(chunk, bytes) else chunk.encode())
        *complete, pending = pending.split("\n")
        for line in complete:
            yield line + "\n"
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending


def rewrite(chunks, encoding="utf-8", **fmtparams):
    """A CSV stream (bytes chunks, one dialect) written again with safe cells."""
    buffer = io.StringIO()
    out = writer(buffer, **fmtparams)
    for record in csv.reader(_lines(chunks, encoding), **fmtparams):
        out.writerow(record)
        yield buffer.getvalue().encode(encoding)
        buffer.seek(0)
        buffer.truncate()


class SpreadsheetExportMiddleware:
    """Wagtail's CSV exports (requested with `?export=csv`, written by its
    `SpreadsheetExportMixin` with the csv module's default dialect) through
    `safe_cell`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.GET.get("export") != "csv"
            or not response.get("Content-Type", "").startswith("text/csv")
            or getattr(response, "csv_written_safely", False)
        ):
            return response
        if response.streaming:
            response.streaming_content = rewrite(response.streaming_content)
        else:
            response.content = b"".join(rewrite([response.content]))
        return response

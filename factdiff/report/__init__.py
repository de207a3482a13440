"""Stage 6, report: render a Report as text, JSON or a side-by-side HTML page; reporters know nothing of how findings were found."""

from factdiff.report.html import render_html
from factdiff.report.json import render_json
from factdiff.report.text import render_text

RENDERERS = {"text": render_text, "json": render_json, "html": render_html}

__all__ = ["RENDERERS", "render_html", "render_json", "render_text"]

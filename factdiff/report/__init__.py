"""Stage 6, report: render a Report as text or JSON; reporters know nothing of how findings were found."""

from factdiff.report.json import render_json
from factdiff.report.text import render_text

RENDERERS = {"text": render_text, "json": render_json}

__all__ = ["RENDERERS", "render_json", "render_text"]

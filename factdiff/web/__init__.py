"""factdiff's web app (`factdiff serve`): the HTTP API and a page with the side-by-side view.

This module holds only the defaults, so that the command line can show them without importing the web stack.
"""

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_BODY_BYTES = 2_000_000
DEFAULT_TIMEOUT_S = 60.0

"""factdiff's web app (`factdiff serve`): the HTTP API and a page with the side-by-side view.

This module holds only the defaults, so that the command line can show them without importing the web stack.
"""

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_BODY_BYTES = 2_000_000
DEFAULT_TIMEOUT_S = 60.0
DEFAULT_READ_TIMEOUT_S = 30.0
MAX_CONNECTIONS = 512  # open at once; well under the usual limit of 1,024 open files a process
# the names a server on this machine answers to; `factdiff serve --allow-host` adds others
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")

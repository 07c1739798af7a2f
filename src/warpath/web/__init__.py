"""warpath's web face: a dashboard and a REST API over the store and the pipeline (`warpath serve`).

:func:`create_app` builds the FastAPI application; :mod:`.api` is the REST API
under ``/api/``, :mod:`.pages` the server-rendered pages, :mod:`.db` how both
reach the database (one read-only connection, a brief writer), :mod:`.security`
the token rule and the guards.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]

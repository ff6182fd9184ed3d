"""The JSON API and the dashboard, served by ``sahelwatch serve``: a thin shell over the store's queries
and the analyses. :func:`create_app` builds the ASGI application for one database file."""

from .app import create_app

__all__ = ["create_app"]

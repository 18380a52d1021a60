"""The record in a browser: a JSON API over the store's queries and a page that shows the process as a
timeline, an actor network, a map, figure series, positions and quotes, each fact linked to its sentence."""

from parley.web.app import create_app

__all__ = ["create_app"]

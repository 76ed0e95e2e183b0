"""The drills' gunicorn (ops/drills.py), for the tests of the real server."""

from ops.drills import ROOT, Server, free_port

__all__ = ["ROOT", "Server", "free_port"]

"""Optional imports: capabilities plug in by having a module of a given name."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def optional_import(name: str) -> ModuleType | None:
    """The module, or None when it (or its package) does not exist; other errors propagate."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and name.startswith(exc.name):
            return None
        raise


def capability_modules(module: str) -> list[ModuleType]:
    """`app.<capability>.<module>` for every capability package that has one."""
    import app

    found = []
    for info in pkgutil.iter_modules(app.__path__):
        if info.ispkg and (loaded := optional_import(f"app.{info.name}.{module}")) is not None:
            found.append(loaded)
    return found

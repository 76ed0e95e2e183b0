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


def capability_modules(module: str, *, prefix: bool = False) -> list[ModuleType]:
    """`app.<capability>.<module>` for every capability package that has one.

    With `prefix`, every module whose name starts with `module` (`messages`, `messages_cases`).
    """
    import app

    found = []
    for info in pkgutil.iter_modules(app.__path__):
        if not info.ispkg:
            continue
        if prefix:
            package = importlib.import_module(f"app.{info.name}")
            names = [
                sub.name
                for sub in pkgutil.iter_modules(package.__path__)
                if sub.name.startswith(module)
            ]
        else:
            names = [module]
        for name in names:
            loaded = optional_import(f"app.{info.name}.{name}")
            if loaded is not None:
                found.append(loaded)
    return found

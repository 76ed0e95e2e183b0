"""The manuals: Markdown files `texts/<role>.<lang>.md`, rendered to HTML once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from markdown_it import MarkdownIt

from app.errors import NotFound
from app.i18n import LANGUAGES

TEXTS = Path(__file__).parent / "texts"
# One guide per role of the application; consumers do not sign in, so theirs is public.
ROLES = ("consumer", "officer", "supervisor", "operator", "admin")
PUBLIC_ROLES = frozenset({"consumer"})
# CommonMark without raw HTML: a manual's text is escaped, never run as markup.
_RENDERER = MarkdownIt("commonmark", {"html": False})


@cache
def manual(role: str, lang: str) -> dict:
    """`{"role", "lang", "title", "html", "markdown"}`; NotFound for an unknown role or
    language."""
    if role not in ROLES or lang not in LANGUAGES:
        raise NotFound("manual")
    source = (TEXTS / f"{role}.{lang}.md").read_text(encoding="utf-8")
    title = next((line[2:].strip() for line in source.splitlines() if line.startswith("# ")),
                 role)
    return {"role": role, "lang": lang, "title": title, "html": _RENDERER.render(source),
            "markdown": source}


def index(lang: str) -> list[dict]:
    """Each role's guide in `lang`: its role, title and whether it needs a sign-in."""
    return [{"role": role, "lang": lang, "title": manual(role, lang)["title"],
             "public": role in PUBLIC_ROLES} for role in ROLES]

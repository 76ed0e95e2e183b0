"""One word per concept (docs/glossary.md): none of the words the glossary rules out appears in
any catalogue, in the language it is ruled out for: the PWA's strings, every API and mail
message, and the texts of the case PDFs and the public board."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.i18n import catalogue
from app.seizures.document_texts import TEXTS

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "docs" / "glossary.md"
COLUMN = {"en": 0, "sq": 1, "sr": 2}
# Prints the PWA's STRINGS as JSON, read the way pwa/tools/check.mjs reads them.
PWA_STRINGS = """
const source = require('fs').readFileSync(process.argv[1], 'utf8');
const body = source.slice(source.indexOf('const STRINGS =') + 15).trim().replace(/;\\s*$/, '');
process.stdout.write(JSON.stringify(new Function(`return ${body}`)()));
"""


def ruled_out() -> list[tuple[str, str]]:
    """(language, pattern) of each row of the glossary's table "Words we do not use"."""
    section = GLOSSARY.read_text(encoding="utf-8").split("## Words we do not use", 1)[1]
    return re.findall(r"^\| (sq|sr|en) \| `([^`]+)` \|", section, re.MULTILINE)


def _texts(entry) -> list[str]:
    return list(entry.values()) if isinstance(entry, dict) else [entry]


def pwa_texts(lang: str) -> dict[str, str]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed to read the PWA's strings (make install-dev)")
    run = subprocess.run([node, "-e", PWA_STRINGS, str(ROOT / "pwa" / "js" / "i18n.js")],
                         capture_output=True, text=True, check=True)
    return {f"pwa {key} ({form})": text
            for key, columns in json.loads(run.stdout).items()
            for form, text in enumerate(_texts(columns[COLUMN[lang]]))}


def every_text(lang: str) -> dict[str, str]:
    return {
        **{f"message {key}": texts[lang] for key, texts in catalogue().items()},
        **{f"document text {key}": texts[lang] for key, texts in TEXTS.items()},
        **pwa_texts(lang),
    }


def test_the_glossary_rules_words_out_in_albanian_and_serbian():
    languages = {lang for lang, _ in ruled_out()}
    assert {"sq", "sr"} <= languages
    for _lang, pattern in ruled_out():
        re.compile(pattern)


@pytest.mark.parametrize("lang", ["sq", "sr", "en"])
def test_no_catalogue_uses_a_word_the_glossary_rules_out(lang):
    patterns = [re.compile(p, re.IGNORECASE) for language, p in ruled_out() if language == lang]
    found = [f"{where}: {match.group(0)!r} in {text!r}"
             for where, text in every_text(lang).items()
             for pattern in patterns if (match := pattern.search(text))]
    assert found == []

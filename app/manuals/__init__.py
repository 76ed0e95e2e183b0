"""User guides per role in Albanian, Serbian and English (seeds/000: "manuals ... offered in
Albanian, English, and Serbian"), written in Markdown and served as HTML."""

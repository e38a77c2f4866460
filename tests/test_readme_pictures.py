"""The README's pictures exist (make screenshots renumbers them; a link left behind is a broken picture)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_picture_the_readme_shows_or_links_exists():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    links = set(re.findall(r"\((docs/screenshots/[^)\s]+\.png)\)", text))
    assert len(links) > 20
    assert sorted(link for link in links if not (ROOT / link).is_file()) == []

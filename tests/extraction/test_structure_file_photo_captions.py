"""Page structure: a caption under an archive photo ("File photo", "Photo d'archives", "Photo by ...") is page
furniture, not the story, whatever day it names (sentences written for these tests)."""

import pytest

from sahelwatch.extraction.structure import layout


@pytest.mark.parametrize("lang,caption,story", [
    ("en", "Soldiers patrol the scene of an attack in Gao on May 3, 2019. File photo AFP.",
     "Gunmen killed six traders on Sunday near the market of Gao, residents said."),
    ("en", "A burnt truck on the road to Boni. Photo by a local resident.",
     "Militants ambushed a convoy on Tuesday near Boni, killing four drivers."),
    ("fr", "Des soldats maliens à Sévaré en mars 2019. Photo d'archives.",
     "Des hommes armés ont tué six commerçants dimanche près du marché de Gao."),
])
def test_an_archive_photo_caption_is_furniture_not_the_story(events, lang, caption, story):
    text = f"{caption}\n\n{story}"
    page = layout(text, lang)
    assert [b.kind for b in page.blocks if b.start == 0] == ["caption"]
    got = events(text, lang)
    assert len(got) == 1
    assert got[0].sentence_span[0] == text.index(story)

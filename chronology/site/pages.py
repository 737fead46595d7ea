"""The MkDocs page of a generated page: its body comes from our templates, so no Markdown is converted.

A generated page's Markdown is front matter only (its title); MkDocs would still build a Python-Markdown
converter with every configured extension for each page to turn that nothing into an empty body, which at ten
thousand articles cost seconds. MkDocs lets a plugin set ``File.page`` to a subclass of ``Page`` before the nav
is built (mkdocs-material's blog does the same); this one leaves exactly what that conversion left (an empty
body, no table of contents, no anchors), and the plugin fills the body in ``on_page_content`` as before.
"""

from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

log = logging.getLogger("mkdocs.structure.pages")  # whose level decides whether MkDocs records links


class GeneratedPage(Page):
    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        if self.markdown.strip():
            # Not front matter only (another plugin wrote into it): convert it as MkDocs would.
            super().render(config, files)
            return
        self.content = ""
        self.toc = get_toc([])
        self._title_from_render = None
        self.present_anchor_ids = set()
        if log.getEffectiveLevel() > logging.DEBUG:
            self.links_to_anchors = {}

    # A long chronology's overview stands alone in the nav once its section is flattened; it is then a page
    # among its siblings, not their section's index (material's navigation.indexes takes any index page).
    standalone: bool = False

    @property
    def is_index(self) -> bool:
        return super().is_index and not self.standalone

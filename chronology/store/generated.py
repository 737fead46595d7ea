"""The build's record in a chronology file (the ``generated`` map), as the merge reads and writes it.

What each line says is :mod:`chronology.store.record`'s business; here a line as the build writes it stays text
until the merge looks at it (most are never looked at when a few articles are added), and the map is written
back, in order, only where the record changed.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap

from chronology.store import comments
from chronology.store.record import CANONICAL, Fingerprint

GENERATED_NOTE = (
    "The build's record of what it generated (hashes of each field), so that it can tell your edits\n"
    "from its own. Leave it as it is; an event whose id is listed here but missing above counts as deleted."
)


class BuildRecord(dict[str, Fingerprint | str]):
    """The record by event id: a :class:`Fingerprint`, or the text of one not looked at yet."""

    def __init__(self, generated: Any) -> None:
        """``generated``: the map as read. A line not as the build writes it is read now, so that its text
        (``self.text``: each line as read) is as it will be written."""
        super().__init__()
        self.text: dict[str, str] = {}
        for key, value in (generated or {}).items():
            key = str(key)
            if type(value) is str and CANONICAL.fullmatch(value):
                self[key] = self.text[key] = value
            else:
                fingerprint = self[key] = Fingerprint.parse(value)
                self.text[key] = str(fingerprint)

    def fingerprint(self, event_id: str) -> Fingerprint | None:
        """The record of an event, read from its text when first asked for."""
        value = self.get(event_id)
        if type(value) is str:
            value = self[event_id] = Fingerprint.parse(value)
        return value

    def write(self, data: CommentedMap) -> bool:
        """Write the record into the ``generated`` map of ``data``; whether it changed (or the map is new)."""
        texts = {key: value if type(value) is str else str(value) for key, value in self.items()}
        if texts == self.text and ("generated" in data or not texts):
            return False
        generated = data.get("generated")
        if not isinstance(generated, CommentedMap):
            generated = CommentedMap()
            keys = list(data)
            after = "deleted" if "deleted" in keys else "events"
            data.pop("generated", None)
            data.insert(keys.index(after) + 1, "generated", generated)
            comments.add_note_before(data, "generated", GENERATED_NOTE)
        elif generated.fa.flow_style():
            generated.fa.set_block_style()
        for key in [key for key in generated if str(key) not in texts]:
            del generated[key]
        for key in sorted(texts):
            if str(generated.get(key)) != texts[key]:
                generated[key] = texts[key]
        return True

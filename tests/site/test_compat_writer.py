"""A writer a plugin gives through Pelican's ``get_writer`` writes the site, in every process."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

import pytest
from pelican import signals
from sitekit import PROJECT, article_pages, build

ARCHIVE = Path(__file__).parents[1] / "fixtures" / "archive"
PLUGIN = "marking_writer"
#: A Pelican plugin (as a site would have one) whose writer notes each file it writes.
PLUGIN_SOURCE = '''
"""A writer that notes every file it writes, with its process, in MARKED_FILES."""

import os

from pelican import signals
from pelican.writers import Writer


class MarkingWriter(Writer):
    def write_file(self, name, template, context, *args, **kwargs):
        result = super().write_file(name, template, context, *args, **kwargs)
        if name:
            with open(self.settings["MARKED_FILES"], "a", encoding="utf-8") as log:
                log.write(f"{os.getpid()} {name}\\n")
        return result


def marking_writer(pelican):
    return MarkingWriter


def register():
    signals.get_writer.connect(marking_writer)
'''


@pytest.fixture
def plugin_folder(tmp_path):
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / f"{PLUGIN}.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    yield folder
    module = sys.modules.pop(PLUGIN, None)
    if module is not None:
        signals.get_writer.disconnect(module.marking_writer)


def test_a_writer_from_get_writer_writes_every_page_in_every_process(tmp_path, plugin_folder):
    marked = tmp_path / "marked.txt"
    output = tmp_path / "site"
    overrides = {
        "PLUGIN_PATHS": [str(PROJECT / "plugins"), str(plugin_folder)],
        "PLUGINS": ["seedreader", PLUGIN],
        "MARKED_FILES": str(marked),
        "SEEDREADER_JOBS": 2,
        "SEEDREADER_PROGRESS": False,
    }
    build(ARCHIVE, output, search=False, overrides=overrides)

    assert marked.exists(), "the plugin's writer wrote nothing: Pelican's get_writer was not asked"
    notes = [line.split(" ", 1) for line in marked.read_text(encoding="utf-8").splitlines()]
    names = {name for _, name in notes}
    stories = {page.relative_to(output).as_posix() for page in article_pages(output)}
    assert stories and stories <= names
    assert "index.html" in names
    if "fork" in multiprocessing.get_all_start_methods():
        assert len({pid for pid, _ in notes}) == 2, "one process wrote without the plugin's writer"
    assert str(os.getpid()) in {pid for pid, _ in notes}

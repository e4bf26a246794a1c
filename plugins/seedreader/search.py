"""The search index: Pagefind over the built site, written deterministically.

Pagefind (1.5) writes its filter indexes and the metadata file that names them in
hash-map order, so two runs over the same pages give different bytes (upstream
issue 638). ``canonicalise`` re-sorts those few files and renames them by their
content, leaving the page fragments and word indexes as Pagefind wrote them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import cbor2

#: Pagefind's compressed files start (after gunzip) with this signature, then CBOR.
SIGNATURE = b"pagefind_dcd"
#: Hex digits of a content hash in Pagefind's file names (``en_46356e1``, ``en_27bb5f49f7``).
FILTER_HASH_DIGITS = 7
META_HASH_DIGITS = 10


class SearchIndexError(RuntimeError):
    """Pagefind failed, or wrote an index this module does not understand."""


def index_site(output: str) -> None:
    """Build the Pagefind index of ``output`` (the binary from the pagefind_bin wheel)."""
    command = [sys.executable, "-m", "pagefind", "--site", output, "--silent"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SearchIndexError(f"pagefind failed ({result.returncode}): {result.stderr.strip()}")
    canonicalise(Path(output) / "pagefind")


def canonicalise(bundle: Path) -> None:
    """Sort the filter indexes and the metadata file, and name them by their content."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta = _load(meta_path)
        prefix = language["hash"].split("_")[0]
        filters = []
        for name, old_hash in meta[3]:
            old_path = bundle / "filter" / f"{old_hash}.pf_filter"
            filter_name, values = _load(old_path)
            data = _dump([filter_name, sorted(values, key=lambda v: v[0])])
            new_hash = _name(prefix, data, FILTER_HASH_DIGITS)
            old_path.unlink()
            _write(bundle / "filter" / f"{new_hash}.pf_filter", data)
            filters.append([name, new_hash])
        meta[3] = sorted(filters)
        data = _dump(meta)
        new_hash = _name(prefix, data, META_HASH_DIGITS)
        meta_path.unlink()
        _write(bundle / f"pagefind.{new_hash}.pf_meta", data)
        language["hash"] = new_hash
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _load(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise SearchIndexError(f"{path}: not a Pagefind index file")
    return cbor2.loads(data[len(SIGNATURE):])


def _dump(value) -> bytes:
    return SIGNATURE + cbor2.dumps(value)


def _name(prefix: str, data: bytes, digits: int) -> str:
    return f"{prefix}_{hashlib.sha256(data).hexdigest()[:digits]}"


def _write(path: Path, data: bytes) -> None:
    # mtime=0: a gzip header carries a time stamp otherwise.
    path.write_bytes(gzip.compress(data, mtime=0))

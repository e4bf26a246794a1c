"""Pagefind's index files, read and written (the format of Pagefind 1.5.2's binary).

Pagefind has no API for changing an index it wrote, so the search engine rewrites its files:
the metadata (``pagefind.<hash>.pf_meta``), the word chunks (``index/<hash>.pf_index``) and the
filters (``filter/<hash>.pf_filter``), each gzipped CBOR behind a signature. The format is the
Rust crate's (``pagefind/src/index/`` and ``pagefind/src/output/`` upstream), read by its
WebAssembly search; nothing of it is installed as Python source, so its fingerprint is the
binary's version.
"""

from __future__ import annotations

import gzip
import hashlib
import struct
from pathlib import Path

import cbor2

#: The upstream release whose files this module reads and writes (the pagefind_bin wheel
#: holds the binary that writes them), as pinned in ``constraints.txt``.
MIRRORS = {"pagefind_bin": "1.5.2"}

#: The bundle's entry file: its languages and each one's metadata hash.
ENTRY_FILE = "pagefind-entry.json"
#: What a bundle merged into another (``mergeIndex``) needs: its index, fragments and filters,
#: the entry file and the metadata; the rest (scripts, styles, WebAssembly) comes from the first.
INDEX_FOLDERS = ("index", "fragment", "filter")
INDEX_FILES = (ENTRY_FILE, "*.pf_meta")
#: Pagefind's compressed files start (after gunzip) with this signature, then CBOR.
SIGNATURE = b"pagefind_dcd"
#: Hex digits of a content hash in Pagefind's file names (``en_46356e1``, ``en_27bb5f49f7``).
FILE_HASH_DIGITS = 7
META_HASH_DIGITS = 10
#: Fields of the metadata file (a CBOR array), and the versions whose files this module knows.
META_VERSION, META_PAGES, META_CHUNKS, META_FILTERS, META_SORTS = 0, 1, 2, 3, 4
VERSIONS = "1.5."
#: An index chunk is ``[[[word, pages, variants], ...]]``, CBOR arrays of definite length;
#: a word no page has; the chunk's first byte (an array of one) and how CBOR writes the
#: length of an array (major type 4) in the bytes after its first: 1, 2, 4 or 8.
NO_PAGES: tuple[list, list] = ([], [])
CBOR_ARRAY_OF_ONE = 0x81
CBOR_ARRAY, CBOR_TYPE, CBOR_INFO = 0x80, 0xE0, 0x1F
CBOR_LENGTH_INLINE = 24
CBOR_LENGTH_BYTES = {24: ">B", 25: ">H", 26: ">I", 27: ">Q"}
#: zlib's default: level 9 takes four times as long over a shard's index for 2% less.
GZIP_LEVEL = 6


class FormatError(ValueError):
    """A file that is not what Pagefind writes, or that this module cannot write."""


def meta_path(bundle: Path, name: str) -> Path:
    """The metadata file of the bundle, by its hashed name (``en_27bb5f49f7``)."""
    return bundle / f"pagefind.{name}.pf_meta"


def index_path(bundle: Path, name: str) -> Path:
    """A chunk of the word index, by its hashed name."""
    return bundle / "index" / f"{name}.pf_index"


def filter_path(bundle: Path, name: str) -> Path:
    """A filter's index, by its hashed name."""
    return bundle / "filter" / f"{name}.pf_filter"


def check_version(meta: list, where: Path) -> None:
    """Refuse a metadata file another Pagefind wrote."""
    if not str(meta[META_VERSION]).startswith(VERSIONS):
        raise FormatError(
            f"{where}: Pagefind {meta[META_VERSION]} wrote it; this "
            f"module rewrites the files of Pagefind {VERSIONS}x only"
        )


def raw(path: Path) -> bytes:
    """A Pagefind file's bytes, uncompressed (as ``dump`` makes them)."""
    return gzip.decompress(path.read_bytes())


def load(path: Path):
    """A Pagefind file's value."""
    data = raw(path)
    if not data.startswith(SIGNATURE):
        raise FormatError(f"{path}: not a Pagefind index file")
    return cbor2.loads(data[len(SIGNATURE) :])


def dump(value) -> bytes:
    """A value as a Pagefind file holds it, before compression."""
    return SIGNATURE + cbor2.dumps(value)


def name(prefix: str, data: bytes, digits: int) -> str:
    """A file's name from its content, as Pagefind names them (``en_46356e1``)."""
    return f"{prefix}_{hashlib.sha256(data).hexdigest()[:digits]}"


def write(path: Path, data: bytes) -> None:
    """Compress and write ``data`` (from ``dump``), the same bytes every time."""
    # mtime=0: a gzip header carries a time stamp otherwise.
    path.write_bytes(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def append_words(data: bytes, words: list[str], path: Path) -> bytes:
    """An index chunk's bytes with ``words`` added, with no pages, after the words it has.

    Only the length of its list of words changes; the rest is kept byte for byte, as
    decoding and encoding every page number of a shard costs a minute at 50,000 stories.
    """
    body = data[len(SIGNATURE) :]
    if not data.startswith(SIGNATURE) or body[0] != CBOR_ARRAY_OF_ONE or body[1] & CBOR_TYPE != CBOR_ARRAY:
        raise FormatError(f"{path}: not a Pagefind index chunk")
    info = body[1] & CBOR_INFO
    if info < CBOR_LENGTH_INLINE:
        count, after = info, 2
    elif info in CBOR_LENGTH_BYTES:
        (count,) = struct.unpack_from(CBOR_LENGTH_BYTES[info], body, 2)
        after = 2 + struct.calcsize(CBOR_LENGTH_BYTES[info])
    else:
        raise FormatError(f"{path}: a word list of no stated length")
    added = b"".join(cbor2.dumps([word, *NO_PAGES]) for word in words)
    head = bytes([CBOR_ARRAY_OF_ONE]) + _array_head(count + len(words))
    return SIGNATURE + head + body[after:] + added


def _array_head(count: int) -> bytes:
    """How CBOR starts an array of ``count`` items, in its shortest form."""
    if count < CBOR_LENGTH_INLINE:
        return bytes([CBOR_ARRAY | count])
    for info, layout in CBOR_LENGTH_BYTES.items():
        if count < 1 << (8 * struct.calcsize(layout)):
            return bytes([CBOR_ARRAY | info]) + struct.pack(layout, count)
    raise FormatError(f"an array of {count} items")

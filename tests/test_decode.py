"""Seed bytes to text: encodings, repair, and the files that are not seeds. Inputs are made here."""

from __future__ import annotations

import codecs
import random

import pytest

from seedreader.decode import decode, read_seed
from seedreader.errors import SeedError

TEXT = (
    "KELDA (AA) – The mayor said “yes” to the café’s new terrace on Tuesday.\n\n"
    "Stallholders in the old market welcomed the décision, and the façade will be repainted.\n"
)
#: Only Latin-1 letters (no curly quotes or dashes, which Latin-1 lacks).
LATIN_TEXT = (
    "The café on the quay in Zürich reopened on Tuesday with a new façade.\n\n"
    "Its owner, Renée Blåvik, said the crème brûlée was back on the menu for good.\n"
)


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        (TEXT * 3).encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "windows-1252"],
)
def test_encodings_decode_to_the_same_text(data):
    text = decode(data, "seed.txt")
    assert not text.startswith("\ufeff")
    assert text.startswith(TEXT)


def test_latin_1():
    assert decode((LATIN_TEXT * 3).encode("latin-1"), "seed.txt") == LATIN_TEXT * 3


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("В порту Кельды в четверг открылся новый паромный причал, сообщили власти города.\n", "cp1251"),
        ("Kelda limanında perşembe günü yeni bir feribot iskelesi açıldı, dedi şehir yönetimi.\n", "cp1254"),
        ("Στο λιμάνι της Κέλντα άνοιξε την Πέμπτη μια νέα αποβάθρα για τα πλοία.\n", "cp1253"),
    ],
)
def test_other_single_byte_encodings_are_not_taken_for_windows_1252(text, encoding):
    assert decode((text * 3).encode(encoding), "seed.txt") == text * 3


def test_short_windows_1252():
    assert decode("Café “yes”".encode("cp1252"), "seed.txt") == "Café “yes”"


def test_mojibake_is_repaired():
    assert decode("The cafÃ© reopened.\n".encode(), "seed.txt") == "The café reopened.\n"


def test_typographic_quotes_are_kept():
    assert decode("“Yes,” she said – it’s done.".encode(), "seed.txt") == "“Yes,” she said – it’s done."


def test_line_ends_are_left_for_the_parser():
    data = b"One line.\r\n\r\nTwo lines.\rThree.\n"
    assert decode(data, "seed.txt") == data.decode()


def _random_bytes_with_nuls() -> bytes:
    data = bytearray(random.Random(20240912).randbytes(2048))
    data[::50] = bytes(len(data[::50]))
    return bytes(data)


@pytest.mark.parametrize(
    "data",
    [
        _random_bytes_with_nuls(),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00",
        b"Looks like text\x01\x02\x03\x04\x05\x06\x07\x08 but is mostly control bytes\x0e\x0f\x10\x11",
    ],
    ids=["random-with-nuls", "png-header", "control-characters"],
)
def test_binary_is_refused(data):
    with pytest.raises(SeedError, match="binary") as caught:
        decode(data, "photo.txt")
    assert caught.value.path == "photo.txt"


@pytest.mark.parametrize(
    "data",
    [b"", b" \n\t\r\n  ", "\u00a0\n\u200b\n".encode(), codecs.BOM_UTF8 + b"\n\n"],
    ids=["empty", "white-space", "nbsp-and-zero-width", "bom-only"],
)
def test_empty_is_refused(data):
    with pytest.raises(SeedError, match="empty|white space") as caught:
        decode(data, "blank.txt")
    assert "blank.txt" in str(caught.value)


def test_read_seed_reads_a_file(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert read_seed(str(path), max_bytes=1024) == TEXT


def test_read_seed_refuses_a_file_over_the_limit(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    with pytest.raises(SeedError, match="limit") as caught:
        read_seed(str(path), max_bytes=10)
    assert caught.value.path == str(path)
    assert "long.txt" in str(caught.value)


def test_read_seed_names_a_missing_file(tmp_path):
    path = tmp_path / "gone.txt"
    with pytest.raises(SeedError, match="cannot read") as caught:
        read_seed(str(path), max_bytes=1024)
    assert "gone.txt" in str(caught.value)

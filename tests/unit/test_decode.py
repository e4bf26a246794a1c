"""Seed bytes to text: encodings, repair, and the files that are not seeds. Inputs are made here."""

from __future__ import annotations

import codecs
import json
import random
from datetime import UTC, datetime
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)
import pytest
from feedgenerator.django.utils.xmlutils import SimplerXMLGenerator
from hypothesis import given
from hypothesis import strategies as st

from seedreader.errors import SeedError
from seedreader.text import grammar as g
from seedreader.text.decode import (
    NO_DATE_IN_TEXT_WARNING,
    UNDATED_WARNING,
    date_from_path,
    decode,
    decode_text,
    read_seed,
    read_seed_text,
    seed_date,
)
from seedreader.text.parse import parse

CASE_DIR = Path(__file__).parents[1] / "fixtures" / "decode"
EXPECTED = json.loads((CASE_DIR / "expected.json").read_text(encoding="utf-8"))

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


def test_mojibake_is_repaired_in_a_guessed_encoding():
    # Windows-1252 bytes of UTF-8 mojibake: the file was not clean UTF-8, so ftfy repairs it.
    assert decode("The cafÃ© reopened on the quay.\n".encode("cp1252"), "seed.txt") == (
        "The café reopened on the quay.\n"
    )


def test_clean_utf8_keeps_a_lone_a_tilde_copyright():
    # Valid UTF-8 that says ``Ã©``: a name, or a text about mojibake; only sure mojibake is repaired.
    assert decode("The cafÃ© reopened.\n".encode(), "seed.txt") == "The cafÃ© reopened.\n"


@pytest.mark.parametrize("encoding", ["latin-1", "sloppy-windows-1252"])
def test_clean_utf8_mojibake_is_repaired_when_sure(encoding):
    # UTF-8 read as Latin-1 or Windows-1252 and saved as UTF-8: ``â€œ`` is no one's spelling.
    text = "The “Ondine” left the café – on time.\n"
    assert decode(text.encode().decode(encoding).encode(), "seed.txt") == text


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


# --- Hostile files: fixtures -------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED["decoded"]))
def test_hostile_file_decodes(name):
    expected = EXPECTED["decoded"][name]
    decoded = decode_text((CASE_DIR / name).read_bytes(), name)
    for part in expected["contains"]:
        assert part in decoded.text, (name, part, decoded.text)
    assert list(decoded.warnings) == expected["warnings"]
    assert_xml_safe(decoded.text)


@pytest.mark.parametrize("name", sorted(EXPECTED["refused"]))
def test_hostile_file_is_refused(name):
    with pytest.raises(SeedError, match=EXPECTED["refused"][name]):
        decode((CASE_DIR / name).read_bytes(), name)


def test_every_fixture_is_named_in_expected():
    assert {p.name for p in CASE_DIR.glob("*.txt")} == set(EXPECTED["decoded"]) | set(EXPECTED["refused"])


def assert_xml_safe(text: str) -> None:
    """``text`` has no character XML 1.0 forbids, and the feed writer takes it."""
    assert not g.XML_UNSAFE_RE.search(text)
    SimplerXMLGenerator(encoding="utf-8").characters(text)


# --- Control characters, escape codes, noncharacters --------------------------------

BODY = "The ferry left the harbour at dawn, carrying nets and rope to the island of Sarrow. " * 4


@pytest.mark.parametrize(
    ("junk", "kept"),
    [
        ("\x0c", "harbour\nat"),  # a page break ends the line
        ("\x0b", "harbour at"),  # Word's line break inside a paragraph: a space
        ("\x85", "harbour\nat"),  # NEL ends the line
        ("\x07 ", "harbour at"),
        ("\x1b ", "harbour at"),
        ("\x7f ", "harbour at"),
        ("\x9f ", "harbour at"),
        ("\ufffe ", "harbour at"),
        ("\uffff ", "harbour at"),
        ("\ufdd0 ", "harbour at"),
        ("\U0010fffe ", "harbour at"),
    ],
)
def test_controls_and_noncharacters_never_reach_the_text(junk, kept):
    data = BODY.replace("harbour at", f"harbour{junk}at", 1)
    text = decode(data.encode("utf-8"), "seed.txt")
    assert text.startswith(f"The ferry left the {kept} dawn")
    assert_xml_safe(text)


def test_a_lone_surrogate_is_dropped():
    text = parse("A lede about the harbour \ud800 wall.\n\nA second paragraph.\n").lede
    assert text == "A lede about the harbour wall."


@pytest.mark.parametrize(
    "code",
    [
        "\x1b[31m",
        "\x1b[0m",
        "\x1b[1;38;5;208m",
        "\x1b[K",
        "\x1b]0;title\x07",
        "\x1b]8;;https://x.test\x1b\\",
        "\x1b(B",
        "\x9b32m",
    ],
)
def test_terminal_escape_codes_are_removed_whole(code):
    decoded = decode_text(f"{code}{BODY}{code}".encode(), "seed.txt")
    assert decoded.text == BODY
    assert decoded.warnings == ("2 terminal escape sequences removed",)


@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=200))
def test_any_decoded_text_is_xml_safe(junk):
    try:
        text = decode((BODY + junk).encode("utf-8", "surrogatepass"), "seed.txt")
    except SeedError:
        return
    assert_xml_safe(text)


# --- A stray byte never costs the story ------------------------------------------------


def test_one_nul_byte_is_dropped_with_a_warning():
    decoded = decode_text(TEXT.replace("mayor", "may\x00or").encode("utf-8"), "seed.txt")
    assert decoded.text == TEXT
    assert decoded.warnings == ("1 NUL byte dropped",)


def test_one_invalid_byte_in_utf8_is_read_as_windows_1252():
    data = TEXT.encode("utf-8").replace("décision".encode(), b"d\xe9cision")
    decoded = decode_text(data, "seed.txt")
    assert decoded.text == TEXT
    assert decoded.warnings == ("1 byte that is not UTF-8 repaired or dropped",)


def test_a_cut_utf8_character_becomes_one_replacement_character():
    data = (TEXT * 2).encode("utf-8").replace("“yes”".encode(), b"\xe2\x80yes\xe2\x80\x9d", 1)
    assert "said \ufffdyes” to" in decode(data, "seed.txt")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom(encoding):
    decoded = decode_text(TEXT.encode(encoding), "seed.txt")
    assert decoded.text == TEXT
    assert "without a byte-order mark" in decoded.warnings[0]


def test_too_many_bad_bytes_is_binary():
    data = bytearray((TEXT * 3).encode("utf-8"))
    data[::60] = b"\x00" * len(data[::60])  # 1 in 60 bytes: over MAX_BAD_BYTE_RATIO
    with pytest.raises(SeedError, match="binary"):
        decode(bytes(data), "seed.txt")


@pytest.mark.parametrize(
    "data", [b"\x00", b"\x00" * 5000, b"\x00\n\x00 \x00"], ids=["one", "many", "with-space"]
)
def test_only_nuls_is_binary(data):
    with pytest.raises(SeedError, match="binary"):
        decode(data, "seed.txt")


def test_decode_warnings_reach_the_seed(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(TEXT.replace("mayor", "\x1b[1mmayor\x1b[0m").encode("utf-16-le"))
    decoded = read_seed_text(str(path), max_bytes=4096)
    seed = parse(decoded.text, source=str(path), warnings=decoded.warnings)
    assert seed.warnings[:2] == (
        "UTF-16 (little-endian) text without a byte-order mark",
        "2 terminal escape sequences removed",
    )
    assert read_seed(str(path), max_bytes=4096) == decoded.text


# --- Dates from file and folder names -------------------------------------------------------

MIDNIGHT = datetime(2025, 7, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("path", "root", "found"),
    [
        ("/seeds/news/2025-07-08-dock-strike.txt", "/seeds", (MIDNIGHT, "file-name")),
        ("/seeds/2025/07/08/story.txt", "/seeds", (MIDNIGHT, "folder-name")),
        ("/seeds/2025/7/8/story.txt", None, (MIDNIGHT, "folder-name")),
        ("/archive/2025-07-08/seeds/story.txt", "/archive/2025-07-08/seeds", None),  # above the root
        ("/2025/07/08/a/b/c/story.txt", None, None),  # more than three folders up, without a root
        ("/seeds/2025-07/story.txt", "/seeds", None),  # no day
        ("/seeds/1850-07-08-story.txt", "/seeds", None),  # outside NAME_DATE_YEARS
    ],
)
def test_date_from_path(path, root, found):
    assert date_from_path(path, root) == found


def test_seed_date_never_uses_the_file_time(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("A lede about the harbour.\n", encoding="utf-8")
    seed = parse(path.read_text(encoding="utf-8"))
    date, origin, warnings = seed_date(seed, str(path), str(tmp_path))
    assert (date, origin) == (None, None)
    assert [w for w in warnings if "no date" in w] == [UNDATED_WARNING]  # one warning for one fact
    assert NO_DATE_IN_TEXT_WARNING in seed.warnings
    dated = tmp_path / "2025-07-08-story.txt"
    dated.write_text("A lede about the harbour.\n", encoding="utf-8")
    date, origin, warnings = seed_date(parse(dated.read_text(encoding="utf-8")), str(dated), str(tmp_path))
    assert (date.isoformat(), origin) == ("2025-07-08T00:00:00+00:00", "file-name")
    assert not [w for w in warnings if "no date" in w]

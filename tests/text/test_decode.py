"""Encoding detection: Arabic news bytes in every encoding we meet, and binary rejection."""
from __future__ import annotations

import codecs
import gzip
import io
import os
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.errors import InputError
from khabar.text.decode import Decoded, decode_bytes, legacy_score

BAN = "اعترف الأمين العام للأمم المتحدة بان كي مون، في كلمة ألقاها أمس، بأن الوضع في سوريا صعب."
HEADLINE = "استؤنفت اجتماعات مؤتمر جنيف 2 بين وفدي المعارضة والحكومة السورية"
MULTILINE = BAN + "\r\n" + HEADLINE + "\n\n" + "وقال المصدر إن اللقاء بدأ.\n"


@pytest.mark.parametrize("text", [BAN, HEADLINE, MULTILINE])
@pytest.mark.parametrize("data_encoding, bom, expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", b"", "utf-16-le"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
    ("utf-16-be", b"", "utf-16-be"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
    ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32-be"),
    ("cp1256", b"", "cp1256"),
    ("iso-8859-6", b"", "iso-8859-6"),
])
def test_round_trip_each_encoding(text, data_encoding, bom, expected):
    data = bom + text.encode(data_encoding)
    got = decode_bytes(data, "news.txt")
    assert got == Decoded(text, expected)
    assert "\ufeff" not in got.text


def test_latin_in_utf16_without_bom():
    got = decode_bytes("Ban Ki-moon said\n".encode("utf-16-le"))
    assert got == Decoded("Ban Ki-moon said\n", "utf-16-le")


def test_cp1256_with_guillemets_and_french():
    text = "قال «بان كي مون» إن الوضع صعب — café"
    text = text.replace("—", "-")
    assert decode_bytes(text.encode("cp1256")) == Decoded(text, "cp1256")


def test_legacy_score_prefers_the_right_code_page():
    for enc in ("cp1256", "iso-8859-6"):
        data = BAN.encode(enc)
        cp = legacy_score(data.decode("cp1256"))
        iso = legacy_score(data.decode("iso-8859-6", "replace"))
        assert (cp > iso) == (enc == "cp1256")


def test_only_one_bom_is_stripped_and_nothing_else_changes():
    data = codecs.BOM_UTF8 + "\ufeffسطر\r\nسطر\u200f ".encode("utf-8")
    assert decode_bytes(data).text == "\ufeffسطر\r\nسطر\u200f "
    decomposed = "\u0627\u0653"   # alef + madda above (not NFC-composed to آ)
    assert decode_bytes(decomposed.encode()).text == decomposed


def test_empty():
    assert decode_bytes(b"") == Decoded("", "utf-8")
    assert decode_bytes(codecs.BOM_UTF8) == Decoded("", "utf-8-sig")


def test_mostly_utf8_keeps_utf8_and_counts_replacements():
    data = (BAN * 3).encode("utf-8")
    got = decode_bytes(data[:-2], "cut.txt")          # "." dropped, last letter cut in half
    assert got.encoding == "utf-8" and got.replaced == 1
    assert got.text == (BAN * 3)[:-2] + "\ufffd"
    cut = len("اعترف ".encode())                      # a character boundary
    got = decode_bytes(data[:cut] + b"\xff" + data[cut:])
    assert got.encoding == "utf-8" and got.replaced == 1
    assert got.text.replace("\ufffd", "") == BAN * 3


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", BAN)
    return buf.getvalue()


@pytest.mark.parametrize("data, what", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
    (_zip_bytes(), "zip archive"),
    (gzip.compress(BAN.encode()), "gzip"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"\x7fELF\x02\x01\x01" + bytes(40), "ELF"),
    (bytes([7, 0, 200, 13, 0, 0, 99, 1, 2, 3, 0, 255, 4, 0, 17, 18] * 8), "NUL"),
    (b"abc\x01\x02\x03\x04def\x05\x06\x07\x08\x0e\x0f", "control"),
])
def test_binary_is_rejected_naming_the_file(data, what):
    with pytest.raises(InputError) as err:
        decode_bytes(data, "archive/page-17.txt")
    msg = str(err.value)
    assert msg.startswith("archive/page-17.txt: looks like binary data")
    assert what in msg
    assert "Khabar reads text, HTML or JSONL" in msg


def test_nul_in_utf8_text_is_binary():
    with pytest.raises(InputError, match="NUL"):
        decode_bytes(BAN.encode() + b"\x00" + BAN.encode(), "x.txt")


def test_dos_eof_marker_is_text():
    data = BAN.encode("cp1256") + b"\r\n\x1a"
    assert decode_bytes(data).text == BAN + "\r\n\x1a"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_decode_or_raise_input_error(data):
    try:
        got = decode_bytes(data, "fuzz.bin")
    except InputError as e:
        assert str(e).startswith("fuzz.bin: ")
    else:
        assert isinstance(got, Decoded) and isinstance(got.text, str)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآؤئ ،.\n0123456789")),
               min_size=30, max_size=200))
def test_arabic_text_round_trips_through_utf(text):
    for enc in ("utf-8", "utf-16-le", "utf-16-be"):
        assert decode_bytes(text.encode(enc)).text == text


def test_import_registers_nothing_until_needed():
    """No work at import: the counting error handler appears only on the first bad byte."""
    code = (
        "import codecs, khabar.text.decode as d\n"
        "def known():\n"
        "    try:\n"
        "        codecs.lookup_error('khabar-count-replace')\n"
        "        return True\n"
        "    except LookupError:\n"
        "        return False\n"
        "before = known()\n"
        "r = d.decode_bytes(('" + BAN + "').encode() + b'\\xff')\n"
        "print(before, known(), r.replaced)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True).stdout.split()
    assert out == ["False", "True", "1"]


def test_replacement_counts_are_per_thread():
    texts = [(BAN + " ") * (k + 1) for k in range(8)]
    datas = [t.encode().replace("الأمين".encode(), b"\xff", k + 1) for k, t in enumerate(texts)]

    def count(data: bytes) -> int:
        return decode_bytes(data).replaced

    with ThreadPoolExecutor(4) as pool:
        for _ in range(20):
            assert list(pool.map(count, datas)) == list(range(1, 9))

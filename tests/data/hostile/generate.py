#!/usr/bin/python3
"""Writes the hostile-input catalogue (small cases only; the large ones -- over the size
cap, 100 000 nested arrays, a 10 MB string, 1 000 000 options, a 1 GB transcript, a
symlink escaping the course folder, a package of 20 000 entries -- are made at test
time by tests/app/hostile_test.cpp). Course packages (.leerpad, zip) are under package/.

Run from anywhere: tests/data/hostile/generate.py. Expected outcomes live in expected.tsv.
"""
import copy
import io
import json
import os
import pathlib
import shutil
import stat
import warnings
import zipfile

here = pathlib.Path(__file__).resolve().parent

BASE = {
    "format": 1, "id": "mini", "title": "Mini", "language": "nl", "version": "1",
    "glossary": [{"id": "norm", "term": "norm", "definition": "Een concrete afspraak."}],
    "sections": [{"id": "s1", "title": "Een", "pages": [{"id": "p1", "title": "Pagina", "blocks": [
        {"id": "b1", "kind": "text", "content": [
            {"type": "paragraph", "text": ["Een ", {"term": "norm", "text": "norm"}, "."]}]},
        {"id": "q1", "kind": "question", "type": "single", "prompt": "Vraag?",
         "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}], "correct": ["a"]}]}]}],
    "selfTest": {"id": "toets", "title": "Toets",
                 "questions": ["q1"], "bands": [{"minScore": 0, "feedback": "Klaar."}]},
}
OGG = b"OggS" + bytes(200)
VTT = "WEBVTT\n\n00:00.000 --> 00:01.000\n<v A>Hallo.\n"


def text(name, content):
    p = here / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def variant(name, change):
    c = copy.deepcopy(BASE)
    change(c)
    text(name, json.dumps(c, indent=2, ensure_ascii=False) + "\n")


def blocks(c):
    return c["sections"][0]["pages"][0]["blocks"]


def q(c):
    return blocks(c)[1]


def setp(path, value):
    def f(c):
        obj = c
        for k in path[:-1]:
            obj = obj[k]
        obj[path[-1]] = value
    return f


def media_case(name, src, transcript="media/d.vtt", files=None, dirs=()):
    folder = here / "media" / name
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "media").mkdir(parents=True)
    for rel, content in (files or {"media/d.ogg": OGG, "media/d.vtt": VTT}).items():
        (folder / rel).write_bytes(content if isinstance(content, bytes) else content.encode())
    for d in dirs:
        # git keeps no empty folders: a file inside keeps this one in a clone.
        (folder / d).mkdir(parents=True, exist_ok=True)
        (folder / d / "README").write_text("A folder where a media file is expected.\n")

    def add(c):
        blocks(c).insert(0, {"id": "a1", "kind": "audio", "title": "Gesprek", "src": src,
                             "transcript": transcript})
    variant(f"media/{name}/course.json", add)


# --- JSON syntax: truncated at every structural level, and the usual non-JSON habits
full = json.dumps(BASE, indent=2)
text("syntax/truncated-top.json", '{\n  "format": 1,\n')
text("syntax/truncated-after-key.json", '{\n  "format":')
text("syntax/truncated-in-string.json", '{\n  "title": "Mini')
text("syntax/truncated-in-escape.json", '{\n  "title": "Mi\\')
text("syntax/truncated-in-array.json", full[: full.index('"pages"')])
text("syntax/truncated-in-page.json", full[: full.index('"blocks"')])
text("syntax/truncated-in-block.json", full[: full.index('"prompt"')])
text("syntax/truncated-in-number.json", '{\n  "format": -')
text("syntax/trailing-comma-object.json", '{\n  "format": 1,\n}\n')
text("syntax/trailing-comma-array.json", '{\n  "authors": ["a", "b",]\n}\n')
text("syntax/line-comment.json", '{\n  // note\n  "format": 1\n}\n')
text("syntax/block-comment.json", '{\n  "format": 1 /* note */\n}\n')
text("syntax/single-quotes.json", "{\n  'format': 1\n}\n")
text("syntax/unquoted-key.json", "{\n  format: 1\n}\n")
text("syntax/nan.json", '{\n  "format": NaN\n}\n')
text("syntax/infinity.json", '{\n  "format": Infinity\n}\n')
text("syntax/leading-zero.json", '{\n  "format": 01\n}\n')
text("syntax/raw-tab-in-string.json", '{\n  "title": "a\tb"\n}\n')
text("syntax/bad-escape.json", '{\n  "title": "a\\xb"\n}\n')
text("syntax/lone-surrogate.json", '{\n  "title": "\\ud800"\n}\n')
text("syntax/number-overflow.json", '{\n  "format": 1e400\n}\n')
text("syntax/two-roots.json", '{}\n{}\n')
text("syntax/duplicate-key.json", full.replace('"title": "Mini",', '"title": "Mini",\n  "title": "Maxi",', 1))
text("syntax/duplicate-key-nested.json", full.replace('"id": "q1",', '"id": "q1",\n          "id": "q2",', 1))

# --- encoding
text("encoding/bom-utf8.json", b"\xef\xbb\xbf" + full.encode())
text("encoding/utf16-le.json", full.encode("utf-16-le").join([b"\xff\xfe", b""]))
text("encoding/utf16-be.json", b"\xfe\xff" + full.encode("utf-16-be"))
text("encoding/utf16-no-bom.json", full.encode("utf-16-le"))
text("encoding/utf32-le.json", full.encode("utf-32"))
text("encoding/invalid-byte.json", b'{\n  "title": "Mini \xff"\n}\n')
text("encoding/truncated-sequence.json", b'{\n  "title": "caf\xc3"\n}\n')
text("encoding/overlong-slash.json", b'{\n  "title": "\xc0\xaf"\n}\n')
text("encoding/latin1.json", '{\n  "title": "één"\n}\n'.encode("latin-1"))
text("encoding/nul-byte.json", b'{\n  "format": 1,\x00\n}\n')

# --- types at every level of the schema
variant("types/root-string.json", lambda c: None)
text("types/root-string.json", '"course"\n')
variant("types/format-string.json", setp(["format"], "1"))
variant("types/sections-object.json", setp(["sections"], {"id": "s1"}))
variant("types/section-string.json", setp(["sections", 0], "s1"))
variant("types/page-title-array.json", setp(["sections", 0, "pages", 0, "title"], ["Pagina"]))
variant("types/block-number.json", lambda c: blocks(c).__setitem__(0, 7))
variant("types/content-null.json", lambda c: blocks(c)[0]["content"].__setitem__(0, None))
variant("types/run-number.json", lambda c: blocks(c)[0]["content"][0]["text"].__setitem__(0, 3))
variant("types/option-string.json", lambda c: q(c)["options"].__setitem__(0, "A"))
variant("types/correct-string.json", lambda c: q(c).__setitem__("correct", "a"))
variant("types/feedback-string.json", lambda c: q(c).__setitem__("feedback", "Goed"))
variant("types/selftest-array.json", setp(["selfTest"], []))
variant("types/band-string.json", lambda c: c["selfTest"]["bands"].__setitem__(0, "0"))
variant("types/minscore-fraction.json", lambda c: c["selfTest"]["bands"][0].__setitem__("minScore", 0.5))
variant("types/shuffle-string.json", setp(["selfTest", "shuffleQuestions"], "yes"))
variant("types/passscore-huge.json", setp(["selfTest", "passScore"], 10 ** 20))
variant("types/authors-number.json", setp(["authors"], ["Ann", 2]))
variant("types/glossary-no-definition.json", lambda c: c["glossary"][0].pop("definition"))

# --- ids
variant("ids/empty.json", setp(["sections", 0, "id"], ""))
variant("ids/whitespace.json", setp(["sections", 0, "id"], " s1"))
variant("ids/uppercase.json", setp(["sections", 0, "id"], "S1"))
variant("ids/too-long.json", setp(["sections", 0, "id"], "s" * 200))
variant("ids/duplicate-glossary-and-block.json", lambda c: blocks(c)[0].__setitem__("id", "norm"))
variant("ids/duplicate-section-and-test.json", setp(["selfTest", "id"], "s1"))

# --- references
variant("refs/selftest-missing.json", setp(["selfTest", "questions"], ["q7"]))
variant("refs/selftest-text-block.json", setp(["selfTest", "questions"], ["b1"]))
variant("refs/glossary-undefined.json",
        lambda c: blocks(c)[0]["content"][0]["text"][1].__setitem__("term", "waarde"))
variant("refs/selftest-block-without-test.json",
        lambda c: (c.pop("selfTest"), blocks(c).append({"id": "st", "kind": "selftest"})))
variant("refs/two-selftest-blocks.json",
        lambda c: blocks(c).extend([{"id": "st1", "kind": "selftest"}, {"id": "st2", "kind": "selftest"}]))

# --- media (the symlink escape and the 1 GB transcript are made at test time)
media_case("absolute-path", "/etc/hostname")
media_case("dotdot-escape", "../../../../../etc/hostname")
media_case("http-url", "http://example.invalid/d.ogg")
media_case("file-url", "file:///etc/hostname")
media_case("qrc-url", "qrc:/d.ogg")
media_case("backslash", "media\\d.ogg")
media_case("directory", "media/map", dirs=["media/map"])
media_case("zero-byte-ogg", "media/d.ogg", files={"media/d.ogg": b"", "media/d.vtt": VTT})
media_case("random-bytes-ogg", "media/d.ogg",
           files={"media/d.ogg": bytes((i * 37 + 11) % 256 for i in range(4096)), "media/d.vtt": VTT})
media_case("missing-file", "media/weg.ogg")
media_case("vtt-backwards", "media/d.ogg",
           files={"media/d.ogg": OGG, "media/d.vtt": "WEBVTT\n\n00:05.000 --> 00:01.000\n<v A>x\n"})
media_case("vtt-overlap", "media/d.ogg",
           files={"media/d.ogg": OGG,
                  "media/d.vtt": "WEBVTT\n\n00:00.000 --> 00:03.000\n<v A>x\n\n00:02.000 --> 00:04.000\n<v B>y\n"})
media_case("vtt-no-header", "media/d.ogg", files={"media/d.ogg": OGG, "media/d.vtt": "00:00.000 --> 00:01.000\nx\n"})

# --- text that must stay data
variant("text/script-tag.json", lambda c: blocks(c)[0]["content"].append(
    {"type": "paragraph", "text": "Klik <script>alert('x')</script> hier."}))
variant("text/img-remote.json", lambda c: q(c)["options"][0].__setitem__(
    "text", "<img src=http://example.invalid/pixel.png>"))
variant("text/rtl-override.json", setp(["title"], "Mini \u202egnp.exe"))
variant("text/long-paragraph.json", lambda c: blocks(c)[0]["content"].append(
    {"type": "paragraph", "text": ("Dit is een lange zin. " * 2273)[:50000]}))
variant("text/control-character.json", setp(["title"], "Mini\u0007"))


# --- course packages (.leerpad): zip archives that try to write outside the folder they
# are unpacked into, to hide what they are, or to exhaust the disk. Fixed time stamps
# keep the files the same on every run.
COURSE = (json.dumps(BASE, indent=2, ensure_ascii=False) + "\n").encode()


def member(name, data=b"", mode=stat.S_IFREG | 0o644, deflate=True):
    info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
    info.create_system = 3  # Unix: the file type is in the high bits of external_attr
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    return info, data


def zipped(*members):
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a duplicate name is the point of one case
        with zipfile.ZipFile(buf, "w") as z:
            for info, data in members:
                z.writestr(info, data)
    return buf.getvalue()


def set_flag_bits(data, bits):
    """Sets general-purpose flag bits in every local and central header."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = out.find(signature)
        while at >= 0:
            out[at + offset] |= bits
            at = out.find(signature, at + 4)
    return bytes(out)


def package(name, data):
    text(f"package/{name}", data)


GOOD = zipped(member("course.json", COURSE))
package("valid.leerpad", GOOD)
package("course-error.leerpad", zipped(member("course.json", b'{\n  "format": "1"\n}\n')))
package("absolute-path.leerpad",
        zipped(member("course.json", COURSE), member("/tmp/leerpad-hostile-absolute.txt", b"x")))
package("dotdot.leerpad",
        zipped(member("course.json", COURSE), member("../../leerpad-hostile-escape.txt", b"x")))
package("dotdot-deep.leerpad",
        zipped(member("course.json", COURSE),
               member("media/" + "../" * 12 + "leerpad-hostile-escape.txt", b"x")))
package("symlink.leerpad",
        zipped(member("course.json", COURSE),
               member("media/d.ogg", b"/etc/passwd", stat.S_IFLNK | 0o777)))
package("device.leerpad",
        zipped(member("course.json", COURSE), member("media/d.ogg", b"", stat.S_IFCHR | 0o644)))
package("duplicate.leerpad",
        zipped(member("course.json", COURSE), member("course.json", b'{"format": 1}')))
package("case-twins.leerpad",
        zipped(member("course.json", COURSE), member("media/d.ogg", OGG), member("media/D.ogg", OGG)))
package("file-and-folder.leerpad",
        zipped(member("course.json", COURSE), member("media", b"x"), member("media/d.ogg", OGG)))
# libarchive reads a name with backslashes and no slash as a Windows zip tool means it
# ("media\\d.ogg" is media/d.ogg); with a slash as well, the backslash stays and is refused.
package("backslash.leerpad",
        zipped(member("course.json", COURSE), member("media/sub\\d.ogg", OGG)))
package("nested-folder.leerpad", zipped(member("mini/course.json", COURSE)))
package("not-a-zip.leerpad", COURSE)
package("truncated.leerpad", GOOD[: len(GOOD) // 2])
# The deflated course.json garbled; the names and the central directory intact.
package("corrupt.leerpad", GOOD[:45] + b"\xff" * 24 + GOOD[69:])
# Traditional PKWARE encryption is flag bit 0; the reader must not ask for a passphrase.
package("encrypted.leerpad", set_flag_bits(GOOD, 0x01))
# 32 MiB of zeros deflate to ~32 KB: a thousandfold.
package("zip-bomb.leerpad",
        zipped(member("course.json", COURSE), member("media/d.ogg", bytes(32 << 20))))
# One byte over the loader's 16 MiB cap, declared in the central directory.
package("course-too-large.leerpad", zipped(member("course.json", b" " * (16 * 1024 * 1024 + 1))))

#!/usr/bin/python3
"""Seed corpora for the fuzz targets, from the demo's content, tests/fixtures
and tests/fuzz/seeds/TARGET: python3 tests/fuzz/seeds.py OUT_DIR TARGET..."""
import glob
import hashlib
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def files(pattern):
    return sorted(glob.glob(os.path.join(ROOT, pattern), recursive=True))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def deadline():
    out = []
    for path in files("content/roadmap/*.yaml") + files("tests/fixtures/roadmaps/**/*.yaml"):
        out += [m.group(1).strip().strip(b'"') for m in re.finditer(rb"deadline: (.*)", read(path))]
    test = read(os.path.join(ROOT, "tests/deadline_test.cc"))
    out += [m.group(1) for m in re.finditer(rb'parse_deadline\("([^"]*)"', test)]
    return out


def markdown():
    return [read(p) for p in files("content/**/*.md") + files("README.md")]


def url():
    out = []
    for path in files("content/**/*.md"):
        out += [b"kontakty/\n" + m.group(1) for m in re.finditer(rb"\]\(([^)\s]*)\)", read(path))]
    return out


def importer():
    out = []
    for path in files("tests/fixtures/roadmaps/**/*") + files("tests/fixtures/**/*.docx"):
        if os.path.isdir(path):
            continue
        ext = path.rsplit(".", 1)[-1].lower()
        if ext == "docx":
            try:
                out.append(b"\x04" + zipfile.ZipFile(path).read("word/document.xml"))
            except (KeyError, zipfile.BadZipFile):
                pass
        elif ext in ("tsv", "txt"):
            out.append(b"\x00" + read(path))
        elif ext == "csv":
            data = read(path)
            out.append((b"\x02" if data.count(b";") > data.count(b",") else b"\x01") + data)
        elif ext == "md":
            out.append(b"\x03" + read(path))
    return out


def front_matter():
    kinds = {"news": 0, "events": 1, "practices": 2}
    out = []
    for path in files("content/**/*.md"):
        folder = os.path.relpath(path, os.path.join(ROOT, "content")).split(os.sep)[0]
        out.append(bytes([kinds.get(folder, 3)]) + read(path))
    for path in files("content/roadmap/*.yaml") + files("tests/fixtures/roadmaps/**/*.yaml"):
        out.append(b"\x04" + read(path))
    for path in files("content/indicators.yaml"):
        out.append(b"\x0c" + read(path))
    return out


SOURCES = {"deadline": deadline, "markdown": markdown, "url": url, "import": importer, "front_matter": front_matter}

out_dir = sys.argv[1]
for target in sys.argv[2:]:
    folder = os.path.join(out_dir, target)
    os.makedirs(folder, exist_ok=True)
    seeds = SOURCES[target]() + [read(p) for p in files("tests/fuzz/seeds/%s/*" % target)]
    for seed in seeds:
        with open(os.path.join(folder, hashlib.sha1(seed).hexdigest()), "wb") as f:
            f.write(seed)
    print("%s: %d seeds" % (target, len(seeds)))

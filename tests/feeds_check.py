#!/usr/bin/python3
"""Reads the feeds of a built site with independent parsers (Debian's
python3-icalendar and the standard XML parser) and prints what they saw as
JSON, for tests/feeds_test.cc to assert on."""
import json
import sys
import xml.etree.ElementTree as ET

import icalendar


def calendar(path):
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    cal = icalendar.Calendar.from_ical(raw)
    events = []
    for e in cal.walk("VEVENT"):
        start, end = e["DTSTART"].dt, e.get("DTEND")
        events.append({
            "uid": str(e["UID"]),
            "summary": str(e["SUMMARY"]),
            "description": str(e.get("DESCRIPTION", "")),
            "location": str(e.get("LOCATION", "")),
            "url": str(e.get("URL", "")),
            "start": start.isoformat(),
            "end": end.dt.isoformat() if end else None,
            "dtstamp": e["DTSTAMP"].dt.isoformat(),
        })
    return {
        "events": events,
        "max_line_octets": max(len(l) for l in lines),
        "lines_valid_utf8": all(_utf8(l) for l in lines),
        "crlf_only": b"\n" not in raw.replace(b"\r\n", b""),
    }


def _utf8(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def atom(path):
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.parse(path).getroot()
    entries = []
    for e in root.findall("a:entry", ns):
        entries.append({
            "title": e.find("a:title", ns).text,
            "id": e.find("a:id", ns).text,
            "link": e.find("a:link", ns).get("href"),
            "updated": e.find("a:updated", ns).text,
            "summary": (e.find("a:summary", ns).text if e.find("a:summary", ns) is not None else ""),
        })
    return {
        "title": root.find("a:title", ns).text,
        "id": root.find("a:id", ns).text,
        "updated": root.find("a:updated", ns).text,
        "self": [l.get("href") for l in root.findall("a:link", ns) if l.get("rel") == "self"],
        "entries": entries,
    }


def json_ld(path):
    text = open(path, encoding="utf-8").read()
    start = text.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    return json.loads(text[start:text.index("</script>", start)])


kind, path = sys.argv[1], sys.argv[2]
print(json.dumps({"ics": calendar, "atom": atom, "jsonld": json_ld}[kind](path), ensure_ascii=False))

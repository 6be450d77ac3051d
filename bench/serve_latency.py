#!/usr/bin/env python3
"""Live-preview latency and incremental builds on a generated corpus.

    bench/serve_latency.py [--pages 10000] [--bin build/nastavnik] [--edits 5]

Generates the benchmark corpus (gen_corpus.py, on /dev/shm), then measures:
  * cold build, repeated build with nothing changed, and a build after a
    one-file edit (the incremental state of `nastavnik build`);
  * with `nastavnik serve` running: the time from saving one content file to
    the rebuilt page being served with the change (polled over HTTP every
    10 ms), median of several edits.
Run by hand; prints a Markdown table.
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2027-06-01"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except Exception:
        return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "build", "nastavnik"))
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--work", default="/dev/shm/nastavnik-latency")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    shutil.rmtree(args.work, ignore_errors=True)
    src = os.path.join(args.work, "src")
    subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--pages", str(args.pages), "--seed", "1",
                    "--format", "nastavnik", src], check=True, stdout=subprocess.DEVNULL)
    out = os.path.join(args.work, "site")
    build = [binary, "build", "-s", src, "-o", out, "--today", TODAY, "-q"]

    rows = []
    rows.append(("cold build", timed(build + ["--full"])))
    rows.append(("repeated build, nothing changed", timed(build)))
    # One approved practice's text edited: its page is re-rendered, and so is
    # the printable collection (practices/sbornik/), which holds every practice.
    practice_dir = os.path.join(src, "content", "practices")
    name = next(n for n in sorted(os.listdir(practice_dir))
                if n.endswith(".md") and n != "_index.md"
                and "\nstatus: approved\n" in open(os.path.join(practice_dir, n), encoding="utf-8").read())
    path = os.path.join(practice_dir, name)
    with open(path, "a", encoding="utf-8") as f:
        f.write("\nПравка для замера.\n")
    rows.append(("build after editing one page's text", timed(build)))

    port = free_port()
    server = subprocess.Popen([binary, "serve", "-s", src, "-o", out, "--port", str(port), "--today", TODAY],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = "http://127.0.0.1:%d/nastavnichestvo/practices/%s/" % (port, name[:-3])
        deadline = time.time() + 60
        while "Правка для замера" not in fetch(url):
            if time.time() > deadline:
                sys.exit("serve did not come up: " + url)
            time.sleep(0.1)
        samples = []
        for i in range(args.edits):
            marker = "Замер номер %d-%d." % (i, time.time_ns())
            time.sleep(0.5)
            start = time.perf_counter()
            with open(path, "a", encoding="utf-8") as f:
                f.write("\n" + marker + "\n")
            while marker not in fetch(url):
                time.sleep(0.01)
            samples.append(time.perf_counter() - start)
        rows.append(("serve: save → page served with the change (median of %d)" % args.edits,
                     statistics.median(samples)))
    finally:
        server.terminate()
        server.wait(timeout=10)

    print("| %d pages, output on tmpfs | seconds |" % args.pages)
    print("| --- | ---: |")
    for label, seconds in rows:
        print("| %s | %.3f |" % (label, seconds))
    cold, noop = rows[0][1], rows[1][1]
    print("\nrepeated build / cold build = %.1f%%" % (100 * noop / cold))


if __name__ == "__main__":
    main()

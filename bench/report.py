#!/usr/bin/env python3
"""Print the benchmark table (Markdown) from run.sh's raw measurements (TSV)."""
import statistics
import sys
from collections import defaultdict

WHO = ["nastavnik", "hugo", "floor"]
TARGET_SIZE = 10000


def main(path):
    runs = defaultdict(list)  # (pass, size, who) -> [(wall, cpu, rss_mb)]
    counts = {}
    pagesets = {}  # (pass, size) -> (HTML pages only ours wrote, only Hugo wrote)
    info = []
    loads = []
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == "other":
            loads.append(float(f[1]))
        elif f[0] in ("version", "machine", "date"):
            info.append(f)
        elif f[0] == "count":
            counts[(f[1], int(f[2]), f[3])] = (int(f[4]), int(f[5]), int(f[6]), int(f[7]) if len(f) > 7 else 0)
        elif f[0] == "pageset":
            pagesets[(f[1], int(f[2]))] = (f[3].split(), f[4].split() if len(f) > 4 else [])
        else:
            p, size, _run, who, wall, user, sys_, rss = f
            runs[(p, int(size), who)].append((float(wall), float(user) + float(sys_), int(rss) / 1024))
    # The floor is its two parts run one after the other: times add up, memory is the larger.
    for (p, size, who) in list(runs):
        if who == "floor-md" and (p, size, "floor-cp") in runs:
            runs[(p, size, "floor")] = [(a[0] + b[0], a[1] + b[1], max(a[2], b[2]))
                                        for a, b in zip(runs[(p, size, "floor-md")], runs[(p, size, "floor-cp")])]

    def med(p, size, who, k):
        v = runs.get((p, size, who))
        return statistics.median(x[k] for x in v) if v else None

    for f in info:
        print("- " + " ".join(f))
    if loads:
        print("- CPU used by other processes during the measurements, share of the machine: median %.0f%%, max %.0f%%%s" % (
            100 * statistics.median(loads), 100 * max(loads),
            " (other work was running here: wall times are noisy, CPU times are steadier)"
            if statistics.median(loads) > 0.05 else ""))
    print()
    passes = sorted({k[0] for k in runs}, key=lambda p: (p != "tmpfs", p))
    sizes = sorted({k[1] for k in runs})
    print("Medians of %s runs. wall and CPU (user+sys) in seconds, peak RSS in MB." %
          "/".join(sorted({str(len(v)) for v in runs.values()})))
    print()
    print("| pass | pages | ours wall | Hugo wall | floor wall | ours CPU | Hugo CPU | floor CPU | ours RSS | Hugo RSS "
          "| wall ours/Hugo | CPU ours/Hugo | RSS ours/Hugo | wall ours/floor |")
    print("|" + " --- |" * 2 + " ---: |" * 12)

    def r(a, b):
        return "%.2f" % (a / b) if a is not None and b else "—"

    def n(x, fmt="%.2f"):
        return fmt % x if x is not None else "—"

    for p in passes:
        for size in sizes:
            w = {who: med(p, size, who, 0) for who in WHO}
            c = {who: med(p, size, who, 1) for who in WHO}
            m = {who: med(p, size, who, 2) for who in WHO}
            print("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                p, size, n(w["nastavnik"], "%.3f"), n(w["hugo"], "%.3f"), n(w["floor"], "%.3f"),
                n(c["nastavnik"]), n(c["hugo"]), n(c["floor"]), n(m["nastavnik"], "%.0f"), n(m["hugo"], "%.0f"),
                r(w["nastavnik"], w["hugo"]), r(c["nastavnik"], c["hugo"]), r(m["nastavnik"], m["hugo"]),
                r(w["nastavnik"], w["floor"])))
    print()
    print("The floor's parts (median wall, s): Markdown = cmark-gfm over every Markdown text, one process per core; "
          "copy = cp -r of our output.")
    print()
    print("| pass | pages | Markdown | copy |")
    print("| --- | --- | ---: | ---: |")
    for p in passes:
        for size in sizes:
            print("| %s | %d | %s | %s |" % (p, size, n(med(p, size, "floor-md", 0), "%.3f"), n(med(p, size, "floor-cp", 0), "%.3f")))
    print()
    print("Output written. HTML pages: every .html file; Hugo's include its redirect stubs (news/page/1/ → news/). "
          "The page sets should be equal apart from those; see bench/README.md for the other files.")
    print()
    print("| pass | pages | ours HTML pages | Hugo HTML pages | Hugo redirect stubs | only ours | only Hugo | ours files | Hugo files | ours MB | Hugo MB |")
    print("| --- | --- | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |")

    def few(paths):
        if not paths:
            return "none"
        return ", ".join(paths[:3]) + (" and %d more" % (len(paths) - 3) if len(paths) > 3 else "")

    for p in passes:
        for size in sizes:
            o = counts.get((p, size, "nastavnik"))
            h = counts.get((p, size, "hugo"))
            only = pagesets.get((p, size), ([], []))
            if o and h:
                print("| %s | %d | %d | %d | %d | %s | %s | %d | %d | %.1f | %.1f |" % (
                    p, size, o[0], h[0], h[3], few(only[0]), few(only[1]), o[1], h[1], o[2] / 1e6, h[2] / 1e6))
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[1]
        print()
        print("Scaling %d → %d pages (median wall of the larger / of the smaller; linear = %.0f×):" % (lo, hi, hi / lo))
        print()
        print("| pass | ours | Hugo | floor |")
        print("| --- | ---: | ---: | ---: |")
        for p in passes:
            print("| %s | %s | %s | %s |" % (p, *(r(med(p, hi, who, 0), med(p, lo, who, 0)) + "×" for who in WHO)))

    # Targets of issue 8, on the tmpfs pass at 10,000 pages.
    p = "tmpfs"
    if (p, TARGET_SIZE, "nastavnik") in runs:
        print()
        print("Targets (issue 8, tmpfs pass, %d pages cold):" % TARGET_SIZE)
        print()
        print("| target | measured | result |")
        print("| --- | ---: | --- |")
        w = {who: med(p, TARGET_SIZE, who, 0) for who in WHO}
        m = {who: med(p, TARGET_SIZE, who, 2) for who in WHO}

        def row(name, value, limit, unit="×"):
            if value is None:
                print("| %s | — | not measured |" % name)
            else:
                print("| %s | %.2f%s | %s |" % (name, value, unit, "PASS" if value <= limit else "FAIL"))

        row("wall ≤ 0.25× Hugo", w["nastavnik"] / w["hugo"] if w["hugo"] else None, 0.25)
        row("peak memory ≤ 0.25× Hugo", m["nastavnik"] / m["hugo"] if m["hugo"] else None, 0.25)
        row("wall ≤ 2× floor", w["nastavnik"] / w["floor"] if w["floor"] else None, 2.0)
        small = [s for s in sizes if s < TARGET_SIZE]
        if small and med(p, small[0], "nastavnik", 0):
            row("%d → %d pages ≤ %.0f×" % (small[0], TARGET_SIZE, 1.1 * TARGET_SIZE / small[0]),
                w["nastavnik"] / med(p, small[0], "nastavnik", 0), 1.1 * TARGET_SIZE / small[0])
        print("| repeated build with nothing changed < 10% of cold | — | not measured here (needs the incremental state of issue 9) |")


if __name__ == "__main__":
    main(sys.argv[1])

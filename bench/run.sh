#!/usr/bin/env bash
# Benchmark: nastavnik against Hugo on the same generated content, plus the
# "floor" (cmark-gfm over every Markdown text + a copy of our output bytes).
# Run by hand; not part of the test suite.  See bench/README.md.
#
#   bench/run.sh                      # 1,000 and 10,000 pages, 3 runs, tmpfs and disk passes
#   bench/run.sh --large              # also 50,000 pages (1 run)
#   bench/run.sh --sizes 2000 --runs 5 --passes tmpfs
#   bench/run.sh --bin /path/to/nastavnik   # skip building nastavnik
set -euo pipefail

BENCH="$(cd "$(dirname "$0")" && pwd)"
REPO="$(dirname "$BENCH")"

SIZES="1000 10000"
LARGE=0
RUNS=3
LARGE_RUNS=1
PASSES="tmpfs disk"
SEED=1
JOBS="$(nproc)"
BIN=""
BUILD_DIR="${NASTAVNIK_BUILD_DIR:-$BENCH/.build}"
TMPFS_DIR="/dev/shm/nastavnik-bench"
DISK_DIR="/var/tmp/nastavnik-bench"
TODAY="2027-06-01"   # the corpus generator's TODAY
RESULTS=""

usage() {
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  cat <<EOF
Options:
  --sizes "N M"     corpus sizes in pages (default: $SIZES)
  --large           also 50,000 pages, with --large-runs runs (default $LARGE_RUNS)
  --runs N          runs per generator and size (default $RUNS); medians are reported
  --passes "P..."   tmpfs and/or disk (default: "$PASSES")
  --seed N          corpus seed (default $SEED)
  -j N              threads for nastavnik (default: nproc = $JOBS); Hugo uses all cores
  --bin PATH        use this nastavnik binary instead of building one
  --build-dir DIR   where to build nastavnik Release (default: bench/.build)
  --tmpfs-dir DIR   work folder on tmpfs (default $TMPFS_DIR): corpora and tmpfs outputs
  --disk-dir DIR    output folder on disk for the disk pass (default $DISK_DIR)
  --results FILE    also keep the raw measurements (TSV) in FILE
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --large) LARGE=1; shift ;;
    --runs) RUNS="$2"; shift 2 ;;
    --large-runs) LARGE_RUNS="$2"; shift 2 ;;
    --passes) PASSES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    -j) JOBS="$2"; shift 2 ;;
    --bin) BIN="$2"; shift 2 ;;
    --build-dir) BUILD_DIR="$2"; shift 2 ;;
    --tmpfs-dir) TMPFS_DIR="$2"; shift 2 ;;
    --disk-dir) DISK_DIR="$2"; shift 2 ;;
    --results) RESULTS="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
[ "$LARGE" = 1 ] && SIZES="$SIZES 50000"

# --- tools -------------------------------------------------------------------
# shellcheck source=../scripts/deps.sh
source "$REPO/scripts/deps.sh"
need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
command -v cmark-gfm >/dev/null || need+=(cmark-gfm)
command -v python3 >/dev/null || need+=(python3)
[ ${#need[@]} -eq 0 ] || install_missing "${need[@]}"

if [ -z "$BIN" ]; then
  install_missing "${BUILD_PACKAGES[@]}"
  echo "Building nastavnik (Release) in $BUILD_DIR ..."
  cmake -S "$REPO" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD_DIR" -j"$(nproc)" --target nastavnik >/dev/null
  BIN="$BUILD_DIR/nastavnik"
fi
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
# Cold builds: no incremental state (removed before each run, and --full where
# the binary has it).
FULL=()
"$BIN" build --help 2>&1 | grep -q -- '--full' && FULL=(--full)

mkdir -p "$TMPFS_DIR" "$DISK_DIR"
RAW="$TMPFS_DIR/raw.tsv"
: >"$RAW"

# --- corpora -----------------------------------------------------------------
corpus() {  # corpus SIZE FORMAT -> path (generated once per size, seed and generator version)
  local size=$1 fmt=$2
  local stamp
  stamp="$( (cat "$BENCH/gen_corpus.py"; find "$BENCH/hugo-theme" -type f | sort | xargs cat) | cksum | cut -d' ' -f1)"
  local dir="$TMPFS_DIR/src-$fmt-$size-s$SEED-$stamp"
  if [ ! -d "$dir" ]; then
    rm -rf "$TMPFS_DIR"/src-"$fmt"-"$size"-s"$SEED"-*
    python3 "$BENCH/gen_corpus.py" --pages "$size" --seed "$SEED" --format "$fmt" "$dir" >&2
  fi
  echo "$dir"
}

bodies() {  # bodies SIZE -> folder with JOBS chunk files holding every Markdown text (bodies and practices' Markdown fields)
  local size=$1 src
  src="$(corpus "$size" nastavnik)"
  local dir="$src.bodies"
  if [ ! -d "$dir" ]; then
    python3 "$BENCH/gen_corpus.py" --pages "$size" --seed "$SEED" --format markdown --chunks "$JOBS" "$dir" >&2
  fi
  echo "$dir"
}

busy_jiffies() {  # CPU time used by everything on the machine so far (jiffies)
  awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9; exit}' /proc/stat
}

# --- one measurement -----------------------------------------------------------
# measure PASS SIZE RUN WHO OUT STATE -- command...   appends a TSV row to $RAW
# OUT and STATE (a generator's cached state, or "") are removed first: a cold build.
measure() {
  local pass=$1 size=$2 run=$3 who=$4 out=$5 state=$6; shift 7
  rm -rf "$out" "$out".tmp-* "$out".old-*
  [ -z "$state" ] || rm -rf "$state"
  sync
  local tv="$TMPFS_DIR/time.txt" t0 t1 rc=0
  local busy0 busy1
  busy0=$(busy_jiffies)
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$tv" "$@" >"$TMPFS_DIR/last-$who.log" 2>&1 || rc=$?
  t1=$(date +%s%N)
  busy1=$(busy_jiffies)
  if [ $rc -ne 0 ]; then
    echo "run.sh: $who failed (exit $rc) at $size pages; its output:" >&2
    tail -n 30 "$TMPFS_DIR/last-$who.log" >&2
    exit 1
  fi
  local user sys rss
  user=$(awk -F': ' '/User time/ {print $2}' "$tv")
  sys=$(awk -F': ' '/System time/ {print $2}' "$tv")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
  local wall
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$pass" "$size" "$run" "$who" "$wall" "$user" "$sys" "$rss" >>"$RAW"
  # CPU that other processes used meanwhile, as a share of the machine: a noisy-neighbour gauge.
  awk -v b0="$busy0" -v b1="$busy1" -v hz="$(getconf CLK_TCK)" -v u="$user" -v s="$sys" -v w="$wall" -v n="$(nproc)" \
    'BEGIN { o = (b1 - b0) / hz - u - s; if (o < 0) o = 0; printf "other\t%.3f\n", o / (w * n) }' >>"$RAW"
  printf '  %-5s %6s pages run %d  %-9s wall %7.3f s  cpu %7.2f s  rss %7.0f MB\n' \
    "$pass" "$size" "$run" "$who" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$(awk -v r="$rss" 'BEGIN{print r/1024}')" >&2
}

count_pages() {  # count_pages PASS SIZE WHO OUT: HTML pages (of them, redirect stubs), all files, bytes; keeps the HTML list
  local html redirects files bytes
  (cd "$4" && find . -type f -name '*.html' -printf '%P\n' | LC_ALL=C sort) >"$TMPFS_DIR/html-$3.txt"
  html=$(wc -l <"$TMPFS_DIR/html-$3.txt")
  redirects=$(grep -rl --include='*.html' 'http-equiv="refresh"' "$4" | wc -l || true)
  files=$(find "$4" -type f | wc -l)
  bytes=$(find "$4" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
  printf 'count\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$html" "$files" "$bytes" "$redirects" >>"$RAW"
}

compare_pages() {  # compare_pages PASS SIZE: HTML pages only one generator wrote (Hugo's redirect stubs left out)
  local ours="$TMPFS_DIR/html-nastavnik.txt" hugo="$TMPFS_DIR/html-hugo.txt" only_ours only_hugo
  only_ours=$(LC_ALL=C comm -23 "$ours" "$hugo" | tr '\n' ' ')
  only_hugo=$(LC_ALL=C comm -13 "$ours" "$hugo" | while read -r f; do grep -q 'http-equiv="refresh"' "$3/$f" || echo "$f"; done | tr '\n' ' ')
  printf 'pageset\t%s\t%s\t%s\t%s\n' "$1" "$2" "$only_ours" "$only_hugo" >>"$RAW"
  printf '  %-5s %6s pages: HTML pages written: nastavnik %d, Hugo %d (%d redirect stubs); only ours: %s; only Hugo: %s\n' "$1" "$2" \
    "$(wc -l <"$ours")" "$(wc -l <"$hugo")" "$(grep -rl --include='*.html' 'http-equiv="refresh"' "$3" | wc -l || true)" \
    "${only_ours:-none}" "${only_hugo:-none}" >&2
}

# --- versions ------------------------------------------------------------------
{
  printf 'version\tnastavnik\t%s\n' "$("$BIN" --version 2>&1 | head -n1)"
  printf 'version\tsource tree\t%s\n' "$(git -C "$REPO" describe --always --dirty 2>/dev/null || echo unknown)"
  printf 'version\thugo\t%s\n' "$(hugo version 2>&1 | head -n1)"
  printf 'version\tcmark-gfm\t%s\n' "$(cmark-gfm --version 2>&1 | head -n1)"
  printf 'machine\t%s cores\t%s\t%s\n' "$(nproc)" "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" "$(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo)"
  printf 'date\t%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
} >>"$RAW"

# --- the runs --------------------------------------------------------------------
for size in $SIZES; do
  src_ours="$(corpus "$size" nastavnik)"
  src_hugo="$(corpus "$size" hugo)"
  chunks="$(bodies "$size")"
  runs=$RUNS
  [ "$size" -ge 50000 ] && runs=$LARGE_RUNS
  for pass in $PASSES; do
    case "$pass" in
      tmpfs) base="$TMPFS_DIR/out" ;;
      disk) base="$DISK_DIR/out" ;;
      *) echo "run.sh: unknown pass $pass" >&2; exit 2 ;;
    esac
    mkdir -p "$base"
    ours_out="$base/nastavnik-$size"
    hugo_out="$base/hugo-$size"
    floor_out="$base/floor-$size"
    # The floor, in two parts: Markdown → HTML of every body (one cmark-gfm per
    # core, in parallel) and a copy of our output folder (all the bytes a
    # generator must write).
    md_cmd="for f in '$chunks'/chunk*.md; do cmark-gfm --unsafe -e table -e strikethrough -e autolink -e tasklist -e footnotes \"\$f\" >/dev/null & done; wait"
    for run in $(seq 1 "$runs"); do
      ours=(measure "$pass" "$size" "$run" nastavnik "$ours_out" "$src_ours/.nastavnik" -- "$BIN" build -q "${FULL[@]}" -s "$src_ours" -o "$ours_out" --today "$TODAY" -j "$JOBS")
      hugo=(measure "$pass" "$size" "$run" hugo "$hugo_out" "$src_hugo/resources" -- hugo --quiet --noBuildLock -s "$src_hugo" -d "$hugo_out")
      if [ $((run % 2)) -eq 1 ]; then "${ours[@]}"; "${hugo[@]}"; else "${hugo[@]}"; "${ours[@]}"; fi
      # The floor copies our output, so it runs after ours.
      measure "$pass" "$size" "$run" floor-md "$floor_out" "" -- sh -c "$md_cmd"
      measure "$pass" "$size" "$run" floor-cp "$floor_out" "" -- cp -r "$ours_out" "$floor_out"
    done
    count_pages "$pass" "$size" nastavnik "$ours_out"
    count_pages "$pass" "$size" hugo "$hugo_out"
    compare_pages "$pass" "$size" "$hugo_out"
    rm -rf "$ours_out" "$hugo_out" "$floor_out"
  done
done

[ -n "$RESULTS" ] && cp "$RAW" "$RESULTS"
python3 "$BENCH/report.py" "$RAW"

#!/usr/bin/env bash
# Benchmarks a full Mingcha scan against Debian's dexdump and androguard on the same real APK, side by side.
#
#   scripts/bench.sh [--runs N] [--update-readme] [APK]
#
# APK defaults to the 18 MB appium-uiautomator2-server-v10.6.6.apk that scripts/test-tools.sh puts in the
# tools cache. Measured, each in its own cold process:
#   mingcha     ./mingcha scan APK --format json,html,sarif --out TMP   (median of N runs, default 5)
#   dexdump     dexdump over every classes*.dex of the APK, default plain layout: it lists every class with its
#               fields and methods (no disassembly); median of N runs
#   androguard  androguard.misc.AnalyzeAPK(APK) with Debian's python3 module: parses the APK, every DEX and
#               builds the cross-reference analysis; run once (it is slow)
#   bench       ./mingcha bench APK: the CLI's own in-JVM phase times and peak heap, printed as it gives them
# Wall time and peak RSS come from GNU time (-f '%e %M'); without it, bash's clock and /proc sampling.
# With --update-readme the Markdown table replaces the block between the two '<!-- bench results -->'
# lines of README.md (a single marker line is turned into such a block).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
TOOLS="${MINGCHA_TOOLS:-$HOME/.cache/mingcha-tools}"
RUNS=5
UPDATE_README=false
APK=""

while (($#)); do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --update-readme) UPDATE_README=true; shift ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "bench: unknown option $1" >&2; exit 2 ;;
        *) APK="$1"; shift ;;
    esac
done
APK="${APK:-$TOOLS/apks/appium-uiautomator2-server-v10.6.6.apk}"
[[ -f "$APK" ]] || { echo "bench: $APK not found; run ./scripts/test-tools.sh" >&2; exit 1; }
[[ -x "$ROOT/mingcha" ]] || { echo "bench: ./mingcha not found; build first (mvn -B -q -DskipTests install)" >&2; exit 1; }
command -v dexdump >/dev/null || { echo "bench: dexdump missing; run ./scripts/test-tools.sh" >&2; exit 1; }
PY=/usr/bin/python3
"$PY" -c 'import androguard' 2>/dev/null || { echo "bench: androguard (Debian package) missing; run ./scripts/test-tools.sh" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

GNU_TIME=""
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%e %M' -o /dev/null true 2>/dev/null; then
    GNU_TIME=/usr/bin/time
fi

# measure OUTFILE MAXEXIT CMD...: appends "seconds peak_rss_kb" for one cold run of CMD (output discarded);
# fails when CMD exits above MAXEXIT (mingcha exits 1 when findings reach --fail-on: still a full scan).
measure() {
    local outfile="$1" maxexit="$2" status=0
    shift 2
    if [[ -n "$GNU_TIME" ]]; then
        "$GNU_TIME" -f '%e %M' -o "$WORK/t" "$@" >/dev/null 2>"$WORK/err" || status=$?
        ((status <= maxexit)) || { echo "bench: $* exited $status" >&2; cat "$WORK/err" >&2; return 1; }
        tail -n 1 "$WORK/t" >>"$outfile"
    else
        local start end pid peak=0 rss
        start=$(date +%s.%N)
        "$@" >/dev/null 2>"$WORK/err" &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            # VmHWM is the process's own peak; sample it until it ends (children are not counted)
            rss=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
            [[ -n "$rss" && "$rss" -gt "$peak" ]] && peak=$rss
            sleep 0.05
        done
        wait "$pid" || status=$?
        ((status <= maxexit)) || { echo "bench: $* exited $status" >&2; cat "$WORK/err" >&2; return 1; }
        end=$(date +%s.%N)
        awk -v s="$start" -v e="$end" -v p="$peak" 'BEGIN { printf "%.2f %d\n", e - s, p }' >>"$outfile"
    fi
}

# median FILE COLUMN
median() {
    sort -g -k"$2","$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

load_before="$(cut -d' ' -f1 /proc/loadavg)"
apk_name="$(basename "$APK")"
apk_mb="$(awk -v b="$(stat -c %s "$APK")" 'BEGIN { printf "%.1f", b / 1048576 }')"
echo "bench: $apk_name ($apk_mb MB), $RUNS runs each (androguard once)" >&2

# (a) the whole mingcha process, cold JVM, all three report formats
for ((i = 1; i <= RUNS; i++)); do
    measure "$WORK/mingcha" 1 "$ROOT/mingcha" scan "$APK" --format json,html,sarif --out "$WORK/reports-$i" --quiet
done

for kind in json html sarif; do
    [[ -s "$WORK/reports-1/$(basename "$APK").mingcha.$kind" ]] \
        || { echo "bench: mingcha wrote no $kind report" >&2; exit 1; }
done

# (b) dexdump over the same DEX files
mkdir -p "$WORK/dex"
unzip -q -o "$APK" 'classes*.dex' -d "$WORK/dex"
dex_files=("$WORK"/dex/classes*.dex)
for ((i = 1; i <= RUNS; i++)); do
    measure "$WORK/dexdump" 0 dexdump "${dex_files[@]}"
done
dex_classes=0
for dex in "${dex_files[@]}"; do
    # awk stops at the header line; dexdump then dies of SIGPIPE, which is expected
    n=$({ dexdump -f "$dex" 2>/dev/null || true; } | awk '/class_defs_size/ {print $3; exit}')
    dex_classes=$((dex_classes + n))
done

# (c) androguard's full analysis
measure "$WORK/androguard" 0 "$PY" -c '
import sys
from androguard.misc import AnalyzeAPK
a, d, dx = AnalyzeAPK(sys.argv[1])
sys.stdout.write(str(sum(1 for _ in dx.get_classes())))
' "$APK"

# (d) the CLI's own phase numbers
bench_out="$("$ROOT/mingcha" bench "$APK" 2>&1 || true)"

m_wall=$(median "$WORK/mingcha" 1); m_rss=$(median "$WORK/mingcha" 2)
d_wall=$(median "$WORK/dexdump" 1); d_rss=$(median "$WORK/dexdump" 2)
a_wall=$(median "$WORK/androguard" 1); a_rss=$(median "$WORK/androguard" 2)

mingcha_vs_dexdump=$(ratio "$m_wall" "$d_wall")
androguard_vs_mingcha=$(ratio "$a_wall" "$m_wall")
# "peak heap: 156.3 MB (...)" as mingcha bench prints it
peak_heap_mb="$(printf '%s\n' "$bench_out" | sed -n 's/.*peak heap: *\([0-9.]*\) *MB.*/\1/p' | head -n 1)"
peak_heap_mb="${peak_heap_mb:-n/a}"

verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == "<=") ? (v <= t) : (v >= t); print ok ? "met" : "NOT met" }'; }

table="$(cat <<EOF
Measured by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores (load average $load_before at start), $(java -version 2>&1 | head -n 1 | tr -d '"'), input \`$apk_name\` ($apk_mb MB, $dex_classes classes in ${#dex_files[@]} DEX files). Median of $RUNS cold runs (androguard: 1 run).

| tool | what runs | wall time (s) | peak RSS (MB) |
|---|---|---:|---:|
| Mingcha | \`mingcha scan --format json,html,sarif\` (whole process, cold JVM) | $m_wall | $(mb "$m_rss") |
| dexdump | \`dexdump\` default plain layout over all \`classes*.dex\` (lists every class, field and method) | $d_wall | $(mb "$d_rss") |
| androguard | \`androguard.misc.AnalyzeAPK\` (APK, DEX, cross-references) | $a_wall | $(mb "$a_rss") |

| ratio | value | target | |
|---|---:|---|---|
| Mingcha / dexdump | ${mingcha_vs_dexdump}× | ≤ 2× | $(verdict "$mingcha_vs_dexdump" "<=" 2) |
| androguard / Mingcha | ${androguard_vs_mingcha}× | ≥ 30× | $(verdict "$androguard_vs_mingcha" ">=" 30) |
| Mingcha peak heap (\`mingcha bench\`) | $peak_heap_mb MB | < 1024 MB | $( [[ "$peak_heap_mb" == n/a ]] && echo "n/a" || verdict "$peak_heap_mb" "<=" 1023.99) |

\`mingcha bench\` (one JVM: per-phase times after warm-up, peak heap):

\`\`\`
$bench_out
\`\`\`
EOF
)"

printf '%s\n' "$table"

if $UPDATE_README; then
    readme="$ROOT/README.md"
    [[ -f "$readme" ]] || { echo "bench: no README.md to update" >&2; exit 1; }
    marker='<!-- bench results -->'
    count=$(grep -c -F -x "$marker" "$readme" || true)
    ((count >= 1)) || { echo "bench: README.md has no '$marker' line" >&2; exit 1; }
    printf '%s\n' "$table" >"$WORK/table"
    awk -v marker="$marker" -v tablefile="$WORK/table" -v pairs="$count" '
        function emit(   line) { print marker; while ((getline line < tablefile) > 0) print line; close(tablefile); print marker }
        $0 == marker {
            seen++
            if (seen == 1) { emit(); if (pairs < 2) next; skipping = 1; next }
            if (seen == 2 && skipping) { skipping = 0; next }
        }
        !skipping { print }
    ' "$readme" >"$WORK/readme" && cp "$WORK/readme" "$readme"
    echo "bench: README.md updated" >&2
fi

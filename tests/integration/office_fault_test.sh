#!/usr/bin/env bash
# Fault injection for `parcalc validate`: soffice is killed in the middle of a
# batch, then every soffice the tool starts again is killed too. The run must
# not crash or hang: every file is in the report, those read before the fault
# with their findings, the one being opened "LibreOffice stopped", the rest
# "could not be started again", and the exit code says some were unreadable.
# With JOBS offices (--jobs) every office dies: several files may be in hand at
# the fault, and one office reads after another is gone, so the order is looser.
#
#   office_fault_test.sh PARCALC_EXE SOURCE_DIR WORK_DIR [JOBS]
set -euo pipefail

parcalc=$1
source_dir=$2
work=$3
jobs=${4:-1}
files=40
rm -rf "$work"
mkdir -p "$work/in" "$work/profile"
for ((i = 0; i < files; i++)); do
    cp "$source_dir/sample_sheets/ngan-son-q1-2023.ods" "$work/in/$(printf %03d "$i").ods"
done

"$parcalc" validate --jobs "$jobs" --format json --output "$work/report.json" --profile "$work/profile" \
    "$work/in" 2>"$work/stderr.txt" &
pid=$!

# Wait until three files are reported, then kill its soffice (the pipe name
# carries parcalc's pid) and keep killing any new one until parcalc exits.
for ((t = 0; t < 1200; t++)); do
    grep -q '^\[3/' "$work/stderr.txt" 2>/dev/null && break
    sleep 0.05
done
grep -q '^\[3/' "$work/stderr.txt" || { echo "FAIL: no progress"; kill "$pid"; exit 1; }
t=0
while kill -0 "$pid" 2>/dev/null; do
    pkill -KILL -f "name=parcalc_${pid}_" || true
    sleep 0.02
    t=$((t + 1))
    [ "$t" -lt 6000 ] || { kill -KILL "$pid"; echo "FAIL: parcalc still running after 2 minutes"; exit 1; }
done
set +e
wait "$pid"
rc=$?
set -e
cat "$work/stderr.txt"

fail() { echo "FAIL: $*"; exit 1; }
[ "$rc" -eq 3 ] || fail "exit code $rc, expected 3 (some files unreadable)"
grep -q "terminate called" "$work/stderr.txt" && fail "parcalc crashed"

python3 - "$work/report.json" "$files" "$jobs" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
jobs = int(sys.argv[3])
files = report["files"]
assert len(files) == n, f"{len(files)} files in the report, expected {n}"
status = [f["status"] for f in files]
read = [f for f in files if f["status"] != "unreadable"]
# Read before the fault: the seed-001 sample's real errors, nothing else.
assert len(read) >= 3, f"only {len(read)} files read before the fault"
for f in read:
    assert f["status"] == "invalid", f
    codes = sorted(x["code"] for x in f["findings"] if x["severity"] == "error")
    assert codes == ["zero-denominator", "zero-denominator"], codes
first_bad = status.index("unreadable")
stopped = "LibreOffice stopped while opening or reading"
gone = "could not be started again"
if jobs > 1:
    bad = [f for f in files if f["status"] == "unreadable"]
    assert all(stopped in f["reason_en"] or gone in f["reason_en"] for f in bad), bad
    assert any(stopped in f["reason_en"] for f in bad), "no file in hand when soffice died"
    assert gone in files[-1]["reason_en"], "the last office did not report the rest"
    print(f"ok with {jobs} offices: {len(read)} read, then {len(bad)} unreadable")
    sys.exit(0)
assert all(s == "unreadable" for s in status[first_bad:]), status
# The file in hand when soffice died says so (killed while loading or reading it).
assert stopped in files[first_bad]["reason_en"], files[first_bad]
# The files after the first unreadable one were never opened: the office could not come back.
later = files[first_bad + 1:]
assert later, "the fault came too late to test the unavailable office"
for f in later:
    assert gone in f["reason_en"], f["reason_en"]
    assert "không khởi động lại được" in f["reason"], f["reason"]
print(f"ok: {len(read)} read, then {n - len(read)} unreadable "
      f"(first: {files[first_bad]['reason_en']!r})")
EOF

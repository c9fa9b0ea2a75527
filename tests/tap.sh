# tap.sh: a few TAP helpers for the shell tests (sourced, not run).
# Each `ok`/`not_ok` prints one TAP result; `finish` prints the plan.
tap_n=0
tap_failed=0
ok() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $*"; }
not_ok() { tap_n=$((tap_n + 1)); tap_failed=$((tap_failed + 1)); echo "not ok $tap_n - $*"; }
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }
finish() { echo "1..$tap_n"; [ "$tap_failed" -eq 0 ]; }

# check DESC CMD...: passes when CMD succeeds.
check() { desc=$1; shift; if "$@"; then ok "$desc"; else not_ok "$desc"; fi; }

# run CMD...: runs CMD capturing stdout in $out, stderr in $err and status in $rc.
run() {
	out=$("$@" 2>"$TAP_TMP/stderr"); rc=$?
	err=$(cat "$TAP_TMP/stderr")
}

# expect DESC STATUS: the last `run` exited with STATUS.
expect_rc() { if [ "$rc" -eq "$2" ]; then ok "$1 (exit $2)"; else not_ok "$1 (exit $rc, want $2)"; diag "stdout: $out" "stderr: $err"; fi; }
# has DESC TEXT STRING: STRING contains TEXT.
has() { case $3 in *"$2"*) ok "$1";; *) not_ok "$1"; diag "want: $2" "got: $3";; esac; }
hasnt() { case $3 in *"$2"*) not_ok "$1"; diag "unwanted: $2";; *) ok "$1";; esac; }

TAP_TMP=$(mktemp -d "${TMPDIR:-/tmp}/siptriage-test.XXXXXX")
trap 'rm -rf "$TAP_TMP"' EXIT

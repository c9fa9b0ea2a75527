#!/bin/sh
# deb-layout.sh DEB: the Debian package unpacked into a scratch root (as
# dpkg would install it, without touching the system): every file where
# Debian expects it, and the installed program working from its installed
# knowledge base, catalogues, schemas and manual page.  Run by `make deb`;
# prints TAP and fails when anything is off.
. "${top_srcdir:?}/tests/tap.sh"
deb=${1:?usage: deb-layout.sh DEB}
root="$TAP_TMP/root"
mkdir -p "$root"
dpkg-deb -x "$deb" "$root" || { echo "Bail out! dpkg-deb -x $deb"; exit 1; }
files=$(cd "$root" && find . ! -type d | sed 's|^\.||' | sort)
diag "$deb:" $files

# --- layout ------------------------------------------------------------------
want() { printf '%s\n' "$files" | grep -qx "$1" && ok "installs $1" || not_ok "installs $1"; }
want /usr/bin/siptriage
want /usr/libexec/siptriage/kbbuild
want /usr/share/siptriage/siptriage.db
want /usr/share/man/man1/siptriage.1.gz
want /usr/share/locale/de/LC_MESSAGES/siptriage.mo
want /usr/share/doc/siptriage/copyright
want /usr/share/doc/siptriage/changelog.Debian.gz
want '/usr/share/doc/siptriage/README\.md\(\.gz\)\{0,1\}'
want '/usr/share/doc/siptriage/NEWS\(\.gz\)\{0,1\}'
for s in ${JSON_SCHEMAS:-}; do want "/usr/share/siptriage/json/${s##*/}"; done
stray=$(printf '%s\n' "$files" | grep -v '^/usr/\(bin\|libexec\|share\)/' )
[ -z "$stray" ] && ok "nothing outside /usr/bin, /usr/libexec, /usr/share" || { not_ok "stray files"; diag "$stray"; }

# --- the binary, as built for Debian -------------------------------------------
S="$root/usr/bin/siptriage"
KB="$root/usr/share/siptriage/siptriage.db"
elf=$(readelf -h -d "$S" 2>&1)
has "siptriage: position-independent (PIE)" "DYN (Position-Independent Executable file)" "$elf"
has "siptriage: immediate binding (hardening=+all)" "BIND_NOW" "$elf"
readelf -W --dyn-syms "$S" | grep -q '__[a-z_]*_chk@' && ok "siptriage: fortified calls (_FORTIFY_SOURCE)" ||
	not_ok "siptriage: fortified calls (_FORTIFY_SOURCE)"

# --- the installed program, from the scratch root ------------------------------
run "$S" --version
expect_rc "siptriage --version" 0
has "--version: $PACKAGE_VERSION" "siptriage (siptriage) ${PACKAGE_VERSION:?}" "$out"
run "$S" kb check "$KB"
expect_rc "kb check on the installed knowledge base" 0
run "$S" --kb "$KB" explain 503
expect_rc "explain 503 from the installed knowledge base" 0
has "explain 503: the code" "503 Service Unavailable" "$out"
run "$S" --kb "$KB" checklist -c 503 -V carrier -a allowlist=no
expect_rc "checklist from the installed knowledge base" 0
has "checklist: its title" "RESOLUTION CHECKLIST: 503" "$out"
run env LC_ALL=C.UTF-8 LANGUAGE=de SIPTRIAGE_LOCALEDIR="$root/usr/share/locale" "$S" --help
has "the installed German catalogue" "Aufruf: siptriage" "$out"

# The installed compiler rebuilds the installed knowledge base, byte for byte.
run "$root/usr/libexec/siptriage/kbbuild" -o "$TAP_TMP/rebuilt.db" -C "$top_srcdir" ${KB_SQL:?}
expect_rc "installed kbbuild compiles data/*.sql" 0
cmp -s "$TAP_TMP/rebuilt.db" "$KB" && ok "kbbuild's result equals the installed knowledge base" ||
	not_ok "kbbuild's result differs from the installed knowledge base"

# --- the manual page -------------------------------------------------------------
man="$root/usr/share/man/man1/siptriage.1.gz"
page=$(gzip -dc "$man")
hasnt "man page: no placeholder left" "@VERSION@" "$page"
has "man page: the installed knowledge base's path" "/usr/share/siptriage/siptriage.db" "$page"
has "man page: the installed compiler's path" "/usr/libexec/siptriage/kbbuild" "$page"
if [ -n "${MANDOC:-}" ] && [ -x "$MANDOC" ]; then
	run "$MANDOC" -Tutf8 "$man"
	expect_rc "mandoc renders the installed page" 0
	has "installed page: NAME" "siptriage" "$out"
fi

# --- the documented json contracts, against the installed program -------------
if [ -n "${PYTHON3:-}" ] && [ -d "$root/usr/share/siptriage/json" ]; then
	run env SIPTRIAGE="$S" SIPTRIAGE_KB="$KB" top_srcdir="$top_srcdir" JSON_SCHEMAS="${JSON_SCHEMAS:-}" \
		"$PYTHON3" "$top_srcdir/tests/json_schema.py" "$root/usr/share/siptriage/json" \
		"$top_srcdir/tests/json" "$top_srcdir/tests/data/json"
	expect_rc "installed schemas validate the installed program's output" 0
fi
finish

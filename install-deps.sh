#!/bin/sh
# install-deps.sh: installs the Debian 12 packages siptriage needs to build and
# run its tests, and only those that are missing.  When every one is
# installed it does not run apt at all, so another apt (unattended-upgrades, a
# second terminal) holding the dpkg lock does not stop a build.
#
#   ./install-deps.sh          install what is missing (as root, or with sudo)
#   ./install-deps.sh --list   print the package names and exit
#
# Keep the list in step with Build-Depends in debian/control
# (tests/packaging.test checks it).
set -eu

packages="build-essential autoconf automake autopoint gettext pkgconf
libncurses-dev libsqlite3-dev libpcap-dev libcmocka-dev tmux mandoc python3 python3-jsonschema
locales"

if [ "${1:-}" = --list ]; then
	printf '%s\n' $packages
	exit 0
fi
if [ $# -gt 0 ]; then
	echo "usage: $0 [--list]" >&2
	exit 2
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "install-deps.sh: no dpkg-query: this is for Debian and its derivatives;" \
		"install the equivalents of:" $packages >&2
	exit 1
fi
missing=
for p in $packages; do
	status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) || status=
	[ "$status" = installed ] || missing="$missing $p"
done
if [ -z "$missing" ]; then
	echo "install-deps.sh: every package needed is installed"
	exit 0
fi

echo "install-deps.sh: installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1; then
	sudo=sudo
else
	echo "install-deps.sh: run it as root (there is no sudo) to install:$missing" >&2
	exit 1
fi
$sudo apt-get update
# shellcheck disable=SC2086 # one word per package
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing

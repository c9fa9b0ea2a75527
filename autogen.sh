#!/bin/sh
# Bootstrap the build system from a git checkout (the release tarball has it).
set -e
cd "$(dirname "$0")"
autoreconf --install --force

#!/usr/bin/env bash
# The README's first command: set up, build, and run PartnerDesk. Until the desktop window lands,
# this runs the command-line client: it prints its version and usage, then signs the sample
# request of signing.md §2 so you can see the signer at work.
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$SRC/scripts/build.sh"
CLI="${BUILD_DIR:-$SRC/build}/bin/partnerdesk-cli"
"$CLI" --version
"$CLI" --help
echo
echo ">> partnerdesk-cli sign < tests/data/sample-sign-request.json"
"$CLI" sign < "$SRC/tests/data/sample-sign-request.json"

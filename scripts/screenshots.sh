#!/bin/sh
# Saves full-page PNGs of the main pages to docs/screenshots/ (browser tests with GONGKAI_SCREENSHOTS=1).
set -e
cd "$(dirname "$0")/.."
GONGKAI_SCREENSHOTS=1 flock /tmp/gongkai-build.lock dotnet test tests/Gongkai.Web.BrowserTests "$@"

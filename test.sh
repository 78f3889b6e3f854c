#!/usr/bin/env bash
# The README's test command: installs what the tests need when it is missing (Debian packages:
# tesseract with chi_sim, poppler, Chromium, LibreOffice, CJK fonts, PostgreSQL for the web tests), runs the whole suite and ends
# with one line "N passed, N failed" (", N skipped" when any). Extra arguments go to `dotnet test`.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
ls /usr/share/tesseract-ocr/*/tessdata/chi_sim.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-chi-sim)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v fc-match >/dev/null 2>&1 || need+=(fontconfig)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc ] || need+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || need+=(libreoffice-calc-nogui)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing the packages the tests need: ${need[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO=""; fi
  if command -v apt-get >/dev/null 2>&1; then
    $SUDO apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
      || echo "warning: apt-get install failed for: ${need[*]} (the tests that need them will fail)"
  else
    echo "warning: no apt-get; install ${need[*]} by hand (the tests that need them will fail)"
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test Gongkai.slnx "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# VSTest prints one summary line per test assembly, e.g.
#   Passed!  - Failed:     0, Passed:    54, Skipped:     0, Total:    54, Duration: ...
read -r passed failed skipped < <(grep -E '(Passed|Failed)!  - Failed:' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
assemblies=$(grep -cE '(Passed|Failed)!  - Failed:' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A build error or a crashed test host: count it as a failure so nothing passes silently.
  failed=1
fi
if [ "$assemblies" -eq 0 ]; then
  echo "no test assembly reported results"
  failed=$((failed > 0 ? failed : 1))
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]

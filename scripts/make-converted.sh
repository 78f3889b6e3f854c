#!/usr/bin/env bash
# Regenerates tests/data/converted/: the corpus documents and the seeds as PDF, converted back to text by
# real converters (pdftotext -layout, pdftotext -raw, @opendocsg/pdf2md). Not run by the tests; the
# outputs are committed. See tests/data/converted/README.md for versions.
#
# Needs: poppler-utils (pdftotext), chromium, node + npm, dotnet (for `gongkai render`).
# Usage: scripts/make-converted.sh [work-dir]   (default /tmp/gongkai-converted)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/gongkai-converted}"
out="$root/tests/data/converted"
mkdir -p "$work/pdf" "$out/pdftotext-layout" "$out/pdftotext-raw" "$out/pdf2md"

# The CLI, built once (serialised with other builds on a shared machine).
if [ ! -f "$work/cli/gongkai.dll" ]; then
  flock /tmp/gongkai-build.lock dotnet build "$root/src/Gongkai.Cli" -v q -o "$work/cli" >/dev/null
fi
gongkai() { dotnet "$work/cli/gongkai.dll" "$@"; }

# 1. PDFs. Corpus PDFs as they are; the HTML corpus printed by Chromium; the Word template rendered by
#    `gongkai render` (Chromium has no Word reader); the seeds rendered by `gongkai render --to pdf`.
for name in huaian-2024 hongze-2024; do
  cp "$root/tests/data/corpus/$name/source.pdf" "$work/pdf/$name.pdf"
done
for name in pingtan-2020 pingtan-2023; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$work/pdf/$name.pdf" "file://$root/tests/data/corpus/$name/source.html" 2>/dev/null
done
gongkai render "$root/tests/data/corpus/blank-template-2021/source.docx" --to pdf -o "$work/pdf/blank-template-2021.pdf"
for seed in "$root"/samples/*.txt; do
  base="$(basename "$seed" .txt)"
  gongkai render "$seed" --to pdf -o "$work/pdf/seed-$base.pdf"
done

# 2. pdf2md in a private npm project (pinned version), with the font-wait workaround of conv.cjs.
if [ ! -d "$work/npm/node_modules/@opendocsg/pdf2md" ]; then
  mkdir -p "$work/npm"
  (cd "$work/npm" && npm init -y >/dev/null && npm install --no-audit --no-fund @opendocsg/pdf2md@0.3.2 >/dev/null)
fi
cp "$root/scripts/pdf2md-convert.cjs" "$work/npm/convert.cjs"

# 3. Convert.
for pdf in "$work"/pdf/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  pdftotext -layout -enc UTF-8 "$pdf" "$out/pdftotext-layout/$name.txt"
  pdftotext -raw -enc UTF-8 "$pdf" "$out/pdftotext-raw/$name.txt"
  (cd "$work/npm" && node convert.cjs "$pdf" "$out/pdf2md/$name.md")
done
echo "written to $out"

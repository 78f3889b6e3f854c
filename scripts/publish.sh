#!/usr/bin/env bash
# Builds the `gongkai` command as one self-contained executable per platform (no .NET needed on the target):
#   dist/win-x64/gongkai.exe, dist/linux-x64/gongkai
# and the .NET tool package dist/nupkg/Gongkai.Cli.*.nupkg.
# Usage: scripts/publish.sh [RID...]   (default: win-x64 linux-x64)
set -euo pipefail
cd "$(dirname "$0")/.."
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(win-x64 linux-x64)
for rid in "${rids[@]}"; do
  echo "== $rid"
  dotnet publish src/Gongkai.Cli -c Release -r "$rid" --self-contained -p:PublishSingleFile=true -o "dist/$rid" -nologo -v quiet
done
echo "== .NET tool package"
dotnet pack src/Gongkai.Cli -c Release -o dist/nupkg -nologo -v quiet
ls -l dist/*/gongkai* dist/nupkg/*.nupkg

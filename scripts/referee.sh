#!/usr/bin/env bash
# Builds a private copy of the package and runs the referee on it, so several people can score at once
# without overwriting each other's dist/.  Usage: scripts/referee.sh TAG [--corpus] [score.mjs options]
set -euo pipefail
cd "$(dirname "$0")/.."
tag=${1:-me}; shift || true
out=/tmp/vinews-$tag
texts=../shared/fixtures; gold=../shared/gold
if [ "${1:-}" = "--corpus" ]; then texts=../shared/corpus; gold=../shared/corpus/gold; shift; fi
mkdir -p "$out"
cp package.json "$out/"
npx esbuild src/index.ts --bundle --format=esm --platform=neutral --main-fields=module,main \
  --outfile="$out/dist/index.js" --log-level=error
node ../shared/gold/score.mjs --project "$out" --texts "$texts" --gold "$gold" "$@"

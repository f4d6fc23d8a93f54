#!/usr/bin/env bash
# Checks the package the way a user receives it: the packed tarball, not the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
# npm pack runs `prepare` (the build) first, as publish and a git install do; the build's
# own output comes first, the tarball's name last.
tarball=$(npm pack --silent --pack-destination "$out" | tail -n 1)
echo "packed $tarball"
npx publint run "$out/$tarball" --strict
# node16 profile: we support Node's own resolution (ESM and CJS) and bundlers; not Node 10's.
# The CSS and JSON entries are not modules with types.
# rolekit/elements is ESM only (it is for browsers); the standalone file is a classic script.
npx attw "$out/$tarball" --profile node16 --exclude-entrypoints ./styles.css ./org-chart.css ./role-card.css \
  ./responsibility-checklist.css ./workflow-stepper.css ./schema.json ./custom-elements.json ./elements ./elements/define ./standalone ./rolekit.standalone.js
npx attw "$out/$tarball" --profile esm-only --entrypoints ./elements ./elements/define
# A consumer project: install the tarball, then require/import it with plain Node and type-check it.
app="$out/consumer"
mkdir -p "$app"
cp -r tests/package/consumer/. "$app/"
(cd "$app" && npm install --no-audit --no-fund --silent "$out/$tarball" react@19 react-dom@19 valibot@^1.5.0 typescript@~6.0.2 @types/react@19 >/dev/null && node check.cjs && node check.mjs && npx tsc -p tsconfig.json)
echo "package checks passed"

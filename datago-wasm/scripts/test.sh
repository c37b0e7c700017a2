#!/usr/bin/env bash
# Builds the npm package and runs every JS test of datago-wasm (node:test): the shared
# conformance vectors, typed errors, garbage input, the sample, the web build, the TypeScript
# declarations against schemas/*.schema.json and `tsc --strict`, the packed package installed
# into a fresh project, and examples/js/quickstart.mjs.
#
# Needs cargo + the wasm32-unknown-unknown target, the wasm-bindgen CLI matching Cargo.lock,
# node >= 18 and npm (typescript and binaryen come from datago-wasm/package-lock.json).
set -euo pipefail

crate="$(cd "$(dirname "$0")/.." && pwd)"
cd "$crate"

command -v node >/dev/null || { echo "test.sh: node not found: install Node.js 18 or later" >&2; exit 1; }
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' ||
  { echo "test.sh: node $(node --version) is too old: Node.js 18 or later is needed" >&2; exit 1; }
command -v npm >/dev/null || { echo "test.sh: npm not found" >&2; exit 1; }

# Install the devDependencies (typescript, binaryen) when missing or older than the lockfile.
if [ ! -x node_modules/.bin/tsc ] || [ ! -x node_modules/.bin/wasm-opt ] ||
   [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

bash scripts/build.sh
node --test tests/

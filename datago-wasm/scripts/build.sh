#!/usr/bin/env bash
# Builds the npm package `datago` into datago-wasm/pkg/:
#   pkg/node/  wasm-bindgen --target nodejs (CommonJS; `require` and `import` both work)
#   pkg/web/   wasm-bindgen --target web    (ES module; call `init()` first)
#   pkg/package.json, pkg/README.md
#
# Needs cargo with the wasm32-unknown-unknown target, the wasm-bindgen CLI of the exact version
# in Cargo.lock, node >= 18 and npm (for wasm-opt from the `binaryen` devDependency).
# Environment:
#   DATAGO_WASM_PROFILE  cargo profile (default: wasm-release, optimized, LTO)
#   DATAGO_WASM_OPT=0    skip wasm-opt (faster, larger module; not for publishing)
set -euo pipefail

crate="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$crate/.." && pwd)"
profile="${DATAGO_WASM_PROFILE:-wasm-release}"
out="$crate/pkg"
target=wasm32-unknown-unknown

fail() { echo "build.sh: $*" >&2; exit 1; }
command -v cargo >/dev/null || fail "cargo not found: install Rust (https://rustup.rs)"
command -v node >/dev/null || fail "node not found: install Node.js 18 or later"
command -v wasm-bindgen >/dev/null ||
  fail "wasm-bindgen not found: cargo install wasm-bindgen-cli --version <the version in Cargo.lock> --locked"
if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx "$target"; then
  fail "the $target target is missing: rustup target add $target"
fi

cd "$root"

# The CLI must equal the wasm-bindgen crate in Cargo.lock exactly, or its output is unusable.
metadata="$(cargo metadata --format-version 1 --filter-platform "$target")"
read -r lock_version version target_dir < <(node -e '
  const m = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const wb = [...new Set(m.packages.filter(p => p.name === "wasm-bindgen").map(p => p.version))];
  const me = m.packages.find(p => p.name === "datago-wasm");
  console.log(wb.join(",") || "none", me.version, m.target_directory);
' <<<"$metadata")
cli_version="$(wasm-bindgen --version | awk '{print $2}')"
if [ "$cli_version" != "$lock_version" ]; then
  fail "wasm-bindgen CLI $cli_version does not match the wasm-bindgen crate $lock_version in Cargo.lock.
Install the matching CLI: cargo install wasm-bindgen-cli --version $lock_version --locked"
fi

wasm_opt=""
if [ "${DATAGO_WASM_OPT:-1}" != 0 ]; then
  wasm_opt="$crate/node_modules/.bin/wasm-opt"
  if [ ! -x "$wasm_opt" ]; then
    command -v npm >/dev/null || fail "npm not found (needed for wasm-opt; or set DATAGO_WASM_OPT=0)"
    (cd "$crate" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

echo "build.sh: cargo build -p datago-wasm --target $target --profile $profile"
cargo build -p datago-wasm --target "$target" --profile "$profile"
wasm="$target_dir/$target/$profile/datago_wasm.wasm"
[ "$profile" = dev ] && wasm="$target_dir/$target/debug/datago_wasm.wasm"

rm -rf "$out"
bindgen() { # target, dir
  wasm-bindgen "$wasm" --target "$1" --out-dir "$out/$2" --remove-name-section --remove-producers-section
  # Classes get a `[Symbol.dispose]()` declaration that TypeScript only accepts with the
  # esnext.disposable lib; `free()` does the same, so the declaration is left out.
  sed -i '/^ *\[Symbol\.dispose\]()/d' "$out/$2/datago_wasm.d.ts"
  # Node 18 has no global Web Crypto unless flagged; the RDF parser draws blank-node ids from it.
  if [ "$1" = nodejs ]; then
    sed -i '1i if (!globalThis.crypto) { globalThis.crypto = require("node:crypto").webcrypto; }' "$out/$2/datago_wasm.js"
  fi
  if [ -n "$wasm_opt" ]; then
    "$wasm_opt" -Oz "$out/$2/datago_wasm_bg.wasm" -o "$out/$2/datago_wasm_bg.opt.wasm"
    mv "$out/$2/datago_wasm_bg.opt.wasm" "$out/$2/datago_wasm_bg.wasm"
  fi
}
bindgen nodejs node &
node_job=$!
bindgen web web
wait "$node_job"

# The root package is CommonJS; the web build is ES modules.
printf '{\n  "type": "module"\n}\n' >"$out/web/package.json"
node -e '
  const fs = require("fs");
  const [template, dest, version] = process.argv.slice(1);
  const pkg = JSON.parse(fs.readFileSync(template, "utf8"));
  pkg.version = version;
  fs.writeFileSync(dest, JSON.stringify(pkg, null, 2) + "\n");
' "$crate/npm/package.json" "$out/package.json" "$version"
cp "$crate/npm/README.md" "$out/README.md"

node -e '
  const fs = require("fs"), zlib = require("zlib");
  const b = fs.readFileSync(process.argv[1]);
  const gz = zlib.gzipSync(b, { level: 9 }).length;
  console.log(`build.sh: datago ${process.argv[2]} in ${process.argv[3]}: .wasm ${b.length} bytes (gzip -9: ${gz})`);
' "$out/node/datago_wasm_bg.wasm" "$version" "$out"

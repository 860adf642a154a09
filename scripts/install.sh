#!/bin/sh
# Installs the shipshape release binary for this Linux machine, after verifying its SHA-256.
#
#   curl -fsSL https://raw.githubusercontent.com/shipshape-dev/shipshape/main/scripts/install.sh | sh
#   curl -fsSL .../install.sh | SHIPSHAPE_VERSION=0.2.0 sh
#   curl -fsSL .../install.sh | sudo env PREFIX=/usr/local sh        # system-wide: root only when asked
#
# Options (each also an environment variable):
#   --version V   SHIPSHAPE_VERSION   the release to install (1.2.3 or v1.2.3); default: the latest
#   --prefix DIR  PREFIX              installs into DIR/bin; default: $HOME/.local (no root needed)
#   --bindir DIR  BINDIR              installs into DIR exactly (overrides the prefix)
#                 SHIPSHAPE_BASE_URL  where the release files are; default: the GitHub release,
#                                     https://github.com/shipshape-dev/shipshape/releases/download/vV
#                                     (or .../releases/latest/download)
#
# It downloads shipshape-linux-ARCH and shipshape-linux-ARCH.sha256 (ARCH x86_64 or arm64), checks
# the binary against the checksum and installs nothing unless they match. It never calls sudo.
# Exit codes: 0 installed, 1 download, checksum or install failure, 2 usage error.
set -eu

say() { printf 'shipshape install: %s\n' "$*"; }
fail() {
    printf 'shipshape install: error: %s\n' "$*" >&2
    exit 1
}
usage() {
    printf 'shipshape install: %s\nusage: install.sh [--version V] [--prefix DIR] [--bindir DIR]\n' "$*" >&2
    exit 2
}

version="${SHIPSHAPE_VERSION:-}"
prefix="${PREFIX:-${HOME:-}/.local}"
bindir="${BINDIR:-}"
while [ $# -gt 0 ]; do
    case "$1" in
        --version) [ $# -ge 2 ] || usage "--version needs a value"; version="$2"; shift 2 ;;
        --prefix) [ $# -ge 2 ] || usage "--prefix needs a value"; prefix="$2"; shift 2 ;;
        --bindir) [ $# -ge 2 ] || usage "--bindir needs a value"; bindir="$2"; shift 2 ;;
        -h | --help)
            if [ -f "$0" ]; then sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; else
                echo "usage: install.sh [--version V] [--prefix DIR] [--bindir DIR]  (env: SHIPSHAPE_VERSION, PREFIX, BINDIR, SHIPSHAPE_BASE_URL)"
            fi
            exit 0 ;;
        *) usage "unknown argument: $1" ;;
    esac
done
[ -n "$bindir" ] || bindir="$prefix/bin"
case "$bindir" in
    /*) ;;
    *) usage "the install directory must be an absolute path: \"$bindir\"" ;;
esac

case "$(uname -s)" in
    Linux) ;;
    *) fail "release binaries are built for Linux only (this is $(uname -s)); build from source: swift build -c release" ;;
esac
case "$(uname -m)" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) fail "no release binary for $(uname -m) (x86_64 and arm64 are built)" ;;
esac

version="${version#v}"
if [ -n "${SHIPSHAPE_BASE_URL:-}" ]; then
    base="${SHIPSHAPE_BASE_URL%/}"
elif [ -n "$version" ]; then
    base="https://github.com/shipshape-dev/shipshape/releases/download/v$version"
else
    base="https://github.com/shipshape-dev/shipshape/releases/latest/download"
fi
asset="shipshape-linux-$arch"

download() { # URL FILE
    if command -v curl >/dev/null 2>&1; then
        curl --fail --silent --show-error --location --output "$2" "$1"
    elif command -v wget >/dev/null 2>&1; then
        wget --quiet --output-document="$2" "$1"
    else
        fail "neither curl nor wget is installed"
    fi
}

sha256() { # FILE -> hex digest on stdout
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1" | cut -d ' ' -f 1
    elif command -v shasum >/dev/null 2>&1; then
        shasum -a 256 "$1" | cut -d ' ' -f 1
    elif command -v openssl >/dev/null 2>&1; then
        openssl dgst -sha256 -r "$1" | cut -d ' ' -f 1
    else
        fail "no SHA-256 tool (sha256sum, shasum or openssl) to verify the download with"
    fi
}

work="$(mktemp -d 2>/dev/null || mktemp -d -t shipshape)"
trap 'rm -rf "$work"' EXIT INT TERM

say "downloading $base/$asset"
download "$base/$asset" "$work/$asset" || fail "cannot download $base/$asset"
download "$base/$asset.sha256" "$work/$asset.sha256" || fail "cannot download the checksum $base/$asset.sha256"

expected="$(cut -d ' ' -f 1 < "$work/$asset.sha256" | head -n 1 | tr 'A-F' 'a-f')"
printf '%s\n' "$expected" | grep -Eq '^[0-9a-f]{64}$' \
    || fail "$asset.sha256 holds no SHA-256 digest; nothing installed"
actual="$(sha256 "$work/$asset")"
if [ "$actual" != "$expected" ]; then
    fail "checksum mismatch for $asset: expected $expected, got $actual; the download is corrupt or was tampered with; nothing installed"
fi
say "checksum verified (sha256 $actual)"

if ! mkdir -p "$bindir" 2>/dev/null || ! [ -w "$bindir" ]; then
    fail "cannot write to $bindir; pick a directory you own (--prefix \"\$HOME/.local\") or, for a system-wide install, run it as root yourself: sudo env PREFIX=/usr/local sh install.sh"
fi
chmod 0755 "$work/$asset"
cp "$work/$asset" "$bindir/.shipshape.install.$$" || fail "cannot copy into $bindir"
mv -f "$bindir/.shipshape.install.$$" "$bindir/shipshape" || {
    rm -f "$bindir/.shipshape.install.$$"
    fail "cannot install $bindir/shipshape"
}
if installed="$("$bindir/shipshape" --version 2>/dev/null)"; then
    say "installed $bindir/shipshape ($installed)"
else
    say "installed $bindir/shipshape"
fi
case ":${PATH:-}:" in
    *":$bindir:"*) ;;
    *) say "$bindir is not on your PATH; add it: export PATH=\"$bindir:\$PATH\"" ;;
esac

#!/bin/sh
# Builds each fuzz target with libFuzzer and AddressSanitizer (swiftc -sanitize=fuzzer,address) and
# runs it for SECONDS (default 60) on its corpus in fuzz/corpus/TARGET, which keeps what it finds.
#   fuzz/run.sh [SECONDS] [TARGET...]     targets: masker duration condition shell dockerfile
#   fuzz/run.sh --check SECONDS           every target for SECONDS on a copy of its corpus (CI: the
#                                         repository's corpora are read, never rewritten); a crash fails
#   targets also: plan (the plan reader, with Yams and DeployModel built with the sanitizers too;
#   it needs `swift build` to have fetched Yams into .build/checkouts first)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/.build/fuzz"
check=
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-masker duration condition shell dockerfile plan}
mkdir -p "$out"
flags="-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 -package-name Shipshape -I $out -L $out"

# compile ARGS...: swiftc, quiet unless it fails; a failure stops the script (no stale library is used).
compile() {
    # shellcheck disable=SC2086
    if ! swiftc $flags "$@" >"$out/compile.log" 2>&1; then
        grep -v 'Cannot export local symbol' "$out/compile.log" >&2
        echo "fuzz/run.sh: build failed" >&2
        exit 1
    fi
}

# module NAME: a static library of Sources/NAME built with the sanitizers (its dependencies first).
module() {
    name=$1
    [ -f "$out/lib$name.a" ] && [ -z "$(find "$root/Sources/$name" -newer "$out/lib$name.a" -name '*.swift')" ] && return
    rm -f "$out/lib$name.a"
    # shellcheck disable=SC2046
    compile -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
        -emit-library -static -o "$out/lib$name.a" $(find "$root/Sources/$name" -name '*.swift')
}

# yams: libCYaml.a (libyaml, C) and libYams.a, from the checkout SwiftPM fetched.
yams() {
    src="$root/.build/checkouts/Yams/Sources"
    [ -d "$src" ] || { echo "fuzz/run.sh: no Yams checkout; run swift build first" >&2; exit 2; }
    [ -f "$out/libYams.a" ] && return
    mkdir -p "$out/cyaml"
    for c in "$src"/CYaml/src/*.c; do
        clang -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$src/CYaml/include" "$c" \
            -o "$out/cyaml/$(basename "$c" .c).o"
    done
    ar rcs "$out/libCYaml.a" "$out"/cyaml/*.o
    # shellcheck disable=SC2046
    compile -module-name Yams -emit-module -emit-module-path "$out/Yams.swiftmodule" -emit-library -static \
        -o "$out/libYams.a" -D SWIFT_PACKAGE -Xcc -DYAML_DECLARE_STATIC $(find "$src/Yams" -name '*.swift')
}

module ShipshapeCore
module Plan
module ShellSyntax
module DockerfileSyntax
case " $targets " in *" plan "*)
    flags="$flags -I $root/.build/checkouts/Yams/Sources/CYaml/include"
    yams
    module SourceSyntax
    module DeployModel
    module PlanFile
    ;;
esac

for target in $targets; do
    case $target in
    masker) libraries="-lShipshapeCore" ;;
    duration | condition) libraries="-lPlan" ;;
    shell) libraries="-lShellSyntax -lShipshapeCore" ;;
    dockerfile) libraries="-lDockerfileSyntax -lShipshapeCore" ;;
    plan)
        libraries="-lPlanFile -lDeployModel -lSourceSyntax -lDockerfileSyntax -lShellSyntax -lPlan -lYams -lCYaml"
        libraries="$libraries -lShipshapeCore"
        ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
    esac
    # shellcheck disable=SC2086
    compile "$root/fuzz/Targets/$target.swift" $libraries -o "$out/fuzz-$target"
    corpus="$root/fuzz/corpus/$target"
    if [ -n "$check" ]; then
        corpus="$out/check-$target"
        rm -rf "$corpus" && cp -r "$root/fuzz/corpus/$target" "$corpus"
    fi
    mkdir -p "$corpus"
    rm -f "$out"/crash-"$target"-*
    echo "== $target: $seconds s"
    "$out/fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$out/crash-$target-" "$corpus" 2>&1 | grep -E '^(#[0-9]+ +DONE|Done|==|SUMMARY)' || true
    [ -z "$(ls "$out"/crash-"$target"-* 2>/dev/null)" ] || { echo "$target: crash, see $out/crash-$target-*" >&2; exit 1; }
    [ -n "$check" ] && continue
    # Keep the corpus small enough for git: only inputs that add coverage.
    rm -rf "$out/min-$target" && mkdir -p "$out/min-$target"
    "$out/fuzz-$target" -merge=1 "$out/min-$target" "$corpus" >/dev/null 2>&1
    rm -rf "$corpus" && mv "$out/min-$target" "$corpus"
done

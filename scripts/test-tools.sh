#!/usr/bin/env bash
# Installs the oracles the acceptance tests and the benchmark use, and fetches the third-party
# inputs they read into a cache outside the repository:
#   Debian packages: aapt, dexdump, androguard, zipalign, apksigner, GNU time, unzip
#   ${MINGCHA_TOOLS:-$HOME/.cache/mingcha-tools}/apks/*.apk         real APKs from the npm registry
#   ${MINGCHA_TOOLS:-$HOME/.cache/mingcha-tools}/sarif/sarif-schema-2.1.0.json
#   ${MINGCHA_TOOLS:-$HOME/.cache/mingcha-tools}/ca4p-483/{raw_data,annotation_data}  the whole CA4P-483 dataset
#       (483 policies; ../shared carries 120): optional — without network the tests that read it are skipped
# Idempotent: when everything is present it only checks and exits.
set -euo pipefail

TOOLS="${MINGCHA_TOOLS:-$HOME/.cache/mingcha-tools}"

# npm packages pinned so the expectations derived from them stay valid.
APK_PACKAGES=("io.appium.settings@8.0.10" "appium-uiautomator2-server@10.6.6")
# Datadog's CI tool ships the final OASIS SARIF 2.1.0 schema (draft-07, $id under oasis-tcs/sarif-spec),
# the one the SARIF renderer's test validates against.
SARIF_PACKAGE="@datadog/datadog-ci@2.48.0"
SARIF_ENTRY="package/dist/commands/sarif/json-schema/sarif-schema-2.1.0.json"

# The dataset's repository at a pinned commit; only its policy pages and annotations are kept.
CA4P_REPO="${MINGCHA_CA4P_REPO:-https://github.com/zacharykzhao/CA4P-483}"
CA4P_COMMIT="452b6b0a3219ce36ace73593b04fdd5233c28148"

DEBIAN_PACKAGES=(aapt dexdump androguard zipalign apksigner time unzip libreoffice-calc-nogui)

log() { printf 'test-tools: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

install_debian_packages() {
    local missing=() pkg
    for pkg in "${DEBIAN_PACKAGES[@]}"; do
        if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]]; then
            missing+=("$pkg")
        fi
    done
    ((${#missing[@]} == 0)) && return 0
    command -v apt-get >/dev/null || die "missing ${missing[*]} and no apt-get to install them"
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "missing ${missing[*]}; run as root or install them"
        sudo=(sudo -n)
    fi
    log "installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm_fetch <spec>: prints the path of the packed tarball in $TOOLS/npm, packing it once.
npm_fetch() {
    local spec="$1" name version file
    name="${spec%@*}"
    version="${spec##*@}"
    # npm pack names scoped packages @scope/name as scope-name-version.tgz
    file="$TOOLS/npm/$(printf '%s' "${name#@}" | tr '/' '-')-$version.tgz"
    if [[ ! -s "$file" ]]; then
        command -v npm >/dev/null || die "npm is needed to fetch $spec"
        log "fetching $spec"
        mkdir -p "$TOOLS/npm"
        (cd "$TOOLS/npm" && npm pack --silent --no-fund --no-audit "$spec" >/dev/null </dev/null)
        [[ -s "$file" ]] || die "npm pack $spec did not produce $file"
    fi
    printf '%s\n' "$file"
}

fetch_apks() {
    local spec tarball tmp apk stamp name missing
    mkdir -p "$TOOLS/apks"
    for spec in "${APK_PACKAGES[@]}"; do
        # the stamp lists the APKs this package gave; all still there means nothing to do
        stamp="$TOOLS/apks/.${spec//[@\/]/_}.files"
        if [[ -s "$stamp" ]]; then
            missing=false
            while IFS= read -r name; do
                [[ -s "$TOOLS/apks/$name" ]] || missing=true
            done <"$stamp"
            $missing || continue
        fi
        tarball="$(npm_fetch "$spec")"
        tmp="$(mktemp -d)"
        tar -xzf "$tarball" -C "$tmp" --wildcards 'package/apks/*.apk'
        : >"$tmp/files"
        for apk in "$tmp"/package/apks/*.apk; do
            mv -f "$apk" "$TOOLS/apks/"
            basename "$apk" >>"$tmp/files"
        done
        mv -f "$tmp/files" "$stamp"
        rm -rf "$tmp"
    done
}

fetch_sarif_schema() {
    local target="$TOOLS/sarif/sarif-schema-2.1.0.json" tarball tmp
    [[ -s "$target" ]] && return 0
    tarball="$(npm_fetch "$SARIF_PACKAGE")"
    tmp="$(mktemp -d)"
    tar -xzf "$tarball" -C "$tmp" "$SARIF_ENTRY"
    mkdir -p "$TOOLS/sarif"
    mv -f "$tmp/$SARIF_ENTRY" "$target"
    rm -rf "$tmp"
}

# Soft: the tests of the dataset's other 363 policies skip, saying so, where this cannot be fetched.
fetch_ca4p_dataset() {
    local target="$TOOLS/ca4p-483" tmp
    if [[ "$(cat "$target/COMMIT" 2>/dev/null)" == "$CA4P_COMMIT" ]] \
        && (($(find "$target/raw_data" -name '*.html' | wc -l) == 483)); then
        return 0
    fi
    tmp="$(mktemp -d)"
    log "fetching the CA4P-483 dataset from $CA4P_REPO"
    # sparse and blob-less: the repository also holds model checkpoints nobody here needs
    if git clone -q --filter=blob:none --no-checkout "$CA4P_REPO" "$tmp/repo" 2>/dev/null \
        && git -C "$tmp/repo" sparse-checkout set raw_data annotation_data 2>/dev/null \
        && git -C "$tmp/repo" -c advice.detachedHead=false checkout -q "$CA4P_COMMIT" 2>/dev/null; then
        rm -rf "$target"
        mkdir -p "$target"
        mv "$tmp/repo/raw_data" "$tmp/repo/annotation_data" "$target/"
        printf '%s\n' "$CA4P_COMMIT" >"$target/COMMIT"
    else
        log "could not fetch $CA4P_REPO; the evaluations on the dataset's policies outside ../shared will be skipped"
    fi
    rm -rf "$tmp"
}

install_debian_packages
fetch_apks
fetch_sarif_schema
fetch_ca4p_dataset
log "ready in $TOOLS ($(find "$TOOLS/apks" -name '*.apk' | wc -l) APKs)"

#!/usr/bin/env bash
# Lists the call sites of an SDK artifact with the JDK's javap, the independent reading behind the expectations in
# mingcha-acceptance/src/test/java/org/mingcha/acceptance/sdk/SdkExpectations.java:
#
#   scripts/sdk-calls.sh ARTIFACT.aar|ARTIFACT.jar [EXTENDED-REGEX]
#
# prints one line per distinct (caller class, target) pair, e.g.
#   com.umeng.message.common.UmengMessageDeviceConfig  android/telephony/TelephonyManager.getDeviceId:()Ljava/lang/String;
# keeping targets that match EXTENDED-REGEX (default: the framework classes that read personal information).
# Use it when an SDK version in mingcha-acceptance/pom.xml changes, then update the expectations by hand.
set -euo pipefail

[[ $# -ge 1 && -f "$1" ]] || { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
artifact="$1"
pattern="${2:-android/(telephony|provider/Settings|net/wifi|location|content/pm/PackageManager|content/ClipboardManager|app/ActivityManager|bluetooth|hardware/SensorManager|accounts)|java/net/NetworkInterface|android/os/Build\.SERIAL|AdvertisingIdClient}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

case "$artifact" in
    *.aar)
        unzip -q -o "$artifact" 'classes.jar' 'libs/*.jar' -d "$work" 2>/dev/null || true
        ;;
    *)
        cp "$artifact" "$work/classes.jar"
        ;;
esac

shopt -s nullglob
for jar in "$work"/classes.jar "$work"/libs/*.jar; do
    # class names from the jar's entries, in batches so the command line stays short
    unzip -Z1 "$jar" | grep '\.class$' | grep -v '^META-INF/' | sed 's/\.class$//; s#/#.#g' >"$work/classes.txt"
    xargs -a "$work/classes.txt" -n 400 javap -c -p -cp "$jar" 2>/dev/null
done | awk -v pattern="$pattern" '
    # a class header is an unindented line naming the class; members and code are indented
    /^[^ \t]/ && /(^| )(class|interface|enum) / {
        for (i = 1; i <= NF; i++) if ($i == "class" || $i == "interface" || $i == "enum") { caller = $(i + 1); break }
        sub(/<.*/, "", caller)
        next
    }
    /\/\/ (Method|InterfaceMethod|Field) / {
        target = $0
        sub(/.*\/\/ (Method|InterfaceMethod|Field) /, "", target)
        gsub(/"/, "", target)
        member = target
        sub(/:.*/, "", member)   # match owner.member, not the descriptor
        if (member ~ pattern) print caller "  " target
    }
' | sort -u

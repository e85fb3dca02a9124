#!/usr/bin/env python3
"""Checks the SDK signatures of sdks.yaml against the real artefacts on Maven Central.

Usage: python3 verify_sdk_artifacts.py [WORK_DIR]

For every maven_coordinates entry, downloads the artefact with `mvn dependency:copy` into WORK_DIR
(default /tmp/mingcha-sdk-artifacts), lists its classes (classes.jar and libs/*.jar of an AAR, or the JAR),
native libraries (jni/*/*.so) and manifest components, and reports:
  - classes the SDK's own prefixes claim (longest prefix wins over all SDKs), and the top unclaimed packages;
  - classes another SDK's prefix claims (bundled third-party code, or a prefix that is wrong);
  - native libraries and manifest components of the artefact that sdks.yaml does not list.
Exit status 1 when an SDK claims less than a fifth of its artefact's classes (bundled third-party code may
legitimately take the rest: Umeng push bundles Alibaba ACCS and its network stack). Nothing is written to the repository.
"""

import collections
import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SDKS = os.path.join(HERE, "..", "main", "resources", "org", "mingcha", "kb", "sdks.yaml")
ANDROID_NAME = "{http://schemas.android.com/apk/res/android}name"
COMPONENTS = ("activity", "activity-alias", "service", "receiver", "provider")


def owner_of(cls, prefixes):
    for prefix, sdk_id in prefixes:
        if cls == prefix or cls.startswith(prefix + ".") or cls.startswith(prefix + "$"):
            return sdk_id
    return None


def contents(path, packaging):
    classes, libs, components = [], set(), []
    outer = zipfile.ZipFile(path)

    def jar_classes(z):
        for name in z.namelist():
            if name.endswith(".class") and not name.startswith("META-INF/"):
                classes.append(name[:-6].replace("/", "."))

    if packaging == "aar":
        for name in outer.namelist():
            if name.endswith(".jar"):
                jar_classes(zipfile.ZipFile(io.BytesIO(outer.read(name))))
            elif name.startswith("jni/") and name.endswith(".so"):
                libs.add(os.path.basename(name))
        if "AndroidManifest.xml" in outer.namelist():
            root = ET.fromstring(outer.read("AndroidManifest.xml"))
            package = root.get("package", "")
            app = root.find("application")
            for c in (app if app is not None else []):
                if c.tag in COMPONENTS:
                    name = c.get(ANDROID_NAME, "")
                    components.append(package + name if name.startswith(".") else name)
    else:
        jar_classes(outer)
        libs.update(os.path.basename(n) for n in outer.namelist() if n.endswith(".so"))
    return classes, libs, components


def main(argv):
    work = argv[1] if len(argv) > 1 else "/tmp/mingcha-sdk-artifacts"
    sdks = yaml.safe_load(open(SDKS, encoding="utf-8"))["sdks"]
    prefixes = sorted(((p, s["id"]) for s in sdks for p in s["package_prefixes"]), key=lambda x: -len(x[0]))
    failed = False
    for sdk in sdks:
        for coordinates in sdk.get("maven_coordinates", []):
            gav, packaging = coordinates.split("@")
            group, artifact, version = gav.split(":")
            out = os.path.join(work, artifact + "-" + version)
            path = os.path.join(out, "%s-%s.%s" % (artifact, version, packaging))
            if not os.path.exists(path):
                subprocess.run(["mvn", "-B", "-q", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
                                "-Dartifact=%s:%s:%s:%s" % (group, artifact, version, packaging),
                                "-DoutputDirectory=" + out], check=True)
            classes, libs, components = contents(path, packaging)
            own, others, unclaimed = 0, collections.Counter(), collections.Counter()
            for cls in classes:
                sdk_id = owner_of(cls, prefixes)
                if sdk_id == sdk["id"]:
                    own += 1
                elif sdk_id is None:
                    unclaimed[".".join(cls.split(".")[:3])] += 1
                else:
                    others[sdk_id] += 1
            share = own / len(classes) if classes else 0.0
            failed |= share < 0.2
            print("%-22s %-60s %5d classes, %5.1f%% claimed" % (sdk["id"], coordinates, len(classes), 100 * share))
            if unclaimed:
                print("    unclaimed:", unclaimed.most_common(5))
            if others:
                print("    claimed by other SDKs:", others.most_common(5))
            missing_libs = sorted(libs - set(sdk.get("native_libraries", [])))
            if missing_libs:
                print("    native libraries not listed:", missing_libs)
            missing_components = [c for c in components if owner_of(c, prefixes) == sdk["id"]
                                  and c not in sdk.get("manifest_components", [])]
            if missing_components:
                print("    own manifest components not listed:", missing_components)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

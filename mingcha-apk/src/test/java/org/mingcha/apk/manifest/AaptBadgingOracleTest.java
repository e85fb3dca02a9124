package org.mingcha.apk.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.apk.resources.ResourceResolver;
import org.mingcha.core.fact.Component;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.PermissionRequest;
import org.mingcha.testkit.ApkBuilder;
import org.mingcha.testkit.BinaryXml;

/** The manifest facts of a generated APK must say what {@code aapt dump badging} says about it. */
class AaptBadgingOracleTest {

    private static final Path AAPT = Path.of("/usr/bin/aapt");
    private static final Pattern PACKAGE = Pattern.compile(
            "package: name='([^']*)' versionCode='([^']*)' versionName='([^']*)'.*");
    private static final Pattern PERMISSION = Pattern.compile("uses-permission(?:-sdk-23)?: name='([^']*)'(?: maxSdkVersion='(\\d+)')?");
    private static final Pattern SDK = Pattern.compile("(sdkVersion|targetSdkVersion):'(\\d+)'");
    private static final Pattern LAUNCHABLE = Pattern.compile("launchable-activity: name='([^']*)'.*");

    @TempDir
    Path dir;

    @Test
    void identityPermissionsAndLauncherMatchAapt() throws Exception {
        assumeTrue(Files.isExecutable(AAPT), "aapt not installed at /usr/bin/aapt; oracle comparison skipped");
        Path apk = ApkBuilder.create().manifestXml(Manifests.RICH).signed(false).writeTo(dir.resolve("r.apk"));
        List<String> badging = AxmlReaderTest.run(AAPT.toString(), "dump", "badging", apk.toString());

        List<Fact> facts = new ArrayList<>();
        Manifest m = new ManifestExtractor("AndroidManifest.xml", ResourceResolver.NONE)
                .extract(AxmlReader.read(BinaryXml.encode(Manifests.RICH)), facts::add);

        List<String> aaptPermissions = new ArrayList<>();
        String launchable = "";
        int checkedLines = 0;
        for (String line : badging) {
            Matcher pm = PACKAGE.matcher(line);
            if (pm.matches()) {
                assertThat(m.packageName()).isEqualTo(pm.group(1));
                assertThat(Long.toString(m.versionCode())).isEqualTo(pm.group(2));
                assertThat(m.versionName()).isEqualTo(pm.group(3));
                checkedLines++;
            }
            Matcher sm = SDK.matcher(line);
            if (sm.matches()) {
                int expected = Integer.parseInt(sm.group(2));
                assertThat(sm.group(1).equals("sdkVersion") ? m.minSdk() : m.targetSdk()).isEqualTo(expected);
                checkedLines++;
            }
            Matcher perm = PERMISSION.matcher(line);
            if (perm.matches()) {
                aaptPermissions.add(perm.group(1) + "/" + (perm.group(2) == null ? -1 : perm.group(2)));
            }
            Matcher lm = LAUNCHABLE.matcher(line);
            if (lm.matches()) {
                launchable = lm.group(1);
            }
        }
        assertThat(checkedLines).isEqualTo(3);
        assertThat(facts.stream().filter(PermissionRequest.class::isInstance).map(PermissionRequest.class::cast)
                .map(p -> p.name() + "/" + p.maxSdkVersion()).toList())
                .containsExactlyElementsOf(aaptPermissions);
        String launcher = launchable;
        assertThat(facts.stream().filter(Component.class::isInstance).map(Component.class::cast)
                .filter(Component::isLauncher).map(Component::name).toList()).containsExactly(launcher);
    }
}

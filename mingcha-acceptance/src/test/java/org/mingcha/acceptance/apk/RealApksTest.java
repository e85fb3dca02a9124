package org.mingcha.acceptance.apk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingcha.acceptance.oracle.AaptBadging;
import org.mingcha.acceptance.oracle.AaptXmlTree;
import org.mingcha.acceptance.oracle.ApkEntries;
import org.mingcha.acceptance.oracle.Dexdump;
import org.mingcha.acceptance.oracle.ExternalTool;
import org.mingcha.acceptance.oracle.ManifestOracle;
import org.mingcha.acceptance.run.Cli;
import org.mingcha.acceptance.run.Prerequisites;

/**
 * Real APKs published on npm (Appium's settings app and UiAutomator2 server, pinned versions): Mingcha's JSON
 * report must say what Debian's aapt says about the manifest and what dexdump says about the code size.
 */
class RealApksTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"settings_apk-debug.apk", "appium-uiautomator2-server-v10.6.6.apk",
            "appium-uiautomator2-server-debug-androidTest.apk"})
    void reportMatchesAaptAndDexdump(String fileName, @TempDir Path tmp) throws Exception {
        Path apk = Prerequisites.apk(fileName);
        ExternalTool aapt = Prerequisites.tool("aapt");
        ExternalTool dexdump = Prerequisites.tool("dexdump");

        AaptBadging badging = AaptBadging.parse(aapt.run("dump", "badging", apk.toString()));
        ManifestOracle manifest = ManifestOracle.of(
                AaptXmlTree.parse(aapt.run("dump", "xmltree", apk.toString(), "AndroidManifest.xml")));
        Path dexDir = Files.createDirectory(tmp.resolve("dex"));
        int dexdumpClasses = 0;
        for (Path dex : ApkEntries.extractDex(apk, dexDir)) {
            dexdumpClasses += Dexdump.classDefsSize(dexdump, dex);
        }

        JsonNode report = Cli.scanToJson(apk, Files.createDirectory(tmp.resolve("out")));
        JsonNode app = report.path("app");

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(report.path("input").path("kind").asText()).as("input.kind").isEqualToIgnoringCase("apk");
        soft.assertThat(app.path("packageName").asText()).as("app.packageName").isEqualTo(badging.packageName());
        soft.assertThat(app.path("versionName").asText("")).as("app.versionName").isEqualTo(badging.versionName());
        if (badging.versionCode().isPresent()) {
            soft.assertThat(app.path("versionCode").asLong()).as("app.versionCode")
                    .isEqualTo(badging.versionCode().getAsLong());
        } else {
            // aapt prints versionCode='' when the manifest has none; the platform then reads 0, so a report may
            // say unknown (null) or 0, but nothing else
            JsonNode code = app.path("versionCode");
            soft.assertThat(code.isNull() || code.isMissingNode() || code.asLong(-1) == 0)
                    .as("app.versionCode undeclared like aapt's, was %s", code).isTrue();
        }
        soft.assertThat(app.path("minSdk").asInt()).as("app.minSdk").isEqualTo(badging.minSdk());
        soft.assertThat(app.path("targetSdk").asInt()).as("app.targetSdk").isEqualTo(badging.targetSdk());

        Set<String> permissions = new LinkedHashSet<>();
        app.path("permissions").forEach(p -> permissions.add(p.path("name").asText()));
        soft.assertThat(permissions).as("app.permissions[].name").isEqualTo(badging.permissions());
        soft.assertThat(permissions).as("permissions by aapt xmltree").isEqualTo(manifest.permissions());

        List<ManifestOracle.ComponentView> components = new ArrayList<>();
        for (JsonNode c : app.path("components")) {
            List<String> actions = new ArrayList<>();
            c.path("intentActions").forEach(a -> actions.add(a.asText()));
            components.add(new ManifestOracle.ComponentView(c.path("type").asText(), c.path("name").asText(),
                    c.path("exported").asBoolean(), actions));
        }
        soft.assertThat(components).as("app.components[]").containsExactlyInAnyOrderElementsOf(manifest.components());
        List<ManifestOracle.ComponentGuard> guards = new ArrayList<>();
        for (JsonNode c : app.path("components")) {
            guards.add(new ManifestOracle.ComponentGuard(c.path("name").asText(),
                    c.path("exportedExplicit").asBoolean(), c.path("permission").asText("")));
        }
        soft.assertThat(guards).as("app.components[] exportedExplicit, permission")
                .containsExactlyInAnyOrderElementsOf(manifest.guards());

        soft.assertThat(report.path("stats").path("classCount").asInt(-1)).as("stats.classCount vs dexdump")
                .isEqualTo(dexdumpClasses);
        soft.assertAll();
        assertThat(dexdumpClasses).isPositive();
    }
}

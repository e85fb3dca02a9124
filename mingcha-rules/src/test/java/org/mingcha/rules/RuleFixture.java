package org.mingcha.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mingcha.apk.ArtifactExtractor;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleContext;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.testkit.ApkBuilder;
import org.mingcha.testkit.SmaliDex;

/**
 * Builds a real APK from a fixture folder {@code fixtures/<name>/<scenario>/} (a text
 * {@code AndroidManifest.xml} encoded to binary AXML, taken from the scenario folder or the nearest parent up to
 * {@code fixtures/}, and {@code *.smali} assembled to {@code classes.dex})
 * and runs it through the real extractor with the bundled knowledge base, so rule tests see the facts a
 * scan of a real app would give.
 */
public final class RuleFixture {

    private static final Map<String, Facts> CACHE = new ConcurrentHashMap<>();

    private RuleFixture() {
    }

    /** The facts of {@code fixtures/<name>/<scenario>}, extracted once per test run. */
    public static Facts facts(String name, String scenario) {
        return CACHE.computeIfAbsent(name + "/" + scenario, key -> extract(directory(key)));
    }

    /** Runs one rule over a fixture with the bundled knowledge base and the rule's own metadata. */
    public static List<Finding> run(Rule rule, String name, String scenario) {
        RuleContext context = new RuleContext(KnowledgeBase.bundled(), RuleCatalog.metadataOf(rule.getClass()));
        return rule.check(facts(name, scenario), context);
    }

    /** Builds the fixture's APK into {@code target}; for tests that change the inputs between scans. */
    public static Path buildApk(Path fixtureDirectory, Path target) {
        try {
            String manifest = Files.readString(manifestOf(fixtureDirectory), StandardCharsets.UTF_8);
            ApkBuilder apk = ApkBuilder.create().manifestXml(manifest).signed(false);
            try (var files = Files.list(fixtureDirectory)) {
                if (files.anyMatch(p -> p.getFileName().toString().endsWith(".smali"))) {
                    apk.dex(SmaliDex.assembleDirectory(fixtureDirectory));
                }
            }
            return apk.writeTo(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build fixture " + fixtureDirectory, e);
        }
    }

    /** The scenario's own manifest, else the one shared by the rule's scenarios, else the default one. */
    private static Path manifestOf(Path fixtureDirectory) {
        for (Path dir = fixtureDirectory; dir != null; dir = dir.getParent()) {
            Path manifest = dir.resolve("AndroidManifest.xml");
            if (Files.isRegularFile(manifest)) {
                return manifest;
            }
            if (dir.getFileName() != null && dir.getFileName().toString().equals("fixtures")) {
                break;
            }
        }
        throw new IllegalArgumentException("no AndroidManifest.xml for fixture " + fixtureDirectory);
    }

    public static Facts extract(Path fixtureDirectory) {
        try {
            Path apk = Files.createTempFile("mingcha-fixture-", ".apk");
            try {
                buildApk(fixtureDirectory, apk);
                return new ArtifactExtractor(KnowledgeBase.bundled(), ScanLimits.defaults())
                        .extract(apk, Progress.NONE).facts();
            } finally {
                Files.deleteIfExists(apk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build fixture " + fixtureDirectory, e);
        }
    }

    public static Path directory(String nameAndScenario) {
        URL url = RuleFixture.class.getResource("/fixtures/" + nameAndScenario);
        if (url == null) {
            throw new IllegalArgumentException("no fixture folder fixtures/" + nameAndScenario);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

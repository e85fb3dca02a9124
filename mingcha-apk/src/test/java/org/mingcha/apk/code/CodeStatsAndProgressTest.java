package org.mingcha.apk.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.apk.code.CodeFixtures.only;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.fact.CodeStats;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.testkit.SmaliDex;

class CodeStatsAndProgressTest {

    private static final Path DEXDUMP = Path.of("/usr/bin/dexdump");

    private static String cls(String name, int methods) {
        StringBuilder sb = new StringBuilder(".class public Lcom/example/app/" + name + ";\n.super Ljava/lang/Object;\n");
        for (int i = 0; i < methods; i++) {
            sb.append(".method public m").append(i).append("()V\n    .registers 1\n    return-void\n.end method\n");
        }
        return sb.toString();
    }

    private static List<CodeEntry> multiDex() {
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            first.add(cls("A" + i, i == 0 ? 2 : 0));
        }
        return List.of(
                new CodeEntry("classes.dex", CodeEntry.Format.DEX, SmaliDex.assemble(first.toArray(String[]::new))),
                new CodeEntry("classes2.dex", CodeEntry.Format.DEX, SmaliDex.assemble(cls("B", 3), cls("C", 1))));
    }

    @Test
    void countsClassesAndMethodsOverAllDexFilesAndReportsProgress() {
        List<String> progress = new CopyOnWriteArrayList<>();
        List<Fact> facts = new ArrayList<>();
        new CodeScanner(CodeFixtures.kb()).scan(multiDex(), new CodeContext(CodeFixtures.APP, List.of(), List.of(), Map.of()),
                facts::add, (stage, done, total) -> progress.add(stage + " " + done + "/" + total));

        CodeStats stats = only(facts, CodeStats.class).get(0);
        assertThat(stats.classCount()).isEqualTo(2502);
        assertThat(stats.methodCount()).isEqualTo(2 + 3 + 1);
        assertThat(stats.codeEntries()).containsExactly("classes.dex", "classes2.dex");
        assertThat(progress).containsExactly("classes.dex 2000/2500", "classes.dex 2500/2500", "classes2.dex 2/2");
    }

    @Test
    void classCountEqualsDexdump(@TempDir Path dir) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(DEXDUMP), "dexdump not installed; oracle check skipped");
        List<CodeEntry> entries = multiDex();
        int expected = 0;
        for (CodeEntry e : entries) {
            Path file = Files.write(dir.resolve(e.name()), e.bytes());
            Process p = new ProcessBuilder(DEXDUMP.toString(), "-f", file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).isZero();
            String line = out.lines().filter(l -> l.startsWith("class_defs_size")).findFirst().orElseThrow();
            expected += Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
        }
        List<Fact> facts = new ArrayList<>();
        new CodeScanner(CodeFixtures.kb()).scan(entries, new CodeContext("", List.of(), List.of(), Map.of()),
                facts::add, (s, d, t) -> { });

        assertThat(only(facts, CodeStats.class).get(0).classCount()).isEqualTo(expected).isEqualTo(2502);
    }

    @Test
    void bundledKnowledgeBaseDrivesTheScanner() {
        byte[] dex = SmaliDex.assemble("""
                .class public Lcom/example/app/Main;
                .super Ljava/lang/Object;

                .method public id(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
                    .registers 3
                    invoke-virtual {p1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
                    move-result-object v0
                    return-object v0
                .end method
                """);
        List<Fact> facts = new ArrayList<>();
        new CodeScanner(KnowledgeBase.bundled()).scan(List.of(new CodeEntry("classes.dex", CodeEntry.Format.DEX, dex)),
                new CodeContext(CodeFixtures.APP, List.of(), List.of(), Map.of()), facts::add, (s, d, t) -> { });

        assertThat(only(facts, SensitiveApiCall.class)).singleElement().satisfies(c -> {
            assertThat(c.api()).isEqualTo("Landroid/telephony/TelephonyManager;->getDeviceId");
            assertThat(c.piCategory()).isNotEmpty();
            assertThat(c.caller().offset()).isZero();
        });
    }
}

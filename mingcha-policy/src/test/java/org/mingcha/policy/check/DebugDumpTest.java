package org.mingcha.policy.check;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.kb.KnowledgeBase;
import java.util.List;

class DebugDumpTest {
    @Test
    void dump() throws Exception {
        String spec = System.getenv().getOrDefault("DUMP", "");
        StringBuilder sb = new StringBuilder();
        for (String item : spec.split(",")) {
            if (item.isBlank()) continue;
            String[] p = item.split(":");
            CheckDocument d = Corpus.policy(p[0]);
            for (PolicyCheckResult r : new PolicyChecker().run(List.of(d), KnowledgeBase.bundled())) {
                if (p.length > 1 && !r.clause().equals(p[1])) continue;
                sb.append(p[0]).append(' ').append(r.clause()).append(' ').append(r.status().id()).append(' ').append(r.note()).append('\n');
                for (Evidence e : r.quotes()) sb.append("   ").append(e.locator()).append(' ').append(e.excerpt().replace('\n',' ')).append('\n');
            }
        }
        Files.writeString(Path.of("/tmp/dbg/out.txt"), sb.toString());
    }
}

package org.mingcha.policy.check.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mingcha.policy.check.Corpus;

class CheckEvaluationTest {

    @Test
    void writesReport() throws IOException {
        Path corpus = Corpus.policiesDir();
        StringBuilder sb = new StringBuilder();
        for (String split : new String[] {"tune", "test", CheckEvaluation.ALL}) {
            EvaluationReport r = CheckEvaluation.run(corpus, Corpus.labelsDir(), split);
            sb.append("## ").append(split).append(" (").append(r.policies()).append(")\n\n").append(r.toMarkdown());
            for (EvaluationReport.Disagreement d : r.disagreements()) {
                sb.append(d.policy()).append(' ').append(d.clause()).append(" expected=").append(d.expected())
                        .append(" actual=").append(d.actual()).append('\n');
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/policy-eval.md"), sb.toString());
        assertThat(sb).isNotEmpty();
    }
}

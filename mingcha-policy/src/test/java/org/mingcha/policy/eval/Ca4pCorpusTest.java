package org.mingcha.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.UnsupportedInputException;
import org.mingcha.policy.SharedCorpus;
import org.mingcha.policy.check.CheckDocument;
import org.mingcha.policy.check.PolicyChecker;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;

/** The two layouts of CA4P-483: the shared corpus and a checkout of the dataset's repository hold the same data. */
class Ca4pCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCheckoutHoldsTheSharedPoliciesWordForWordWithTheSameAnnotations() throws IOException {
        Ca4pCorpus shared = Ca4pCorpus.of(SharedCorpus.ca4p());
        Ca4pCorpus full = Ca4pCorpus.of(SharedCorpus.requireDataset());
        assertThat(shared.isCheckout()).isFalse();
        assertThat(full.isCheckout()).isTrue();
        assertThat(full.ids()).hasSize(483).containsAll(shared.ids());
        assertThat(shared.ids()).hasSize(120);
        for (String id : shared.ids()) {
            assertThat(full.annotatedText(id)).as(id).isEqualTo(shared.annotatedText(id));
            assertThat(JSON.readTree(full.annotations(id).orElseThrow().toFile()))
                    .as(id).isEqualTo(JSON.readTree(shared.annotations(id).orElseThrow().toFile()));
        }
    }

    /** The HTML reader must give the checks what the text file gives them: same statuses on all 120 policies. */
    @Test
    void theChecksSayTheSameOfAPolicyReadFromItsHtmlPageAsFromItsText() {
        Ca4pCorpus shared = Ca4pCorpus.of(SharedCorpus.ca4p());
        Ca4pCorpus full = Ca4pCorpus.of(SharedCorpus.requireDataset());
        PolicyChecker checker = new PolicyChecker();
        KnowledgeBase kb = KnowledgeBase.bundled();
        List<String> differences = new ArrayList<>();
        for (String id : shared.ids()) {
            Path html = full.document(id).orElseThrow();
            assertThat(html.getFileName().toString()).endsWith(".html");
            Map<String, String> fromHtml = statuses(checker, kb, html);
            statuses(checker, kb, shared.document(id).orElseThrow()).forEach((clause, status) -> {
                if (!status.equals(fromHtml.get(clause))) {
                    differences.add(id + " " + clause + ": text " + status + ", page " + fromHtml.get(clause));
                }
            });
        }
        assertThat(differences).isEmpty();
    }

    private static Map<String, String> statuses(PolicyChecker checker, KnowledgeBase kb, Path file) {
        CheckDocument doc = CheckDocument.of(PolicyReader.read(file, file.getFileName().toString(), PolicyLimits.defaults()));
        Map<String, String> out = new LinkedHashMap<>();
        checker.run(List.of(doc), kb).forEach(r -> out.put(r.clause(), r.status().id()));
        return out;
    }

    @Test
    void aPageWithoutItsTextOrAMissingDirectoryIsOneLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("raw_data"));
        Files.writeString(dir.resolve("raw_data/0001.html"), "<html><body><p>no pre here</p></body></html>");
        Files.writeString(dir.resolve("raw_data/0002-backup.html"), "<html><body><pre>x</pre></body></html>");
        Ca4pCorpus corpus = Ca4pCorpus.of(dir);
        assertThat(corpus.ids()).containsExactly("0001");
        assertThat(corpus.annotations("0001")).isEmpty();
        assertThatThrownBy(() -> corpus.annotatedText("0001")).isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("without a <pre> text");
        assertThatThrownBy(() -> Ca4pCorpus.of(dir.resolve("absent"))).isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("no such corpus directory");
    }
}

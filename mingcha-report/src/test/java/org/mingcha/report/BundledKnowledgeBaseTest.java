package org.mingcha.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Language;
import org.mingcha.report.json.JsonRenderer;

/** The renderers against the knowledge base shipped with the build, once core's loader provides it. */
class BundledKnowledgeBaseTest {

    private static KnowledgeBase bundledOrSkip() {
        try {
            return KnowledgeBase.bundled();
        } catch (RuntimeException | LinkageError e) {
            System.out.println("SKIPPED: bundled knowledge base not loadable yet: " + e);
            Assumptions.abort("bundled knowledge base not loadable: " + e.getMessage());
            throw new AssertionError("unreachable");
        }
    }

    private static String render(String format, ReportContext ctx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.byFormat(format).render(TestScans.result(), ctx, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportsResolveClausesAndCategoriesFromTheBundledKnowledgeBase() throws Exception {
        KnowledgeBase kb = bundledOrSkip();
        ReportContext ctx = new ReportContext(TestScans.catalog(), kb, Language.ZH, "0.1.0-test", TestScans.GENERATED_AT);
        String clauseText = kb.clause("6.2.3.f").orElseThrow().textZh();

        String html = render("html", ctx);
        assertThat(html).contains(org.mingcha.report.html.Html.escape(clauseText.strip().lines().findFirst().orElseThrow()));
        assertThat(html).contains(kb.violationCategory("miit164.1").orElseThrow().titleZh());

        JsonNode json = SchemaCheck.JSON.readTree(render("json", ctx));
        assertThat(SchemaCheck.errors(SchemaCheck.fromResource(JsonRenderer.class, JsonRenderer.schemaResource()), json))
                .isEmpty();
        assertThat(json.at("/tool/kbVersion").asText()).isEqualTo(kb.version());
    }
}

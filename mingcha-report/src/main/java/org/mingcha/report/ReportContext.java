package org.mingcha.report;

import java.time.Instant;
import java.util.Objects;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.RuleCatalog;

/**
 * What every renderer needs besides the scan result: rule metadata for titles and messages, the knowledge
 * base for clause texts and category names, the language of the text, the tool version and the moment the
 * report is generated (shown in the HTML header; fixed in tests).
 */
public record ReportContext(RuleCatalog catalog, KnowledgeBase kb, Language lang, String toolVersion,
                            Instant generatedAt) {

    public ReportContext {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(lang, "lang");
        toolVersion = toolVersion == null || toolVersion.isBlank() ? "unknown" : toolVersion;
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    public ReportContext(RuleCatalog catalog, KnowledgeBase kb, Language lang, String toolVersion) {
        this(catalog, kb, lang, toolVersion, Instant.now());
    }

    public ReportContext withLanguage(Language language) {
        return new ReportContext(catalog, kb, language, toolVersion, generatedAt);
    }
}

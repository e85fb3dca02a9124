package org.mingcha.policy.statement;

import java.nio.charset.StandardCharsets;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.policy.declare.DeclarationExtractor;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;

/** Builds the extractors' input from a small document written in a test, read as {@code mingcha policy} reads files. */
final class Views {

    static final DeclarationExtractor DECLARATIONS = DeclarationExtractor.bundled(KnowledgeBase.bundled());

    private Views() {
    }

    /** {@code name}'s extension picks the reader (.txt, .md, .html). */
    static DocumentView of(String name, String text) {
        PolicyDocument doc = PolicyReader.read(name, text.getBytes(StandardCharsets.UTF_8), PolicyLimits.defaults());
        return view(doc);
    }

    static DocumentView view(PolicyDocument doc) {
        return new DocumentView(doc, DECLARATIONS.declaredPi(doc), DECLARATIONS.declaredSdks(doc));
    }
}

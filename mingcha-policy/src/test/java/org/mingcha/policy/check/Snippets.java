package org.mingcha.policy.check;

import java.util.List;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.kb.KnowledgeBase;

/** Runs a check on a short text written for the test (our own wording, not corpus text). */
final class Snippets {

    private Snippets() {
    }

    static PolicyCheckResult run(PolicyCheck check, String text) {
        return check.check(new CheckContext(List.of(CheckDocument.ofPlainText("snippet.md", text)),
                KnowledgeBase.bundled()));
    }

    static String quoted(PolicyCheckResult r) {
        return String.join("|", r.quotes().stream().map(e -> e.excerpt()).toList());
    }
}

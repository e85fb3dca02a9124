package org.mingcha.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.policy.declare.DeclarationExtractor;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;
import org.mingcha.policy.document.PolicySet;

/**
 * The facade front ends call: reads policy documents, extracts declarations and runs the clause checks,
 * returning facts ({@code PolicyDocumentFact}, {@code DeclaredPi}, {@code DeclaredSdk},
 * {@code PolicyCheckResult}). Build once and reuse: the lexicon and SDK matcher are built in the constructor.
 * Thread-safe.
 */
public final class PolicyAnalyzer {

    /** Runs clause checks over a set of documents. */
    @FunctionalInterface
    public interface Checker extends BiFunction<PolicySet, KnowledgeBase, List<PolicyCheckResult>> {
    }

    private final KnowledgeBase kb;
    private final PolicyLimits limits;
    private final DeclarationExtractor extractor;
    private final Checker checker;

    public PolicyAnalyzer(KnowledgeBase kb, PolicyLimits limits, Checker checker) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.extractor = DeclarationExtractor.bundled(kb);
    }

    public PolicyAnalyzer(KnowledgeBase kb, PolicyLimits limits) {
        this(kb, limits, PolicyAnalyzer::builtInChecks);
    }

    /** Reads, declares and checks {@code files} in one go. */
    public static Facts analyze(List<Path> files, KnowledgeBase kb, PolicyLimits limits) {
        return new PolicyAnalyzer(kb, limits).analyze(files);
    }

    public Facts analyze(List<Path> files) {
        return analyze(read(files));
    }

    /** Reads each file; a report names it as given when relative, by its file name when absolute. */
    public PolicySet read(List<Path> files) {
        List<PolicyDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(PolicyReader.read(f, displayPath(f), limits));
        }
        return new PolicySet(docs);
    }

    public Facts analyze(PolicySet set) {
        Facts.Builder facts = Facts.builder();
        for (PolicyDocument doc : set.documents()) {
            facts.add(doc.toFact());
            extractor.declaredPi(doc).forEach(facts::add);
            extractor.declaredSdks(doc).forEach(facts::add);
        }
        if (!set.isEmpty()) {
            checker.apply(set, kb).forEach(facts::add);
        }
        return facts.build();
    }

    public DeclarationExtractor extractor() {
        return extractor;
    }

    public PolicyLimits limits() {
        return limits;
    }

    static String displayPath(Path f) {
        return f.isAbsolute() && f.getFileName() != null ? f.getFileName().toString() : f.toString();
    }

    private static List<PolicyCheckResult> builtInChecks(PolicySet set, KnowledgeBase kb) {
        return BuiltInChecks.run(set, kb);
    }
}

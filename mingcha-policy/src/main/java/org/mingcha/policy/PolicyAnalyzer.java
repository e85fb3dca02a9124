package org.mingcha.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.LimitExceededException;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.UnsupportedInputException;
import org.mingcha.policy.declare.DeclarationExtractor;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;
import org.mingcha.policy.document.PolicySet;
import org.mingcha.policy.statement.StatementFacts;

/**
 * The facade front ends call: reads policy documents, extracts declarations and what the policy commits to,
 * and runs the clause checks, returning facts ({@code PolicyDocumentFact}, {@code DeclaredPi},
 * {@code DeclaredSdk}, {@code PolicyStatement}, {@code SdkDisclosure}, {@code PiPurpose},
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
    private final StatementFacts statementFacts = new StatementFacts();
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
            try {
                docs.add(PolicyReader.read(f, displayPath(f), limits));
            } catch (MingchaException e) {
                throw asGiven(f, e);
            }
        }
        return new PolicySet(docs);
    }

    public Facts analyze(PolicySet set) {
        Facts.Builder facts = Facts.builder();
        for (PolicyDocument doc : set.documents()) {
            facts.add(doc.toFact());
            List<DeclaredPi> pi = extractor.declaredPi(doc);
            List<DeclaredSdk> sdks = extractor.declaredSdks(doc);
            pi.forEach(facts::add);
            sdks.forEach(facts::add);
            statementFacts.extract(doc, pi, sdks).forEach(facts::add);
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

    /** The same error naming the file as the user gave it (reports use the shorter display path). */
    private static MingchaException asGiven(Path f, MingchaException e) {
        String file = f.toString();
        if (e.file().equals(file)) {
            return e;
        }
        if (e instanceof CorruptInputException) {
            return new CorruptInputException(file, e.getMessage(), e);
        }
        if (e instanceof UnsupportedInputException) {
            return new UnsupportedInputException(file, e.getMessage(), e);
        }
        if (e instanceof LimitExceededException) {
            return new LimitExceededException(file, e.getMessage(), e);
        }
        return new MingchaException(file, e.getMessage(), e);
    }

    static String displayPath(Path f) {
        return f.isAbsolute() && f.getFileName() != null ? f.getFileName().toString() : f.toString();
    }

    private static List<PolicyCheckResult> builtInChecks(PolicySet set, KnowledgeBase kb) {
        return BuiltInChecks.run(set, kb);
    }
}

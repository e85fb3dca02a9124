package org.mingcha.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mingcha.apk.ArtifactExtractor;
import org.mingcha.apk.Extraction;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.ServiceTypeAssignment;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.core.rule.RuleEngine;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.core.servicetype.ServiceTypeProposer;
import org.mingcha.policy.PolicyAnalyzer;
import org.mingcha.rules.BuiltInRules;
import org.mingcha.scan.policy.PolicyAttachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point front ends call to scan an input: extract facts, add the privacy policy (given or bundled)
 * and the service type (given or proposed), run the built-in rules, mark suppressed findings. Thread-safe: one instance serves every thread of a batch.
 *
 * <p>Bad input surfaces as the {@link MingchaException} the extractor throws; anything unexpected
 * becomes an {@link InternalScanException}, so one broken input never takes a batch down.
 */
public final class Scanner {

    private static final Logger LOG = LoggerFactory.getLogger(Scanner.class);

    private final ScanOptions options;
    private final RuleCatalog catalog;
    private final RuleEngine engine;
    private final PolicyAttachment policies;
    private final ServiceTypeProposer serviceTypes;

    public Scanner(ScanOptions options) {
        this(options, BuiltInRules.all(), BuiltInRules.catalog());
    }

    /** A scanner running the given rules instead of the built-in ones (tests, custom rule sets). */
    public Scanner(ScanOptions options, List<? extends Rule> rules) {
        this(options, rules, RuleCatalog.forRules(rules));
    }

    private Scanner(ScanOptions options, List<? extends Rule> rules, RuleCatalog catalog) {
        this.options = Objects.requireNonNull(options, "options");
        this.catalog = catalog;
        this.engine = new RuleEngine(rules, catalog, options.knowledgeBase());
        this.policies = new PolicyAttachment(() -> new PolicyAnalyzer(options.knowledgeBase(), options.policyLimits()),
                options.policyLimits(), options.limits());
        this.serviceTypes = new ServiceTypeProposer(options.knowledgeBase());
    }

    public ScanOptions options() {
        return options;
    }

    /** Metadata of the rules this scanner runs; reporters need it to render findings. */
    public RuleCatalog catalog() {
        return catalog;
    }

    public KnowledgeBase knowledgeBase() {
        return options.knowledgeBase();
    }

    /**
     * Scans one input.
     *
     * @throws MingchaException when the input cannot be scanned (corrupt, unsupported, unsafe, over a
     *                          limit), or {@link InternalScanException} when Mingcha itself failed
     */
    public ScanResult scan(Path input, Progress progress) {
        return scanTimed(input, progress).result();
    }

    /** Like {@link #scan}, also reporting how long extraction and rules took. */
    public TimedScan scanTimed(Path input, Progress progress) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(progress, "progress");
        String name = input.toString();
        try {
            long start = System.nanoTime();
            policies.prepare(options.policies());
            Extraction extraction = new ArtifactExtractor(options.knowledgeBase(), options.limits())
                    .extract(input, progress);
            long extracted = System.nanoTime();
            List<String> warnings = new ArrayList<>(extraction.warnings());
            Facts facts = withServiceType(policies.attach(extraction.facts(), input, name, options.policies(),
                    warnings));
            List<Finding> findings = options.suppressions().apply(engine.run(facts), catalog);
            long end = System.nanoTime();
            ScanResult result = new ScanResult(name, facts, findings, warnings, Duration.ofNanos(end - start));
            LOG.debug("{}: {} facts, {} findings in {} ms", name, facts.size(), findings.size(),
                    (end - start) / 1_000_000);
            return new TimedScan(result, new PhaseTimes(Duration.ofNanos(extracted - start),
                    Duration.ofNanos(end - extracted)));
        } catch (MingchaException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOG.debug("internal error while scanning {}", name, e);
            throw new InternalScanException(name, e);
        }
    }

    /** The service type the user named, or the one proposed from the evidence when there is a clear one. */
    private Facts withServiceType(Facts facts) {
        Optional<ServiceTypeAssignment> assignment = options.serviceType()
                .map(t -> new ServiceTypeAssignment(t.id(), ServiceTypeAssignment.Source.GIVEN, List.of()))
                .or(() -> serviceTypes.propose(facts));
        return assignment.map(a -> Facts.builder().addAll(facts).add(a).build()).orElse(facts);
    }
}

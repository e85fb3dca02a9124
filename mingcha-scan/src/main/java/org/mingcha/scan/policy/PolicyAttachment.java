package org.mingcha.scan.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mingcha.apk.zip.SafeZip;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.policy.PolicyAnalyzer;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;
import org.mingcha.policy.document.PolicySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds privacy-policy facts to a scan: the policy files the user gave ({@code --policy}) and any policy
 * bundled in the scanned archive ({@code assets/**.html|htm|txt} or {@code res/raw/*} whose text names
 * itself a privacy policy), so one report shows the code and the policy. Thread-safe.
 */
public final class PolicyAttachment {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyAttachment.class);
    private static final List<String> POLICY_WORDS = List.of("隐私政策", "隐私协议", "个人信息保护", "隐私权政策");
    private static final int TITLE_ZONE = 2000;

    private final Supplier<PolicyAnalyzer> analyzerFactory;
    private final PolicyLimits limits;
    private final ScanLimits scanLimits;
    private PolicyAnalyzer analyzer;
    /** The given policy files, read and analysed once for every input of a run (a batch gives them to each). */
    private final Map<List<Path>, CompletableFuture<Given>> given = new ConcurrentHashMap<>();

    private record Given(List<PolicyDocument> documents, Facts facts) {
    }

    public PolicyAttachment(PolicyAnalyzer analyzer, ScanLimits scanLimits) {
        this(() -> analyzer, Objects.requireNonNull(analyzer, "analyzer").limits(), scanLimits);
    }

    /**
     * Makes the analyzer only when a scan has a policy to analyse: its lexicons and transliterator cost a
     * noticeable part of a cold scan that has none.
     */
    public PolicyAttachment(Supplier<PolicyAnalyzer> analyzer, PolicyLimits limits, ScanLimits scanLimits) {
        this.analyzerFactory = Objects.requireNonNull(analyzer, "analyzer");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.scanLimits = Objects.requireNonNull(scanLimits, "scanLimits");
    }

    private synchronized PolicyAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = Objects.requireNonNull(analyzerFactory.get(), "analyzer");
        }
        return analyzer;
    }

    /**
     * Starts reading and analysing the given policy files on another thread, so that it overlaps the code
     * extraction; {@link #attach} waits for it. Each list of files is analysed once per attachment.
     */
    public void prepare(List<Path> policyFiles) {
        if (!policyFiles.isEmpty()) {
            given.computeIfAbsent(List.copyOf(policyFiles), files -> CompletableFuture.supplyAsync(() -> {
                List<PolicyDocument> documents = analyzer().read(files).documents();
                return new Given(documents, analyzer().analyze(new PolicySet(documents)));
            }));
        }
    }

    /**
     * The facts with the policy facts added: the policy files given and those bundled in {@code input}.
     * Explicit policy files that cannot be read raise their {@link MingchaException}; bundled entries that cannot
     * be read are skipped with a warning added to {@code warnings}.
     */
    public Facts attach(Facts facts, Path input, String displayName, List<Path> policyFiles, List<String> warnings) {
        List<PolicyDocument> bundled = bundled(input, displayName, warnings);
        if (policyFiles.isEmpty() && bundled.isEmpty()) {
            return facts;
        }
        Facts policy;
        if (policyFiles.isEmpty()) {
            policy = analyzer().analyze(new PolicySet(bundled));
        } else {
            prepare(policyFiles);
            Given read = join(given.get(List.copyOf(policyFiles)));
            if (bundled.isEmpty()) {
                policy = read.facts();
            } else {
                // documents of one app are analysed together: an SDK list or children's policy completes the main one
                List<PolicyDocument> all = new ArrayList<>(read.documents());
                all.addAll(bundled);
                policy = analyzer().analyze(new PolicySet(all));
            }
        }
        return Facts.builder().addAll(facts).addAll(policy).build();
    }

    private static Given join(CompletableFuture<Given> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Policies bundled in a ZIP-based input; empty for other inputs. */
    public List<PolicyDocument> bundled(Path input, String displayName, List<String> warnings) {
        if (!Files.isRegularFile(input) || !isZip(input)) {
            return List.of();
        }
        List<PolicyDocument> out = new ArrayList<>();
        try (SafeZip zip = SafeZip.open(input, displayName, scanLimits)) {
            for (SafeZip.Entry e : zip.entries()) {
                if (!candidate(e.name()) || e.size() > limits.maxBytes()) {
                    continue;
                }
                byte[] bytes = zip.read(e.name()).orElse(null);
                if (bytes == null || bytes.length == 0) {
                    continue;
                }
                try {
                    PolicyDocument doc = PolicyReader.read(e.name(), bytes, limits);
                    if (namesItselfAPolicy(doc)) {
                        out.add(doc);
                    }
                } catch (MingchaException notAPolicy) {
                    LOG.debug("{}: {} is not a readable policy: {}", displayName, e.name(), notAPolicy.getMessage());
                }
            }
        } catch (MingchaException e) {
            warnings.add("bundled privacy policy not searched: " + e.getMessage());
        }
        return out;
    }

    static boolean candidate(String entry) {
        String n = entry.toLowerCase(Locale.ROOT);
        if (n.startsWith("assets/")) {
            return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt");
        }
        return n.startsWith("res/raw/") || n.matches("res/raw-[^/]+/.*");
    }

    private static boolean namesItselfAPolicy(PolicyDocument doc) {
        String head = doc.title() + "\n" + doc.text().substring(0, Math.min(TITLE_ZONE, doc.text().length()));
        return POLICY_WORDS.stream().anyMatch(head::contains);
    }

    private static boolean isZip(Path input) {
        try (var in = Files.newInputStream(input)) {
            return SafeZip.isZip(in.readNBytes(4));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

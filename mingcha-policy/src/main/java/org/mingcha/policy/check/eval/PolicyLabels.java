package org.mingcha.policy.check.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.core.scan.CorruptInputException;

/**
 * The hand-assigned statuses of one corpus policy: {@code policy} is {@code ca4p-NNNN} (policy NNNN of CA4P-483),
 * {@code split} names the round that labelled it (labels README), {@code checks} maps guide clause to status.
 */
public record PolicyLabels(String policy, String split, Map<String, Status> checks) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String PREFIX = "ca4p-";

    public PolicyLabels {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(split, "split");
        checks = Map.copyOf(checks);
    }

    /** The policy's id in the CA4P-483 corpus, e.g. {@code 0499}. */
    public String corpusId() {
        return policy.startsWith(PREFIX) ? policy.substring(PREFIX.length()) : policy;
    }

    /** Every {@code ca4p-*.yaml} of {@code dir}, sorted by name. */
    public static List<PolicyLabels> loadAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CorruptInputException(dir.toString(), "not a directory of label files");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new CorruptInputException(dir.toString(), "cannot list label files: " + e.getMessage(), e);
        }
        List<PolicyLabels> out = new ArrayList<>();
        for (Path f : files) {
            out.add(load(f));
        }
        return List.copyOf(out);
    }

    public static PolicyLabels load(Path file) {
        Map<?, ?> raw;
        try {
            raw = YAML.readValue(file.toFile(), Map.class);
        } catch (IOException e) {
            throw new CorruptInputException(file.toString(), "not a label file: " + e.getMessage().lines().findFirst()
                    .orElse(""), e);
        }
        if (raw == null || !(raw.get("policy") instanceof String policy) || !(raw.get("checks") instanceof Map<?, ?> m)) {
            throw new CorruptInputException(file.toString(), "label file needs 'policy' and 'checks'");
        }
        String split = raw.get("split") instanceof String s ? s : "test";
        Map<String, Status> checks = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            try {
                checks.put(String.valueOf(e.getKey()), Status.fromId(String.valueOf(e.getValue())));
            } catch (IllegalArgumentException bad) {
                throw new CorruptInputException(file.toString(), "unknown status '" + e.getValue() + "' for "
                        + e.getKey());
            }
        }
        return new PolicyLabels(policy, split, checks);
    }
}

package org.mingcha.core.rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mingcha.core.resource.YamlResources;

/**
 * The metadata of every rule, each read from {@code <RuleClassName>.yaml} beside the rule class (or the JSON the
 * build compiled from it, {@link YamlResources}).
 * Unknown keys are errors ({@link RuleMetadataReader}), so a typo in a rule file fails the build's meta-test.
 */
public final class RuleCatalog {

    private final Map<String, RuleMetadata> byId;

    private RuleCatalog(Map<String, RuleMetadata> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static RuleCatalog of(Collection<RuleMetadata> metadata) {
        Map<String, RuleMetadata> map = new LinkedHashMap<>();
        for (RuleMetadata m : metadata) {
            if (map.put(m.id(), m) != null) {
                throw new IllegalStateException("duplicate rule id " + m.id());
            }
        }
        return new RuleCatalog(map);
    }

    /** Reads the YAML beside each rule class. */
    public static RuleCatalog forRules(List<? extends Rule> rules) {
        return of(rules.stream().map(r -> metadataOf(r.getClass())).toList());
    }

    public static RuleMetadata metadataOf(Class<?> ruleClass) {
        String resource = ruleClass.getSimpleName() + ".yaml";
        try {
            return RuleMetadataReader.read(YamlResources.open(ruleClass, resource));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("rule " + ruleClass.getName() + " has no metadata file " + resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ruleClass.getName() + " metadata " + resource + ": "
                    + e.getMessage(), e);
        }
    }

    public Optional<RuleMetadata> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public RuleMetadata require(String id) {
        RuleMetadata m = byId.get(id);
        if (m == null) {
            throw new IllegalArgumentException("no rule with id " + id);
        }
        return m;
    }

    /** Finds a rule by id or by one of its former ids. */
    public Optional<RuleMetadata> resolve(String idOrAlias) {
        RuleMetadata direct = byId.get(idOrAlias);
        if (direct != null) {
            return Optional.of(direct);
        }
        return byId.values().stream().filter(m -> m.answersTo(idOrAlias)).findFirst();
    }

    public Collection<RuleMetadata> all() {
        return byId.values();
    }
}

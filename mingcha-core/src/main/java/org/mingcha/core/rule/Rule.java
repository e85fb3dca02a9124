package org.mingcha.core.rule;

import java.util.List;
import java.util.Set;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;

/**
 * A check over facts. Holds logic only: id, severity, clauses and all text live in the rule's YAML
 * metadata. A rule reads facts, never files, and does no I/O or logging.
 */
public interface Rule {

    /** The id of the metadata this rule reports under. */
    String id();

    /** The fact types this rule reads; the engine uses it to skip rules with nothing to read. */
    Set<Class<? extends Fact>> consumes();

    /** Findings without fingerprints; the engine assigns them. */
    List<Finding> check(Facts facts, RuleContext context);
}

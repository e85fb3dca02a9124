package org.mingcha.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.kb.PiCategory;
import org.mingcha.core.kb.PiType;

/**
 * One row of the collected-PI list (个人信息收集清单): a kind of PI the app's code or an SDK's collects, or a
 * requested permission gates. {@code purposes} are the purposes the policy states for it (empty: to be filled
 * in), {@code collectors} the app and third parties whose code collects it (app first), {@code permissions}
 * the requested permissions that gate it, {@code codeLocations} the number of code sites.
 */
public record CollectedPi(PiType type, Optional<PiCategory> category, List<String> purposes, Scenario scenario,
                          List<Party> collectors, List<String> permissions, PiRow.Declaration declaration,
                          int codeLocations) {

    public CollectedPi {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        purposes = List.copyOf(purposes);
        Objects.requireNonNull(scenario, "scenario");
        collectors = List.copyOf(collectors);
        permissions = List.copyOf(permissions);
        Objects.requireNonNull(declaration, "declaration");
        if (codeLocations < 0) {
            throw new IllegalArgumentException("negative code location count: " + codeLocations);
        }
    }

    public boolean sensitive() {
        return type.sensitive();
    }

    /** What this row still lacks, in the order of the list's columns. */
    public List<Gap> gaps() {
        List<Gap> out = new ArrayList<>();
        if (purposes.isEmpty()) {
            out.add(Gap.PURPOSE);
        }
        if (scenario == Scenario.UNKNOWN) {
            out.add(Gap.SCENARIO);
        }
        switch (declaration) {
            case NO_POLICY -> out.add(Gap.NO_POLICY);
            case UNDECLARED -> out.add(Gap.NOT_DECLARED);
            case VAGUE -> out.add(Gap.VAGUELY_DECLARED);
            case DECLARED -> { }
        }
        return out;
    }
}

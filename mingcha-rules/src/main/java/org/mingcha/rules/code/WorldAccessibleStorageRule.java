package org.mingcha.rules.code;

import org.mingcha.core.fact.CodePatternKind;

public final class WorldAccessibleStorageRule extends CodePatternRule {

    public WorldAccessibleStorageRule() {
        super("MC-WORLD-ACCESSIBLE-STORAGE", CodePatternKind.WORLD_ACCESSIBLE_STORAGE);
    }
}

package org.mingcha.rules.selfstart;

import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.rules.code.CodePatternRule;

public final class AssociatedStartRule extends CodePatternRule {

    public AssociatedStartRule() {
        super("MC-ASSOCIATED-START", CodePatternKind.ASSOCIATED_START);
    }
}

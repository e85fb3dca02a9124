package org.mingcha.rules.code;

import org.mingcha.core.fact.CodePatternKind;

public final class DynamicCodeLoadingRule extends CodePatternRule {

    public DynamicCodeLoadingRule() {
        super("MC-DYNAMIC-CODE-LOADING", CodePatternKind.DYNAMIC_CODE_LOADING);
    }
}

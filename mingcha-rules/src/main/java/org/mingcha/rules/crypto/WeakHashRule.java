package org.mingcha.rules.crypto;

import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.rules.code.CodePatternRule;

public final class WeakHashRule extends CodePatternRule {

    public WeakHashRule() {
        super("MC-CRYPTO-WEAK-HASH", CodePatternKind.WEAK_HASH);
    }
}

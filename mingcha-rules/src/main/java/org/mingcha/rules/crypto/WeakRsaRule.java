package org.mingcha.rules.crypto;

import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.rules.code.CodePatternRule;

public final class WeakRsaRule extends CodePatternRule {

    public WeakRsaRule() {
        super("MC-CRYPTO-WEAK-RSA", CodePatternKind.WEAK_RSA_KEY);
    }
}

package org.mingcha.rules.crypto;

import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.rules.code.CodePatternRule;

public final class WeakCipherRule extends CodePatternRule {

    public WeakCipherRule() {
        super("MC-CRYPTO-WEAK-CIPHER", CodePatternKind.WEAK_CIPHER, CodePatternKind.ECB_MODE);
    }
}

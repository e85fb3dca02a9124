package org.mingcha.rules.network;

import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.rules.code.CodePatternRule;

public final class TlsInsecureVersionRule extends CodePatternRule {

    public TlsInsecureVersionRule() {
        super("MC-TLS-INSECURE-VERSION", CodePatternKind.INSECURE_TLS_VERSION);
    }
}

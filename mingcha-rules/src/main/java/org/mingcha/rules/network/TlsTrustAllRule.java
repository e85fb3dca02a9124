package org.mingcha.rules.network;

import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.rules.code.CodePatternRule;

public final class TlsTrustAllRule extends CodePatternRule {

    public TlsTrustAllRule() {
        super("MC-TLS-TRUST-ALL", CodePatternKind.TRUST_ALL_CERTIFICATES);
    }
}

package org.mingcha.rules.network;

import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.rules.code.CodePatternRule;

public final class TlsAllowAllHostnamesRule extends CodePatternRule {

    public TlsAllowAllHostnamesRule() {
        super("MC-TLS-ALLOW-ALL-HOSTNAMES", CodePatternKind.ALLOW_ALL_HOSTNAMES);
    }
}

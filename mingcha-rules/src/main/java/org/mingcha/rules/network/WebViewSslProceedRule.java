package org.mingcha.rules.network;

import org.mingcha.core.fact.CodePatternKind;
import org.mingcha.rules.code.CodePatternRule;

public final class WebViewSslProceedRule extends CodePatternRule {

    public WebViewSslProceedRule() {
        super("MC-WEBVIEW-SSL-PROCEED", CodePatternKind.WEBVIEW_SSL_ERROR_PROCEED);
    }
}

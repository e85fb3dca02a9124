package org.mingcha.policy.check;

import org.mingcha.core.fact.policy.PolicyCheckResult;

/** One clause check: reads the policy documents, decides met / partly / missing / not-applicable. */
public interface PolicyCheck {

    /** The guide clause id, e.g. {@code 6.2.1.e}. */
    String clause();

    PolicyCheckResult check(CheckContext context);
}

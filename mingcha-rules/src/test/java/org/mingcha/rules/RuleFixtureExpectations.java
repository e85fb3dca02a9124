package org.mingcha.rules;

import org.mingcha.core.evidence.Attribution;

/** Attributions the real extractor gives code in the DEX fixtures, from the bundled SDK catalogue. */
public final class RuleFixtureExpectations {

    /** Classes under {@code com.tencent.bugly} in the fixtures. */
    public static final Attribution BUGLY = Attribution.sdk("tencent_bugly", "腾讯 Bugly");

    private RuleFixtureExpectations() {
    }
}

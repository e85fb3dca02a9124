package org.mingcha.lists;

/** What a row of the lists still lacks before it can be published, or what the policy does not say of it. */
public enum Gap {
    /** No privacy policy was given or found: nothing could be prefilled from it. */
    NO_POLICY,
    /** The policy does not name the PI type. */
    NOT_DECLARED,
    /** The policy names the PI type only in general words (设备信息 for the IMEI). */
    VAGUELY_DECLARED,
    /** The policy states no purpose: the purpose cell holds a placeholder. */
    PURPOSE,
    /** No code site with a known phase: the scenario must be confirmed by hand. */
    SCENARIO,
    /** The policy does not name the third party at all. */
    NOT_LISTED,
    /** The policy's entry for the third party does not state the method of collection. */
    METHOD,
    /** The policy's entry for the third party does not state which PI it collects. */
    PI_TYPES,
    /** The third party's code collects PI types its policy entry does not name. */
    UNDISCLOSED_PI,
    /** No link to the third party's own privacy policy is known. */
    POLICY_URL;

    /** Stable id for text keys and machine-readable output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

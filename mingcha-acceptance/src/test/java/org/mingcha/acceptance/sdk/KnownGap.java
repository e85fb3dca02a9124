package org.mingcha.acceptance.sdk;

/**
 * A Mingcha defect that still breaks part of an artifact's expectations. The expectations it names are still
 * checked: a miss is printed as {@code KNOWN DEFECT}, a pass as a notice to remove the marker; every other
 * expectation of the artifact stays strict.
 */
public enum KnownGap {

    /**
     * The version reader looks only at BuildConfig and *Version* classes; Umeng U-Push states its version in
     * {@code com.umeng.message.MsgConstant.SDK_VERSION}.
     */
    VERSION_CONSTANT_ELSEWHERE("version constant outside BuildConfig/*Version* classes is not read");

    private final String description;

    KnownGap(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

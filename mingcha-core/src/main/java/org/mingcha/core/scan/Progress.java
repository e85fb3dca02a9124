package org.mingcha.core.scan;

/** Reports progress of long work (reading DEX files, scanning a directory). Implementations must be thread-safe. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (stage, done, total) -> { };

    /**
     * @param stage what is being done, e.g. {@code classes2.dex}
     * @param done  units finished
     * @param total units in all, or -1 when unknown
     */
    void update(String stage, long done, long total);
}

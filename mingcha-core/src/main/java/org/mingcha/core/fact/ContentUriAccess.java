package org.mingcha.core.fact;

import java.util.Objects;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;

/**
 * Code that names a content provider holding PI: a {@code content://} string constant or a read of a
 * framework URI field such as {@code ContactsContract$Contacts.CONTENT_URI}. {@code apiId} links to the KB.
 */
public record ContentUriAccess(String apiId, String uri, String piCategory, CodeLocation caller) implements Fact {

    public ContentUriAccess {
        Objects.requireNonNull(apiId, "apiId");
        Objects.requireNonNull(uri, "uri");
        piCategory = piCategory == null ? "" : piCategory;
        Objects.requireNonNull(caller, "caller");
    }

    @Override
    public Evidence evidence() {
        return caller.toEvidence(uri);
    }
}

package org.mingcha.core.fact;

import java.util.Objects;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.evidence.Evidence;

/** An {@code http://} or {@code https://} URL found as a string constant in code. */
public record UrlConstant(String url, String scheme, String host, CodeLocation caller) implements Fact {

    public UrlConstant {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(scheme, "scheme");
        host = host == null ? "" : host;
        Objects.requireNonNull(caller, "caller");
    }

    public boolean cleartext() {
        return "http".equalsIgnoreCase(scheme);
    }

    @Override
    public Evidence evidence() {
        return caller.toEvidence(url);
    }
}

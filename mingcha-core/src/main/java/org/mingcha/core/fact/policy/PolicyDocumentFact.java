package org.mingcha.core.fact.policy;

import java.util.Objects;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.Fact;

/**
 * A privacy-policy document that was read. {@code path} is the document as the user named it (or the
 * entry inside an APK), {@code format} the detected kind ({@code html}, {@code text}, {@code markdown},
 * {@code pdf}, {@code docx}), {@code chars} the length of the normalised text, {@code role} one of
 * {@link #ROLE_MAIN}, {@link #ROLE_CHILDREN}, {@link #ROLE_SDK_LIST}, {@link #ROLE_COLLECTED_PI_LIST},
 * and {@code text} the normalised text every policy offset points into.
 */
public record PolicyDocumentFact(String path, String title, String format, int chars, String role, String text)
        implements Fact {

    public static final String ROLE_MAIN = "main";
    public static final String ROLE_CHILDREN = "children";
    public static final String ROLE_SDK_LIST = "sdk-list";
    public static final String ROLE_COLLECTED_PI_LIST = "collected-pi-list";

    public PolicyDocumentFact {
        Objects.requireNonNull(path, "path");
        title = title == null ? "" : title;
        format = format == null ? "" : format;
        role = role == null || role.isEmpty() ? ROLE_MAIN : role;
        text = text == null ? "" : text;
        if (chars < 0) {
            throw new IllegalArgumentException("chars must be >= 0: " + chars);
        }
    }

    @Override
    public Evidence evidence() {
        return Evidence.of(path, PolicySpans.locator(0, chars), title);
    }
}

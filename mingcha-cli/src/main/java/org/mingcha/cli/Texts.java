package org.mingcha.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.Severity;

/** Console text in the chosen language, from {@code console.properties} / {@code console_zh.properties}. */
public final class Texts {

    private final Language language;
    private final ResourceBundle bundle;

    private Texts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Texts of(Language language) {
        return new Texts(language, ShippedBundles.console(language == Language.ZH ? Locale.CHINESE : Locale.ROOT));
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing console text " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    public String severity(Severity severity) {
        return get("severity." + severity.id());
    }

    /** Who is responsible: the app, a catalogued SDK by name, or a package prefix. */
    public String party(Attribution attribution, KnowledgeBase kb) {
        return switch (attribution.kind()) {
            case APP -> get("party.app");
            case SDK -> kb.sdk(attribution.sdkId())
                    .map(s -> language == Language.EN && !s.nameEn().isEmpty() ? s.nameEn() : s.displayName())
                    .filter(s -> !s.isEmpty())
                    .orElse(attribution.label().isEmpty() ? attribution.sdkId() : attribution.label());
            case THIRD_PARTY, LIBRARY -> attribution.label();
        };
    }
}

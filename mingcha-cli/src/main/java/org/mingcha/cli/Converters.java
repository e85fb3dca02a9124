package org.mingcha.cli;

import java.util.Locale;
import java.util.Optional;
import org.mingcha.core.rule.Language;
import org.mingcha.core.rule.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters; their failures become usage errors (exit 2). */
public final class Converters {

    private Converters() {
    }

    public static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A severity, or {@code none} (empty) for "never fail on findings"; a bad value is a usage error. */
    public static Optional<Severity> failOn(String value) {
        if (value.trim().toLowerCase(Locale.ROOT).equals("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.parse(value));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage() + " or none");
        }
    }
}

package org.mingcha.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Loads the command line's message bundles from their properties files, asking only for the languages they come in:
 * Chinese and the English root. The JDK's default lookup also asks for a bundle class and for the country variant
 * (Messages_zh_CN), and each of those misses searches the whole class path, which opens all 56 jars on it: about
 * 35 ms of a cold start, spent before the first argument is read.
 */
final class ShippedBundles extends ResourceBundle.Control {

    private static final ShippedBundles CONTROL = new ShippedBundles();

    private ShippedBundles() {
    }

    /** The usage help's texts, in the default locale's language where it is shipped. */
    static ResourceBundle messages() {
        return load("org.mingcha.cli.Messages", Locale.getDefault());
    }

    static ResourceBundle console(Locale locale) {
        return load("org.mingcha.cli.console", locale);
    }

    static ShippedBundles control() {
        return CONTROL;
    }

    private static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, CONTROL);
    }

    @Override
    public List<String> getFormats(String baseName) {
        return FORMAT_PROPERTIES;
    }

    @Override
    public List<Locale> getCandidateLocales(String baseName, Locale locale) {
        return locale.getLanguage().equals(Locale.CHINESE.getLanguage())
                ? List.of(Locale.CHINESE, Locale.ROOT) : List.of(Locale.ROOT);
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
        return null;
    }
}

package org.mingcha.apk.callgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mingcha.core.kb.DataLines;

/**
 * Supertypes of the Android and Java framework classes apps extend (Activity, Service, Thread, AsyncTask,
 * Handler, listener interfaces...), which are not in the app's DEX. Loaded from {@code framework-hierarchy.txt},
 * generated from Robolectric's android-all by {@code FrameworkHierarchyGenerator} (test scope): one line per
 * class, {@code Lclass; Lsuper; Linterface;...}, {@code -} when there is no superclass.
 */
public final class FrameworkHierarchy {

    public static final String RESOURCE = "framework-hierarchy.txt";
    private static final FrameworkHierarchy BUNDLED = load();

    /** One framework class and its direct supertypes, as type descriptors. */
    public record Type(String name, String superName, List<String> interfaces) {
        public Type {
            Objects.requireNonNull(name, "name");
            superName = superName == null ? "" : superName;
            interfaces = List.copyOf(interfaces);
        }
    }

    private final List<Type> types;

    public FrameworkHierarchy(List<Type> types) {
        this.types = List.copyOf(types);
    }

    public static FrameworkHierarchy bundled() {
        return BUNDLED;
    }

    public List<Type> types() {
        return types;
    }

    private static FrameworkHierarchy load() {
        try (InputStream in = FrameworkHierarchy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static FrameworkHierarchy parse(InputStream in) throws IOException {
        List<Type> types = new ArrayList<>();
        for (String line : DataLines.parse(in)) {
            String[] parts = line.split(" ");
            if (parts.length < 2) {
                throw new IllegalStateException(RESOURCE + ": malformed line: " + line);
            }
            types.add(new Type(parts[0], parts[1].equals("-") ? "" : parts[1],
                    Arrays.asList(parts).subList(2, parts.length)));
        }
        return new FrameworkHierarchy(types);
    }
}

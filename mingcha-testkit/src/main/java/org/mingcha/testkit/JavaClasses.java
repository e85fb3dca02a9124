package org.mingcha.testkit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.mingcha.core.scan.CorruptInputException;

/**
 * Compiles Java source texts to class files in memory with the JDK's compiler, for JAR and AAR
 * fixtures. Needs a JDK (not a bare JRE) at test time.
 */
public final class JavaClasses {

    private JavaClasses() {
    }

    /**
     * Compiles sources (any number of top-level types each; errors name them {@code java1}, {@code java2}…) targeting
     * Java 8 bytecode as Android tooling expects; returns class files by internal name ({@code a/b/C}).
     */
    public static Map<String, byte[]> compile(String... javaSources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime; run the tests on a JDK");
        }
        List<JavaFileObject> units = new ArrayList<>();
        for (int i = 0; i < javaSources.length; i++) {
            units.add(new SourceText("java" + (i + 1), javaSources[i]));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> outputs = new TreeMap<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
        JavaFileManager memory = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className,
                    JavaFileObject.Kind kind, FileObject sibling) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                outputs.put(className.replace('.', '/'), out);
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"),
                        JavaFileObject.Kind.CLASS) {
                    @Override
                    public OutputStream openOutputStream() {
                        return out;
                    }
                };
            }
        };
        boolean ok = compiler.getTask(null, memory, diagnostics,
                List.of("--release", "8", "-g", "-nowarn", "-Xlint:-options"), null, units).call();
        if (!ok) {
            Diagnostic<? extends JavaFileObject> first = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst()
                    .orElseThrow(() -> new IllegalStateException("javac failed without an error"));
            String name = first.getSource() == null ? "<java>" : first.getSource().getName();
            throw new CorruptInputException(name, "does not compile: line " + first.getLineNumber() + ": "
                    + first.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
        }
        Map<String, byte[]> classes = new TreeMap<>();
        outputs.forEach((name, out) -> classes.put(name, out.toByteArray()));
        return Map.copyOf(classes);
    }

    private static final class SourceText extends SimpleJavaFileObject {
        private final String text;

        SourceText(String name, String text) {
            super(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE);
            this.text = text;
        }

        /** The sources are texts, not files, so a public class need not match a file name. */
        @Override
        public boolean isNameCompatible(String simpleName, JavaFileObject.Kind kind) {
            return kind == JavaFileObject.Kind.SOURCE;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}

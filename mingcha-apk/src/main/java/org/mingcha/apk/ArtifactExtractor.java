package org.mingcha.apk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.mingcha.apk.callgraph.CallGraph;
import org.mingcha.apk.callgraph.CallGraphBuilder;
import org.mingcha.apk.callgraph.ReachabilityAnalysis;
import org.mingcha.apk.code.CodeContext;
import org.mingcha.apk.code.CodeEntry;
import org.mingcha.apk.code.CodeScanner;
import org.mingcha.apk.input.InputSniffer;
import org.mingcha.apk.manifest.AxmlReader;
import org.mingcha.apk.manifest.Manifest;
import org.mingcha.apk.manifest.ManifestExtractor;
import org.mingcha.apk.manifest.TextXmlReader;
import org.mingcha.apk.manifest.XmlElement;
import org.mingcha.apk.resources.ArscReader;
import org.mingcha.apk.resources.ResourceFormatException;
import org.mingcha.apk.resources.ResourceResolver;
import org.mingcha.apk.signing.SignatureExtractor;
import org.mingcha.apk.zip.SafeZip;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.FactSink;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.fact.NativeLibrary;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.LimitExceededException;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.scan.UnsafeInputException;
import org.mingcha.core.scan.UnsupportedInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one input file into facts: sniffs its kind from content, opens the container under the ZIP
 * policy, reads manifest, resources, signatures and native libraries, and hands every piece of code to
 * {@link CodeScanner}. Every problem with the input surfaces as a {@code MingchaException} naming it.
 */
public final class ArtifactExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ArtifactExtractor.class);
    private static final String MANIFEST = ManifestExtractor.ENTRY;
    private static final String ARSC = "resources.arsc";

    private final KnowledgeBase kb;
    private final ScanLimits limits;
    private final CodeScanner codeScanner;

    public ArtifactExtractor(KnowledgeBase kb, ScanLimits limits) {
        this(kb, limits, new CodeScanner(kb, limits));
    }

    /** With {@code codeScanner} (made from the same knowledge base) scanning the input's code. */
    public ArtifactExtractor(KnowledgeBase kb, ScanLimits limits, CodeScanner codeScanner) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.codeScanner = Objects.requireNonNull(codeScanner, "codeScanner");
    }

    private record Signatures(List<Fact> facts, List<String> warnings) {
    }

    /** Mutable state of one extraction; never shared between inputs. */
    private static final class Run {
        final String file;
        final Facts.Builder facts = Facts.builder();
        final List<String> warnings = new ArrayList<>();
        final List<CodeEntry> code = new ArrayList<>();
        final List<String> nativeLibraries = new ArrayList<>();
        final Map<String, String> metadata = new LinkedHashMap<>();
        Manifest manifest = new Manifest("", -1, "", -1, -1, "", "", "", List.of(), Map.of());
        String manifestEntry = "";
        /** Signature verification hashes the whole APK, so it runs beside code scanning. */
        CompletableFuture<Signatures> signatures = CompletableFuture.completedFuture(new Signatures(List.of(), List.of()));
        /** The input's SHA-256, hashed off the main thread. */
        CompletableFuture<String> digest = CompletableFuture.completedFuture("");

        Run(String file) {
            this.file = file;
        }
    }

    public Extraction extract(Path input, Progress progress) {
        String file = input.toString();
        if (!Files.exists(input)) {
            throw new UnsupportedInputException(file, "no such file");
        }
        if (!Files.isRegularFile(input)) {
            throw new UnsupportedInputException(file, "not a regular file");
        }
        Run run = new Run(file);
        // Hashing the whole input is the longest task besides the code scan (apksig hashes an APK up to twice more
        // for v2 and v3): started first, it is done by the time the scan needs it.
        run.digest = CompletableFuture.supplyAsync(() -> sha256(input, file), daemon("mingcha-digest"));
        byte[] head = InputSniffer.readHead(input, file);
        InputKind kind;
        if (SafeZip.isZip(head)) {
            try (SafeZip zip = SafeZip.open(input, file, limits)) {
                kind = InputSniffer.sniffArchive(file, zip);
                progress.update("open " + kind.name().toLowerCase(Locale.ROOT), 0, -1);
                switch (kind) {
                    case APK -> readApk(run, zip, input);
                    case SPLIT_APKS, XAPK -> readApkSet(run, zip);
                    case AAR -> readAar(run, zip);
                    case JAR -> readJar(run, zip, input);
                    default -> throw new IllegalStateException("archive sniffed as " + kind);
                }
                run.warnings.addAll(zip.warnings());
            }
        } else {
            kind = InputSniffer.sniffHead(file, head);
            byte[] bytes = readWhole(input, file);
            run.code.add(new CodeEntry(fileName(input), kind == InputKind.DEX ? CodeEntry.Format.DEX : CodeEntry.Format.CLASS, bytes));
        }
        // An SDK's own manifest package is not an app: its code must be attributed to the SDK it belongs to.
        String appPackage = kind.isApp() ? run.manifest.packageName() : "";
        CodeContext context = new CodeContext(appPackage, run.manifest.componentClasses(),
                run.nativeLibraries.stream().distinct().toList(), run.metadata);
        CallGraphBuilder graph = new CallGraphBuilder();
        if (!run.code.isEmpty()) {
            try {
                run.warnings.addAll(codeScanner.scan(List.copyOf(run.code), context, run.facts, progress,
                        graph));
            } catch (MingchaException e) {
                throw e.file().isEmpty() ? withFile(e, file, fileName(input)) : e;
            }
        }
        run.code.clear();
        Signatures signatures = joinSignatures(run);
        signatures.facts().forEach(run.facts::accept);
        run.warnings.addAll(signatures.warnings());
        emitIdentity(run, input, kind);
        Facts facts = run.facts.build();
        return new Extraction(withReachability(facts, graph, kind), run.warnings);
    }

    /** Adds a {@code Reachability} fact per sensitive call site, from the call graph the code scan recorded. */
    private static Facts withReachability(Facts facts, CallGraphBuilder builder, InputKind kind) {
        long start = System.nanoTime();
        boolean library = kind == InputKind.AAR || kind == InputKind.JAR || kind == InputKind.CLASS
                || kind == InputKind.DEX;
        CallGraph graph = ReachabilityAnalysis.build(builder, facts, library);
        Facts.Builder out = Facts.builder().addAll(facts);
        ReachabilityAnalysis.analyse(graph, facts, library).forEach(out::add);
        LOG.debug("call graph: {} methods, {} edges, reachability in {} ms", graph.methodCount(), graph.edgeCount(),
                (System.nanoTime() - start) / 1_000_000);
        return out.build();
    }

    private static CompletableFuture<Signatures> verifyAsync(Function<FactSink, List<String>> verification) {
        return CompletableFuture.supplyAsync(() -> {
            List<Fact> facts = new ArrayList<>();
            List<String> warnings = verification.apply(facts::add);
            return new Signatures(facts, warnings);
        }, daemon("mingcha-apksig"));
    }

    /** Runs each task on a new daemon thread: a scan's background work must never keep the JVM alive. */
    private static Executor daemon(String name) {
        return task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        };
    }

    private static Signatures joinSignatures(Run run) {
        return join(run.signatures);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /**
     * The code scanner names entries, not the input; the same error again, now naming the file. For a bare
     * DEX or class file the entry is the file itself, so its name is not said twice.
     */
    private static MingchaException withFile(MingchaException e, String file, String fileName) {
        String problem = e.getMessage().startsWith(fileName + ": ")
                ? e.getMessage().substring(fileName.length() + 2) : e.getMessage();
        if (e instanceof LimitExceededException) {
            return new LimitExceededException(file, problem, e);
        }
        if (e instanceof UnsafeInputException) {
            return new UnsafeInputException(file, problem, e);
        }
        if (e instanceof UnsupportedInputException) {
            return new UnsupportedInputException(file, problem, e);
        }
        if (e instanceof CorruptInputException) {
            return new CorruptInputException(file, problem, e);
        }
        return new MingchaException(file, problem, e);
    }

    private void readApk(Run run, SafeZip zip, Path input) {
        applyManifest(run, zip, "", binaryManifest(run, zip, MANIFEST));
        int minSdk = run.manifest.minSdk();
        run.signatures = verifyAsync(sink -> SignatureExtractor.extract(input, "", minSdk, sink));
        collectApkContent(run, zip);
    }

    /** A split APK set (.apks) or XAPK: the base APK's manifest, resources and signature, every split's code and libraries. */
    private void readApkSet(Run run, SafeZip outer) {
        List<String> apkNames = outer.entries().stream().map(SafeZip.Entry::name)
                .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".apk"))
                .sorted(Comparator.comparing(ArtifactExtractor::baseFirst).thenComparing(Comparator.naturalOrder()))
                .toList();
        boolean haveBase = false;
        for (String name : apkNames) {
            Optional<byte[]> bytes = outer.read(name);
            if (bytes.isEmpty()) {
                continue;
            }
            SafeZip apk = outer.nested(name, bytes.get(), n -> n.equals(MANIFEST) || n.equals(ARSC) || isDex(n));
            if (!apk.contains(MANIFEST)) {
                run.warnings.add("skipped " + name + ": no AndroidManifest.xml");
                continue;
            }
            XmlElement root = binaryManifest(run, apk, name + "!/" + MANIFEST);
            boolean isSplit = root.plain("split").isPresent();
            if (!isSplit) {
                if (haveBase) {
                    run.warnings.add("skipped " + name + ": a second base APK (standalone variant)");
                    continue;
                }
                haveBase = true;
                applyManifest(run, apk, name + "!/", root);
                int minSdk = run.manifest.minSdk();
                byte[] baseApk = bytes.get();
                run.signatures = verifyAsync(sink -> SignatureExtractor.extract(baseApk, name + "!/", minSdk, sink));
            }
            collectApkContent(run, apk);
        }
        if (!haveBase) {
            throw new CorruptInputException(run.file, "APK set has no base APK (every APK declares a split)");
        }
    }

    /** Orders {@code base.apk} and {@code splits/base-master.apk} before other APKs of a set. */
    private static int baseFirst(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String simple = lower.substring(lower.lastIndexOf('/') + 1);
        if (simple.equals("base.apk") || simple.equals("base-master.apk")) {
            return 0;
        }
        return simple.startsWith("base") ? 1 : 2;
    }

    private void applyManifest(Run run, SafeZip apk, String prefix, XmlElement root) {
        String entry = prefix + MANIFEST;
        ResourceResolver resources = ResourceResolver.NONE;
        Optional<byte[]> arsc = apk.read(ARSC);
        if (arsc.isPresent()) {
            try {
                resources = ArscReader.read(arsc.get());
            } catch (ResourceFormatException e) {
                run.warnings.add(prefix + ARSC + ": " + e.getMessage() + "; resource references left unresolved");
            }
        }
        run.manifestEntry = entry;
        run.manifest = manifestFacts(run, root, entry, resources);
        run.manifest.applicationMetaData().forEach((k, v) -> run.metadata.put("meta-data:" + k, v));
    }

    private XmlElement binaryManifest(Run run, SafeZip apk, String entry) {
        byte[] bytes = apk.read(MANIFEST)
                .orElseThrow(() -> new CorruptInputException(run.file, entry + ": missing or unreadable"));
        try {
            return AxmlReader.read(bytes);
        } catch (ResourceFormatException e) {
            throw new CorruptInputException(run.file, entry + ": " + e.getMessage(), e);
        }
    }

    private static Manifest manifestFacts(Run run, XmlElement root, String entry, ResourceResolver resources) {
        try {
            return new ManifestExtractor(entry, resources).extract(root, run.facts);
        } catch (ResourceFormatException e) {
            throw new CorruptInputException(run.file, entry + ": " + e.getMessage(), e);
        }
    }

    /** DEX files and native libraries of one APK (the input itself or a member of a set). */
    private void collectApkContent(Run run, SafeZip apk) {
        List<String> dexNames = apk.entries().stream().map(SafeZip.Entry::name).filter(ArtifactExtractor::isDex)
                .sorted(Comparator.comparingInt(ArtifactExtractor::dexIndex)).toList();
        for (String name : dexNames) {
            apk.read(name).ifPresent(b -> run.code.add(new CodeEntry(apk.prefix() + name, CodeEntry.Format.DEX, b)));
        }
        for (SafeZip.Entry e : apk.entries()) {
            String[] parts = e.name().split("/");
            if (parts.length == 3 && parts[0].equals("lib") && parts[2].endsWith(".so")) {
                nativeLibrary(run, apk.prefix() + e.name(), parts[1], parts[2], e.size());
            }
        }
    }

    private void readAar(Run run, SafeZip zip) {
        byte[] manifestBytes = zip.read(MANIFEST)
                .orElseThrow(() -> new CorruptInputException(run.file, MANIFEST + ": missing or unreadable"));
        XmlElement root;
        try {
            root = TextXmlReader.read(manifestBytes);
        } catch (ResourceFormatException e) {
            throw new CorruptInputException(run.file, MANIFEST + ": " + e.getMessage(), e);
        }
        run.manifestEntry = MANIFEST;
        try {
            run.manifest = ManifestExtractor.forLibrary(MANIFEST).extract(root, run.facts);
        } catch (ResourceFormatException e) {
            throw new CorruptInputException(run.file, MANIFEST + ": " + e.getMessage(), e);
        }
        run.manifest.applicationMetaData().forEach((k, v) -> run.metadata.put("meta-data:" + k, v));
        for (SafeZip.Entry e : zip.entries()) {
            String name = e.name();
            String[] parts = name.split("/");
            if (name.equals("classes.jar") || (parts.length == 2 && parts[0].equals("libs") && name.endsWith(".jar"))) {
                zip.read(name).ifPresent(b -> run.code.add(new CodeEntry(name, CodeEntry.Format.JAR, b)));
            } else if (parts.length == 3 && parts[0].equals("jni") && parts[2].endsWith(".so")) {
                nativeLibrary(run, name, parts[1], parts[2], e.size());
            }
        }
        readMetadata(run, zip);
    }

    private void readJar(Run run, SafeZip zip, Path input) {
        readMetadata(run, zip);
        run.code.add(new CodeEntry(fileName(input), CodeEntry.Format.JAR, readWhole(input, run.file)));
    }

    /** Maven coordinates and AndroidX-style version files that name the SDK and its version. */
    private static void readMetadata(Run run, SafeZip zip) {
        for (SafeZip.Entry e : zip.entries()) {
            String name = e.name();
            if (!name.startsWith("META-INF/")) {
                continue;
            }
            if (name.endsWith("/pom.properties") && name.startsWith("META-INF/maven/")) {
                zip.read(name).ifPresent(b -> {
                    Properties p = new Properties();
                    try {
                        p.load(new java.io.StringReader(new String(b, StandardCharsets.UTF_8)));
                    } catch (IOException | IllegalArgumentException ex) {
                        run.warnings.add("skipped " + name + ": not a properties file");
                        return;
                    }
                    String g = p.getProperty("groupId", "").trim();
                    String a = p.getProperty("artifactId", "").trim();
                    String v = p.getProperty("version", "").trim();
                    if (!g.isEmpty() && !a.isEmpty()) {
                        run.metadata.put(name, "maven:" + g + ":" + a + ":" + v);
                    }
                });
            } else if (name.endsWith(".version") && name.indexOf('/', "META-INF/".length()) < 0 && e.size() < 256) {
                zip.read(name).ifPresent(b -> run.metadata.put(name, new String(b, StandardCharsets.UTF_8).strip()));
            }
        }
    }

    private static void nativeLibrary(Run run, String entry, String abi, String fileName, long size) {
        run.facts.accept(new NativeLibrary(fileName, abi, Math.max(size, 0), Evidence.of(entry, "")));
        run.nativeLibraries.add(fileName);
    }

    private static boolean isDex(String name) {
        return dexIndex(name) > 0;
    }

    /** classes.dex is 1, classesN.dex is N, anything else 0; multidex order is numeric, not lexical. */
    private static int dexIndex(String name) {
        if (!name.startsWith("classes") || !name.endsWith(".dex") || name.indexOf('/') >= 0) {
            return 0;
        }
        String digits = name.substring("classes".length(), name.length() - ".dex".length());
        if (digits.isEmpty()) {
            return 1;
        }
        if (digits.length() > 6 || !digits.chars().allMatch(Character::isDigit) || digits.startsWith("0")) {
            return 0;
        }
        return Integer.parseInt(digits);
    }

    private byte[] readWhole(Path input, String file) {
        try {
            long size = Files.size(input);
            limits.checkEntrySize(file, fileName(input), size);
            return Files.readAllBytes(input);
        } catch (IOException e) {
            throw new CorruptInputException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static void emitIdentity(Run run, Path input, InputKind kind) {
        Manifest m = run.manifest;
        String name = fileName(input);
        Evidence evidence = run.manifestEntry.isEmpty() ? Evidence.of(name, "") : Evidence.of(run.manifestEntry, "manifest");
        run.facts.accept(new AppIdentity(name, kind, join(run.digest), size(input, run.file), m.packageName(),
                m.versionName(), Math.max(m.versionCode(), 0), m.minSdk(),
                m.targetSdk() > 0 ? m.targetSdk() : m.minSdk(), m.label(), evidence));
        LOG.debug("{}: {} with {} warnings", run.file, kind, run.warnings.size());
    }

    private static String fileName(Path input) {
        Path name = input.getFileName();
        return name == null ? input.toString() : name.toString();
    }

    private static long size(Path input, String file) {
        try {
            return Files.size(input);
        } catch (IOException e) {
            throw new CorruptInputException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static String sha256(Path input, String file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(input), MessageDigest.getInstance("SHA-256"))) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // the digest stream hashes as it reads
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new CorruptInputException(file, "cannot read the file: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}

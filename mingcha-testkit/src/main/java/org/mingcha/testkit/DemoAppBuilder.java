package org.mingcha.testkit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.mingcha.core.scan.CorruptInputException;
import org.xml.sax.SAXException;

/**
 * Assembles an app directory kept in source form into a signed APK. The directory holds
 * {@code AndroidManifest.xml} (plain text), {@code smali/**.smali}, optional {@code assets/**}, an
 * optional {@code native-libs.txt} listing {@code <abi>/<lib>.so} stubs to add, one a line, {@code #}
 * starting a comment, and an optional {@code strings.properties} (UTF-8) whose entries become string
 * resources in a {@code resources.arsc}. mingcha-demo runs {@link #main} at build time.
 */
public final class DemoAppBuilder {

    private DemoAppBuilder() {
    }

    /** {@code DemoAppBuilder <appDir> <outApk>} */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DemoAppBuilder <appDir> <outApk>");
        }
        build(Path.of(args[0]), Path.of(args[1]));
    }

    public static Path build(Path appDir, Path outApk) {
        Path manifest = appDir.resolve("AndroidManifest.xml");
        if (!Files.isRegularFile(manifest)) {
            throw new CorruptInputException(appDir.toString(), "app directory has no AndroidManifest.xml");
        }
        ApkBuilder apk = ApkBuilder.create()
                .manifest(BinaryXml.encodeFile(manifest, BinaryXml.StringEncoding.UTF_16))
                .dex(SmaliDex.assembleDirectory(appDir.resolve("smali")));
        Path assets = appDir.resolve("assets");
        if (Files.isDirectory(assets)) {
            for (Path asset : regularFiles(assets)) {
                apk.asset(slashed(assets.relativize(asset)), read(asset));
            }
        }
        Path nativeLibs = appDir.resolve("native-libs.txt");
        if (Files.isRegularFile(nativeLibs)) {
            for (String line : lines(nativeLibs)) {
                int hash = line.indexOf('#');
                String entry = (hash < 0 ? line : line.substring(0, hash)).strip();
                if (entry.isEmpty()) {
                    continue;
                }
                int slash = entry.indexOf('/');
                if (slash <= 0 || slash == entry.length() - 1) {
                    throw new CorruptInputException(nativeLibs.toString(),
                            "expected <abi>/<library>.so, found '" + entry + "'");
                }
                String abi = entry.substring(0, slash);
                if (!ElfStub.ABIS.contains(abi)) {
                    throw new CorruptInputException(nativeLibs.toString(), "unknown Android ABI '" + abi
                            + "', expected one of " + String.join(", ", ElfStub.ABIS));
                }
                apk.nativeLibraryStub(abi, entry.substring(slash + 1));
            }
        }
        Path strings = appDir.resolve("strings.properties");
        if (Files.isRegularFile(strings)) {
            apk.resourcesArsc(ResourceTable.ofStrings(packageName(manifest), properties(strings)));
        }
        return apk.writeTo(outApk);
    }

    private static String packageName(Path manifest) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            String name = factory.newDocumentBuilder().parse(manifest.toFile()).getDocumentElement().getAttribute("package");
            if (name.isEmpty()) {
                throw new CorruptInputException(manifest.toString(), "manifest has no package attribute");
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new CorruptInputException(manifest.toString(), "malformed XML: " + e.getMessage());
        }
    }

    private static Map<String, String> properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> strings = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> strings.put(name, properties.getProperty(name)));
        return strings;
    }

    private static List<Path> regularFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

package org.mingcha.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import com.android.apksig.ApkSigner;
import com.android.apksig.util.DataSinks;
import com.android.apksig.util.DataSources;
import com.android.apksig.util.ReadableDataSink;

/**
 * Builds a real APK in memory: binary manifest, {@code classes.dex}, {@code classes2.dex}…, optional
 * {@code resources.arsc}, assets, native libraries and any other entries, then signs it with apksig
 * (v1, v2 and v3 schemes) using {@link TestSigningKey}. A builder is used once, by one thread.
 */
public final class ApkBuilder {

    private byte[] manifest;
    private final List<byte[]> dexFiles = new ArrayList<>();
    private byte[] resources;
    private final Map<String, byte[]> assets = new LinkedHashMap<>();
    private final Map<String, byte[]> nativeLibraries = new LinkedHashMap<>();
    private final Map<String, byte[]> extras = new LinkedHashMap<>();
    private boolean signed = true;
    private OptionalInt minSdkVersion = OptionalInt.empty();

    private ApkBuilder() {
    }

    public static ApkBuilder create() {
        return new ApkBuilder();
    }

    /** The binary AndroidManifest.xml as written by {@link BinaryXml}. */
    public ApkBuilder manifest(byte[] binaryManifest) {
        this.manifest = binaryManifest.clone();
        return this;
    }

    /** A plain-text manifest, encoded with {@link BinaryXml} (UTF-16 string pool, as aapt writes manifests). */
    public ApkBuilder manifestXml(String textManifest) {
        return manifest(BinaryXml.encode(textManifest));
    }

    public ApkBuilder manifestXml(String textManifest, BinaryXml.StringEncoding encoding) {
        return manifest(BinaryXml.encode(textManifest, encoding));
    }

    /** Adds the next DEX file: the first is {@code classes.dex}, then {@code classes2.dex} and so on. */
    public ApkBuilder dex(byte[] dex) {
        dexFiles.add(dex.clone());
        return this;
    }

    public ApkBuilder resourcesArsc(byte[] arsc) {
        this.resources = arsc.clone();
        return this;
    }

    /** {@code path} is relative to {@code assets/}. */
    public ApkBuilder asset(String path, byte[] bytes) {
        assets.put("assets/" + path, bytes.clone());
        return this;
    }

    /** Adds {@code lib/<abi>/<fileName>}. */
    public ApkBuilder nativeLibrary(String abi, String fileName, byte[] bytes) {
        nativeLibraries.put("lib/" + abi + "/" + fileName, bytes.clone());
        return this;
    }

    /** Adds {@code lib/<abi>/<fileName>} holding only an ELF header for the ABI ({@link ElfStub}). */
    public ApkBuilder nativeLibraryStub(String abi, String fileName) {
        return nativeLibrary(abi, fileName, ElfStub.forAbi(abi));
    }

    /** Any other entry, written as given after the standard ones. */
    public ApkBuilder entry(String name, byte[] bytes) {
        extras.put(name, bytes.clone());
        return this;
    }

    /** Whether to sign (default true); an unsigned APK is a plain ZIP. */
    public ApkBuilder signed(boolean sign) {
        this.signed = sign;
        return this;
    }

    /** The minimum SDK the signature targets; by default apksig reads it from the manifest. */
    public ApkBuilder minSdkVersion(int sdk) {
        this.minSdkVersion = OptionalInt.of(sdk);
        return this;
    }

    public byte[] build() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        if (manifest != null) {
            entries.put("AndroidManifest.xml", manifest);
        }
        for (int i = 0; i < dexFiles.size(); i++) {
            entries.put(i == 0 ? "classes.dex" : "classes" + (i + 1) + ".dex", dexFiles.get(i));
        }
        if (resources != null) {
            entries.put("resources.arsc", resources);
        }
        putAll(entries, assets);
        putAll(entries, nativeLibraries);
        putAll(entries, extras);
        // resources.arsc must stay uncompressed for the platform to map it (required from API 30)
        byte[] unsigned = ZipWriter.write(entries, Set.of("resources.arsc"));
        return signed ? sign(unsigned) : unsigned;
    }

    public Path writeTo(Path file) {
        return ZipWriter.writeFile(file, build());
    }

    private static void putAll(Map<String, byte[]> entries, Map<String, byte[]> more) {
        for (Map.Entry<String, byte[]> e : more.entrySet()) {
            if (entries.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new IllegalArgumentException("APK entry " + e.getKey() + " added twice");
            }
        }
    }

    private byte[] sign(byte[] unsigned) {
        TestSigningKey key = TestSigningKey.load();
        ApkSigner.SignerConfig signer = new ApkSigner.SignerConfig.Builder(
                "MINGCHA", key.privateKey(), key.certificates()).build();
        ReadableDataSink out = DataSinks.newInMemoryDataSink();
        ApkSigner.Builder builder = new ApkSigner.Builder(List.of(signer))
                .setInputApk(DataSources.asDataSource(ByteBuffer.wrap(unsigned)))
                .setOutputApk(out)
                .setV1SigningEnabled(true)
                .setV2SigningEnabled(true)
                .setV3SigningEnabled(true)
                .setDebuggableApkPermitted(true)
                .setCreatedBy("mingcha-testkit");
        minSdkVersion.ifPresent(builder::setMinSdkVersion);
        if (manifest == null && minSdkVersion.isEmpty()) {
            builder.setMinSdkVersion(1);
        }
        try {
            builder.build().sign();
            ByteBuffer signed = out.getByteBuffer(0, (int) out.size());
            byte[] result = new byte[signed.remaining()];
            signed.get(result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign APK in memory", e);
        } catch (Exception e) {
            throw new IllegalStateException("apksig cannot sign this APK: " + e.getMessage(), e);
        }
    }
}

package org.mingcha.apk.zip;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.LimitExceededException;
import org.mingcha.core.scan.ScanLimits;
import org.mingcha.core.scan.UnsafeInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one ZIP policy for every archive Mingcha opens (APK, XAPK, split sets, AAR, JAR, and archives
 * nested in them). Entry names are checked for traversal on open; sizes are counted while inflating,
 * never taken from headers; entry count, per-entry size, total size, compression ratio and nesting
 * depth are held to {@link ScanLimits}. One unreadable entry is skipped with a warning.
 *
 * <p>A top-level archive is read with {@link ZipFile} (random access); a nested one, held in memory,
 * is streamed once with {@link ZipInputStream}, keeping the bytes of the entries its caller asks for.
 */
public final class SafeZip implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(SafeZip.class);
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_INITIAL_BUFFER = 64 << 20;
    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

    /** An entry: name, uncompressed size (declared for top-level archives, counted for nested ones). */
    public record Entry(String name, long size, long compressedSize) {
    }

    /** Bytes inflated so far from one input, nested archives included. */
    private static final class Budget {
        long total;
    }

    private final String file;
    private final String prefix;
    private final ScanLimits limits;
    private final Budget budget;
    private final int depth;
    private final ZipFile zip;
    private final Map<String, Entry> entries;
    private final Map<String, byte[]> kept;
    private final List<String> warnings;

    private SafeZip(String file, String prefix, ScanLimits limits, Budget budget, int depth, ZipFile zip,
                    Map<String, Entry> entries, Map<String, byte[]> kept, List<String> warnings) {
        this.file = file;
        this.prefix = prefix;
        this.limits = limits;
        this.budget = budget;
        this.depth = depth;
        this.zip = zip;
        this.entries = Collections.unmodifiableMap(entries);
        this.kept = kept;
        this.warnings = warnings;
    }

    /** True when the bytes start with a ZIP local file header. */
    public static boolean isZip(byte[] head) {
        return head.length >= 4 && Arrays.equals(Arrays.copyOf(head, 4), LOCAL_HEADER);
    }

    /**
     * Opens a ZIP file on disk.
     *
     * @param file the input as the user named it, used in error messages
     */
    public static SafeZip open(Path path, String file, ScanLimits limits) {
        ZipFile zf;
        try {
            zf = new ZipFile(path.toFile());
        } catch (ZipException | EOFException e) {
            throw new CorruptInputException(file, "truncated or corrupt ZIP archive", e);
        } catch (IOException e) {
            throw new CorruptInputException(file, "cannot read the file: " + e.getMessage(), e);
        }
        try {
            Map<String, Entry> entries = new LinkedHashMap<>();
            int count = 0;
            var it = zf.entries();
            while (it.hasMoreElements()) {
                ZipEntry ze = it.nextElement();
                limits.checkEntries(file, ++count);
                checkName(file, "", ze.getName());
                // Declared sizes only reject early; reads still count what actually inflates.
                if (ze.getSize() >= 0) {
                    limits.checkEntrySize(file, printable(ze.getName()), ze.getSize());
                    limits.checkRatio(file, printable(ze.getName()), ze.getCompressedSize(), ze.getSize());
                }
                if (!ze.isDirectory()) {
                    entries.putIfAbsent(ze.getName(), new Entry(ze.getName(), ze.getSize(), ze.getCompressedSize()));
                }
            }
            return new SafeZip(file, "", limits, new Budget(), 0, zf, entries, Map.of(), new ArrayList<>());
        } catch (RuntimeException e) {
            closeQuietly(zf);
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                throw new CorruptInputException(file, "truncated or corrupt ZIP archive", e);
            }
            throw e;
        }
    }

    /**
     * Opens an archive held in another one (an APK in a split set, a JAR in an AAR). The whole archive
     * is inflated once; only entries accepted by {@code keep} are held in memory for {@link #read}.
     *
     * @param entryName the entry the bytes came from, e.g. {@code base.apk}; prefixes nested names in messages
     */
    public SafeZip nested(String entryName, byte[] bytes, Predicate<String> keep) {
        String nestedPrefix = prefix + entryName + "!/";
        int nestedDepth = depth + 1;
        if (nestedDepth > limits.maxNestingDepth()) {
            throw new LimitExceededException(file, "entry " + printable(prefix + entryName) + " nests archives "
                    + nestedDepth + " deep, more than the limit of " + limits.maxNestingDepth());
        }
        if (!isZip(bytes)) {
            throw new CorruptInputException(file, printable(prefix + entryName) + ": not a ZIP archive");
        }
        Map<String, Entry> nestedEntries = new LinkedHashMap<>();
        Map<String, byte[]> nestedKept = new HashMap<>();
        CountingStream counter = new CountingStream(new ByteArrayInputStream(bytes));
        int count = 0;
        try (ZipInputStream zin = new ZipInputStream(counter)) {
            ZipEntry ze;
            while ((ze = zin.getNextEntry()) != null) {
                limits.checkEntries(file + "!/" + prefix + entryName, ++count);
                String name = ze.getName();
                checkName(file, nestedPrefix, name);
                long compressedBefore = counter.count;
                long declaredCompressed = ze.getCompressedSize();
                byte[] data = inflate(zin, nestedPrefix + name, ze.getSize(),
                        () -> declaredCompressed > 0 ? declaredCompressed : counter.count - compressedBefore);
                // Duplicates and directories are inflated too, so every byte is counted, then dropped.
                if (ze.isDirectory() || nestedEntries.containsKey(name)) {
                    continue;
                }
                nestedEntries.put(name, new Entry(name, data.length, counter.count - compressedBefore));
                if (keep.test(name)) {
                    nestedKept.put(name, data);
                }
            }
        } catch (ZipException | EOFException e) {
            throw new CorruptInputException(file, printable(prefix + entryName) + ": truncated or corrupt ZIP archive", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SafeZip(file, nestedPrefix, limits, budget, nestedDepth, null, nestedEntries, nestedKept, warnings);
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    public Optional<Entry> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** {@code ""} for the input itself, {@code base.apk!/} for an archive nested in it. */
    public String prefix() {
        return prefix;
    }

    /**
     * The entry's bytes, inflated once under the limits. Empty when there is no such entry or when its
     * data is corrupt (then a warning names it); a limit breach throws {@link LimitExceededException}.
     */
    public Optional<byte[]> read(String name) {
        Entry entry = entries.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        if (zip == null) {
            byte[] data = kept.get(name);
            if (data == null) {
                throw new IllegalStateException("nested entry " + prefix + name + " was not kept when opened");
            }
            return Optional.of(data);
        }
        ZipEntry ze = zip.getEntry(name);
        try (InputStream in = zip.getInputStream(ze)) {
            return Optional.of(inflate(in, name, ze.getSize(), ze::getCompressedSize));
        } catch (ZipException | EOFException e) {
            warn("skipped entry " + printable(prefix + name) + ": corrupt data (" + e.getMessage() + ")");
            return Optional.empty();
        } catch (IOException e) {
            throw new CorruptInputException(file, "cannot read entry " + printable(name) + ": " + e.getMessage(), e);
        }
    }

    /** Warnings about skipped entries, shared with nested archives. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        if (zip != null) {
            closeQuietly(zip);
        }
    }

    private interface CompressedSize {
        long get();
    }

    private byte[] inflate(InputStream in, String name, long declaredSize, CompressedSize compressed) throws IOException {
        String shown = printable(name);
        int initial = (int) Math.min(Math.min(declaredSize >= 0 ? declaredSize : CHUNK, limits.maxEntryBytes()),
                MAX_INITIAL_BUFFER);
        byte[] buf = new byte[Math.max(initial, 16)];
        int n = 0;
        while (true) {
            int r;
            if (n == buf.length) {
                // A full buffer usually means the declared size was true: probe for EOF before growing.
                int next = in.read();
                if (next < 0) {
                    break;
                }
                long grown = Math.min((long) buf.length * 2, Math.min(limits.maxEntryBytes() + 1, Integer.MAX_VALUE - 16));
                if (grown <= buf.length) {
                    limits.checkEntrySize(file, shown, (long) n + 1);
                    throw new LimitExceededException(file, "entry " + shown + " is too large to hold in memory");
                }
                buf = Arrays.copyOf(buf, (int) grown);
                buf[n] = (byte) next;
                r = 1;
            } else {
                r = in.read(buf, n, Math.min(buf.length - n, CHUNK));
                if (r < 0) {
                    break;
                }
            }
            n += r;
            budget.total += r;
            limits.checkEntrySize(file, shown, n);
            limits.checkTotal(file, budget.total);
            limits.checkRatio(file, shown, compressed.get(), n);
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }

    private void warn(String message) {
        LOG.warn("{}: {}", file, message);
        warnings.add(message);
    }

    /** Rejects names that could escape an extraction directory, as a hostile archive would use them. */
    static void checkName(String file, String prefix, String name) {
        String problem = null;
        if (name.isEmpty()) {
            problem = "empty entry name";
        } else if (name.indexOf('\\') >= 0) {
            problem = "entry name with a backslash";
        } else if (name.startsWith("/")) {
            problem = "absolute entry path";
        } else if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            problem = "entry path with a drive letter";
        } else if (name.indexOf('\0') >= 0) {
            problem = "entry name with a NUL character";
        } else {
            for (String segment : name.split("/", -1)) {
                if (segment.equals("..")) {
                    problem = "path traversal entry";
                    break;
                }
            }
        }
        if (problem != null) {
            throw new UnsafeInputException(file, problem + ": " + printable(prefix + name));
        }
    }

    /** Entry names come from the input; control characters would break the one-line message. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 200));
        for (int i = 0; i < s.length() && sb.length() < 200; i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        return sb.length() < s.length() ? sb + "..." : sb.toString();
    }

    private static void closeQuietly(ZipFile zf) {
        try {
            zf.close();
        } catch (IOException ignored) {
            // Nothing was written; a failed close of a read-only file loses nothing.
        }
    }

    /** Counts compressed bytes consumed so a nested entry's ratio is known while it inflates. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0) {
                count += r;
            }
            return r;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}

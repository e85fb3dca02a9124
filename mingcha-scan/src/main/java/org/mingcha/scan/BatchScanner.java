package org.mingcha.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.Progress;
import org.mingcha.core.scan.ScanResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans every regular file under a directory in parallel on a fixed pool. Types are decided by content,
 * so every file is a candidate and files that are not apps or SDKs come back as errors. Hidden files and
 * directories, symbolic links and the given output directories are skipped.
 *
 * <p>Each input's {@link BatchItem} goes to the consumer as soon as that input finishes; a result is
 * dropped once the consumer returns, so at most one result per pool thread is held at a time. The
 * consumer is called by one thread at a time (no synchronisation needed in it). One bad input never
 * stops the others.
 */
public final class BatchScanner {

    /** Directory name of the CLI's default report output; never scanned as input. */
    public static final String DEFAULT_REPORT_DIR = "mingcha-reports";

    private static final Logger LOG = LoggerFactory.getLogger(BatchScanner.class);

    private final Scanner scanner;
    private final int threads;
    private final Set<Path> skipped;

    /** A batch on as many threads as there are processors. */
    public BatchScanner(Scanner scanner) {
        this(scanner, Runtime.getRuntime().availableProcessors(), Set.of());
    }

    /**
     * @param threads     pool size, at least 1
     * @param skippedDirs directories never to descend into (e.g. where reports are written)
     */
    public BatchScanner(Scanner scanner, int threads, Set<Path> skippedDirs) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.skipped = skippedDirs.stream().map(BatchScanner::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The inputs a scan of {@code dir} would read, in a stable (sorted) order.
     *
     * @throws CorruptInputException when the directory cannot be listed
     */
    public List<Path> candidates(Path dir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && (isHidden(d) || isReportDir(d))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.warn("cannot read {}: {}", file, e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new CorruptInputException(dir.toString(), "cannot list directory: " + e.getMessage(), e);
        }
        files.sort(null);
        return List.copyOf(files);
    }

    /**
     * Scans every candidate under {@code dir}; {@code progress} receives (file name, inputs done, inputs in all).
     *
     * @throws CorruptInputException when the directory cannot be listed
     */
    public BatchOutcome scan(Path dir, Consumer<BatchItem> consumer, Progress progress) {
        return scan(candidates(dir), consumer, progress);
    }

    /** Scans the given inputs; see {@link #scan(Path, Consumer, Progress)}. */
    public BatchOutcome scan(List<Path> inputs, Consumer<BatchItem> consumer, Progress progress) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(progress, "progress");
        long start = System.nanoTime();
        int total = inputs.size();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger internal = new AtomicInteger();
        Object consumerLock = new Object();
        progress.update("", 0, total);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)), r -> {
            Thread t = new Thread(r, "mingcha-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(total);
            for (Path input : inputs) {
                futures.add(pool.submit(() -> {
                    BatchItem item = scanOne(input);
                    if (item.error().isPresent()) {
                        (item.error().get() instanceof InternalScanException ? internal : failed).incrementAndGet();
                    }
                    synchronized (consumerLock) {
                        consumer.accept(item);
                    }
                    progress.update(String.valueOf(input.getFileName()), done.incrementAndGet(), total);
                }));
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        return new BatchOutcome(total, total - failed.get() - internal.get(), failed.get(), internal.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private BatchItem scanOne(Path input) {
        try {
            ScanResult result = scanner.scan(input, Progress.NONE);
            return BatchItem.scanned(input, result);
        } catch (MingchaException e) {
            return BatchItem.failed(input, e);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return BatchItem.failed(input, new InternalScanException(input.toString(), e));
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // Only the consumer can fail here (scanOne catches everything); its failure is the caller's bug.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private boolean isReportDir(Path dir) {
        return skipped.contains(normalize(dir)) || DEFAULT_REPORT_DIR.equals(String.valueOf(dir.getFileName()));
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Path normalize(Path p) {
        return p.toAbsolutePath().normalize();
    }
}

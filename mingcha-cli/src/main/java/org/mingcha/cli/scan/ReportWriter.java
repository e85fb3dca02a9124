package org.mingcha.cli.scan;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.Renderer;
import org.mingcha.report.ReportContext;

/** Writes one input's reports as {@code <input-file-name>.mingcha.<ext>}, one file per chosen format. */
public final class ReportWriter {

    private final Map<String, Renderer> renderers;
    private final ReportContext context;

    /** @param renderers by format name, in the order the user gave them */
    public ReportWriter(Map<String, Renderer> renderers, ReportContext context) {
        this.renderers = new LinkedHashMap<>(renderers);
        this.context = context;
    }

    static String fileName(Path input, Renderer renderer) {
        String ext = renderer.fileExtension();
        if (ext.startsWith(".mingcha.")) {
            return input.getFileName() + ext;
        }
        return input.getFileName() + ".mingcha." + (ext.startsWith(".") ? ext.substring(1) : ext);
    }

    /** The report of the given format an input would get in {@code dir}. */
    Path reportPath(Path dir, Path input, String format) {
        return dir.resolve(fileName(input, renderers.get(format)));
    }

    boolean has(String format) {
        return renderers.containsKey(format);
    }

    /**
     * Renders an empty result in every chosen format into a discarding stream, on a daemon thread. On a cold JVM
     * the first report of a format spends most of its time loading classes, building serializers and reading its
     * texts; done while the scan runs, that leaves the scan's end.
     */
    public void prepareInBackground() {
        Thread t = new Thread(() -> {
            for (Renderer renderer : renderers.values()) {
                try {
                    renderEmpty(renderer, context, OutputStream.nullOutputStream());
                } catch (RuntimeException e) {
                    // a real report of the same format fails again, and is reported, when it is written
                }
            }
        }, "mingcha-report-warm-up");
        t.setDaemon(true);
        t.start();
    }

    static void renderEmpty(Renderer renderer, ReportContext context, OutputStream out) {
        ScanResult empty = new ScanResult("", Facts.builder().build(), List.of(), List.of(), Duration.ZERO);
        renderer.render(empty, context, out);
    }

    /**
     * Writes the formats side by side, the first on this thread: they read the same immutable result.
     *
     * @return the files written, in format order
     * @throws IOException when a report cannot be written
     */
    public List<Path> write(ScanResult result, Path input, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Renderer> formats = List.copyOf(renderers.values());
        List<Path> targets = formats.stream().map(r -> dir.resolve(fileName(input, r))).toList();
        List<FutureTask<Void>> others = new ArrayList<>();
        for (int i = 1; i < formats.size(); i++) {
            Renderer renderer = formats.get(i);
            Path target = targets.get(i);
            FutureTask<Void> task = new FutureTask<>(() -> {
                write(renderer, result, target);
                return null;
            });
            Thread t = new Thread(task, "mingcha-report-" + renderer.format());
            t.setDaemon(true);
            t.start();
            others.add(task);
        }
        if (!formats.isEmpty()) {
            write(formats.get(0), result, targets.get(0));
        }
        for (FutureTask<Void> task : others) {
            join(task);
        }
        return targets;
    }

    private void write(Renderer renderer, ScanResult result, Path target) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            renderer.render(result, context, out);
        }
    }

    private static void join(FutureTask<Void> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing reports");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}

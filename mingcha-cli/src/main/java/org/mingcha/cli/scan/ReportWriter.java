package org.mingcha.cli.scan;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * @return the files written, in format order
     * @throws IOException when a report cannot be written
     */
    public List<Path> write(ScanResult result, Path input, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>(renderers.size());
        for (Renderer renderer : renderers.values()) {
            Path target = dir.resolve(fileName(input, renderer));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                renderer.render(result, context, out);
            }
            written.add(target);
        }
        return written;
    }
}

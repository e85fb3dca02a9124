package org.mingcha.report;

import java.io.OutputStream;
import org.mingcha.core.scan.ScanResult;

/** Turns one scan result into one report document. Renderers read the result only, never input files. */
public interface Renderer {

    /** The format name used on the command line: {@code json}, {@code html}, {@code sarif}. */
    String format();

    /** The file name suffix, e.g. {@code .mingcha.json}. */
    String fileExtension();

    /**
     * Writes the report; the stream is flushed, not closed.
     *
     * @throws ReportException when the stream cannot be written
     */
    void render(ScanResult result, ReportContext ctx, OutputStream out);
}

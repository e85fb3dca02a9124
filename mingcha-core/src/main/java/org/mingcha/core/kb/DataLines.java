package org.mingcha.core.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Small line-based data resources shipped beside the code that reads them (one entry per line, blank lines
 * and {@code #} comments ignored, surrounding white space stripped). A missing resource is a packaging bug.
 */
public final class DataLines {

    private DataLines() {
    }

    public static List<String> read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + anchor.getName());
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    public static List<String> parse(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                out.add(text);
            }
        }
        return List.copyOf(out);
    }
}

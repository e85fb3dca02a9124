package org.mingcha.lists.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the lists of one input in one format into a directory. */
public interface ListWriter {

    /**
     * @param baseName the start of every file name written, usually the input's file name
     * @return the files written
     * @throws IOException when a file cannot be written
     */
    List<Path> write(ListsDocument document, Path dir, String baseName) throws IOException;

    /** Writes one UTF-8 text file {@code fileName} into {@code dir} (made when absent), for single-file formats. */
    static List<Path> writeText(Path dir, String fileName, String text) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return List.of(file);
    }
}

package org.mingcha.lists.write;

import java.io.IOException;
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
}

package org.mingcha.policy.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.UnsupportedInputException;

/**
 * The CA4P-483 policies where they live, in either of the dataset's two layouts: the shared corpus
 * ({@code NNNN.txt} with {@code NNNN.annotations.json}, 120 of the 483), or a checkout of the dataset's own
 * repository ({@code raw_data/NNNN.html}, the annotation tool's page with the policy text in its {@code <pre>},
 * and {@code annotation_data/NNNN.json}, all 483). In both the annotations' offsets index that text.
 */
public final class Ca4pCorpus {

    private static final String RAW = "raw_data";
    private static final String ANNOTATIONS = "annotation_data";

    private final Path dir;
    private final boolean checkout;
    private final TreeMap<String, Path> documents = new TreeMap<>();

    private Ca4pCorpus(Path dir) {
        this.dir = dir;
        this.checkout = Files.isDirectory(dir.resolve(RAW));
        Path docs = checkout ? dir.resolve(RAW) : dir;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(docs, checkout ? "[0-9]*.html" : "[0-9]*.txt")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                String id = name.substring(0, name.indexOf('.'));
                // the dataset numbers its policies; other files beside them are not policies
                if (id.chars().allMatch(Character::isDigit)) {
                    documents.put(id, p);
                }
            }
        } catch (IOException e) {
            throw new UnsupportedInputException(docs.toString(), "corpus directory cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The corpus in {@code dir}: a checkout when it has {@code raw_data/}, else the shared layout. */
    public static Ca4pCorpus of(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UnsupportedInputException(dir.toString(), "no such corpus directory");
        }
        return new Ca4pCorpus(dir);
    }

    public Path dir() {
        return dir;
    }

    /** True for a checkout of the dataset's repository, false for the shared layout. */
    public boolean isCheckout() {
        return checkout;
    }

    /** The policy ids ({@code 0496} …), sorted. */
    public List<String> ids() {
        return List.copyOf(documents.keySet());
    }

    /** The policy's document as a user would hand it to {@code mingcha policy}: the text file or the HTML page. */
    public Optional<Path> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The dataset's annotation file of the policy, if it has one. */
    public Optional<Path> annotations(String id) {
        Path file = checkout ? dir.resolve(ANNOTATIONS).resolve(id + ".json") : dir.resolve(id + ".annotations.json");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The text the annotations index: the text file itself, or the {@code <pre>} of the HTML page. */
    public String annotatedText(String id) {
        Path file = document(id).orElseThrow(() -> new UnsupportedInputException(dir + "/" + id, "no such policy in the corpus"));
        try {
            if (!checkout) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            Element pre = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name()).selectFirst("pre");
            if (pre == null) {
                throw new CorruptInputException(file.toString(), "annotation page without a <pre> text");
            }
            return pre.wholeText();
        } catch (IOException e) {
            throw new UnsupportedInputException(file.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}

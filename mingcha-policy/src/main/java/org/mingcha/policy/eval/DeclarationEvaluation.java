package org.mingcha.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.core.scan.UnsupportedInputException;
import org.mingcha.policy.declare.DeclarationExtractor;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.policy.document.PolicyReader;

/**
 * Measures {@code declaredPi} against the CA4P-483 annotations ({@code NNNN.txt} + {@code NNNN.annotations.json}):
 * recall — a gold {@code 数据} span counts as found when a declared span overlaps it — and precision — a
 * declared span counts as correct when it overlaps a gold {@code 数据} span. Declared offsets (into the
 * normalised text) are mapped back to the file through the document's source map. Policies with an even
 * id are the tuning half, odd ids the held-out half.
 */
public final class DeclarationEvaluation {

    static final String DATA_CLASS = "数据";

    private DeclarationEvaluation() {
    }

    /** Counts for one half of the corpus. */
    public record Counts(int policies, int goldSpans, int goldFound, int declaredSpans, int declaredCorrect) {
        public double recall() {
            return goldSpans == 0 ? 0 : (double) goldFound / goldSpans;
        }

        public double precision() {
            return declaredSpans == 0 ? 0 : (double) declaredCorrect / declaredSpans;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(policies + o.policies, goldSpans + o.goldSpans, goldFound + o.goldFound,
                    declaredSpans + o.declaredSpans, declaredCorrect + o.declaredCorrect);
        }
    }

    /** The result: the tuning half (even ids), the held-out half (odd ids) and both together. */
    public record Result(Counts tuning, Counts heldOut) {
        public Counts all() {
            return tuning.plus(heldOut);
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-22s %8s %6s %6s %9s %6s %6s%n", "declaredPi (数据 spans)",
                    "policies", "gold", "found", "declared", "recall", "prec."));
            row(sb, "tuning (even ids)", tuning);
            row(sb, "held-out (odd ids)", heldOut);
            row(sb, "all", all());
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, Counts c) {
            sb.append(String.format(Locale.ROOT, "%-22s %8d %6d %6d %9d %6.3f %6.3f%n", name, c.policies(),
                    c.goldSpans(), c.goldFound(), c.declaredSpans(), c.recall(), c.precision()));
        }
    }

    private record Gold(int start, int end) {
    }

    public static Result run(Path corpusDir, DeclarationExtractor extractor) {
        Counts even = new Counts(0, 0, 0, 0, 0);
        Counts odd = new Counts(0, 0, 0, 0, 0);
        ObjectMapper json = new ObjectMapper();
        TreeMap<String, Path> texts = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(corpusDir, "[0-9]*.txt")) {
            ds.forEach(p -> texts.put(p.getFileName().toString(), p));
        } catch (IOException e) {
            throw new UnsupportedInputException(corpusDir.toString(), "corpus directory cannot be read (" + e.getMessage() + ")", e);
        }
        for (Path txt : texts.values()) {
            String name = txt.getFileName().toString();
            String id = name.substring(0, name.length() - ".txt".length());
            Path ann = txt.resolveSibling(id + ".annotations.json");
            if (!Files.exists(ann)) {
                continue;
            }
            List<Gold> gold = new ArrayList<>();
            try {
                for (JsonNode a : json.readTree(ann.toFile())) {
                    if (DATA_CLASS.equals(a.path("classId_name").asText())) {
                        gold.add(new Gold(a.path("start").asInt(), a.path("end").asInt()));
                    }
                }
            } catch (IOException e) {
                throw new CorruptInputException(ann.toString(), "annotations are not valid JSON", e);
            }
            PolicyDocument doc = PolicyReader.readPlainText(txt, name, PolicyLimits.defaults());
            List<Gold> declared = new ArrayList<>();
            for (DeclaredPi d : extractor.declaredPi(doc)) {
                OptionalInt s = doc.sourceMap().source(d.start());
                OptionalInt e = doc.sourceMap().source(d.end() - 1);
                if (s.isPresent() && e.isPresent()) {
                    declared.add(new Gold(s.getAsInt(), e.getAsInt() + 1));
                }
            }
            int found = (int) gold.stream().filter(g -> overlapsAny(g, declared)).count();
            int correct = (int) declared.stream().filter(d -> overlapsAny(d, gold)).count();
            Counts c = new Counts(1, gold.size(), found, declared.size(), correct);
            if (Integer.parseInt(id) % 2 == 0) {
                even = even.plus(c);
            } else {
                odd = odd.plus(c);
            }
        }
        return new Result(even, odd);
    }

    // Both lists are small per policy (hundreds); a sorted sweep is not worth its complexity here.
    private static boolean overlapsAny(Gold g, List<Gold> others) {
        for (Gold o : others) {
            if (o.start < g.end && g.start < o.end) {
                return true;
            }
        }
        return false;
    }
}

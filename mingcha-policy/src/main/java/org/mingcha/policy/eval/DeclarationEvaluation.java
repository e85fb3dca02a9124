package org.mingcha.policy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.scan.CorruptInputException;
import org.mingcha.policy.declare.DeclarationExtractor;
import org.mingcha.policy.document.PolicyDocument;
import org.mingcha.policy.document.PolicyReader;

/**
 * Measures {@code declaredPi} against the CA4P-483 annotations (see {@link Ca4pCorpus} for where they live):
 * recall — a gold {@code 数据} span counts as found when a declared span overlaps it — and precision — a
 * declared span counts as correct when it overlaps a gold {@code 数据} span. Declared offsets (into the
 * normalised text) are mapped back to the file through the document's source map. Policies with an even
 * id are the tuning half, odd ids the held-out half.
 */
public final class DeclarationEvaluation {

    static final String DATA_CLASS = "数据";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Counts NONE = new Counts(0, 0, 0, 0, 0);

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

    /**
     * The result: the tuning half (even ids) and the held-out half (odd ids) of the shared corpus, and, when a
     * checkout of the whole dataset was given, its policies that the shared corpus lacks, in halves by id too:
     * the even ones were read to tune the lexicon in the sixth round, the odd ones never were.
     */
    public record Result(Counts tuning, Counts heldOut, Optional<Counts> unseenEven, Optional<Counts> unseenOdd) {
        public Counts all() {
            return tuning.plus(heldOut);
        }

        /** All the dataset's policies outside the shared corpus (both halves), when a checkout was given. */
        public Optional<Counts> unseen() {
            return unseenEven.flatMap(e -> unseenOdd.map(e::plus));
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-26s %8s %6s %6s %9s %6s %6s%n", "declaredPi (数据 spans)",
                    "policies", "gold", "found", "declared", "recall", "prec."));
            row(sb, "tuning (even ids)", tuning);
            row(sb, "held-out (odd ids)", heldOut);
            row(sb, "all", all());
            unseenEven.ifPresent(c -> row(sb, "unseen even (tuned)", c));
            unseenOdd.ifPresent(c -> row(sb, "unseen odd (held out)", c));
            unseen().ifPresent(c -> row(sb, "unseen (not in ../shared)", c));
            return sb.toString();
        }

        private static void row(StringBuilder sb, String name, Counts c) {
            sb.append(String.format(Locale.ROOT, "%-26s %8d %6d %6d %9d %6.3f %6.3f%n", name, c.policies(),
                    c.goldSpans(), c.goldFound(), c.declaredSpans(), c.recall(), c.precision()));
        }
    }

    private record Gold(int start, int end) {
    }

    /** The shared corpus in {@code corpusDir}, in halves by id. */
    public static Result run(Path corpusDir, DeclarationExtractor extractor) {
        return run(Ca4pCorpus.of(corpusDir), Optional.empty(), extractor);
    }

    /** {@code shared} in halves by id, and the policies of {@code full} (a checkout) that {@code shared} lacks. */
    public static Result run(Ca4pCorpus shared, Optional<Ca4pCorpus> full, DeclarationExtractor extractor) {
        Counts even = NONE;
        Counts odd = NONE;
        for (String id : shared.ids()) {
            Counts c = score(shared, id, extractor);
            if (Integer.parseInt(id) % 2 == 0) {
                even = even.plus(c);
            } else {
                odd = odd.plus(c);
            }
        }
        Optional<Counts> unseenEven = full.map(f -> unseen(f, shared, 0, extractor));
        Optional<Counts> unseenOdd = full.map(f -> unseen(f, shared, 1, extractor));
        return new Result(even, odd, unseenEven, unseenOdd);
    }

    private static Counts unseen(Ca4pCorpus full, Ca4pCorpus shared, int parity, DeclarationExtractor extractor) {
        Counts sum = NONE;
        for (String id : full.ids()) {
            if (shared.document(id).isEmpty() && Integer.parseInt(id) % 2 == parity) {
                sum = sum.plus(score(full, id, extractor));
            }
        }
        return sum;
    }

    /** One policy's counts; a policy without annotations counts nothing. */
    private static Counts score(Ca4pCorpus corpus, String id, DeclarationExtractor extractor) {
        Optional<Path> ann = corpus.annotations(id);
        if (ann.isEmpty()) {
            return NONE;
        }
        List<Gold> gold = new ArrayList<>();
        try {
            for (JsonNode a : JSON.readTree(ann.get().toFile())) {
                if (DATA_CLASS.equals(a.path("classId_name").asText())) {
                    gold.add(new Gold(a.path("start").asInt(), a.path("end").asInt()));
                }
            }
        } catch (IOException e) {
            throw new CorruptInputException(ann.get().toString(), "annotations are not valid JSON", e);
        }
        PolicyDocument doc = PolicyReader.readPlainText(id + ".txt", corpus.annotatedText(id));
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
        return new Counts(1, gold.size(), found, declared.size(), correct);
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

package org.mingcha.policy.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.DeclaredPi;
import org.mingcha.core.fact.policy.PiPurpose;
import org.mingcha.policy.declare.PiLexicon;
import org.mingcha.policy.text.Section;
import org.mingcha.policy.text.Span;

/**
 * Pairs the kinds of PI a policy names with the purpose it states for them ({@link PiPurpose}), first
 * that applies: the purpose column of the table row naming the item; a purpose clause of the sentence
 * (用于/以便… after the item, else 为了… before it; the clause runs to the next comma or stop); the
 * business function the section heading names ("1. 注册、登录" → 注册、登录). A sentence stating the purpose of
 * "these" PI ("我们收集这些信息是为了…") gives it to the items of the nearest preceding sentence of its
 * paragraph (or of the block before it) that names some. One fact per item and
 * purpose in a document, at its first occurrence. The cue patterns are in {@code PurposeExtractor.yaml}.
 * Stateless and thread-safe.
 */
public final class PurposeExtractor {

    private static final String SENSITIVE_IN_GENERAL = "sensitive_personal_information";
    private static final int MAX_HEADING_FUNCTION = 20;
    private static final int MIN_FUNCTION_HAN = 2;
    private static final int NEGATION_WINDOW = 24;
    private static final Pattern PURPOSE_WORD = Pattern.compile("目的|为了|用于|旨在");
    private static final Pattern CLAUSE_END = Pattern.compile("[，。；,;\\n]");
    private static final Pattern NUMBERING = Pattern.compile(
            "^[\\s*#]*(第[0-9一二三四五六七八九十百]+[章节条部分]|[(（]?[0-9一二三四五六七八九十]+(\\.[0-9]+)*[)）.、．]?)\\s*");

    private final Cues cues = Cues.of(PurposeExtractor.class);

    public List<PiPurpose> purposes(DocumentView view) {
        String text = view.text();
        List<PiPurpose> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Integer> rowsDone = new HashSet<>();
        for (Span s : view.doc().sentences()) {
            Optional<TableRows.Row> row = view.rowAt(s.start());
            if (row.isPresent() && row.get().cell(TableRows.Role.PURPOSE).isPresent()) {
                if (rowsDone.add(row.get().span().start()) && !row.get().header()) {
                    fromRow(view, row.get(), seen, out);
                }
                continue;
            }
            referredPurpose(view, s, seen, out);
            List<DeclaredPi> mentions = specific(view.piIn(s));
            if (mentions.isEmpty()) {
                continue;
            }
            String heading = null;
            for (DeclaredPi d : mentions) {
                String purpose = sentencePurpose(text, s, d);
                if (purpose.isEmpty()) {
                    if (heading == null) {
                        heading = headingFunction(view, s.start());
                    }
                    purpose = heading;
                }
                add(view, d.item(), purpose, s, seen, out);
            }
        }
        return out;
    }

    private void fromRow(DocumentView view, TableRows.Row row, Set<String> seen, List<PiPurpose> out) {
        Span purposeCell = row.cell(TableRows.Role.PURPOSE).orElseThrow();
        Optional<Span> nameCell = row.cell(TableRows.Role.NAME);
        String purpose = SdkDisclosureExtractor.clip(view.doc().quote(purposeCell));
        for (DeclaredPi d : specific(view.piIn(row.span()))) {
            Span at = new Span(d.start(), d.end());
            if (!purposeCell.overlaps(at) && !(nameCell.isPresent() && nameCell.get().overlaps(at))) {
                add(view, d.item(), purpose, row.span(), seen, out);
            }
        }
    }

    /**
     * "收集这些信息是为了…" states the purpose of the PI the preceding sentence named: the items of the nearest
     * preceding sentence of the paragraph, or of the block before it, that names some take the clause from the
     * purpose word on.
     */
    private void referredPurpose(DocumentView view, Span s, Set<String> seen, List<PiPurpose> out) {
        String text = view.text();
        Optional<Cues.Hit> hit = cues.first("purposeOfPreceding", text, s.start(), s.end());
        Optional<Span> paragraph = view.paragraphAt(s.start());
        if (hit.isEmpty() || paragraph.isEmpty()) {
            return;
        }
        Matcher word = PURPOSE_WORD.matcher(text).region(hit.get().start(), hit.get().end());
        String purpose = clause(text, word.find() ? word.start() : hit.get().end(), s.end());
        List<Span> before = new ArrayList<>(view.doc().sentencesIn(new Span(paragraph.get().start(), s.start())));
        // Plain text often breaks a paragraph after each sentence: the block before, unless a heading, goes on.
        int index = view.paragraphIndex(s.start());
        if (index > 0 && !view.isHeading(view.doc().paragraphs().get(index - 1))) {
            before.addAll(0, view.doc().sentencesIn(view.doc().paragraphs().get(index - 1)));
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            List<DeclaredPi> named = specific(view.piIn(before.get(i)));
            if (!named.isEmpty()) {
                for (DeclaredPi d : named) {
                    add(view, d.item(), purpose, s, seen, out);
                }
                return;
            }
        }
    }

    /** The purpose clause for the mention: the nearest purpose-after cue following it, else a purpose-before cue preceding it. */
    private String sentencePurpose(String text, Span s, DeclaredPi d) {
        for (Cues.Hit h : cues.all("purposeAfter", text, d.end(), s.end())) {
            if (!negated(text, s, h)) {
                return clause(text, h.start(), s.end());
            }
        }
        List<Cues.Hit> before = cues.all("purposeBefore", text, s.start(), d.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            Cues.Hit h = before.get(i);
            if (negated(text, s, h)) {
                continue;
            }
            Matcher end = CLAUSE_END.matcher(text).region(h.end(), s.end());
            // Only a fronted clause ("为了…，我们收集X"): one that ends before the mention.
            if (end.find() && end.start() <= d.start()) {
                return clause(text, h.start(), s.end());
            }
        }
        return "";
    }

    private boolean negated(String text, Span s, Cues.Hit h) {
        return cues.any("purposeNegation", text, Math.max(s.start(), h.start() - NEGATION_WINDOW), h.start());
    }

    private static String clause(String text, int from, int limit) {
        Matcher end = CLAUSE_END.matcher(text).region(from, limit);
        return SdkDisclosureExtractor.clip(text.substring(from, end.find() ? end.start() : limit));
    }

    /** The business function named by the innermost heading above {@code offset} that names one, or "". */
    private String headingFunction(DocumentView view, int offset) {
        List<Section> chain = new ArrayList<>();
        List<Section> level = view.doc().sections();
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Section sec : level) {
                if (sec.span().contains(offset)) {
                    chain.add(sec);
                    level = sec.children();
                    descended = true;
                    break;
                }
            }
        }
        for (int i = chain.size() - 1; i >= 1; i--) {
            Section sec = chain.get(i);
            if (sec.headingSpan().contains(offset) || !inCollectionPart(chain.subList(0, i))) {
                continue;
            }
            String function = NUMBERING.matcher(sec.heading()).replaceFirst("").replaceAll("[*：:\\s]+$", "").strip();
            if (isFunction(view, sec, function)) {
                return function;
            }
        }
        return "";
    }

    private boolean inCollectionPart(List<Section> ancestors) {
        return ancestors.stream().anyMatch(a -> cues.any("collectionPart", a.heading()));
    }

    private boolean isFunction(DocumentView view, Section sec, String function) {
        if (function.isEmpty() || function.length() > MAX_HEADING_FUNCTION || cues.any("notAFunction", function)) {
            return false;
        }
        // A heading that only names kinds of PI (订单信息) names no function.
        StringBuilder rest = new StringBuilder(view.doc().quote(sec.headingSpan()));
        List<DeclaredPi> named = view.piIn(sec.headingSpan());
        for (int i = named.size() - 1; i >= 0; i--) {
            DeclaredPi d = named.get(i);
            rest.delete(d.start() - sec.headingSpan().start(), d.end() - sec.headingSpan().start());
        }
        String remaining = NUMBERING.matcher(rest).replaceFirst("");
        return remaining.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count()
                >= MIN_FUNCTION_HAN;
    }

    private static List<DeclaredPi> specific(List<DeclaredPi> mentions) {
        return mentions.stream().filter(d -> !PiLexicon.GENERAL.equals(d.category()) && !d.item().isEmpty()
                && !SENSITIVE_IN_GENERAL.equals(d.item())).toList();
    }

    private static void add(DocumentView view, String item, String purpose, Span at, Set<String> seen, List<PiPurpose> out) {
        if (!purpose.isEmpty() && seen.add(item + "\u0000" + purpose)) {
            out.add(new PiPurpose(item, purpose, view.doc().quote(at), at.start(), at.end(), view.doc().path()));
        }
    }
}

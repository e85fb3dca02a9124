package org.mingcha.policy.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.DeclaredSdk;
import org.mingcha.core.fact.policy.SdkDisclosure;
import org.mingcha.policy.document.DocumentRole;
import org.mingcha.policy.text.Section;
import org.mingcha.policy.text.Span;

/**
 * Reads, for each SDK a policy names (the {@code DeclaredSdk} mentions are the anchors), the entry that
 * describes it and what that entry states ({@link SdkDisclosure}). The entry is, first that applies:
 * <ol>
 * <li>the table row holding the mention (a real table, {@code a | b | c} lines, or a table with one cell
 *     per line), with the URL-only lines that continue it; columns are read by their header (purpose,
 *     method, PI types, link);</li>
 * <li>a record of a record-style list: from the {@code SDK名称：} key before the mention (or a short title
 *     line followed by {@code key：value} lines) over the following field lines, up to the next record key;</li>
 * <li>the section the mention heads, when it is in a heading;</li>
 * <li>otherwise the sentence holding the mention and the following sentences of its paragraph (going on
 *     over a line break inside a sentence) up to one that names another SDK; such a prose entry counts
 *     only when it, its paragraph or section heading speaks of an SDK or a third party.</li>
 * </ol>
 * The method of collection may be stated once for a whole list, in the lines before it
 * ("我们的应用中会嵌入…SDK"), so for the method those lines count too. One disclosure per SDK and entry;
 * a mention inside a URL or inside an entry already read for the same SDK adds none, and a mention that
 * names no single SDK (a vendor, a shared brand) adds none to an entry that names a known SDK. Rows and
 * records of SDK lists that no mention anchors are read too, with the list's name and an empty id. The cue
 * patterns are in {@code SdkDisclosureExtractor.yaml}. Stateless and thread-safe.
 */
public final class SdkDisclosureExtractor {

    static final int MAX_PURPOSE_CHARS = 80;
    private static final int MAX_RECORD_BLOCKS = 12;
    private static final int MAX_SECTION_BLOCKS = 8;
    private static final int MAX_CONTEXT_BLOCKS = 4;
    private static final int MAX_TITLE_EXTRA = 10;
    private static final int MAX_NAME_CHARS = 40;
    private static final int MAX_WRAPPED_BLOCKS = 2;
    private static final int MIN_WRAPPED_LINE = 20;
    /** A block that starts an item of a numbered or bulleted list: （1）, 1., 1、, (a), *, -, •. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "\\s*([（(][0-9一二三四五六七八九十a-z]{1,3}[)）]|[0-9]{1,3}[.、．)）]|[*\\-•·])");
    private static final Pattern URL_ONLY = Pattern.compile("[<\\[(]*(https?://|www\\.)\\S*");
    private static final Pattern DELIMITER = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");
    private static final Pattern NEXT_KEY = Pattern.compile("\\s[^\\s：:，。；,]{1,10}[：:]");
    private static final Pattern CLAUSE_END = Pattern.compile("[，。；,;\\n]");
    private static final Pattern TITLE_NOISE = Pattern.compile(
            "[\\s*#\\-–—·•、.．,，()（）\\[\\]【】0-9一二三四五六七八九十]|(?i)sdk");

    private final Cues cues = Cues.of(SdkDisclosureExtractor.class);

    private enum Shape { ROW, RECORD, SECTION, PROSE }

    /** An entry: its span, its row when it is one, the block where its list starts, the name its key or column gives. */
    private record Entry(Shape shape, Span span, TableRows.Row row, int listStart, Span name) {
    }

    private record Anchored(DeclaredSdk sdk, Entry entry) {
        String key() {
            return sdk.known() ? sdk.sdkId() : sdk.name().toLowerCase(Locale.ROOT);
        }
    }

    public List<SdkDisclosure> disclosures(DocumentView view) {
        Map<Span, List<Anchored>> byEntry = new LinkedHashMap<>();
        List<Anchored> kept = new ArrayList<>();
        for (DeclaredSdk sdk : view.sdks()) {
            if (insideUrl(view.text(), sdk)) {
                continue;
            }
            Anchored a = new Anchored(sdk, entry(view, sdk));
            if ((a.entry().shape() == Shape.PROSE || a.entry().shape() == Shape.SECTION) && !aboutSdk(view, a.entry())) {
                continue;
            }
            boolean covered = kept.stream().anyMatch(k -> k.entry().span().contains(a.entry().span())
                    && (k.key().equals(a.key()) || !a.sdk().known() && k.entry().span().equals(a.entry().span())));
            if (!covered) {
                kept.add(a);
                byEntry.computeIfAbsent(a.entry().span(), s -> new ArrayList<>()).add(a);
            }
        }
        addUnnamedListEntries(view, kept, byEntry);
        List<SdkDisclosure> out = new ArrayList<>();
        for (List<Anchored> group : byEntry.values()) {
            for (Anchored a : group) {
                if (!inside(a, kept)) {
                    out.add(disclosure(view, a.sdk(), a.entry()));
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /**
     * Whether another entry, at least as long, holds this mention and reads the same SDK, or, when this
     * mention names no single SDK (a vendor, a shared brand), a known one: then it adds nothing.
     */
    private static boolean inside(Anchored a, List<Anchored> all) {
        for (Anchored b : all) {
            if (b == a || !b.entry().span().contains(new Span(a.sdk().start(), a.sdk().end()))
                    || b.entry().span().length() < a.entry().span().length()) {
                continue;
            }
            boolean strictly = !b.entry().span().equals(a.entry().span());
            boolean sameSdk = b.key().equals(a.key()) || !a.sdk().known() && !b.sdk().known() && same(a.sdk(), b.sdk());
            if (sameSdk && strictly || !a.sdk().known() && b.sdk().known()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Entries of SDK lists (rows of a table with a name column, records with a name key) that name no SDK
     * the knowledge base knows: read with the name the list gives and an empty id, as
     * {@code DeclarationExtractor} keeps unknown rows of SDK tables.
     */
    private void addUnnamedListEntries(DocumentView view, List<Anchored> kept, Map<Span, List<Anchored>> byEntry) {
        String text = view.text();
        List<DeclaredSdk> names = new ArrayList<>();
        for (TableRows.Row row : view.rows()) {
            Optional<Span> name = row.cell(TableRows.Role.NAME);
            if (!row.header() && name.isPresent() && inSdkTable(view, row)) {
                names.add(unnamed(view, name.get()));
            }
        }
        for (Cues.Hit key : cues.all("recordKey", text, 0, text.length())) {
            int lineEnd = text.indexOf('\n', key.end());
            int to = lineEnd < 0 ? text.length() : lineEnd;
            Matcher next = NEXT_KEY.matcher(text).region(key.end(), to);
            int end = next.find() ? next.start() : to;
            Span value = new Span(key.end(), Math.max(key.end(), trimEnd(text, key.end(), end)));
            if (value.length() > 0 && value.length() <= MAX_NAME_CHARS) {
                names.add(unnamed(view, value));
            }
        }
        for (DeclaredSdk name : names) {
            boolean covered = kept.stream().anyMatch(k -> k.entry().span().start() <= name.start()
                    && name.end() <= k.entry().span().end());
            if (!covered) {
                Anchored a = new Anchored(name, entry(view, name));
                kept.add(a);
                byEntry.computeIfAbsent(a.entry().span(), s -> new ArrayList<>()).add(a);
            }
        }
    }

    /** Whether the row's table is a list of SDKs or third parties, by its header. */
    private static boolean inSdkTable(DocumentView view, TableRows.Row row) {
        for (TableRows.Row r : view.rows()) {
            if (r.header() && r.roles().equals(row.roles()) && r.span().start() < row.span().start()) {
                String header = view.doc().quote(new Span(r.span().start(), r.extent().end())).toLowerCase(Locale.ROOT);
                return header.contains("sdk") || header.contains("第三方") || header.contains("合作");
            }
        }
        return false;
    }

    private static DeclaredSdk unnamed(DocumentView view, Span name) {
        String quoted = view.doc().quote(name);
        return new DeclaredSdk("", quoted, quoted, name.start(), name.end(), view.doc().path());
    }

    private SdkDisclosure disclosure(DocumentView view, DeclaredSdk sdk, Entry e) {
        String text = view.text();
        Span span = e.span();
        String purpose = purpose(view, e);
        boolean statesPurpose = !purpose.isEmpty()
                || cues.any("purposeField", text, span.start(), span.end());
        boolean statesMethod = e.row() != null && e.row().cell(TableRows.Role.METHOD).isPresent()
                || cues.any("method", text, span.start(), span.end())
                || cues.any("methodInEntry", text, span.start(), span.end())
                || context(view, e).stream().anyMatch(c -> cues.any("method", text, c.start(), c.end()));
        List<String> items = items(view, e);
        boolean statesPiTypes = !items.isEmpty()
                || e.row() != null && e.row().cell(TableRows.Role.PI_TYPES).isPresent()
                || cues.any("piTypes", text, span.start(), span.end());
        boolean statesLink = e.row() != null && e.row().cell(TableRows.Role.LINK).isPresent()
                || cues.any("policyLink", text, span.start(), span.end());
        String name = sdk.known() || e.name() == null || e.name().length() == 0 ? sdk.name()
                : clipTo(view.doc().quote(e.name()), MAX_NAME_CHARS);
        return new SdkDisclosure(sdk.sdkId(), name, statesPurpose, statesMethod, statesPiTypes, statesLink,
                items, purpose, view.doc().quote(span), span.start(), span.end(), view.doc().path());
    }

    private Entry entry(DocumentView view, DeclaredSdk sdk) {
        List<Span> blocks = view.doc().paragraphs();
        Optional<TableRows.Row> row = view.rowAt(sdk.start());
        int block = view.paragraphIndex(sdk.start());
        if (row.isPresent() && !row.get().header()) {
            Span name = row.get().cell(TableRows.Role.NAME).orElse(null);
            return new Entry(Shape.ROW, row.get().extent(), row.get(), listStart(view, block, Shape.ROW), name);
        }
        if (block < 0) {
            return new Entry(Shape.PROSE, new Span(sdk.start(), sdk.end()), null, -1, null);
        }
        Optional<Entry> record = record(view, sdk, block);
        if (record.isPresent()) {
            return record.get();
        }
        Span b = blocks.get(block);
        if (view.isHeading(b)) {
            for (Section s : view.doc().allSections()) {
                if (s.headingSpan().start() == b.start()) {
                    int last = Math.min(blocks.size() - 1, block + MAX_SECTION_BLOCKS);
                    int end = Math.min(s.span().end(), blocks.get(last).end());
                    return new Entry(Shape.SECTION, new Span(b.start(), trimEnd(view.text(), b.start(), end)), null,
                            listStart(view, block, Shape.SECTION), null);
                }
            }
        }
        return prose(view, sdk, block);
    }

    private Optional<Entry> record(DocumentView view, DeclaredSdk sdk, int block) {
        String text = view.text();
        List<Span> blocks = view.doc().paragraphs();
        Span b = blocks.get(block);
        int start = -1;
        int nameFrom = -1;
        int first = block;
        // The nearest record key before the mention: in its line, or, when the mention is in a later field
        // of a record ("第三方名称：…"), in the field lines above it.
        for (int i = block; i >= 0 && i >= block - MAX_RECORD_BLOCKS; i--) {
            Span line = blocks.get(i);
            List<Cues.Hit> keys = cues.all("recordKey", text, line.start(), Math.min(line.end(), sdk.start()));
            if (!keys.isEmpty()) {
                start = keys.get(keys.size() - 1).start();
                nameFrom = keys.get(keys.size() - 1).end();
                first = i;
                break;
            }
            if (i < block && view.sdksIn(line).stream().anyMatch(t -> isTitleLine(text, line, t))) {
                // A record without a name key, headed by a title line ("友盟 SDK" then "功能：…").
                start = line.start();
                first = i;
                break;
            }
            boolean fieldLine = isField(text, line) || i < block && isUrlOnly(text, line);
            if (!fieldLine || i < block && view.isHeading(line)) {
                break;
            }
        }
        if (start < 0 && !isField(text, b) && isTitleLine(text, b, sdk) && block + 1 < blocks.size()
                && isField(text, blocks.get(block + 1))) {
            start = b.start();
        }
        if (start < 0) {
            return Optional.empty();
        }
        int end = b.end();
        for (int i = block + 1; i < blocks.size() && i <= block + MAX_RECORD_BLOCKS; i++) {
            Span next = blocks.get(i);
            if (view.isHeading(next) || startingRecordKey(text, next).isPresent()
                    || !isField(text, next) && !isUrlOnly(text, next)) {
                break;
            }
            end = next.end();
        }
        Optional<Cues.Hit> nextKey = cues.first("recordKey", text, Math.max(sdk.end(), nameFrom), end);
        if (nextKey.isPresent()) {
            end = nextKey.get().start();
        }
        Span name = null;
        if (nameFrom >= 0) {
            int lineEnd = text.indexOf('\n', nameFrom);
            int to = Math.max(nameFrom, Math.min(end, lineEnd < 0 ? text.length() : lineEnd));
            Matcher k = NEXT_KEY.matcher(text).region(nameFrom, to);
            name = new Span(nameFrom, k.find() ? k.start() : to);
        }
        return Optional.of(new Entry(Shape.RECORD, new Span(start, trimEnd(text, start, end)), null,
                listStart(view, first, Shape.RECORD), name));
    }

    /**
     * The sentence holding the mention and the following ones of its paragraph, until one that names another
     * known SDK and not this one. A paragraph broken mid-sentence (a line not ending like a sentence) goes on
     * in the next block, unless that block is a heading or a new list item.
     */
    private Entry prose(DocumentView view, DeclaredSdk sdk, int block) {
        List<Span> blocks = view.doc().paragraphs();
        String text = view.text();
        Span b = blocks.get(block);
        int last = block;
        while (last + 1 < blocks.size() && last - block < MAX_WRAPPED_BLOCKS && !endsSentence(text, blocks.get(last))
                && !view.isHeading(blocks.get(last + 1)) && !LIST_ITEM.matcher(view.doc().quote(blocks.get(last + 1))).lookingAt()) {
            last++;
        }
        List<Span> sentences = view.doc().sentencesIn(new Span(b.start(), blocks.get(last).end()));
        int i = 0;
        while (i < sentences.size() && sentences.get(i).end() <= sdk.start()) {
            i++;
        }
        int listStart = listStart(view, block, Shape.PROSE);
        if (i == sentences.size()) {
            return new Entry(Shape.PROSE, b, null, listStart, null);
        }
        int start = Math.min(sentences.get(i).start(), sdk.start());
        int end = sentences.get(i).end();
        for (int j = i + 1; j < sentences.size(); j++) {
            List<DeclaredSdk> named = view.sdksIn(sentences.get(j));
            if (!named.isEmpty() && named.stream().noneMatch(n -> same(n, sdk))) {
                break;
            }
            end = sentences.get(j).end();
        }
        return new Entry(Shape.PROSE, new Span(start, end), null, listStart, null);
    }

    private static boolean isListItem(DocumentView view, Span block) {
        return LIST_ITEM.matcher(view.doc().quote(block)).lookingAt();
    }

    private static boolean endsSentence(String text, Span block) {
        return endsWithStop(text, block) || block.length() < MIN_WRAPPED_LINE;
    }

    private static boolean endsWithStop(String text, Span block) {
        return "。！？；!?;：:".indexOf(text.charAt(block.end() - 1)) >= 0;
    }

    /**
     * Whether a prose entry speaks of an SDK or a third party (not of a platform the user pays or logs in
     * with): it, its paragraph, its section heading or the lines introducing its list say so, or the
     * document is an SDK list.
     */
    private boolean aboutSdk(DocumentView view, Entry e) {
        String text = view.text();
        if (view.doc().role() == DocumentRole.SDK_LIST || cues.any("sdkContext", text, e.span().start(), e.span().end())) {
            return true;
        }
        Optional<Span> own = view.paragraphAt(e.span().start());
        if (own.isPresent() && cues.any("sdkContext", text, own.get().start(), own.get().end())) {
            return true;
        }
        Optional<Section> section = view.doc().sectionAt(e.span().start());
        if (section.isPresent() && cues.any("sdkContext", section.get().heading())) {
            return true;
        }
        return context(view, e).stream().anyMatch(c -> cues.any("sdkContext", text, c.start(), c.end()));
    }

    /** The first block of the list (table rows, records, paragraphs about SDKs) that the block at {@code block} belongs to. */
    private int listStart(DocumentView view, int block, Shape shape) {
        if (block < 0) {
            return -1;
        }
        String text = view.text();
        List<Span> blocks = view.doc().paragraphs();
        int i = block;
        while (i > 0) {
            Span prev = blocks.get(i - 1);
            boolean sameList = switch (shape) {
                case ROW -> view.rowAt(prev.start()).isPresent()
                        || DELIMITER.matcher(view.doc().quote(prev).strip()).matches() || isUrlOnly(text, prev);
                case RECORD -> isField(text, prev) || isUrlOnly(text, prev)
                        || view.sdksIn(prev).stream().anyMatch(s -> isTitleLine(text, prev, s));
                case SECTION, PROSE -> !view.sdksIn(prev).isEmpty() || isListItem(view, prev)
                        || i >= 2 && !endsWithStop(text, blocks.get(i - 2)) && isListItem(view, blocks.get(i - 2));
            };
            if (!sameList || view.isHeading(prev)) {
                break;
            }
            i--;
        }
        return i;
    }

    /**
     * Where a method stated for the whole list lies: the few blocks before the list the entry belongs to
     * (back to and including a heading), and the lead-in of the entry's own paragraph (before any SDK is named).
     */
    private List<Span> context(DocumentView view, Entry e) {
        if (e.listStart() < 0) {
            return List.of();
        }
        List<Span> blocks = view.doc().paragraphs();
        int first = e.listStart();
        for (int n = 0; n < MAX_CONTEXT_BLOCKS && first > 0; n++) {
            first--;
            if (view.isHeading(blocks.get(first))) {
                break;
            }
        }
        List<Span> out = new ArrayList<>();
        out.add(new Span(blocks.get(first).start(), blocks.get(e.listStart()).start()));
        Optional<Span> own = view.paragraphAt(e.span().start());
        if (own.isPresent()) {
            // The paragraph's lead-in, before it names any SDK: what it says about another SDK is not said of this one.
            int end = e.span().start();
            List<DeclaredSdk> named = view.sdksIn(own.get());
            if (!named.isEmpty()) {
                end = Math.min(end, named.get(0).start());
            }
            if (own.get().start() < end) {
                out.add(new Span(own.get().start(), end));
            }
        }
        return out;
    }

    /** The PI items the entry names, not counting its name ("天翼账号登录") nor field keys ("公司名称："). */
    private static List<String> items(DocumentView view, Entry e) {
        String text = view.text();
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (var d : view.piIn(e.span())) {
            boolean inName = e.name() != null && e.name().start() < d.end() && d.start() < e.name().end();
            boolean key = d.end() < text.length() && (text.charAt(d.end()) == '：' || text.charAt(d.end()) == ':');
            if (!inName && !key && !org.mingcha.policy.declare.PiLexicon.GENERAL.equals(d.category()) && !d.item().isEmpty()) {
                out.add(d.item());
            }
        }
        return List.copyOf(out);
    }

    private String purpose(DocumentView view, Entry e) {
        String text = view.text();
        if (e.row() != null) {
            Optional<Span> cell = e.row().cell(TableRows.Role.PURPOSE);
            if (cell.isPresent()) {
                return clip(view.doc().quote(cell.get()));
            }
        }
        Span span = e.span();
        for (Cues.Hit h : cues.all("purposeField", text, span.start(), span.end())) {
            int lineEnd = text.indexOf('\n', h.end());
            int end = lineEnd < 0 || lineEnd > span.end() ? span.end() : lineEnd;
            Matcher next = NEXT_KEY.matcher(text).region(h.end(), end);
            if (next.find()) {
                end = next.start();
            }
            String value = clip(text.substring(h.end(), end));
            if (!value.isEmpty()) {
                return value;
            }
        }
        Optional<Cues.Hit> verb = cues.first("purposeVerb", text, span.start(), span.end());
        if (verb.isPresent()) {
            Matcher end = CLAUSE_END.matcher(text).region(verb.get().end(), span.end());
            return clip(text.substring(verb.get().start(), end.find() ? end.start() : span.end()));
        }
        return "";
    }

    /** A line that is little more than the SDK's name ("3. 友盟+ SDK"), as records without a name key begin. */
    private static boolean isTitleLine(String text, Span block, DeclaredSdk sdk) {
        if (sdk.start() < block.start() || sdk.end() > block.end()) {
            return false;
        }
        String rest = text.substring(block.start(), sdk.start()) + text.substring(sdk.end(), block.end());
        return TITLE_NOISE.matcher(rest).replaceAll("").length() <= MAX_TITLE_EXTRA;
    }

    private boolean isField(String text, Span block) {
        return cues.any("fieldLine", text, block.start(), block.end());
    }

    private Optional<Cues.Hit> startingRecordKey(String text, Span block) {
        return cues.first("recordKey", text, block.start(), block.end()).filter(h -> h.start() - block.start() <= 2);
    }

    private static boolean isUrlOnly(String text, Span block) {
        return URL_ONLY.matcher(text.substring(block.start(), block.end()).strip()).matches();
    }

    /** Whether the mention lies in a URL (umeng in https://www.umeng.com/…), which names no SDK entry. */
    private static boolean insideUrl(String text, DeclaredSdk sdk) {
        int s = sdk.start();
        while (s > 0 && !isUrlBreak(text.charAt(s - 1))) {
            s--;
        }
        String token = text.substring(s, sdk.end());
        return token.contains("://") || token.startsWith("www.");
    }

    private static boolean isUrlBreak(char c) {
        return Character.isWhitespace(c) || c == '<' || c == '(' || c == '[' || c == '（' || c == '：' || c == '"'
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Two mentions of one SDK: the same id, or, for names the knowledge base does not pin down, one name holding the other (友盟+ in 友盟+SDK). */
    private static boolean same(DeclaredSdk a, DeclaredSdk b) {
        if (a.known() && b.known()) {
            return a.sdkId().equals(b.sdkId());
        }
        String x = a.text().toLowerCase(Locale.ROOT);
        String y = b.text().toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The purpose wording without surrounding punctuation, at most {@value #MAX_PURPOSE_CHARS} characters. */
    static String clip(String s) {
        return clipTo(s, MAX_PURPOSE_CHARS);
    }

    private static String clipTo(String s, int max) {
        String t = s.strip().replaceAll("^[：:，,。；;\\s*]+|[：:，,。；;\\s*]+$", "");
        return t.length() <= max ? t : t.substring(0, max);
    }
}

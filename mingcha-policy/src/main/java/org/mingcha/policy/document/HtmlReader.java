package org.mingcha.policy.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.mingcha.policy.text.Emphasis;
import org.mingcha.policy.text.TextStyle;

/**
 * Reads an HTML policy with jsoup. Drops what is not the policy (scripts, styles, navigation, headers,
 * footers, asides, forms, hidden elements); keeps headings, paragraphs, list items and tables; records
 * emphasis from tags ({@code b}, {@code strong}, {@code u}), inline styles and simple {@code <style>} rules
 * (tag, {@code .class}, {@code tag.class} selectors), and the font size / line height of body text.
 */
final class HtmlReader {

    private static final Set<String> DROPPED = Set.of("script", "style", "nav", "header", "footer", "aside",
            "noscript", "template", "iframe", "svg", "button", "select", "input", "textarea", "object", "embed",
            "canvas", "head", "form", "dialog", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote",
            "pre", "dd", "dt", "dl", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "body", "center",
            "address", "figure", "figcaption", "hr", "caption", "details", "summary", "fieldset", "legend");

    private final Map<String, Map<String, String>> cssRules;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final List<Block.Run> runs = new ArrayList<>();
    private int tableCount;

    private HtmlReader(Map<String, Map<String, String>> cssRules) {
        this.cssRules = cssRules;
    }

    static PolicyDocument read(String path, String html) {
        Document doc = Jsoup.parse(html);
        Optional<String> verbatim = onlyPreformatted(doc);
        if (verbatim.isPresent()) {
            // A text file wrapped in a page (archives, annotation tools): its styling is unknown, its Markdown real.
            String text = verbatim.get();
            return PlainTextReader.readText(path, doc.title(), text,
                    PlainTextReader.looksLikeMarkdown(text) ? DocumentFormat.MARKDOWN : DocumentFormat.TEXT);
        }
        Map<String, Map<String, String>> rules = parseStyleSheets(doc);
        Optional<TextStyle> bodyStyle = bodyStyle(doc, rules);
        HtmlReader r = new HtmlReader(rules);
        String title = doc.title();
        if (title.isBlank()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : h1.text();
        }
        r.visit(doc.body(), EnumSet.noneOf(Emphasis.Kind.class), Block.Kind.PARAGRAPH, 0, false);
        r.flush(Block.Kind.PARAGRAPH, 0);
        return DocumentAssembler.assemble(path, title, DocumentFormat.HTML, r.blocks, bodyStyle);
    }

    /** The text of the page's {@code <pre>} elements when the body has no other text. */
    private static Optional<String> onlyPreformatted(Document doc) {
        Elements pres = doc.body().select("pre");
        if (pres.isEmpty()) {
            return Optional.empty();
        }
        Element rest = doc.body().clone();
        rest.select("pre, script, style, noscript, template").remove();
        if (!rest.text().isBlank()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (Element pre : pres) {
            if (pre.parents().stream().noneMatch(p -> p.normalName().equals("pre"))) {
                text.append(text.isEmpty() ? "" : "\n").append(pre.wholeText());
            }
        }
        return text.toString().isBlank() ? Optional.empty() : Optional.of(text.toString());
    }

    /** {@code preformatted}: inside {@code <pre>} or CSS {@code white-space: pre…}, where a line break ends a line. */
    private void visit(Element el, Set<Emphasis.Kind> inherited, Block.Kind kind, int level, boolean preformatted) {
        String tag = el.normalName();
        if (DROPPED.contains(tag)) {
            return;
        }
        Map<String, String> style = effectiveStyle(el);
        if (hidden(el, style)) {
            return;
        }
        if (tag.equals("table")) {
            flush(kind, level);
            table(el, inherited);
            return;
        }
        Set<Emphasis.Kind> emph = emphasis(el, style, inherited);
        boolean pre = preformatted || keepsLineBreaks(el, style);
        boolean block = BLOCKS.contains(tag);
        Block.Kind myKind = kind;
        int myLevel = level;
        if (block) {
            flush(kind, level);
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                myKind = Block.Kind.HEADING;
                myLevel = tag.charAt(1) - '0';
            } else if (tag.equals("li")) {
                myKind = Block.Kind.LIST_ITEM;
            } else if (!tag.equals("ul") && !tag.equals("ol")) {
                myKind = kind == Block.Kind.HEADING ? Block.Kind.HEADING : Block.Kind.PARAGRAPH;
            }
        }
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t && pre) {
                String[] lines = t.getWholeText().split("\r?\n|\r", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        flush(myKind, myLevel);
                    }
                    append(lines[i], emph);
                }
            } else if (child instanceof TextNode t) {
                append(t.getWholeText(), emph);
            } else if (child instanceof Element e) {
                if (e.normalName().equals("br")) {
                    flush(myKind, myLevel);
                } else {
                    visit(e, emph, myKind, myLevel, pre);
                }
            }
        }
        if (block) {
            flush(myKind, myLevel);
        }
    }

    private void append(String s, Set<Emphasis.Kind> emph) {
        int start = current.length();
        current.append(s);
        if (!s.isBlank()) {
            for (Emphasis.Kind k : emph) {
                Block.Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last.kind() == k && last.end() == start) {
                    runs.set(runs.size() - 1, new Block.Run(last.start(), current.length(), k));
                } else {
                    runs.add(new Block.Run(start, current.length(), k));
                }
            }
        }
    }

    private void flush(Block.Kind kind, int level) {
        if (!current.toString().isBlank()) {
            blocks.add(Block.text(kind, level, current.toString(), runs, -1));
        }
        current.setLength(0);
        runs.clear();
    }

    private void table(Element table, Set<Emphasis.Kind> inherited) {
        int id = ++tableCount;
        for (Element tr : table.select("tr")) {
            Map<String, String> rowStyle = effectiveStyle(tr);
            if (tr.closest("table") != table || hidden(tr, rowStyle)) {
                continue;
            }
            Set<Emphasis.Kind> rowEmphasis = emphasis(tr, rowStyle, inherited);
            List<String> cells = new ArrayList<>();
            List<Block.Run> rowRuns = new ArrayList<>();
            int offset = 0;
            for (Element cell : tr.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                Map<String, String> cellStyle = effectiveStyle(cell);
                if (hidden(cell, cellStyle)) {
                    continue;
                }
                HtmlReader inner = new HtmlReader(cssRules);
                inner.collectInline(cell, emphasis(cell, cellStyle, rowEmphasis));
                String text = inner.current.toString().replace('\n', ' ');
                for (Block.Run r : inner.runs) {
                    rowRuns.add(new Block.Run(r.start() + offset, r.end() + offset, r.kind()));
                }
                cells.add(text);
                offset += text.length() + org.mingcha.policy.text.Table.CELL_SEPARATOR.length();
            }
            if (!cells.isEmpty()) {
                blocks.add(Block.row(cells, rowRuns, id));
            }
        }
    }

    /** The text of an element on one line, block boundaries become spaces. */
    private void collectInline(Element el, Set<Emphasis.Kind> emph) {
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                append(t.getWholeText(), emph);
            } else if (child instanceof Element e && !DROPPED.contains(e.normalName())) {
                Map<String, String> style = effectiveStyle(e);
                if (hidden(e, style)) {
                    continue;
                }
                if (BLOCKS.contains(e.normalName()) || e.normalName().equals("br")) {
                    append(" ", emph);
                }
                collectInline(e, emphasis(e, style, emph));
            }
        }
    }

    private static boolean hidden(Element el, Map<String, String> style) {
        if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden"))) {
            return true;
        }
        String display = style.getOrDefault("display", "");
        String visibility = style.getOrDefault("visibility", "");
        return display.startsWith("none") || visibility.startsWith("hidden");
    }

    private Set<Emphasis.Kind> emphasis(Element el, Map<String, String> style, Set<Emphasis.Kind> inherited) {
        EnumSet<Emphasis.Kind> out = inherited.isEmpty() ? EnumSet.noneOf(Emphasis.Kind.class) : EnumSet.copyOf(inherited);
        String tag = el.normalName();
        if (tag.equals("b") || tag.equals("strong")) {
            out.add(Emphasis.Kind.BOLD);
        }
        if (tag.equals("u") || tag.equals("ins")) {
            out.add(Emphasis.Kind.UNDERLINE);
        }
        if (tag.equals("font") && el.hasAttr("color") && !neutralColor(el.attr("color"))) {
            out.add(Emphasis.Kind.COLOR);
        }
        String weight = style.getOrDefault("font-weight", "");
        if (weight.startsWith("bold") || weight.startsWith("bolder") || weight.matches("[6-9]00.*")) {
            out.add(Emphasis.Kind.BOLD);
        } else if (weight.startsWith("normal") || weight.matches("[1-4]00.*")) {
            out.remove(Emphasis.Kind.BOLD);
        }
        String deco = style.getOrDefault("text-decoration", style.getOrDefault("text-decoration-line", ""));
        if (deco.contains("underline")) {
            out.add(Emphasis.Kind.UNDERLINE);
        }
        String color = style.getOrDefault("color", "");
        if (!color.isEmpty()) {
            if (neutralColor(color)) {
                out.remove(Emphasis.Kind.COLOR);
            } else {
                out.add(Emphasis.Kind.COLOR);
            }
        }
        return out;
    }

    /** Black, greys and keywords that do not set a colour: the colours of ordinary body text. */
    static boolean neutralColor(String value) {
        String v = value.toLowerCase(Locale.ROOT).replace("!important", "").replace(" ", "").trim();
        if (v.isEmpty() || v.equals("inherit") || v.equals("initial") || v.equals("currentcolor")
                || v.equals("unset") || v.equals("black") || v.equals("windowtext") || v.endsWith("gray")
                || v.endsWith("grey")) {
            return true;
        }
        int r;
        int g;
        int b;
        try {
            if (v.startsWith("#") && (v.length() == 4 || v.length() == 5)) {
                r = Integer.parseInt(v.substring(1, 2), 16) * 17;
                g = Integer.parseInt(v.substring(2, 3), 16) * 17;
                b = Integer.parseInt(v.substring(3, 4), 16) * 17;
            } else if (v.startsWith("#") && (v.length() == 7 || v.length() == 9)) {
                r = Integer.parseInt(v.substring(1, 3), 16);
                g = Integer.parseInt(v.substring(3, 5), 16);
                b = Integer.parseInt(v.substring(5, 7), 16);
            } else if (v.startsWith("rgb")) {
                String[] p = v.substring(v.indexOf('(') + 1, v.indexOf(')')).split("[,/]");
                r = (int) Double.parseDouble(p[0]);
                g = (int) Double.parseDouble(p[1]);
                b = (int) Double.parseDouble(p[2]);
            } else {
                return false;
            }
        } catch (RuntimeException e) {
            return false;
        }
        // Greys (equal channels, give or take) are ordinary text colours, not emphasis.
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) <= 16;
    }

    private static boolean keepsLineBreaks(Element el, Map<String, String> style) {
        if (el.normalName().equals("pre")) {
            return true;
        }
        String whiteSpace = style.getOrDefault("white-space", "");
        return whiteSpace.startsWith("pre") || whiteSpace.equals("break-spaces");
    }

    private Map<String, String> effectiveStyle(Element el) {
        Map<String, String> out = new HashMap<>();
        String tag = el.normalName();
        merge(out, cssRules.get(tag));
        for (String cls : el.classNames()) {
            merge(out, cssRules.get("." + cls));
            merge(out, cssRules.get(tag + "." + cls));
        }
        if (el.id().length() > 0) {
            merge(out, cssRules.get("#" + el.id()));
        }
        out.putAll(declarations(el.attr("style")));
        return out;
    }

    private static void merge(Map<String, String> into, Map<String, String> from) {
        if (from != null) {
            into.putAll(from);
        }
    }

    static Map<String, String> declarations(String style) {
        Map<String, String> out = new LinkedHashMap<>();
        if (style == null || style.isBlank()) {
            return out;
        }
        for (String decl : style.split(";")) {
            int colon = decl.indexOf(':');
            if (colon > 0) {
                out.put(decl.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        decl.substring(colon + 1).trim().toLowerCase(Locale.ROOT));
            }
        }
        String font = out.get("font");
        if (font != null && !out.containsKey("font-size")) {
            // The font shorthand: [style] [weight] size[/line-height] family.
            for (String token : font.split("\\s+")) {
                if (token.matches("[\\d.]+(px|pt|em|rem|%)(/.+)?")) {
                    String[] sl = token.split("/", 2);
                    out.put("font-size", sl[0]);
                    if (sl.length == 2) {
                        out.putIfAbsent("line-height", sl[1]);
                    }
                } else if (token.equals("bold")) {
                    out.putIfAbsent("font-weight", "bold");
                }
            }
        }
        return out;
    }

    /** Rules of the document's style sheets with simple selectors: {@code tag}, {@code .class}, {@code tag.class}, {@code #id}. */
    static Map<String, Map<String, String>> parseStyleSheets(Document doc) {
        Map<String, Map<String, String>> rules = new HashMap<>();
        for (Element style : doc.select("style")) {
            String css = style.data().replaceAll("(?s)/\\*.*?\\*/", "");
            for (String rule : css.split("}")) {
                int brace = rule.indexOf('{');
                if (brace < 0) {
                    continue;
                }
                String selectors = rule.substring(0, brace).trim();
                if (selectors.startsWith("@")) {
                    continue;
                }
                Map<String, String> decls = declarations(rule.substring(brace + 1));
                for (String sel : selectors.split(",")) {
                    String s = sel.trim().toLowerCase(Locale.ROOT);
                    if (s.matches("[a-z][a-z0-9]*|[a-z0-9]*[.#][\\w-]+")) {
                        rules.computeIfAbsent(s, k -> new HashMap<>()).putAll(decls);
                    }
                }
            }
        }
        return rules;
    }

    private static Optional<TextStyle> bodyStyle(Document doc, Map<String, Map<String, String>> rules) {
        String[] size = {"", ""};
        String[] line = {"", ""};
        // Inline styles on paragraphs win over sheet rules; the most frequent value stands for the body.
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Element p : doc.select("p[style], p span[style], div[style]")) {
            Map<String, String> d = declarations(p.attr("style"));
            if (d.containsKey("font-size")) {
                sizes.merge(d.get("font-size"), 1, Integer::sum);
            }
            if (d.containsKey("line-height")) {
                lines.merge(d.get("line-height"), 1, Integer::sum);
            }
        }
        pickMostFrequent(sizes, size, "inline: p");
        pickMostFrequent(lines, line, "inline: p");
        for (String sel : List.of("p", "div", "body", "html")) {
            Map<String, String> d = rules.getOrDefault(sel, Map.of());
            if (sel.equals("body") && doc.body() != null) {
                d = new HashMap<>(d);
                d.putAll(declarations(doc.body().attr("style")));
            }
            if (size[0].isEmpty() && d.containsKey("font-size")) {
                size[0] = d.get("font-size");
                size[1] = "style: " + sel;
            }
            if (line[0].isEmpty() && d.containsKey("line-height")) {
                line[0] = d.get("line-height");
                line[1] = "style: " + sel;
            }
        }
        TextStyle style = new TextStyle(size[0], line[0], size[1].isEmpty() ? line[1] : size[1]);
        return style.isEmpty() ? Optional.empty() : Optional.of(style);
    }

    private static void pickMostFrequent(Map<String, Integer> counts, String[] into, String source) {
        counts.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> {
            into[0] = e.getKey();
            into[1] = source;
        });
    }
}

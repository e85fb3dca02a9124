package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 j): collection justified only by improving the product, optimising the experience, research and analysis
 * or targeted push (personalised recommendation). Two forms are findings (status {@code missing}: the clause is not
 * met):
 * <ul>
 * <li>a sentence that collects a named kind of PI and whose stated purposes ("为了…", "…，以…", "用于…",
 * "目的是…") are all of that family, none a business function (security, faults, login, payment, a service
 * provided…); a sentence that only introduces a list ("收集以下信息：") gives its purposes in the list;</li>
 * <li>a heading that names only such purposes ("改善我们的产品或服务", "使用目的：数据统计及分析") over a collection
 * statement that names no business function.</li>
 * </ul>
 * Statements about all of "your personal information" at once are the policy's preamble, not a collection.
 */
public final class SoleImprovementCheck implements PolicyCheck {

    private static final int HEADING_MAX_CHARS = 40;
    private static final int SECTION_LOOKAHEAD = 3;
    /** Items of a list read after its introduction for purposes of their own. */
    private static final int LIST_LOOKAHEAD = 5;
    private static final int PROVIDED_OBJECT_CHARS = 14;
    private static final int ENUMERATION_ITEM_CHARS = 6;
    private static final int LABEL_MAX_CHARS = 12;
    private static final int INLINE_LIST_MIN_CHARS = 8;
    private static final String CLAUSE_BREAKS = "，,。；;";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final Lexicon lex = Lexicon.of(SoleImprovementCheck.class);
    private final Pattern purposeMarker = alternatives(lex.list("purposeMarkers"));
    private final Pattern purposeEnd = Pattern.compile("[，,。；;：:]");
    private final Pattern purposeSplit = alternatives(lex.list("purposeSeparators"));
    private final Pattern comparative = alternatives(lex.list("comparatives"));
    private final Pattern qualified = Pattern.compile("^(?:" + String.join("|", lex.list("qualifiers")) + ")");
    private final Pattern providedThing = Pattern.compile("服务|功能|产品");
    private final Pattern recipient = Pattern.compile("^(给|向|为)?(您|你|用户)?(们)?");
    private final Pattern wholePi = alternatives(lex.list("wholePi"));
    private final Pattern headingLabel = alternatives(lex.list("headingLabels"));
    private final Pattern enumerator = Pattern.compile("^[\\s（(一二三四五六七八九十0-9、.)）]*");
    private final Pattern headingSplit = alternatives(lex.list("headingSeparators"));
    private final List<Pattern> improvementPhrases = lex.list("improvementPhrases").stream().map(Pattern::compile).toList();
    private final Pattern personalisedThing = alternatives(lex.list("personalisedThings"));
    private final Pattern anaphoricPurpose = alternatives(lex.list("anaphoricPurposes"));
    private final Pattern circumstance = alternatives(lex.list("circumstances"));
    private final Pattern profileSource = alternatives(lex.list("profileSources"));
    private final Pattern strongFunctionKind = alternatives(lex.list("strongFunctionKinds"));
    /** A list written inside the sentence, after its colon ("收集以下信息：设备型号、IP地址。"). */
    private final Pattern inlineList = Pattern.compile("(?:以下|下列|如下|下述)[^：:]{0,12}[：:][^：:]{" + INLINE_LIST_MIN_CHARS + ",}$");
    private final Pattern leadingLabel = Pattern.compile("^[^，,。；;：:]{2," + LABEL_MAX_CHARS + "}(?=[：:].)");

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> findings = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            findings.addAll(findings(doc));
        }
        if (findings.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "no-improvement-only-collection", List.of());
        }
        return Outcomes.of(clause(), Status.MISSING, "improvement-only-collection:" + findings.size(), findings);
    }

    private List<Hit> findings(CheckDocument doc) {
        List<Hit> out = new ArrayList<>();
        Set<Span> headings = new HashSet<>(doc.headings());
        List<Span> headingList = doc.headings();
        List<Span> ss = doc.sentences();
        int h = -1;
        boolean cookieSection = false;
        for (int i = 0; i < ss.size(); i++) {
            while (h + 1 < headingList.size() && headingList.get(h + 1).start() <= ss.get(i).start()) {
                h++;
                cookieSection = Scan.containsAny(doc.quote(headingList.get(h)), lex.list("cookieTerms"));
            }
            String s = doc.quote(ss.get(i));
            // Cookie boilerplate and promises to ask again before any new collection are not collection statements.
            if (cookieSection || Scan.containsAny(s, lex.list("cookieTerms"))
                    || Scan.containsAny(s, lex.list("deferredConsent"))) {
                continue;
            }
            List<String> following = new ArrayList<>();
            for (int j = i + 1; j < ss.size() && j <= i + LIST_LOOKAHEAD; j++) {
                following.add(doc.quote(ss.get(j)));
            }
            String next = following.isEmpty() ? "" : following.get(0);
            if (profilingForTargeting(s)) {
                out.add(new Hit(doc, ss.get(i)));
                continue;
            }
            boolean collects = !collectPositions(s).isEmpty();
            if (!collects && headingLike(s, headings.contains(ss.get(i)))) {
                if (improvementHeading(s) && !purposeCellOfAService(doc, headings, i)
                        && sectionCollectsWithoutFunction(doc, headings, i)) {
                    out.add(new Hit(doc, ss.get(i)));
                }
                continue;
            }
            if (collects && soleImprovement(s, following)) {
                out.add(new Hit(doc, ss.get(i)));
            }
        }
        return out;
    }

    /** A sentence that collects a named kind of PI for improvement-family purposes only. */
    boolean soleImprovement(String sentence, List<String> following) {
        String s = genericPurposesRewritten(sentence);
        String next = following.isEmpty() ? "" : following.get(0);
        // A sentence introducing a list ("收集您的如下信息：") gives its purposes in the list, unless it opens with its
        // purposes and the items that follow state none of their own ("为向您展示您感兴趣的广告，我们会收集以下信息：").
        // A list written out inside the sentence after its colon is the sentence's own: its purposes govern it.
        boolean listIntroduction = s.endsWith("：") || s.endsWith(":")
                || Scan.containsAny(s, lex.list("listIntroductions")) && !inlineList.matcher(s.strip()).find();
        if (listIntroduction && !(purposeMarker.matcher(s).find() && itemsStateNoPurpose(following))
                || Scan.containsAny(withoutCircumstances(strongFunctionKind.matcher(s).replaceAll("数据")),
                        lex.list("strongFunctions"))
                || !namesPiKind(s, next)) {
            return false;
        }
        List<String> purposes = purposes(s);
        Matcher label = leadingLabel.matcher(s);
        if (label.find()) {
            // "数据统计功能：我们会使用…SDK记录设备信息": the label names what the collection is for.
            String named = label.group();
            if (improvementOnly(named) && !endsWithKind(named)) {
                purposes.add(0, named);
            } else if (Scan.containsAny(named, lex.list("functions")) || providesService(named)) {
                return false;
            }
        }
        if (purposes.isEmpty() || !improvementOnly(purposes.get(0))) {
            return false;
        }
        for (String p : purposes.subList(1, purposes.size())) {
            if (!improvementOnly(p) && !continuesEnumeration(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Targeted push (round two's reading): a profile of the user's preferences built from kinds of PI the sentence
     * names ("根据您的浏览记录、设备信息…提取您的偏好特征…画像…推送信息") to choose what is shown or pushed, or
     * recommendations made from such data with no business function beside them ("根据您的位置信息…向您推荐…",
     * round eight's reading on location collected to recommend). Data
     * the sentence refers back to ("基于前述信息", "收集的信息") were collected for other purposes.
     */
    boolean profilingForTargeting(String s) {
        boolean profile = Scan.containsAny(s, lex.list("profiling")) && Scan.containsAny(s, lex.list("targetedUses"));
        boolean recommendation = Scan.containsAny(s, lex.list("recommendations"))
                && !Scan.containsAny(personalisedThing.matcher(s).replaceAll("个性化"), lex.list("functions"));
        return (profile || recommendation) && profileSource.matcher(s).find()
                && !Scan.containsAny(s, lex.list("definitions")) && !Scan.containsAny(s, lex.list("referredData"))
                && !Scan.containsAny(s, lex.list("profilingNegations"))
                && !Scan.containsAny(s, lex.list("strongFunctions"));
    }

    /**
     * A fault named as the moment something happens ("系统发生故障时") says when data is taken, not why: only the
     * stated purposes decide.
     */
    private String withoutCircumstances(String s) {
        return circumstance.matcher(s).replaceAll("");
    }

    private boolean itemsStateNoPurpose(List<String> items) {
        return items.stream().map(item -> enumerator.matcher(item).replaceFirst(""))
                .noneMatch(item -> purposeMarker.matcher(item).find() || item.startsWith("为")
                || Scan.containsAny(item, lex.list("strongFunctions")));
    }

    /**
     * Security of the service as a whole and understanding how the app runs are no business function of their own
     * (the guide names 增强安全性 beside 改善功能): they read as an improvement purpose. Security of something
     * particular (账号安全, 交易安全, 欺诈) stays a function.
     */
    private String genericPurposesRewritten(String s) {
        String out = s;
        for (Pattern p : improvementPhrases) {
            out = p.matcher(out).replaceAll("优化");
        }
        return out;
    }

    /**
     * A short item of an enumeration after an improvement purpose, naming no function of its own, is governed by
     * the same verb ("统计装机量、活跃用户、区域统计").
     */
    private boolean continuesEnumeration(String part) {
        return part.strip().length() <= ENUMERATION_ITEM_CHARS && !Scan.containsAny(part, lex.list("functions"))
                && !providesService(part) && !Scan.containsAny(part, lex.list("actions"));
    }

    private static boolean headingLike(String s, boolean heading) {
        return heading || s.length() <= HEADING_MAX_CHARS && !(s.endsWith("。") || s.endsWith("；")
                || s.endsWith(";") || s.endsWith("，"));
    }

    /** Every part of the heading is an improvement-family purpose ("开展内部数据分析和研究，改善我们的产品"). */
    private boolean improvementHeading(String heading) {
        Matcher label = headingLabel.matcher(heading);
        String body = label.find() ? heading.substring(label.end()) : heading;
        body = enumerator.matcher(body).replaceFirst("");
        List<String> parts = new ArrayList<>();
        for (String p : headingSplit.split(body)) {
            if (!p.isBlank()) {
                parts.add(p);
            }
        }
        return !parts.isEmpty() && parts.stream().allMatch(this::improvementOnly);
    }

    /**
     * The first statement under the heading that collects or processes a kind of PI names no business function of
     * its own. Short lines in between that only restate an improvement purpose are cells of the same table row
     * (a table written one cell per line); a short line naming a kind of PI is the row's information cell.
     */
    private boolean sectionCollectsWithoutFunction(CheckDocument doc, Set<Span> headings, int i) {
        List<Span> ss = doc.sentences();
        boolean cells = true;
        for (int j = i + 1; j < ss.size() && j <= i + SECTION_LOOKAHEAD; j++) {
            String t = doc.quote(ss.get(j));
            boolean heading = headings.contains(ss.get(j));
            cells &= heading && !enumerated(t);
            boolean typeList = Scan.containsAny(t, lex.list("typeLabels")) || cells && namesKind(t);
            if (heading && !typeList && !(cells && improvementOnly(t))) {
                return false;
            }
            if (typeList || !collectPositions(t).isEmpty() || processesKind(t)) {
                return !Scan.containsAny(t, lex.list("functions"));
            }
        }
        return false;
    }

    /**
     * An improvement line right after a short unnumbered line naming something else is the purpose cell of a table
     * row (one cell per line) whose service that line names ("匹配游戏服务" then "提高连接顺畅度").
     */
    private boolean purposeCellOfAService(CheckDocument doc, Set<Span> headings, int i) {
        if (i == 0 || !headings.contains(doc.sentences().get(i - 1))) {
            return false;
        }
        String previous = doc.quote(doc.sentences().get(i - 1));
        String line = doc.quote(doc.sentences().get(i));
        return !headingLabel.matcher(line).find() && HAN.matcher(previous).find() && !enumerated(previous) && !previous.endsWith("：") && !previous.endsWith(":")
                && !improvementOnly(previous) && !namesKind(previous);
    }

    /** A numbered line ("2.1 …", "（三）…", "### …") is a heading of the text, not a table cell. */
    private static boolean enumerated(String line) {
        return !line.isEmpty() && "0123456789（(一二三四五六七八九十#*[【•·-".indexOf(line.charAt(0)) >= 0;
    }

    /** Analysing or combining a kind of PI ("结合设备信息进行统计") under an improvement heading is its use. */
    private boolean processesKind(String s) {
        return Scan.containsAny(s, lex.list("process")) && namesKind(s);
    }

    /** "统计数据：" labels data, not a purpose. */
    private boolean endsWithKind(String label) {
        return lex.list("piKinds").stream().anyMatch(label.strip()::endsWith);
    }

    private boolean namesKind(String s) {
        return Scan.containsAny(wholePi.matcher(s).replaceAll(""), lex.list("piKinds"));
    }

    /**
     * A function that is only personalised ("个性化的信息搜索", "精准推送") is personalisation, the guide's targeted
     * push, not the function itself: its function word does not count.
     */
    private boolean improvementOnly(String purpose) {
        String ownFunctions = personalisedThing.matcher(purpose).replaceAll("个性化");
        if (Scan.containsAny(ownFunctions, lex.list("functions")) || providesService(purpose)) {
            return false;
        }
        return Scan.containsAny(purpose, lex.list("improvement")) || comparative.matcher(purpose).find();
    }

    /**
     * "提供…服务/功能/产品" is a business function unless what is provided is itself only better or personalised
     * ("提供更好的服务", "提供个性化服务", "提供尽可能多的个人化网上服务") or is named by an improvement-family
     * purpose ("以提供统计分析服务": statistics offered as a service are still statistics; "提供和改善基于位置的服务"
     * still provides a service).
     */
    private boolean providesService(String purpose) {
        for (int i = purpose.indexOf("提供"); i >= 0; i = purpose.indexOf("提供", i + 2)) {
            if (i > 0 && purpose.charAt(i - 1) == '更') {
                continue;
            }
            String object = purpose.substring(i + 2, Math.min(purpose.length(), i + 2 + PROVIDED_OBJECT_CHARS));
            object = recipient.matcher(object).replaceFirst("");
            // "改善我们向您提供的服务": what is provided is the object of the purpose's own verb, not the purpose.
            if (qualified.matcher(object).find() || object.startsWith("的")) {
                continue;
            }
            Matcher provided = providedThing.matcher(object);
            if (!provided.find()) {
                continue;
            }
            String kind = object.substring(0, provided.start());
            if (!Scan.containsAny(kind, lex.list("personalised"))
                    && lex.list("improvement").stream().noneMatch(kind::endsWith)) {
                return true;
            }
        }
        return false;
    }

    /** The purposes stated after 为了/以便/用于/目的是…, each up to the next clause break, split at 、/以及. */
    private List<String> purposes(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = purposeMarker.matcher(s);
        while (m.find()) {
            String rest = s.substring(m.end());
            Matcher end = purposeEnd.matcher(rest);
            String purpose = end.find() ? rest.substring(0, end.start()) : rest;
            if (anaphoricPurpose.matcher(purpose).lookingAt()) {
                // "…向您推荐更感兴趣的信息，为提供此类服务，我们可能会收集…": the purpose is the clause referred to.
                out.clear();
                purpose = clauseBefore(s, m.start());
            }
            Matcher adjectives = comparative.matcher(purpose);
            if (adjectives.find() && adjectives.group().contains("、")) {
                // "提供更为准确、个性及便捷的服务": the 、 joins qualities of one thing, not purposes.
                out.add(purpose);
                continue;
            }
            for (String part : purposeSplit.split(purpose)) {
                if (!part.isBlank()) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** The clause that ends before {@code at}, without its subject and modal ("我们可能会"). */
    private String clauseBefore(String s, int at) {
        int end = at;
        while (end > 0 && CLAUSE_BREAKS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return "";
        }
        return s.substring(lastBreakBefore(s, end - 1) + 1, end);
    }

    /**
     * A collection clause names what it collects: a kind of PI, or "您的个人信息" as a whole when the sentence is the
     * provider's own collection (the blind annotators of rounds six and seven read "为向您提供更优质的服务，我们会
     * 收集您的个人信息" as collection for improvement only). Handing "your information" to partners is sharing (k),
     * and a sentence naming any business function or the law beside it ("依据相关法律法规收集…") frames the policy.
     */
    private boolean namesPiKind(String s, String next) {
        boolean notOwnCollection = Scan.containsAny(s, lex.list("sharing"))
                || Scan.containsAny(s, lex.list("functions"));
        for (int i : collectPositions(s)) {
            int a = lastBreakBefore(s, i) + 1;
            int b = firstBreakFrom(s, i);
            String clause = s.substring(a, b);
            // A clause ending the sentence may name its data in the next one, unless it names them already as
            // "your information" as a whole (the preamble's wording, no kind of PI).
            if (b >= s.length() - 1 && !next.isEmpty() && !wholePi.matcher(clause).find()) {
                int comma = next.indexOf('，');
                clause += comma >= 0 ? next.substring(0, comma) : next;
            }
            String kinds = notOwnCollection ? wholePi.matcher(clause).replaceAll("") : clause;
            if (Scan.containsAny(kinds, lex.list("piKinds"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a collection verb stands, except after 所 or before 的/到的: "所收集的信息", "服务时收集的信息" name data
     * collected elsewhere (a use of it, not an act of collection). After 需/要/而 ("基于…考虑而需收集的信息") the
     * collection is stated, with its reason.
     */
    private List<Integer> collectPositions(String s) {
        List<Integer> out = new ArrayList<>();
        for (String verb : lex.list("collect")) {
            for (int i = s.indexOf(verb); i >= 0; i = s.indexOf(verb, i + verb.length())) {
                int after = i + verb.length();
                boolean stated = i > 0 && "需要而".indexOf(s.charAt(i - 1)) >= 0;
                if ((i == 0 || s.charAt(i - 1) != '所')
                        && (stated || !s.startsWith("的", after) && !s.startsWith("到的", after))) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static int lastBreakBefore(String s, int i) {
        int best = -1;
        for (char c : CLAUSE_BREAKS.toCharArray()) {
            best = Math.max(best, s.lastIndexOf(c, i));
        }
        return best;
    }

    private static int firstBreakFrom(String s, int i) {
        int best = s.length();
        for (char c : CLAUSE_BREAKS.toCharArray()) {
            int at = s.indexOf(c, i);
            if (at >= 0) {
                best = Math.min(best, at);
            }
        }
        return best;
    }

    private static Pattern alternatives(List<String> regexes) {
        return Pattern.compile(String.join("|", regexes));
    }
}

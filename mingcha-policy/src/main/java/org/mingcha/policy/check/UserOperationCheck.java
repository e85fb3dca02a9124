package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 l): one user operation (query, correct, delete, cancel the account, withdraw consent, get a copy).
 * A sentence <em>names</em> the operation when it holds the operation and its object, or holds the operation
 * under a heading that names both ("注销账户" then "如您需要注销的话…"), or words the operation with its object
 * in one phrase ({@code standaloneOperations}: "停止向第三方共享", "拒绝我们进一步收集"). The operation is
 * <em>offered</em> when a naming sentence says the user can do it, mentions the user doing it, or is itself an
 * instruction with a way ("点击“我的-设置-账号注销”即可"), or is an item of a list whose introduction gives the user
 * the ability ("任何个人有权：…"), or when a heading names it (unless its section speaks of the operation only as the
 * provider's own act) or names the right ("注销权") over a body that gives the user a way; it is <em>explained</em>
 * when that sentence or the two after it (up to the next numbered heading) give a concrete way: a settings path, a
 * page, an e-mail, a phone number, the contact details (a pointer to "以下方式" reads the list that follows).
 * Explained → {@code met}; offered → {@code partly}; else {@code missing}. A promised time limit above 15 working
 * days (8.x, 13.2) in the window of an offering sentence lowers {@code met} to {@code partly} unless another way is
 * explained without such a limit.
 */
abstract class UserOperationCheck implements PolicyCheck {

    private static final int METHOD_WINDOW_SENTENCES = 2;
    private static final int LIST_WINDOW_SENTENCES = 5;
    private static final int HEADING_MAX_CHARS = 40;
    private static final int SUBJECT_TO_ABILITY_CHARS = 12;
    private static final int CLAUSE_SUBJECT_CHARS = 40;
    /** Words every policy pointer holds (a cheap test before the patterns). */
    private static final List<String> POLICY_WORDS = List.of("政策", "协议", "声明", "指引");
    /** Lists every operation check reads alike (enablers, instructions, list pointers, question contacts). */
    private static final String SHARED_LEXICON = "UserOperations.yaml";
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^[\\s*#]*(第[一二三四五六七八九十0-9]+[章条节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]"
            + "|[0-9]+(\\.[0-9]+)*[、.．)）])");

    private final Lexicon lex;
    private final Optional<Pattern> notUserAction;
    private final List<String> excludedPhrases;
    private final List<String> vagueMethods;
    private final List<Pattern> instructions;
    private final Pattern userCan;
    private final List<Pattern> standalone;
    private final List<String> standaloneTriggers;
    private final List<String> negations;
    private final List<String> conditionals;
    private final List<String> duties;
    private final List<String> listItemActors;
    private final List<String> circumstances;
    private final List<String> otherActors;
    private final Optional<Pattern> providerCommits;
    private final List<String> userRequests;
    private final Optional<Pattern> questionContacts;
    private final List<Pattern> policyPointers;
    private final Optional<Pattern> userAsAgent;

    UserOperationCheck() {
        this.lex = Lexicon.of(getClass(), SHARED_LEXICON);
        List<String> refusals = lex.lists().getOrDefault("providerActs", List.of());
        this.notUserAction = refusals.isEmpty() ? Optional.empty()
                : Optional.of(Pattern.compile(String.join("|", refusals)));
        this.excludedPhrases = lex.lists().getOrDefault("excludedPhrases", List.of());
        this.vagueMethods = lex.lists().getOrDefault("vagueMethods", List.of());
        // "可能" (maybe), "可被" (can be done to), "不能", the 能 of 功能/性能/智能 and the 可 of 许可/认可 (permission,
        // approval) are not the user's ability.
        this.userCan = Pattern.compile("(" + String.join("|", lex.list("subjects")) + ")[^，。；,;]{0,"
                + SUBJECT_TO_ABILITY_CHARS + "}?(?<![可不未功性智许认])(" + String.join("|", lex.list("abilities")) + ")(?!被|能)"
                + "|(" + String.join("|", lex.list("enablers")) + ")(" + String.join("|", lex.list("subjects")) + ")"
                + "|" + String.join("|", lex.list("imperatives"))
                // the subject of the first clause carried over the comma ("当您发现…的，有权要求我们删除")
                + lex.lists().getOrDefault("clauseAbilities", List.of()).stream().findAny()
                        .map(any -> "|(" + String.join("|", lex.list("subjects")) + ")[^，。；,;]{0,"
                                + CLAUSE_SUBJECT_CHARS + "}?[，,]\\s*(" + String.join("|", lex.list("clauseAbilities"))
                                + ")(?!被|能)")
                        .orElse(""));
        this.instructions = lex.lists().getOrDefault("instructions", List.of()).stream().map(Pattern::compile).toList();
        this.standalone = lex.lists().getOrDefault("standaloneOperations", List.of()).stream()
                .map(Pattern::compile).toList();
        this.standaloneTriggers = lex.lists().getOrDefault("standaloneTriggers", List.of());
        this.negations = lex.lists().getOrDefault("negations", List.of());
        this.conditionals = lex.lists().getOrDefault("conditionals", List.of());
        this.duties = lex.lists().getOrDefault("duties", List.of());
        this.listItemActors = lex.lists().getOrDefault("listItemActors", List.of());
        this.circumstances = lex.lists().getOrDefault("circumstances", List.of());
        this.otherActors = lex.lists().getOrDefault("otherActors", List.of());
        List<String> commits = lex.lists().getOrDefault("providerCommits", List.of());
        this.providerCommits = commits.isEmpty() ? Optional.empty()
                : Optional.of(Pattern.compile(String.join("|", commits)));
        this.userRequests = lex.lists().getOrDefault("userRequests", List.of());
        List<String> questions = lex.lists().getOrDefault("questionContacts", List.of());
        this.questionContacts = questions.isEmpty() ? Optional.empty()
                : Optional.of(Pattern.compile(String.join("|", questions)));
        this.policyPointers = lex.lists().getOrDefault("policyPointers", List.of()).stream()
                .map(Pattern::compile).toList();
        // "在您修改个人信息之前", "在您访问、更正和删除信息时", "当您收回同意后": the user as the one who performs it
        List<String> agentOps = lex.lists().getOrDefault("agentOperations", List.of());
        this.userAsAgent = agentOps.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile("(" + String.join("|",
                lex.list("subjects")) + ")(?:(?:" + String.join("|", lex.list("operationWords")) + ")[、和及或与]{1,2}){0,3}("
                + String.join("|", agentOps) + ")"));
    }

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> offered = new ArrayList<>();
        List<Hit> explained = new ArrayList<>();
        List<Hit> tooLong = new ArrayList<>();
        List<Hit> explainedInTime = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            List<Span> ss = doc.sentences();
            List<Span> headings = doc.headings();
            int h = -1;
            boolean underHeading = false;
            int carriedUntil = -1;
            for (int i = 0; i < ss.size(); i++) {
                Span sentence = ss.get(i);
                while (h + 1 < headings.size() && headings.get(h + 1).start() <= sentence.start()) {
                    h++;
                    underHeading = headingNames(doc.quote(headings.get(h)));
                }
                String s = withoutNegatedOperations(without(withoutPolicyPointers(doc.quote(sentence)),
                        excludedPhrases));
                boolean carried = i <= carriedUntil && !opensWithOtherActor(s);
                carriedUntil = nextCarry(s, i, carried, carriedUntil);
                if (!names(s, underHeading)) {
                    continue;
                }
                Hit hit = new Hit(doc, sentence);
                String w = window(doc, i);
                boolean providerActs = providerActs(s);
                boolean offers = userCan(s) || isInstruction(s) || carried;
                if (!providerActs && (offers || userIsAgent(s))) {
                    offered.add(hit);
                    // a presupposed operation ("在您修改信息时，我们会验证身份") is offered, but the way nearby is not its own
                    if (offers && hasMethod(w) && !onlyPresupposed(s)) {
                        explained.add(hit);
                    }
                } else if (Scan.containsAny(s, lex.list("bareMentions")) && !providerCommits(s)) {
                    offered.add(hit);
                } else {
                    // the provider's own deadline ("连续180天未登录的帐号将被注销") is no limit on the user's request
                    continue;
                }
                boolean inTime = true;
                for (TimeLimit limit : TimeLimit.find(w, sentence.start())) {
                    if (limit.exceedsCeiling()) {
                        tooLong.add(new Hit(doc, limit.span()));
                        inTime = false;
                    }
                }
                if (inTime && explained.contains(hit)) {
                    explainedInTime.add(hit);
                }
            }
            for (int k = 0; k < headings.size(); k++) {
                Span heading = headings.get(k);
                int sectionEnd = k + 1 < headings.size() ? headings.get(k + 1).start() : doc.text().length();
                String title = doc.quote(heading);
                if (headingNames(title) && !onlyProviderActsUnder(doc, heading, sectionEnd)) {
                    offered.add(new Hit(doc, heading));
                } else if (namesTheRight(title) && bodyExplains(doc, heading, sectionEnd)) {
                    Hit hit = new Hit(doc, heading);
                    offered.add(hit);
                    explained.add(hit);
                    explainedInTime.add(hit);
                }
            }
        }
        // a long limit lowers the operation only when it binds every way explained: another way within the
        // ceiling still serves the user
        if (!explainedInTime.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "explained", explainedInTime);
        }
        if (!tooLong.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "time-limit-over-15-working-days",
                    Outcomes.concat(tooLong, explained, offered));
        }
        if (!offered.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "offered-without-method", offered);
        }
        return Outcomes.of(clause(), Status.MISSING, "not-offered", List.of());
    }

    /** A short heading naming the user's right to the operation ("5. 注销权", "（三）删除权"). */
    private boolean namesTheRight(String heading) {
        String t = heading.strip();
        if (t.length() > HEADING_MAX_CHARS || !t.endsWith("权")) {
            return false;
        }
        String right = t.substring(0, t.length() - 1);
        return lex.list("operations").stream().anyMatch(right::endsWith);
    }

    /**
     * Under a heading naming the right, the first sentences of its body speak of that operation: the user's ability
     * there with a way ("您可以联系客服，人工受理相关要求") explains it. Without one the heading alone is taken for no
     * offer: the body may speak of something else ("撤销权" over unsubscribing from advertising messages).
     */
    private boolean bodyExplains(CheckDocument doc, Span heading, int sectionEnd) {
        List<Span> ss = doc.sentences();
        int first = Span.firstEndingAfter(ss, heading.start());
        while (first < ss.size() && ss.get(first).start() < heading.end()) {
            first++;
        }
        int last = Math.min(ss.size() - 1, first + METHOD_WINDOW_SENTENCES);
        for (int j = first; j <= last && ss.get(j).start() < sectionEnd; j++) {
            String s = doc.quote(ss.get(j));
            if (!providerActs(s) && (userCan(s) || isInstruction(s)) && hasMethod(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The user's ability stated in a list's introduction ("任何个人有权：", "用户可以通过（1）…；（2）…") carries to the
     * items that follow, up to the sentence that closes the list (。！？) or {@code LIST_WINDOW_SENTENCES} sentences;
     * a list of circumstances ("在以下情形中，您可以要求我们删除：") lists no operations.
     * Returns the last index the ability carries to.
     */
    private int nextCarry(String s, int i, boolean carried, int carriedUntil) {
        String t = s.strip();
        if (t.isEmpty()) {
            return carriedUntil;
        }
        char last = t.charAt(t.length() - 1);
        if ("。！？!?".indexOf(last) >= 0) {
            return -1;
        }
        if ("：:；;".indexOf(last) >= 0 && !providerActs(t) && !Scan.containsAny(t, circumstances)
                && (carried || userCan(t))) {
            return i + LIST_WINDOW_SENTENCES;
        }
        return carriedUntil;
    }

    /** A list item whose own actor is another party ("（2）我们将删除…") is not the user acting. */
    private boolean opensWithOtherActor(String s) {
        String t = Scan.withoutListMarker(s);
        for (String actor : listItemActors) {
            if (t.startsWith(actor)) {
                return true;
            }
        }
        return false;
    }

    private boolean providerActs(String s) {
        return notUserAction.isPresent() && notUserAction.get().matcher(s).find();
    }

    /**
     * A heading naming the operation ("4、删除信息") whose section speaks of it only as the provider's own act ("我们将
     * 删除", "我们有权删除") offers nothing to the user: the provider deleting on its own does not count.
     */
    private boolean onlyProviderActsUnder(CheckDocument doc, Span heading, int sectionEnd) {
        List<Span> ss = doc.sentences();
        boolean providerOnly = false;
        for (int j = Span.firstEndingAfter(ss, heading.start()); j < ss.size() && ss.get(j).start() < sectionEnd; j++) {
            if (ss.get(j).start() < heading.end()) {
                continue;
            }
            String s = withoutNegatedOperations(without(withoutPolicyPointers(doc.quote(ss.get(j))), excludedPhrases));
            if (!names(s, true)) {
                continue;
            }
            if (!(providerActs(s) || providerCommits(s))) {
                return false;
            }
            providerOnly = true;
        }
        return providerOnly;
    }

    /**
     * The sentence and the two after it; in a table, only its own row (the next row is another record). When the
     * sentence introduces what follows (ends with "：") or points to a list of ways ("以下方式"), the list as well.
     */
    private String window(CheckDocument doc, int i) {
        List<Span> ss = doc.sentences();
        Optional<Span> row = rowAt(doc, ss.get(i).start());
        if (row.isPresent()) {
            return doc.quote(row.get());
        }
        int last = beforeNextHeading(doc, i, Math.min(ss.size() - 1, i + METHOD_WINDOW_SENTENCES));
        String w = doc.text().substring(ss.get(i).start(), ss.get(last).end());
        if (w.endsWith("：") || w.endsWith(":") || Scan.containsAny(w, lex.list("listPointers"))) {
            last = beforeNextHeading(doc, i, Math.min(ss.size() - 1, i + LIST_WINDOW_SENTENCES));
            w = doc.text().substring(ss.get(i).start(), ss.get(last).end());
        }
        return w;
    }

    /**
     * The window ends before the next numbered heading: the way under "1、访问个人信息" is not a way to delete, even
     * when the sentence before it named both. (Unnumbered short lines are often guessed as headings in plain text.)
     */
    private static int beforeNextHeading(CheckDocument doc, int i, int last) {
        List<Span> ss = doc.sentences();
        for (Span heading : doc.headings()) {
            if (heading.start() >= ss.get(i).end() && heading.start() <= ss.get(last).start()
                    && NUMBERED_HEADING.matcher(doc.quote(heading)).find()) {
                int j = doc.sentenceIndex(heading.start());
                return Math.max(i, j - 1);
            }
        }
        return last;
    }

    private static Optional<Span> rowAt(CheckDocument doc, int offset) {
        for (List<Span> cells : doc.tableRows()) {
            if (!cells.isEmpty() && cells.get(0).start() <= offset && offset < cells.get(cells.size() - 1).end()) {
                return Optional.of(new Span(cells.get(0).start(), cells.get(cells.size() - 1).end()));
            }
        }
        return Optional.empty();
    }

    /**
     * A short heading that names the operation with its object, or among other user operations ("访问、更新和删除":
     * a heading listing the user's rights needs no object).
     */
    private boolean headingNames(String heading) {
        String t = withoutNegatedOperations(without(heading, excludedPhrases));
        if (t.length() > HEADING_MAX_CHARS) {
            return false;
        }
        return names(t, false) || names(t, true)
                && Scan.containsAny(t, lex.lists().getOrDefault("headingCompanions", List.of()));
    }

    private boolean names(String s, boolean objectFromHeading) {
        boolean standaloneOperation = Scan.containsAny(s, standaloneTriggers)
                && standalone.stream().anyMatch(p -> p.matcher(s).find());
        if (!standaloneOperation && !Scan.containsAny(s, lex.list("operations"))
                || Scan.containsAny(s, lex.list("excludes"))) {
            return false;
        }
        if (standaloneOperation) {
            return true;
        }
        List<String> objects = lex.list("objects");
        return objects.isEmpty() || objectFromHeading || Scan.containsAny(s, objects);
    }

    /**
     * The user is the one who can act: "您可以…", "用户有权…", "让您…", "请通过…"; not "公司可…" after "您同意，".
     */
    private boolean userCan(String s) {
        Matcher m = userCan.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            if (m.start(2) < 0 || !endsWithOtherActor(s.substring(m.end(1), m.start(2)))) {
                return true;
            }
            from = m.start() + 1;
        }
        return false;
    }

    /**
     * "除非您删除或撤回同意（即通过系统设置…）": the operation only named in an "unless" clause is presupposed, and the way
     * in the sentence belongs to the other operation.
     */
    private boolean onlyPresupposed(String s) {
        List<String> presupposing = lex.lists().getOrDefault("presupposing", List.of());
        if (presupposing.isEmpty()) {
            return false;
        }
        for (String op : lex.list("operations")) {
            for (int i = s.indexOf(op); i >= 0; i = s.indexOf(op, i + op.length())) {
                if (!Scan.containsAny(s.substring(Scan.clauseStart(s, i), i), presupposing)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The user is the grammatical subject of the operation ("在您修改个人信息之前，我们会验证您的身份", "当您收回同意后，
     * 我们将不再处理"): the operation is presupposed to be the user's, which the guideline counts as offered.
     */
    private boolean userIsAgent(String s) {
        return userAsAgent.isPresent() && userAsAgent.get().matcher(s).find();
    }

    /** "您同意并接受本公司有权…": the ability after the subject belongs to another actor named just before it. */
    private boolean endsWithOtherActor(String gap) {
        String g = gap.strip();
        while (!g.isEmpty() && "也均仍将亦".indexOf(g.charAt(g.length() - 1)) >= 0) {
            g = g.substring(0, g.length() - 1);
        }
        for (String actor : otherActors) {
            if (g.endsWith(actor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare mention of the operation whose actor is the provider ("注销后，我们将删除您的个人信息") is the provider's
     * own deletion, unless the sentence says it acts on the user's request ("依据您的要求").
     */
    private boolean providerCommits(String s) {
        return providerCommits.isPresent() && providerCommits.get().matcher(s).find()
                && !Scan.containsAny(s, userRequests);
    }

    /**
     * The sentence without the operations it denies ("设置后将无法修改", "不可更改") or imposes as the user's duty
     * ("资料变动的，必须及时更新"): neither is offered. A negation inside a condition ("如您无法删除，请联系我们") still
     * speaks of the user's operation.
     */
    private String withoutNegatedOperations(String s) {
        if (!Scan.containsAny(s, negations) && !Scan.containsAny(s, duties)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s);
        for (String op : lex.list("operations")) {
            for (int i = s.indexOf(op); i >= 0; i = s.indexOf(op, i + op.length())) {
                if (negatedAt(s, i)) {
                    for (int k = i; k < i + op.length(); k++) {
                        out.setCharAt(k, ' ');
                    }
                }
            }
        }
        return out.toString();
    }

    private boolean negatedAt(String s, int opStart) {
        if (dutyAt(s, opStart)) {
            return true;
        }
        for (String n : negations) {
            if (opStart >= n.length() && s.startsWith(n, opStart - n.length())) {
                return !Scan.containsAny(s.substring(Scan.clauseStart(s, opStart), opStart), conditionals);
            }
        }
        return false;
    }

    /**
     * The operation is the user's duty: a duty word earlier in its clause, or in the clause before when this one only
     * continues it ("须对信息的真实性负责，并及时更新"), with no ability ("可以", "有权") between duty and operation.
     */
    private boolean dutyAt(String s, int opStart) {
        int clauseStart = Scan.clauseStart(s, opStart);
        if (s.substring(clauseStart, opStart).strip().startsWith("并") && clauseStart > 0) {
            clauseStart = Scan.clauseStart(s, clauseStart - 1);
        }
        String before = s.substring(clauseStart, opStart);
        for (String d : duties) {
            int at = before.lastIndexOf(d);
            if (at >= 0 && !Scan.containsAny(before.substring(at + d.length()), lex.list("clauseAbilities"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "请通过本隐私政策中提供的联系方式联系我们": a pointer to the ways the policy itself gives is not the policy as the
     * object of the operation ("查阅本政策", "修改本协议"), which the excludes keep out. The way stays in the window.
     */
    private String withoutPolicyPointers(String s) {
        if (policyPointers.isEmpty() || !Scan.containsAny(s, POLICY_WORDS)) {
            return s;
        }
        String out = s;
        for (Pattern p : policyPointers) {
            Matcher m = p.matcher(out);
            if (m.find()) {
                out = m.replaceAll(r -> " ".repeat(r.group().length()));
            }
        }
        return out;
    }

    private boolean hasMethod(String text) {
        String t = questionContacts.isPresent() ? questionContacts.get().matcher(text).replaceAll(" ") : text;
        return Scan.containsAny(without(t, vagueMethods), lex.list("methods"))
                || Scan.containsAny(text, lex.lists().getOrDefault("crossReferences", List.of()));
    }

    /** A path written out as an instruction ("点击“我的-设置”", "账号中心——隐私设置——账号注销"). */
    private boolean isInstruction(String s) {
        for (Pattern p : instructions) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    private static String without(String s, List<String> phrases) {
        String out = s;
        for (String p : phrases) {
            if (!p.isEmpty() && out.contains(p)) {
                out = out.replace(p, " ");
            }
        }
        return out;
    }
}

package org.mingcha.policy.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingcha.core.fact.policy.PolicyCheckResult;
import org.mingcha.core.fact.policy.PolicyCheckResult.Status;
import org.mingcha.policy.text.Span;

/**
 * 6.2.1 l) 8): responding to the data subject's requests, with the time limit checked against the ceiling of
 * 15 working days (8.x, 13.2). A sentence addresses the response when
 * <ul>
 * <li>a response verb follows a promising word of the provider (将, 会, 予以, 及时, 尽快…): "我们将在15天内答复",
 * or a time limit: "并在核实后于15个工作日内完成处理";
 * "通过邮件反馈账号信息" is the user writing, not a promise;</li>
 * <li>the provider acts once the request is received: "我们会在收到您的邮件后…", or promptly once it is received
 * or approved: "注销申请通过后，我们会及时注销您的账号";</li>
 * <li>the provider promptly acts on what the user raised: "我们将尽快改善您所提出的建议", or on an operation the
 * user needs or asks for: "用户需要修改个人资料的，我们应当及时为其提供该项服务";</li>
 * <li>or it speaks of handling the user's request, or requests for one of the user's operations: "如我们决定响应您的
 * 删除请求…", "有权就处理任何查阅数据的要求收取合理费用", and also "在以下情形中，我们将无法
 * 响应您的请求" (refusing some requests presupposes handling the others; the labels read it so).</li>
 * </ul>
 * The request may be named in the sentence, the next one or the few before it (the contact details usually come
 * first: "如有疑问，请发送邮件至…。我们将在十五日内反馈。"). A limit within the ceiling → {@code met}; no limit, or a
 * longer one → {@code partly}; nothing → {@code missing}.
 */
public final class RequestResponseCheck implements PolicyCheck {

    private static final int MODAL_TO_VERB_CHARS = 16;
    private static final int RECEIPT_TO_REQUEST_CHARS = 12;
    private static final int REQUEST_SENTENCES_BEFORE = 5;
    private static final int PROMPT_TO_RAISED_CHARS = 8;
    private static final int NEED_TO_PROMPT_CHARS = 30;
    private static final int RECEIPT_TO_HANDLING_CHARS = 40;

    private final Lexicon lex = Lexicon.of(RequestResponseCheck.class);
    private final Pattern promise = Pattern.compile(alternatives("promiseMarkers") + "[^，。；,;]{0,"
            + MODAL_TO_VERB_CHARS + "}?" + alternatives("respond")
            + "|" + alternatives("promiseMarkers") + "[^，。；,;]{0,4}收到[^，。；,;]{0," + RECEIPT_TO_REQUEST_CHARS
            + "}?" + alternatives("received") + "[^，。；,;]{0,6}?(后|之后|内|起)"
            + "|" + alternatives("handlingVerbs") + "(您|你|用户|个人信息主体|信息主体)的[^，。；,;]{0," + RECEIPT_TO_REQUEST_CHARS + "}?(请求|申请)"
            + "|(在|于)[^，。；,;]{0," + MODAL_TO_VERB_CHARS + "}?(内|以内)[^，。；,;]{0,4}?(" + String.join("|",
                    lex.list("respond")) + "|(进行|完成)?处理(?![^，。；,;]{0,6}(信息|数据|资料)))"
            + "|" + alternatives("handlingVerbs") + "[^，。；,;]{0,6}?" + alternatives("operationRequests")
            + "[^，。；,;]{0," + RECEIPT_TO_REQUEST_CHARS + "}?(请求|申请|要求)"
            + "|" + alternatives("promptness") + "[^，。；,;]{0," + PROMPT_TO_RAISED_CHARS + "}?(您|你)所?提出的"
            + "|" + alternatives("received") + "[^，。；,;]{0,6}?(后|之后)[，,]?[^，。；,;]{0," + PROMPT_TO_RAISED_CHARS
            + "}?" + alternatives("promptness"));
    /**
     * The provider receiving what the user sent and then handling it ("收到您的申请后将按流程…予以处理"), or what the
     * user raised being handled ("您的意见将会得到及时的处理"; not "直到问题得到解决"): both promise a response.
     */
    private final Pattern handledOnReceipt = Pattern.compile("收到[^。；;]{0," + RECEIPT_TO_REQUEST_CHARS + "}?"
            + alternatives("received") + "[^。；;]{0," + RECEIPT_TO_HANDLING_CHARS + "}?" + alternatives("handling")
            + "|(您|你|用户)[^，。；,;]{0,8}?" + alternatives("requests") + "[^，。；,;]{0,6}?(得到|获得)[^，。；,;]{0,6}?" + alternatives("handling"));
    /**
     * The provider promptly serving an operation the user needs or asks for; the sentence names the request itself. The
     * prompt clause must be the provider's: not the user's duty ("您应及时自行更正") nor a refusal ("不会立即支持").
     */
    private final Pattern servedNeed = Pattern.compile(alternatives("userWants") + "[^，。；,;]{0,6}?"
            + alternatives("operationRequests") + "[^。；;]{0," + NEED_TO_PROMPT_CHARS + "}?[，,](?![^，。；,;]*?"
            + alternatives("notProvider") + ")[^，。；,;]{0,6}?" + alternatives("providerModals") + "[^，。；,;]{0,2}?"
            + alternatives("promptness"));

    @Override
    public String clause() {
        return lex.clause();
    }

    @Override
    public PolicyCheckResult check(CheckContext context) {
        List<Hit> promises = new ArrayList<>();
        List<Hit> within = new ArrayList<>();
        List<Hit> tooLong = new ArrayList<>();
        for (CheckDocument doc : context.documents()) {
            List<Span> ss = doc.sentences();
            for (int i = 0; i < ss.size(); i++) {
                String s = masked(doc.quote(ss.get(i)));
                boolean excluded = Scan.containsAny(s, lex.list("excludes"));
                boolean served = !excluded && (servedNeed.matcher(s).find()
                        || s.contains("收到") && handledOnReceipt.matcher(s).find()
                        || Scan.containsAny(s, lex.list("handling")) && handledOnReceipt.matcher(s).find());
                if (!served && (!(Scan.containsAny(s, lex.list("respond")) || s.contains("收到")
                        || Scan.containsAny(s, lex.list("promptness")) || s.contains("处理")
                        || (s.contains("请求") || s.contains("申请") || s.contains("要求"))
                                && Scan.containsAny(s, lex.list("handlingVerbs")))
                        || excluded || !promisesResponse(s, requestWindow(doc, i)))) {
                    continue;
                }
                promises.add(new Hit(doc, ss.get(i)));
                for (TimeLimit limit : TimeLimit.find(s, ss.get(i).start())) {
                    (limit.exceedsCeiling() ? tooLong : within).add(new Hit(doc, limit.span()));
                }
            }
        }
        if (!tooLong.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "time-limit-over-15-working-days",
                    Outcomes.concat(tooLong, promises));
        }
        if (!within.isEmpty()) {
            return Outcomes.of(clause(), Status.MET, "time-limit-within-15-working-days",
                    Outcomes.concat(within, promises));
        }
        if (!promises.isEmpty()) {
            return Outcomes.of(clause(), Status.PARTLY, "no-time-limit", promises);
        }
        return Outcomes.of(clause(), Status.MISSING, "no-response-promise", List.of());
    }

    /**
     * A promise outside a purpose clause ("为便于…尽快帮助您解决问题，我们可能会保存通话记录" gives a reason to keep data,
     * it promises nothing). A reply ("回复", "答复") answers whatever the user raised, so it needs no request named
     * nearby; any other handling does ("我们会及时处理" of what?).
     */
    private boolean promisesResponse(String s, String window) {
        boolean requestNear = Scan.containsAny(window, lex.list("requests"));
        Matcher m = promise.matcher(s);
        while (m.find()) {
            String clause = Scan.withoutListMarker(s.substring(Scan.clauseStart(s, m.start()), m.start()));
            if (lex.list("purposeMarkers").stream().anyMatch(clause::startsWith)) {
                continue;
            }
            if (requestNear || Scan.containsAny(m.group(), lex.list("replies"))) {
                return true;
            }
        }
        return false;
    }

    private String alternatives(String list) {
        return "(" + String.join("|", lex.list(list)) + ")";
    }

    /** Words that merely contain a response verb ("影响应用" holds 响应) are blanked, keeping offsets. */
    private String masked(String s) {
        String out = s;
        for (String w : lex.list("maskedWords")) {
            if (out.contains(w)) {
                out = out.replace(w, " ".repeat(w.length()));
            }
        }
        return out;
    }

    /** The sentence, the next one and the few before it. */
    private static String requestWindow(CheckDocument doc, int i) {
        List<Span> ss = doc.sentences();
        int first = Math.max(0, i - REQUEST_SENTENCES_BEFORE);
        int last = Math.min(ss.size() - 1, i + 1);
        return doc.text().substring(ss.get(first).start(), ss.get(last).end());
    }
}

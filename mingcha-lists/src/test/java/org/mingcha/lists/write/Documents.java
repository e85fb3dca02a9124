package org.mingcha.lists.write;

import static org.mingcha.lists.Facts4Lists.BUGLY;
import static org.mingcha.lists.Facts4Lists.UMENG;
import static org.mingcha.lists.Facts4Lists.bugly;
import static org.mingcha.lists.Facts4Lists.call;
import static org.mingcha.lists.Facts4Lists.declared;
import static org.mingcha.lists.Facts4Lists.disclosure;
import static org.mingcha.lists.Facts4Lists.permission;
import static org.mingcha.lists.Facts4Lists.policy;
import static org.mingcha.lists.Facts4Lists.purpose;
import static org.mingcha.lists.Facts4Lists.reachable;
import static org.mingcha.lists.Facts4Lists.umeng;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.evidence.Evidence;
import org.mingcha.core.fact.AppIdentity;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.InputKind;
import org.mingcha.core.fact.Reachability;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.rule.Language;
import org.mingcha.lists.PrivacyLists;

/** Documents for the writer tests: an app with a policy, hostile text in the policy's purposes, two SDKs. */
final class Documents {

    static final KnowledgeBase KB = KnowledgeBase.bundled();
    /** A purpose as a hostile policy could state it: every character CSV, Markdown, HTML and spreadsheets treat specially. */
    static final String HOSTILE_PURPOSE = "=HYPERLINK(\"http://evil\") | <script>alert(1)</script>, \"quoted\"\n第二行";
    static final OffsetDateTime WHEN = OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    private Documents() {
    }

    static Facts facts() {
        SensitiveApiCall appImei = call("tm_getImei", Attribution.app());
        List<Fact> facts = new ArrayList<>(List.of(
                new AppIdentity("demo.apk", InputKind.APK, "00", 10, "com.example.demo", "2.1.0", 21, 21, 33,
                        "示例应用", Evidence.of("AndroidManifest.xml", "manifest")),
                policy(), umeng(), bugly(), appImei, reachable(appImei, Reachability.Phase.BEFORE_ANY_UI),
                call("tm_getImei", UMENG), call("settings_secure_android_id", UMENG), call("tm_getImei", BUGLY),
                call("clip_getPrimaryClip", Attribution.thirdParty("com.vendor.tracker")),
                permission("READ_CONTACTS"), permission("ACCESS_FINE_LOCATION"),
                declared("device", "imei", "IMEI"), declared("location", "location", "位置信息"),
                purpose("imei", HOSTILE_PURPOSE), purpose("location", "用于推荐附近门店"),
                disclosure("umeng_analytics", "友盟+", true, true, List.of("imei", "device_info"), "用于统计分析",
                        "友盟+ SDK｜统计分析｜IMEI、设备信息｜https://www.umeng.com/page/policy")));
        return Facts.of(facts);
    }

    static ListsDocument document(Language language) {
        return document(facts(), language);
    }

    static ListsDocument document(Facts facts, Language language) {
        return ListsDocument.of(PrivacyLists.of(facts, KB), ListsInfo.of("demo.apk", facts, KB, "9.9.9", WHEN),
                language);
    }
}

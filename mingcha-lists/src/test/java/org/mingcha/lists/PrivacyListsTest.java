package org.mingcha.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.lists.Facts4Lists.BUGLY;
import static org.mingcha.lists.Facts4Lists.UMENG;
import static org.mingcha.lists.Facts4Lists.bugly;
import static org.mingcha.lists.Facts4Lists.call;
import static org.mingcha.lists.Facts4Lists.declared;
import static org.mingcha.lists.Facts4Lists.disclosure;
import static org.mingcha.lists.Facts4Lists.mention;
import static org.mingcha.lists.Facts4Lists.permission;
import static org.mingcha.lists.Facts4Lists.policy;
import static org.mingcha.lists.Facts4Lists.purpose;
import static org.mingcha.lists.Facts4Lists.reachable;
import static org.mingcha.lists.Facts4Lists.umeng;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.consistency.PiRow;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.Reachability.Phase;
import org.mingcha.core.fact.SensitiveApiCall;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;

/** The two lists built from facts on the bundled knowledge base: which rows, what is prefilled, what is missing. */
class PrivacyListsTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();

    private static PrivacyLists lists(Fact... facts) {
        return PrivacyLists.of(Facts.of(new ArrayList<>(List.of(facts))), KB);
    }

    private static CollectedPi row(PrivacyLists lists, String typeId) {
        return lists.collectedPi().stream().filter(r -> r.type().id().equals(typeId)).findFirst().orElseThrow(
                () -> new AssertionError(typeId + " not among " + lists.collectedPi().stream()
                        .map(r -> r.type().id()).toList()));
    }

    private static ThirdParty party(PrivacyLists lists, String key) {
        return lists.thirdParties().stream().filter(p -> p.party().attribution().key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not among " + lists.thirdParties().stream()
                        .map(p -> p.party().attribution().key()).toList()));
    }

    @Test
    void oneRowPerTypeCollectedOrGatedByAPermissionNotPerTypeOnlyDeclared() {
        PrivacyLists lists = lists(policy(), call("tm_getImei", Attribution.app()), call("tm_getImei", UMENG),
                permission("READ_CONTACTS"), declared("location", "location", "位置信息"));

        assertThat(lists.collectedPi()).extracting(r -> r.type().id()).containsExactly("imei", "contacts");
        CollectedPi imei = row(lists, "imei");
        assertThat(imei.codeLocations()).isEqualTo(2);
        assertThat(imei.collectors()).extracting(Party::app).containsExactly(true, false);
        assertThat(imei.collectors().get(1).attribution()).isEqualTo(UMENG);
        assertThat(imei.category()).map(c -> c.key()).contains("device");
        assertThat(imei.permissions()).isEmpty();
        CollectedPi contacts = row(lists, "contacts");
        assertThat(contacts.codeLocations()).isZero();
        assertThat(contacts.collectors()).isEmpty();
        assertThat(contacts.permissions()).containsExactly("android.permission.READ_CONTACTS");
        assertThat(contacts.sensitive()).isTrue();
        assertThat(contacts.scenario()).as("no code site: to be confirmed").isEqualTo(Scenario.UNKNOWN);
    }

    @Test
    void purposesComeFromTheStatedPurposesOfTheTypesOwnWords() {
        PrivacyLists lists = lists(policy(), call("tm_getImei", Attribution.app()),
                call("settings_secure_android_id", Attribution.app()), declared("device", "imei", "IMEI"),
                purpose("imei", "用于识别设备和保障账号安全"), purpose("imei", "用于识别设备和保障账号安全"),
                purpose("meid", "用于统计激活量"), purpose("device_info", "用于适配机型"));

        CollectedPi imei = row(lists, "imei");
        assertThat(imei.purposes()).as("imei and meid declare the IMEI type; device_info only covers it vaguely")
                .containsExactly("用于识别设备和保障账号安全", "用于统计激活量");
        assertThat(imei.gaps()).doesNotContain(Gap.PURPOSE);
        assertThat(imei.declaration()).isEqualTo(PiRow.Declaration.DECLARED);
        CollectedPi androidId = row(lists, "android_id");
        assertThat(androidId.purposes()).isEmpty();
        assertThat(androidId.gaps()).containsExactly(Gap.PURPOSE, Gap.SCENARIO, Gap.NOT_DECLARED);
    }

    @Test
    void theScenarioIsTheEarliestPhaseAnySiteRunsIn() {
        SensitiveApiCall app = call("loc_getLastKnownLocation", Attribution.app());
        SensitiveApiCall sdk = call("loc_getLastKnownLocation", UMENG);
        SensitiveApiCall later = call("tm_getImei", Attribution.app());
        SensitiveApiCall launch = call("settings_secure_android_id", Attribution.app());
        PrivacyLists lists = lists(app, reachable(app, Phase.LATER), sdk, reachable(sdk, Phase.BEFORE_ANY_UI),
                later, reachable(later, Phase.LATER), launch, reachable(launch, Phase.AT_LAUNCH));

        assertThat(row(lists, "location").scenario()).isEqualTo(Scenario.BEFORE_ANY_UI);
        assertThat(row(lists, "imei").scenario()).isEqualTo(Scenario.LATER);
        assertThat(row(lists, "android_id").scenario()).isEqualTo(Scenario.AT_LAUNCH);
        assertThat(row(lists, "location").gaps()).containsExactly(Gap.PURPOSE, Gap.NO_POLICY);
    }

    @Test
    void policyStatusFollowsWhatThePolicySaysOfTheType() {
        PrivacyLists lists = lists(policy(), call("tm_getImei", Attribution.app()),
                call("settings_secure_android_id", Attribution.app()), call("clip_getPrimaryClip", Attribution.app()),
                declared("device", "device_info", "设备信息"), declared("device", "android_id", "Android ID"));

        assertThat(row(lists, "imei").declaration()).isEqualTo(PiRow.Declaration.VAGUE);
        assertThat(row(lists, "imei").gaps()).contains(Gap.VAGUELY_DECLARED);
        assertThat(row(lists, "android_id").declaration()).isEqualTo(PiRow.Declaration.DECLARED);
        assertThat(row(lists, "clipboard").declaration()).isEqualTo(PiRow.Declaration.UNDECLARED);
        assertThat(lists(call("tm_getImei", Attribution.app())).collectedPi().get(0).declaration())
                .isEqualTo(PiRow.Declaration.NO_POLICY);
    }

    @Test
    void thirdPartiesArePresentSdksWithWhatTheirPolicyEntriesSay() {
        PrivacyLists lists = lists(policy(), umeng(), bugly(), call("tm_getImei", UMENG),
                call("pm_getInstalledPackages", UMENG), call("tm_getImei", BUGLY),
                disclosure("umeng_analytics", "友盟+", true, true, List.of("imei", "device_info"),
                        "用于统计分析", "友盟+ SDK｜统计分析｜IMEI、设备信息｜https://www.umeng.com/page/policy。"),
                mention("tencent_bugly", "Bugly"), mention("jpush", "极光推送"));

        assertThat(lists.thirdParties()).extracting(ThirdParty::sdkId)
                .as("jpush is only named by the policy, not in the app").containsExactly("umeng_analytics",
                        "tencent_bugly");
        ThirdParty umeng = party(lists, "sdk:umeng_analytics");
        assertThat(umeng.listing()).isEqualTo(Listing.LISTED);
        assertThat(umeng.purposes()).containsExactly("用于统计分析");
        assertThat(umeng.version()).isEqualTo("9.8.9");
        assertThat(umeng.vendor()).isEqualTo("友盟同欣（北京）科技有限公司");
        assertThat(umeng.collectedPi()).extracting(PiType::id).containsExactly("imei", "installed_apps");
        assertThat(umeng.disclosedItems()).containsExactly("imei", "device_info");
        assertThat(umeng.undisclosedPi()).extracting(PiType::id).containsExactly("installed_apps");
        String expectedUrl = KB.sdk("umeng_analytics").orElseThrow().privacyPolicyUrl().isEmpty()
                ? "https://www.umeng.com/page/policy" : KB.sdk("umeng_analytics").orElseThrow().privacyPolicyUrl();
        assertThat(umeng.policyUrl()).isEqualTo(expectedUrl);
        assertThat(umeng.gaps()).containsExactly(Gap.UNDISCLOSED_PI);

        ThirdParty bugly = party(lists, "sdk:tencent_bugly");
        assertThat(bugly.listing()).as("named, without purpose, method or PI").isEqualTo(Listing.LISTED);
        assertThat(bugly.gaps()).startsWith(Gap.PURPOSE, Gap.METHOD, Gap.PI_TYPES).doesNotContain(Gap.NOT_LISTED);
    }

    @Test
    void anSdkThePolicyDoesNotNameAndUnidentifiedCodeCollectingPi() {
        Attribution vendorCode = Attribution.thirdParty("com.vendor.tracker");
        PrivacyLists lists = lists(policy(), bugly(), call("tm_getImei", vendorCode));

        ThirdParty bugly = party(lists, "sdk:tencent_bugly");
        assertThat(bugly.listing()).isEqualTo(Listing.NOT_LISTED);
        assertThat(bugly.collectedPi()).as("detected, but its code collects nothing reachable").isEmpty();
        assertThat(bugly.gaps()).startsWith(Gap.NOT_LISTED, Gap.PURPOSE);
        ThirdParty vendor = party(lists, "pkg:com.vendor.tracker");
        assertThat(vendor.party().name(true)).isEqualTo("com.vendor.tracker");
        assertThat(vendor.collectedPi()).extracting(PiType::id).containsExactly("imei");
        assertThat(row(lists, "imei").collectors()).extracting(p -> p.attribution().key())
                .containsExactly("pkg:com.vendor.tracker");
        assertThat(lists(bugly()).thirdParties().get(0).gaps()).startsWith(Gap.NO_POLICY, Gap.PURPOSE);
    }

    @Test
    void policyLinksAreReadFromTheEntryWithoutTrailingPunctuation() {
        assertThat(PrivacyLists.urlIn(List.of(disclosure("x", "X", false, false, List.of(), "",
                "X SDK 隐私政策：https://x.example/privacy?id=1).")))).contains("https://x.example/privacy?id=1");
        assertThat(PrivacyLists.urlIn(List.of(disclosure("x", "X", false, false, List.of(), "",
                "链接见https://x.example/p，收集设备信息")))).contains("https://x.example/p");
        assertThat(PrivacyLists.urlIn(List.of(disclosure("x", "X", false, false, List.of(), "", "见官网 https://")))).isEmpty();
    }
}

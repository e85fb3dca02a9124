package org.mingcha.core.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The 39 service types and their necessary PI: the structured lists the rules match on must say exactly what
 * the regulation's text says, type by type.
 */
class ServiceTypesTest {

    private static final KnowledgeBase KB = KnowledgeBase.bundled();
    private static final String[] CHINESE_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final Pattern BASIC_FUNCTION = Pattern.compile("^基本功能服务为“(.+?)”，");
    private static final Pattern LIST_START = Pattern.compile("必要个人信息(为|包括)：");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\.(.+?)[；。]?$");

    @Test
    void allThirtyNineTypesInTheRegulationsOrder() {
        List<ServiceType> types = KB.serviceTypes();
        assertThat(types).hasSize(39);
        for (int i = 0; i < types.size(); i++) {
            ServiceType type = types.get(i);
            assertThat(type.number()).as(type.id()).isEqualTo(i + 1);
            assertThat(type.numberZh()).as(type.id()).isEqualTo("（" + chineseNumber(i + 1) + "）");
            assertThat(type.nameZh()).as(type.id()).endsWith("类");
        }
        assertThat(types.stream().map(ServiceType::id).distinct()).hasSize(39);
        assertThat(types.stream().filter(ServiceType::noPiNeeded)).hasSize(13);
    }

    @Test
    void everyTypesNecessaryPiIsWhatItsTextEnumerates() {
        for (ServiceType type : KB.serviceTypes()) {
            String text = type.textZh();
            Matcher basic = BASIC_FUNCTION.matcher(text);
            assertThat(basic.find()).as("%s: %s", type.id(), text).isTrue();
            assertThat(basic.group(1)).as(type.id()).isEqualTo(type.basicFunctionZh());
            if (type.noPiNeeded()) {
                assertThat(text).as(type.id()).contains("无须个人信息，即可使用基本功能服务");
                assertThat(type.necessaryPi()).as(type.id()).isEmpty();
                continue;
            }
            Matcher list = LIST_START.matcher(text);
            assertThat(list.find()).as("%s: %s", type.id(), text).isTrue();
            List<String> enumerated = enumerated(text.substring(list.end()));
            assertThat(type.necessaryPi().stream().map(ServiceType.NecessaryPi::textZh).toList())
                    .as("%s necessary PI against its text", type.id()).isEqualTo(enumerated);
            for (ServiceType.NecessaryPi item : type.necessaryPi()) {
                assertThat(item.items()).as("%s: %s", type.id(), item.textZh()).isNotEmpty();
            }
        }
    }

    /** "1.A；\n2.B。" as [A, B]; a single unnumbered "A、B、C。" as [A、B、C]. */
    private static List<String> enumerated(String rest) {
        List<String> out = new ArrayList<>();
        String body = rest.strip();
        if (!body.startsWith("1.")) {
            out.add(body.endsWith("。") ? body.substring(0, body.length() - 1) : body);
            return out;
        }
        for (String line : body.split("\n")) {
            Matcher m = NUMBERED.matcher(line.strip());
            assertThat(m.matches()).as(line).isTrue();
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void theRegulationsBestKnownListsAreEncodedAsPublished() {
        ServiceType map = KB.serviceType("地图导航类").orElseThrow();
        assertThat(map.necessaryPi()).extracting(ServiceType.NecessaryPi::textZh).containsExactly("位置信息、出发地、到达地");
        assertThat(map.necessaryItems()).contains("location");
        ServiceType shopping = KB.serviceType("online_shopping").orElseThrow();
        assertThat(shopping.necessaryItems()).contains("phone_number", "name", "address", "transaction")
                .doesNotContain("location", "contacts", "imei");
        assertThat(KB.serviceType("女性健康").orElseThrow().noPiNeeded()).isTrue();
        assertThat(KB.serviceType("38").orElseThrow().nameZh()).isEqualTo("实用工具类");
        assertThat(KB.serviceType("no such type")).isEmpty();
    }

    @Test
    void noServiceTypeNeedsADeviceIdentifierOrTheInstalledAppList() {
        Set<String> identifiers = Set.of("imei", "imsi", "iccid", "android_id", "serial_number", "mac_address",
                "advertising_id", "installed_apps", "clipboard", "contacts", "sms", "call_log");
        for (ServiceType type : KB.serviceTypes()) {
            for (String id : identifiers) {
                assertThat(type.isNecessary(KB.piType(id).orElseThrow())).as("%s needs %s", type.id(), id).isFalse();
            }
        }
        assertThat(KB.serviceType("ride_hailing").orElseThrow().isNecessary(KB.piType("location").orElseThrow()))
                .isTrue();
        assertThat(KB.serviceType("online_games").orElseThrow().isNecessary(KB.piType("location").orElseThrow()))
                .isFalse();
    }

    @Test
    void everySensitiveApiThatCollectsPiBelongsToOnePiType() {
        // Left out on purpose: the key constant beside the Settings.Secure read, a permission prompt, the address
        // of any host (not the device's), probing one named package, the user dictionary, and the system camera
        // app taking a picture the user asked for.
        Set<String> collectNoPiType = Set.of("settings_secure_ANDROID_ID", "perm_requestPermissions",
                "inet_getHostAddress", "pm_getPackageInfo", "cr_userdictionary_query", "intent_image_capture");
        Set<String> seen = new HashSet<>();
        for (SensitiveApi api : KB.sensitiveApis()) {
            if (collectNoPiType.contains(api.id())) {
                assertThat(KB.piTypeOfApi(api.id())).as(api.id()).isEmpty();
            } else {
                assertThat(KB.piTypeOfApi(api.id())).as(api.id()).isPresent();
                seen.add(KB.piTypeOfApi(api.id()).orElseThrow().id());
            }
        }
        assertThat(KB.piTypeOfApi("tm_getImei").orElseThrow().id()).isEqualTo("imei");
        assertThat(KB.piTypesOfPermission("android.permission.ACCESS_FINE_LOCATION")).extracting(PiType::id)
                .containsExactly("location");
        assertThat(seen).hasSizeGreaterThan(20);
    }

    private static String chineseNumber(int n) {
        if (n <= 10) {
            return CHINESE_NUMBERS[n - 1];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : CHINESE_NUMBERS[tens - 1]) + "十" + (ones == 0 ? "" : CHINESE_NUMBERS[ones - 1]);
    }
}

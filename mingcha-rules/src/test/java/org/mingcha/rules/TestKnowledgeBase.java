package org.mingcha.rules;

import java.util.List;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PermissionInfo;
import org.mingcha.core.kb.PiCategory;
import org.mingcha.core.kb.PiType;
import org.mingcha.core.kb.ServiceType;

/**
 * A small knowledge base for fact-level rule tests, with entries as in the bundled knowledge base, so
 * rule tests do not change when unrelated knowledge-base entries do.
 */
public final class TestKnowledgeBase {

    private static final KnowledgeBase KB = new KnowledgeBase("test",
            List.of(), List.of(),
            List.of(
                    new PiCategory("basic_profile", "个人基本资料", "Personal basic profile", "", false),
                    new PiCategory("biometric", "个人生物识别信息", "Personal biometric information", "", true),
                    new PiCategory("communication", "个人通信信息", "Personal communication information", "", true),
                    new PiCategory("contacts", "联系人信息", "Contact information", "", true),
                    new PiCategory("device", "个人常用设备信息", "Commonly used device information", "", false),
                    new PiCategory("location", "个人位置信息", "Personal location information", "", true)),
            List.of(
                    permission("android.permission.READ_PHONE_STATE", "dangerous", "device", "basic_profile"),
                    permission("android.permission.ACCESS_FINE_LOCATION", "dangerous", "location"),
                    permission("android.permission.CAMERA", "dangerous", "biometric"),
                    permission("android.permission.INTERNET", "normal"),
                    permission("android.permission.QUERY_ALL_PACKAGES", "normal", "device")),
            List.of(), List.of(),
            List.of(
                    piType("imei", "device", false, List.of("tm_getDeviceId"),
                            List.of("android.permission.READ_PHONE_STATE"), List.of("imei"), List.of("device_info")),
                    piType("installed_apps", "device", false, List.of("pm_getInstalledPackages", "pm_getInstalledApplications"),
                            List.of("android.permission.QUERY_ALL_PACKAGES"), List.of("installed_apps"),
                            List.of("device_info")),
                    piType("clipboard", "communication", false, List.of("clip_getPrimaryClip"), List.of(),
                            List.of("clipboard"), List.of()),
                    piType("location", "location", true, List.of("loc_getLastKnownLocation"),
                            List.of("android.permission.ACCESS_FINE_LOCATION"), List.of("location"), List.of()),
                    piType("contacts", "contacts", true, List.of("cr_contacts_query"),
                            List.of("android.permission.READ_CONTACTS"), List.of("contacts"), List.of()),
                    piType("camera", "biometric", false, List.of("cam_open"), List.of("android.permission.CAMERA"),
                            List.of("camera"), List.of()),
                    piType("sms", "communication", true, List.of(), List.of("android.permission.READ_SMS"),
                            List.of("communication"), List.of()),
                    piType("device_info", "device", false, List.of(), List.of(), List.of("device_info"), List.of()),
                    piType("calendar", "other", false, List.of(), List.of("android.permission.READ_CALENDAR"),
                            List.of("calendar"), List.of())),
            List.of(
                    new ServiceType("map_navigation", 1, "（一）", "地图导航类", "Map & navigation", "定位和导航",
                            "基本功能服务为“定位和导航”，必要个人信息为：位置信息、出发地、到达地。", false,
                            List.of(new ServiceType.NecessaryPi("位置信息、出发地、到达地",
                                    List.of("location", "origin", "destination"), List.of("location"))),
                            List.of("地图", "导航"), List.of("map")),
                    new ServiceType("utilities", 38, "（三十八）", "实用工具类", "Utilities", "日历、天气、手电筒等",
                            "基本功能服务为“日历、天气、手电筒等”，无须个人信息，即可使用基本功能服务。", true, List.of(),
                            List.of("手电筒", "工具"), List.of("flashlight"))));

    private TestKnowledgeBase() {
    }

    public static KnowledgeBase get() {
        return KB;
    }

    private static PiType piType(String id, String category, boolean sensitive, List<String> apis,
                                 List<String> permissions, List<String> declaredBy, List<String> vaguelyDeclaredBy) {
        return new PiType(id, category, id, id.replace('_', ' '), sensitive, apis, permissions, declaredBy,
                vaguelyDeclaredBy);
    }

    private static PermissionInfo permission(String name, String level, String... pi) {
        return new PermissionInfo(name, "", level, 1, level.equals("dangerous"), List.of(pi), List.of(), List.of(),
                "", "");
    }
}

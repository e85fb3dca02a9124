package org.mingcha.rules;

import java.util.List;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PermissionInfo;
import org.mingcha.core.kb.PiCategory;

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
            List.of(), List.of());

    private TestKnowledgeBase() {
    }

    public static KnowledgeBase get() {
        return KB;
    }

    private static PermissionInfo permission(String name, String level, String... pi) {
        return new PermissionInfo(name, "", level, 1, level.equals("dangerous"), List.of(pi), List.of(), List.of(),
                "", "");
    }
}

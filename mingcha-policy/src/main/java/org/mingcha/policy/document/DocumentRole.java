package org.mingcha.policy.document;

import java.util.Locale;
import org.mingcha.core.fact.policy.PolicyDocumentFact;

/** What a document is within a set of policy documents; guessed from its title. */
public enum DocumentRole {
    MAIN(PolicyDocumentFact.ROLE_MAIN),
    CHILDREN(PolicyDocumentFact.ROLE_CHILDREN),
    SDK_LIST(PolicyDocumentFact.ROLE_SDK_LIST),
    COLLECTED_PI_LIST(PolicyDocumentFact.ROLE_COLLECTED_PI_LIST);

    private final String id;

    DocumentRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The role a title suggests: 儿童 → children, 第三方/SDK + 清单/列表/目录 → SDK list, 已收集/个人信息 + 清单 → collected-PI list. */
    public static DocumentRole guess(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        boolean list = t.contains("清单") || t.contains("列表") || t.contains("目录") || t.contains("共享") && t.contains("说明");
        if (t.contains("儿童")) {
            return CHILDREN;
        }
        if (list && (t.contains("第三方") || t.contains("sdk"))) {
            return SDK_LIST;
        }
        if (list && (t.contains("已收集") || t.contains("收集") || t.contains("个人信息"))) {
            return COLLECTED_PI_LIST;
        }
        return MAIN;
    }
}

package org.mingcha.core.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One of the 39 service types of 《常见类型移动互联网应用程序必要个人信息范围规定》 (2021): its basic function and
 * necessary PI as the regulation words them ({@code textZh}), each necessary item with the PI-lexicon items it
 * covers, and the product's keywords for proposing the type from an app's label, package or policy.
 */
public record ServiceType(String id, int number, String numberZh, String nameZh, String nameEn,
                          String basicFunctionZh, String textZh, boolean noPiNeeded, List<NecessaryPi> necessaryPi,
                          List<String> keywordsZh, List<String> keywordsEn) {

    /** One item of the regulation's necessary-PI list, e.g. 收货人姓名（名称）、地址、联系电话. */
    public record NecessaryPi(String textZh, List<String> tags, List<String> items) {
        public NecessaryPi {
            Objects.requireNonNull(textZh, "textZh");
            tags = List.copyOf(tags);
            items = List.copyOf(items);
        }
    }

    public ServiceType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        numberZh = numberZh == null ? "" : numberZh;
        nameEn = nameEn == null ? "" : nameEn;
        basicFunctionZh = basicFunctionZh == null ? "" : basicFunctionZh;
        textZh = textZh == null ? "" : textZh;
        necessaryPi = List.copyOf(necessaryPi);
        keywordsZh = List.copyOf(keywordsZh);
        keywordsEn = List.copyOf(keywordsEn);
    }

    /** Every PI-lexicon item the necessary PI covers; empty for the types whose basic function needs no PI. */
    public Set<String> necessaryItems() {
        Set<String> out = new LinkedHashSet<>();
        necessaryPi.forEach(n -> out.addAll(n.items()));
        return out;
    }

    /** Whether the regulation counts this PI type as necessary for the type's basic function. */
    public boolean isNecessary(PiType piType) {
        Set<String> items = necessaryItems();
        return piType.declaredBy().stream().anyMatch(items::contains);
    }

    /** The name without the trailing 类 of the regulation's headings: 地图导航. */
    public String shortNameZh() {
        return nameZh.endsWith("类") ? nameZh.substring(0, nameZh.length() - 1) : nameZh;
    }
}

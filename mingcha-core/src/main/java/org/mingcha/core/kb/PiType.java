package org.mingcha.core.kb;

import java.util.List;
import java.util.Objects;

/**
 * A kind of personal information code can be seen collecting ({@code imei}, {@code location},
 * {@code installed_apps}), the unit in which Mingcha compares what a policy says with what the code does.
 * {@code sensitive} marks sensitive PI (PIPL Art. 28), {@code sensitiveApiIds} are the APIs whose call collects it, {@code permissions} those that gate it,
 * {@code declaredBy} the PI-lexicon items of the policy analysis that name it, {@code vaguelyDeclaredBy} the
 * items that cover it only in general words (设备信息 for the IMEI).
 */
public record PiType(String id, String category, String nameZh, String nameEn, boolean sensitive,
                     List<String> sensitiveApiIds,
                     List<String> permissions, List<String> declaredBy, List<String> vaguelyDeclaredBy) {

    public PiType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        sensitiveApiIds = List.copyOf(sensitiveApiIds);
        permissions = List.copyOf(permissions);
        declaredBy = List.copyOf(declaredBy);
        vaguelyDeclaredBy = List.copyOf(vaguelyDeclaredBy);
    }
}

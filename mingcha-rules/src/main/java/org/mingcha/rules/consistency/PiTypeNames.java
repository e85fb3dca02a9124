package org.mingcha.rules.consistency;

import java.util.Collection;
import java.util.List;
import org.mingcha.core.kb.PiType;

/** Names of PI types in both languages, joined as each language lists things. */
public record PiTypeNames(String zh, String en) {

    public static PiTypeNames of(Collection<PiType> types) {
        List<PiType> list = List.copyOf(types);
        return new PiTypeNames(String.join("、", list.stream().map(PiType::nameZh).toList()),
                String.join(", ", list.stream().map(PiType::nameEn).toList()));
    }
}

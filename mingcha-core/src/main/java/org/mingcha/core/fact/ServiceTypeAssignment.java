package org.mingcha.core.fact;

import java.util.List;
import java.util.Objects;
import org.mingcha.core.evidence.Evidence;

/**
 * The service type (one of the 39 of the necessary-PI regulation) an app is judged against: {@code typeId} is a
 * knowledge-base id; {@code source} says whether the user named it or Mingcha proposed it from the evidence,
 * and {@code reasons} are the words that decided a proposal ({@code 应用名称“××地图”含“地图”}), each with where
 * it was read.
 */
public record ServiceTypeAssignment(String typeId, Source source, List<Reason> reasons) implements Fact {

    public enum Source { GIVEN, PROPOSED }

    /** One piece of evidence for a proposal: the keyword, where it was found ({@code label}, {@code package}, {@code policy}), and the text around it. */
    public record Reason(String keyword, String where, String text) {
        public Reason {
            Objects.requireNonNull(keyword, "keyword");
            Objects.requireNonNull(where, "where");
            text = text == null ? "" : text;
        }
    }

    public ServiceTypeAssignment {
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(source, "source");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public boolean proposed() {
        return source == Source.PROPOSED;
    }

    @Override
    public Evidence evidence() {
        if (source == Source.GIVEN || reasons.isEmpty()) {
            return Evidence.of("--service-type", typeId);
        }
        Reason first = reasons.get(0);
        return Evidence.of(first.where(), first.keyword(), first.text());
    }
}

package org.mingcha.core.fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** All facts extracted from one input, indexed by type. Immutable once built. */
public final class Facts {

    private final Map<Class<? extends Fact>, List<Fact>> byType;
    private final int size;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private Facts(Map<Class<? extends Fact>, List<Fact>> byType) {
        Map<Class<? extends Fact>, List<Fact>> copy = new LinkedHashMap<>();
        int count = 0;
        for (var e : byType.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
            count += e.getValue().size();
        }
        this.byType = Collections.unmodifiableMap(copy);
        this.size = count;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Facts of(Iterable<? extends Fact> facts) {
        Builder b = builder();
        facts.forEach(b::add);
        return b.build();
    }

    @SuppressWarnings("unchecked")
    public <T extends Fact> List<T> all(Class<T> type) {
        return (List<T>) byType.getOrDefault(type, List.of());
    }

    public <T extends Fact> Stream<T> stream(Class<T> type) {
        return all(type).stream();
    }

    public <T extends Fact> Optional<T> first(Class<T> type) {
        List<T> list = all(type);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    public Stream<Fact> stream() {
        return byType.values().stream().flatMap(List::stream);
    }

    public int size() {
        return size;
    }

    /**
     * A view computed from these facts once and shared by every reader (rules, reports, lists): the facts never
     * change, so neither does the view. {@code key} names the view and what it depends on besides the facts.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<Facts, T> compute) {
        Object cached = derived.get(key);
        if (cached == null) {
            // not computeIfAbsent: a view may itself read other derived views of the same facts
            cached = compute.apply(this);
            Object raced = derived.putIfAbsent(key, cached);
            cached = raced == null ? cached : raced;
        }
        return (T) cached;
    }

    /** Collects facts; safe for one thread at a time (extractors merge per-entry builders). */
    public static final class Builder implements FactSink {
        private final Map<Class<? extends Fact>, List<Fact>> byType = new LinkedHashMap<>();

        @Override
        public void accept(Fact fact) {
            add(fact);
        }

        public Builder add(Fact fact) {
            byType.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(fact);
            return this;
        }

        public Builder addAll(Facts other) {
            other.stream().forEach(this::add);
            return this;
        }

        public Facts build() {
            return new Facts(byType);
        }
    }
}

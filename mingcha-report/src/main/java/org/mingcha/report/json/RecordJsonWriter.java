package org.mingcha.report.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the report's records with Jackson's streaming generator exactly as its data binding would: the components
 * named by a record's {@link JsonPropertyOrder} first, in that order, then the others in declaration order; nulls
 * written; lists as arrays, maps as objects in iteration order. Data binding builds a serializer for every report
 * type first, about 0.3 s of CPU on a cold JVM (measured), paid at the end of every scan; this costs one reflective
 * call per component. {@code RecordJsonWriterTest} holds its output to data binding's, byte for byte.
 */
final class RecordJsonWriter {

    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return accessors(type);
        }
    };

    private RecordJsonWriter() {
    }

    static void write(Object value, JsonGenerator g) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (value instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object item : c) {
                write(item, g);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(e.getKey() instanceof Enum<?> k ? k.name() : String.valueOf(e.getKey()));
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof Record r) {
            g.writeStartObject();
            for (Method accessor : ACCESSORS.get(r.getClass())) {
                g.writeFieldName(accessor.getName());
                write(get(accessor, r), g);
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static Object get(Method accessor, Record r) {
        try {
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
    }

    private static List<Method> accessors(Class<?> type) {
        List<RecordComponent> rest = new ArrayList<>(Arrays.asList(type.getRecordComponents()));
        List<Method> ordered = new ArrayList<>();
        JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
        if (order != null) {
            for (String name : order.value()) {
                rest.stream().filter(c -> c.getName().equals(name)).findFirst().ifPresent(c -> {
                    ordered.add(c.getAccessor());
                    rest.remove(c);
                });
            }
        }
        rest.forEach(c -> ordered.add(c.getAccessor()));
        return List.copyOf(ordered);
    }
}

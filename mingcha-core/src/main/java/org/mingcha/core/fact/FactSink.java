package org.mingcha.core.fact;

/** Where extractors stream facts as they find them. */
@FunctionalInterface
public interface FactSink {
    void accept(Fact fact);
}

package org.mingcha.core.fact;

import org.mingcha.core.evidence.Evidence;

/** An immutable observation about an input, with the evidence that shows it. Rules read facts only. */
public interface Fact {
    Evidence evidence();
}

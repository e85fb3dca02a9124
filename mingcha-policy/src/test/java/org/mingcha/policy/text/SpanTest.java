package org.mingcha.policy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

    /** Three sentences with a gap between the second and third: [0,5) [5,9) [12,20). */
    private static final List<Span> SENTENCES = List.of(new Span(0, 5), new Span(5, 9), new Span(12, 20));

    @Test
    void findsTheSpanContainingAnOffsetOrNone() {
        assertThat(Span.indexContaining(SENTENCES, 0)).isZero();
        assertThat(Span.indexContaining(SENTENCES, 5)).isEqualTo(1);
        assertThat(Span.indexContaining(SENTENCES, 19)).isEqualTo(2);
        assertThat(Span.indexContaining(SENTENCES, 10)).isEqualTo(-1);
        assertThat(Span.indexContaining(SENTENCES, 20)).isEqualTo(-1);
        assertThat(Span.indexContaining(List.of(), 0)).isEqualTo(-1);
    }

    @Test
    void firstEndingAfterIsTheContainingSpanElseTheNext() {
        assertThat(Span.firstEndingAfter(SENTENCES, 4)).isZero();
        assertThat(Span.firstEndingAfter(SENTENCES, 5)).isEqualTo(1);
        assertThat(Span.firstEndingAfter(SENTENCES, 10)).isEqualTo(2);
        assertThat(Span.firstEndingAfter(SENTENCES, 20)).isEqualTo(3);
        assertThat(Span.firstEndingAfter(List.of(), 7)).isZero();
    }
}

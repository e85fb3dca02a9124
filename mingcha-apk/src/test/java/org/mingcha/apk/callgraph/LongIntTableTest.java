package org.mingcha.apk.callgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntTableTest {

    @Test
    void agreesWithAHashMapThroughManyGrowths() {
        LongIntTable table = new LongIntTable(1);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(42);
        for (int i = 0; i < 50_000; i++) {
            // class id in the high half, signature id in the low half, as the call graph keys methods
            long key = (long) random.nextInt(3000) << 32 | random.nextInt(4000);
            table.put(key, i);
            expected.put(key, i);
        }
        assertThat(table.size()).isEqualTo(expected.size());
        expected.forEach((key, value) -> assertThat(table.get(key)).isEqualTo(value));
        assertThat(table.get(-1L)).isEqualTo(-1);
        assertThat(table.get(3000L << 32)).isEqualTo(-1);
    }

    @Test
    void keyZeroAndOverwrite() {
        LongIntTable table = new LongIntTable(4);
        assertThat(table.get(0)).isEqualTo(-1);
        table.put(0, 7);
        table.put(0, 9);
        assertThat(table.get(0)).isEqualTo(9);
        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void refusesNegativeValues() {
        assertThatThrownBy(() -> new LongIntTable(4).put(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}

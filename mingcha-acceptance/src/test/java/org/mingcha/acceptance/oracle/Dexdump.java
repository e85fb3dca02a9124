package org.mingcha.acceptance.oracle;

import java.nio.file.Path;

/** Reads {@code class_defs_size} from the header summary that {@code dexdump -f} prints first. */
public final class Dexdump {

    private static final String KEY = "class_defs_size";

    private Dexdump() {
    }

    public static int classDefsSize(ExternalTool dexdump, Path dex) {
        int[] found = {-1};
        // dexdump -f prints the header summary, then every class: stop reading after the line we need
        dexdump.runUntil(line -> {
            String trimmed = line.trim();
            if (!trimmed.startsWith(KEY)) {
                return false;
            }
            String value = trimmed.substring(trimmed.indexOf(':') + 1).trim();
            found[0] = Integer.parseInt(value);
            return true;
        }, "-f", dex.toString());
        if (found[0] < 0) {
            throw new IllegalStateException("dexdump -f printed no " + KEY + " for " + dex);
        }
        return found[0];
    }
}

package org.mingcha.rules.pi;

import java.util.Set;

public final class ClipboardReadRule extends PiReadRule {

    public ClipboardReadRule() {
        super("MC-PI-CLIPBOARD", Set.of("clip_getPrimaryClip", "clip_getText", "clip_addListener"));
    }
}

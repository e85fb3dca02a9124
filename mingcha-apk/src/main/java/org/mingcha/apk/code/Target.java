package org.mingcha.apk.code;

import org.mingcha.core.kb.SensitiveApi;

/**
 * A resolved meaning of a method or field reference. {@code argument} is the register position (counting
 * {@code this} for instance calls) of the interesting argument, -1 when none; {@code api} is set for KB roles.
 */
record Target(Role role, SensitiveApi api, int argument, String label) {
}

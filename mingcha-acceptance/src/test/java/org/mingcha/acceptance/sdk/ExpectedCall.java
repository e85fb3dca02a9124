package org.mingcha.acceptance.sdk;

import java.util.Objects;

/**
 * A call site read with {@code javap -c -p} from an SDK's classes.jar: {@code owner} is the called class in JVM
 * notation ({@code android/provider/Settings$Secure}), {@code member} a method or field name, {@code descriptor}
 * its JVM descriptor, {@code callerClass} the dotted name of the class whose bytecode holds the instruction.
 */
public record ExpectedCall(String owner, String member, String descriptor, String callerClass) {

    public ExpectedCall {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(callerClass, "callerClass");
    }

    /** The target as reports show it: {@code Landroid/provider/Settings$Secure;->getString}. */
    public String api() {
        return "L" + owner + ";->" + member;
    }

    @Override
    public String toString() {
        return callerClass + " calls " + api() + descriptor;
    }
}

package org.mingcha.core.fact;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A method the platform calls on its own: a component lifecycle callback, an AndroidX Startup initializer, or a
 * public method of an SDK. {@code method} is a smali method reference; {@code component} the manifest class
 * that makes it an entry ("" for SDK public API); {@code actions} the broadcast actions of a receiver.
 */
public record EntryPoint(Kind kind, String component, String method, List<String> actions) {

    /**
     * System broadcasts that start a process with no user action in the app (boot, unlock, network, package,
     * power, time and media changes): a manifest receiver for one of them is self-start (guide 6.6 a).
     */
    public static final Set<String> SELF_START_ACTIONS = Set.of(
            "android.intent.action.BOOT_COMPLETED",
            "android.intent.action.LOCKED_BOOT_COMPLETED",
            "android.intent.action.QUICKBOOT_POWERON",
            "com.htc.intent.action.QUICKBOOT_POWERON",
            "android.intent.action.REBOOT",
            "android.intent.action.USER_PRESENT",
            "android.intent.action.USER_UNLOCKED",
            "android.intent.action.SCREEN_ON",
            "android.intent.action.SCREEN_OFF",
            "android.net.conn.CONNECTIVITY_CHANGE",
            "android.net.wifi.WIFI_STATE_CHANGED",
            "android.net.wifi.STATE_CHANGE",
            "android.intent.action.PACKAGE_ADDED",
            "android.intent.action.PACKAGE_REMOVED",
            "android.intent.action.PACKAGE_REPLACED",
            "android.intent.action.PACKAGE_CHANGED",
            "android.intent.action.PACKAGE_RESTARTED",
            "android.intent.action.MY_PACKAGE_REPLACED",
            "android.intent.action.ACTION_POWER_CONNECTED",
            "android.intent.action.ACTION_POWER_DISCONNECTED",
            "android.intent.action.BATTERY_LOW",
            "android.intent.action.BATTERY_OKAY",
            "android.intent.action.MEDIA_MOUNTED",
            "android.intent.action.TIME_SET",
            "android.intent.action.TIMEZONE_CHANGED",
            "android.bluetooth.adapter.action.STATE_CHANGED");

    public enum Kind {
        /** Application.attachBaseContext / onCreate. */
        APPLICATION,
        /** ContentProvider.onCreate, which runs before Application.onCreate returns. */
        PROVIDER,
        /** AndroidX Startup initializer create(), run by InitializationProvider. */
        INITIALIZER,
        LAUNCHER_ACTIVITY,
        ACTIVITY,
        SERVICE,
        RECEIVER,
        /** A public method of a library input, reachable whenever the host app calls it. */
        PUBLIC_API;

        /** Runs while the process starts, before any activity exists. */
        public boolean startUp() {
            return this == APPLICATION || this == PROVIDER || this == INITIALIZER;
        }

        /** Runs with no user-facing component: services and receivers. */
        public boolean background() {
            return this == SERVICE || this == RECEIVER;
        }
    }

    public EntryPoint {
        Objects.requireNonNull(kind, "kind");
        component = component == null ? "" : component;
        Objects.requireNonNull(method, "method");
        actions = List.copyOf(actions);
    }

    /** A receiver woken by boot, unlock or connectivity broadcasts. */
    public boolean selfStart() {
        return kind == Kind.RECEIVER && actions.stream().anyMatch(SELF_START_ACTIONS::contains);
    }
}

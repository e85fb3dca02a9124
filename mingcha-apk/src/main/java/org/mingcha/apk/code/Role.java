package org.mingcha.apk.code;

/** What a referenced method or field means to the scanner; resolved once per DEX index. */
enum Role {
    /** A knowledge-base METHOD entry. */
    SENSITIVE_METHOD,
    /** A knowledge-base FIELD entry read with sget/iget. */
    SENSITIVE_FIELD,
    /** A framework URI constant (CONTENT_URI entry with class and member). */
    URI_FIELD,
    MESSAGE_DIGEST,
    CIPHER,
    SSL_CONTEXT,
    /** KeyPairGenerator.getInstance: remembers an RSA generator for the key size check. */
    KEY_PAIR_GENERATOR,
    /** KeyPairGenerator.initialize(int ...) with the key size as argument. */
    KEY_SIZE,
    /** Class.forName / ClassLoader.loadClass with the class name as argument. */
    REFLECT_CLASS,
    /** Class.getMethod / getDeclaredMethod / getField / getDeclaredField with the member name as argument. */
    REFLECT_MEMBER,
    /** Intent.setClassName(String, String) / Intent.setPackage(String) / new ComponentName(String, String). */
    INTENT_TARGET_PACKAGE,
    /** startActivity / startService / bindService / sendBroadcast... taking an Intent first. */
    START_COMPONENT,
    CLASS_LOADER,
    /** System.load / loadLibrary, Runtime.load / loadLibrary: flagged when the path is not a constant. */
    NATIVE_LOAD,
    /** openFileOutput / getSharedPreferences / openOrCreateDatabase with a mode argument. */
    STORAGE_MODE,
    /** SslErrorHandler.proceed */
    SSL_PROCEED,
    /** A reference to an allow-all hostname verifier. */
    ALLOW_ALL_VERIFIER
}

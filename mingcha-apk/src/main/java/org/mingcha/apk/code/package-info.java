/**
 * Code scanning: DEX files, class files and JARs read with jadx's input plugins ({@code jadx-dex-input},
 * {@code jadx-java-input}) and visited as a stream, one class and one method instruction stream at a time.
 *
 * <p>Per DEX, {@code DexIndex} walks method_ids and field_ids once and marks the references that name a
 * target, so an instruction costs an int lookup; only invoke, field, const and move instructions are decoded.
 * Class files are decoded fully because jadx maps the JVM operand stack to registers while decoding.
 *
 * <p>Deliberate limits, all decided inside one method: a call matches a knowledge-base API only when the
 * API's class is the declared owner of the reference (a call through an app subclass of TelephonyManager is
 * missed; Context calls such as startActivity and openFileOutput match any owner by name and descriptor);
 * constants are tracked per register in instruction order (the last const wins, moves copy, results clear),
 * not along control flow; reflection is matched when the class name (Class.forName, ClassLoader.loadClass,
 * a class literal) and the member name (getMethod, getDeclaredMethod, getField, getDeclaredField) are
 * constants in the same method. TRUST_ALL_CERTIFICATES, ALLOW_ALL_HOSTNAMES (verify) and
 * WEBVIEW_SSL_ERROR_PROCEED are recognised by the overriding method's name and descriptor, whatever the
 * class hierarchy, since the hierarchy may live in another DEX or in the framework.
 */
package org.mingcha.apk.code;

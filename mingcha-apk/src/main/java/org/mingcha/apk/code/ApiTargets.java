package org.mingcha.apk.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.SensitiveApi;

/**
 * Every method and field reference the scanner cares about, built once per knowledge base: the KB's
 * METHOD/FIELD/CONTENT_URI entries plus the framework calls behind code patterns. Matching is exact on the
 * declared owner of a reference (a call through a subclass the app defines is not matched), except for
 * Context calls (startActivity, openFileOutput...) which match any owner by name and descriptor. KB STRING,
 * FILE_PATH and INTENT_ACTION entries match string constants equal to their value.
 * Targets are numbered from 1 so per-DEX tables can hold them as ints (0 = nothing).
 */
final class ApiTargets {

    /** Declared methods whose body alone is a pattern, identified by name and descriptor. */
    enum Declared { NONE, CHECK_SERVER_TRUSTED, VERIFY_HOSTNAME, ON_RECEIVED_SSL_ERROR }

    private record Candidate(Set<String> descriptors, String descriptorPrefix, int target) {
        boolean accepts(Supplier<String> descriptor) {
            if (descriptors.isEmpty() && descriptorPrefix.isEmpty()) {
                return true;
            }
            String d = descriptor.get();
            return descriptors.isEmpty() ? d.startsWith(descriptorPrefix) : descriptors.contains(d);
        }
    }

    private static final String INTENT_FIRST = "(Landroid/content/Intent;";
    private static final String NAME_AND_MODE = "(Ljava/lang/String;I";

    private final List<Target> targets = new ArrayList<>();
    private final Map<String, Map<String, List<Candidate>>> methods = new HashMap<>();
    private final Map<String, List<Candidate>> anyOwnerMethods = new HashMap<>();
    private final Map<String, Map<String, List<Candidate>>> fields = new HashMap<>();
    private final List<SensitiveApi> contentUris;
    private final Map<String, Map<String, SensitiveApi>> reflective = new HashMap<>();
    private final Map<String, SensitiveApi> stringValues = new HashMap<>();

    ApiTargets(KnowledgeBase kb) {
        targets.add(null);
        List<SensitiveApi> uris = new ArrayList<>();
        for (SensitiveApi api : kb.sensitiveApis()) {
            switch (api.kind()) {
                case METHOD -> {
                    if (!api.member().isEmpty()) {
                        addMethod(api.typeDescriptor(), api.member(), Set.copyOf(api.descriptors()), "",
                                new Target(Role.SENSITIVE_METHOD, api, -1, api.smaliRef()));
                        reflective.computeIfAbsent(api.className(), k -> new HashMap<>()).putIfAbsent(api.member(), api);
                    }
                }
                case FIELD -> {
                    if (!api.member().isEmpty()) {
                        addField(api.typeDescriptor(), api.member(), Set.copyOf(api.descriptors()),
                                new Target(Role.SENSITIVE_FIELD, api, -1, api.smaliRef()));
                        reflective.computeIfAbsent(api.className(), k -> new HashMap<>()).putIfAbsent(api.member(), api);
                    }
                }
                case CONTENT_URI -> {
                    if (api.value().startsWith("content://")) {
                        uris.add(api);
                    }
                    if (!api.member().isEmpty() && isJavaIdentifier(api.member())) {
                        addField(api.typeDescriptor(), api.member(), Set.of(),
                                new Target(Role.URI_FIELD, api, -1, api.smaliRef()));
                    }
                }
                case STRING, FILE_PATH, INTENT_ACTION -> {
                    if (!api.value().isEmpty()) {
                        stringValues.putIfAbsent(api.value(), api);
                    }
                }
            }
        }
        uris.sort(Comparator.comparingInt((SensitiveApi a) -> a.value().length()).reversed());
        contentUris = List.copyOf(uris);
        addFrameworkTargets();
    }

    private void addFrameworkTargets() {
        addMethod("Ljava/security/MessageDigest;", "getInstance", Set.of(), "(Ljava/lang/String;",
                new Target(Role.MESSAGE_DIGEST, null, 0, "MessageDigest.getInstance"));
        addMethod("Ljavax/crypto/Cipher;", "getInstance", Set.of(), "(Ljava/lang/String;",
                new Target(Role.CIPHER, null, 0, "Cipher.getInstance"));
        addMethod("Ljavax/net/ssl/SSLContext;", "getInstance", Set.of(), "(Ljava/lang/String;",
                new Target(Role.SSL_CONTEXT, null, 0, "SSLContext.getInstance"));
        addMethod("Ljava/security/KeyPairGenerator;", "getInstance", Set.of(), "(Ljava/lang/String;",
                new Target(Role.KEY_PAIR_GENERATOR, null, 0, "KeyPairGenerator.getInstance"));
        addMethod("Ljava/security/KeyPairGenerator;", "initialize", Set.of(), "(I",
                new Target(Role.KEY_SIZE, null, 1, "KeyPairGenerator.initialize"));
        addMethod("Ljava/lang/Class;", "forName", Set.of(), "(Ljava/lang/String;",
                new Target(Role.REFLECT_CLASS, null, 0, "Class.forName"));
        addMethod("Ljava/lang/ClassLoader;", "loadClass", Set.of(), "(Ljava/lang/String;",
                new Target(Role.REFLECT_CLASS, null, 1, "ClassLoader.loadClass"));
        for (String name : List.of("getMethod", "getDeclaredMethod", "getField", "getDeclaredField")) {
            addMethod("Ljava/lang/Class;", name, Set.of(), "(Ljava/lang/String;",
                    new Target(Role.REFLECT_MEMBER, null, 1, "Class." + name));
        }
        addMethod("Landroid/content/Intent;", "setClassName",
                Set.of("(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;"), "",
                new Target(Role.INTENT_TARGET_PACKAGE, null, 1, "Intent.setClassName"));
        addMethod("Landroid/content/Intent;", "setPackage", Set.of("(Ljava/lang/String;)Landroid/content/Intent;"), "",
                new Target(Role.INTENT_TARGET_PACKAGE, null, 1, "Intent.setPackage"));
        addMethod("Landroid/content/pm/PackageManager;", "getLaunchIntentForPackage",
                Set.of("(Ljava/lang/String;)Landroid/content/Intent;"), "",
                new Target(Role.INTENT_TARGET_PACKAGE, null, 1, "PackageManager.getLaunchIntentForPackage"));
        addMethod("Landroid/content/ComponentName;", "<init>", Set.of("(Ljava/lang/String;Ljava/lang/String;)V"), "",
                new Target(Role.INTENT_TARGET_PACKAGE, null, 1, "ComponentName.<init>"));
        for (String name : List.of("startActivity", "startActivityForResult", "startActivityIfNeeded", "startService",
                "startForegroundService", "bindService", "sendBroadcast", "sendOrderedBroadcast")) {
            addAnyOwnerMethod(name, INTENT_FIRST, new Target(Role.START_COMPONENT, null, -1, name));
        }
        for (String loader : List.of("DexClassLoader", "PathClassLoader", "InMemoryDexClassLoader")) {
            addMethod("Ldalvik/system/" + loader + ";", "<init>", Set.of(), "",
                    new Target(Role.CLASS_LOADER, null, -1, loader));
        }
        for (String name : List.of("load", "loadLibrary")) {
            addMethod("Ljava/lang/System;", name, Set.of("(Ljava/lang/String;)V"), "",
                    new Target(Role.NATIVE_LOAD, null, 0, "System." + name));
            addMethod("Ljava/lang/Runtime;", name, Set.of("(Ljava/lang/String;)V"), "",
                    new Target(Role.NATIVE_LOAD, null, 1, "Runtime." + name));
        }
        for (String name : List.of("openFileOutput", "getSharedPreferences", "openOrCreateDatabase")) {
            addAnyOwnerMethod(name, NAME_AND_MODE, new Target(Role.STORAGE_MODE, null, 2, name));
        }
        addMethod("Landroid/webkit/SslErrorHandler;", "proceed", Set.of("()V"), "",
                new Target(Role.SSL_PROCEED, null, -1, "SslErrorHandler.proceed"));
        addField("Lorg/apache/http/conn/ssl/SSLSocketFactory;", "ALLOW_ALL_HOSTNAME_VERIFIER", Set.of(),
                new Target(Role.ALLOW_ALL_VERIFIER, null, -1, "SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER"));
        for (String verifier : List.of("AllowAllHostnameVerifier", "NoopHostnameVerifier")) {
            addMethod("Lorg/apache/http/conn/ssl/" + verifier + ";", "<init>", Set.of(), "",
                    new Target(Role.ALLOW_ALL_VERIFIER, null, -1, verifier));
        }
    }

    private int register(Target target) {
        targets.add(target);
        return targets.size() - 1;
    }

    private void addMethod(String owner, String name, Set<String> descriptors, String prefix, Target target) {
        methods.computeIfAbsent(owner, k -> new HashMap<>()).computeIfAbsent(name, k -> new ArrayList<>())
                .add(new Candidate(descriptors, prefix, register(target)));
    }

    private void addAnyOwnerMethod(String name, String prefix, Target target) {
        anyOwnerMethods.computeIfAbsent(name, k -> new ArrayList<>()).add(new Candidate(Set.of(), prefix, register(target)));
    }

    private void addField(String owner, String name, Set<String> types, Target target) {
        fields.computeIfAbsent(owner, k -> new HashMap<>()).computeIfAbsent(name, k -> new ArrayList<>())
                .add(new Candidate(types, "", register(target)));
    }

    private static boolean isJavaIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        return s.chars().allMatch(Character::isJavaIdentifierPart);
    }

    Target target(int id) {
        return targets.get(id);
    }

    /** Owner types (DEX notation) with at least one method or field target. */
    Set<String> ownerTypes() {
        Set<String> out = new HashSet<>(methods.keySet());
        out.addAll(fields.keySet());
        return out;
    }

    /** Method names matched on any owner. */
    Set<String> anyOwnerNames() {
        return anyOwnerMethods.keySet();
    }

    /** Names of the declared methods whose bodies are patterns. */
    static Set<String> declaredNames() {
        return Set.of("checkServerTrusted", "verify", "onReceivedSslError");
    }

    boolean hasMethodsOn(String ownerType) {
        return methods.containsKey(ownerType);
    }

    boolean hasFieldsOn(String ownerType) {
        return fields.containsKey(ownerType);
    }

    /** Target id of a method reference, 0 when none; {@code descriptor} is asked only when needed. */
    int resolveMethod(String ownerType, String name, Supplier<String> descriptor) {
        Map<String, List<Candidate>> byName = methods.get(ownerType);
        if (byName != null) {
            int id = first(byName.get(name), descriptor);
            if (id != 0) {
                return id;
            }
        }
        return first(anyOwnerMethods.get(name), descriptor);
    }

    int resolveField(String ownerType, String name, String type) {
        Map<String, List<Candidate>> byName = fields.get(ownerType);
        return byName == null ? 0 : first(byName.get(name), () -> type);
    }

    private static int first(List<Candidate> candidates, Supplier<String> descriptor) {
        if (candidates != null) {
            for (Candidate c : candidates) {
                if (c.accepts(descriptor)) {
                    return c.target();
                }
            }
        }
        return 0;
    }

    static Declared declared(String name, String descriptor) {
        return switch (name) {
            case "checkServerTrusted" -> "([Ljava/security/cert/X509Certificate;Ljava/lang/String;)V".equals(descriptor)
                    ? Declared.CHECK_SERVER_TRUSTED : Declared.NONE;
            case "verify" -> "(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z".equals(descriptor)
                    ? Declared.VERIFY_HOSTNAME : Declared.NONE;
            case "onReceivedSslError" ->
                    "(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V"
                            .equals(descriptor) ? Declared.ON_RECEIVED_SSL_ERROR : Declared.NONE;
            default -> Declared.NONE;
        };
    }

    /** The KB CONTENT_URI entry naming the longest prefix of {@code uri} (at a path boundary), if any. */
    Optional<SensitiveApi> contentUri(String uri) {
        for (SensitiveApi api : contentUris) {
            String v = api.value();
            if (uri.startsWith(v) && (uri.length() == v.length() || v.endsWith("/") || uri.charAt(v.length()) == '/'
                    || uri.charAt(v.length()) == '?')) {
                return Optional.of(api);
            }
        }
        return Optional.empty();
    }

    /** A KB METHOD or FIELD entry for a dotted class name and member, for reflective matching. */
    Optional<SensitiveApi> reflective(String dottedClass, String member) {
        Map<String, SensitiveApi> byMember = reflective.get(dottedClass);
        return byMember == null ? Optional.empty() : Optional.ofNullable(byMember.get(member));
    }

    /** Exact string constants the KB lists (file paths, intent actions, generic-API arguments). */
    Set<String> stringValues() {
        return stringValues.keySet();
    }

    Optional<SensitiveApi> stringValue(String constant) {
        return Optional.ofNullable(stringValues.get(constant));
    }

    boolean isReflectiveClass(String dottedClass) {
        return reflective.containsKey(dottedClass);
    }
}

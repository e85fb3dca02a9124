package org.mingcha.apk.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mingcha.core.evidence.CodeLocation;
import org.mingcha.core.fact.Fact;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.SdkSignature;
import org.mingcha.core.kb.SensitiveApi;
import org.mingcha.core.scan.Progress;
import org.mingcha.testkit.SmaliDex;

/** A small hand-made knowledge base and helpers to scan smali fixtures. */
final class CodeFixtures {

    static final String APP = "com.example.app";

    private CodeFixtures() {
    }

    static SensitiveApi api(String id, String cls, String member, SensitiveApi.Kind kind, List<String> descriptors,
                            String value) {
        return new SensitiveApi(id, cls, member, kind, descriptors, value, "device", "", false, "", List.of());
    }

    static SdkSignature sdk(String id, List<String> prefixes, List<String> libs, List<String> components,
                            List<String> maven) {
        return new SdkSignature(id, id + "-zh", id + "-en", "vendor", "analytics", "cn", prefixes, libs, components,
                List.of(), "", List.of(), maven, List.of(), List.of());
    }

    static KnowledgeBase kb() {
        return new KnowledgeBase("test", List.of(), List.of(), List.of(), List.of(), List.of(
                api("tm_getDeviceId", "android.telephony.TelephonyManager", "getDeviceId", SensitiveApi.Kind.METHOD,
                        List.of("()Ljava/lang/String;"), ""),
                api("settings_secure_android_id", "android.provider.Settings$Secure", "getString",
                        SensitiveApi.Kind.METHOD,
                        List.of("(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;"),
                        "android_id"),
                api("sysprop_serialno", "android.os.SystemProperties", "get", SensitiveApi.Kind.METHOD,
                        List.of("(Ljava/lang/String;)Ljava/lang/String;"), "ro.serialno"),
                api("build_serial", "android.os.Build", "SERIAL", SensitiveApi.Kind.FIELD,
                        List.of("Ljava/lang/String;"), ""),
                api("sms_uri", "android.provider.Telephony$Sms", "CONTENT_URI", SensitiveApi.Kind.CONTENT_URI,
                        List.of(), "content://sms"),
                api("contacts_uri", "android.provider.ContactsContract$Contacts", "CONTENT_URI",
                        SensitiveApi.Kind.CONTENT_URI, List.of(), "content://com.android.contacts/contacts"),
                api("file_proc_net_arp", "java.io.FileReader", "", SensitiveApi.Kind.FILE_PATH, List.of(),
                        "/proc/net/arp"),
                api("rcv_sms_received", "android.provider.Telephony$Sms$Intents", "SMS_RECEIVED_ACTION",
                        SensitiveApi.Kind.INTENT_ACTION, List.of(), "android.provider.Telephony.SMS_RECEIVED")),
                List.of(
                        sdk("tencent_map", List.of("com.tencent.map"), List.of(), List.of(), List.of()),
                        sdk("tencent_location", List.of("com.tencent.map.geolocation"), List.of("libtencentloc.so"),
                                List.of("com.tencent.map.geolocation.s"), List.of()),
                        sdk("umeng", List.of("com.umeng"), List.of("libumeng-spy.so"), List.of(),
                                List.of("com.umeng.umsdk:common"))));
    }

    /** Facts of scanning the classes (smali texts) as one classes.dex of app {@link #APP}. */
    static List<Fact> scan(String... smali) {
        return scan(List.of(new CodeEntry("classes.dex", CodeEntry.Format.DEX, SmaliDex.assemble(smali))),
                new CodeContext(APP, List.of(), List.of(), Map.of()));
    }

    static List<Fact> scan(List<CodeEntry> entries, CodeContext ctx) {
        List<Fact> facts = new ArrayList<>();
        new CodeScanner(kb()).scan(entries, ctx, facts::add, Progress.NONE);
        return facts;
    }

    static <T extends Fact> List<T> only(List<Fact> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** {@code Class.method@offset}, the place a fact points at. */
    static String at(CodeLocation loc) {
        String simple = loc.className().substring(loc.className().lastIndexOf('.') + 1);
        return simple + "." + loc.methodName() + "@" + loc.offset();
    }
}

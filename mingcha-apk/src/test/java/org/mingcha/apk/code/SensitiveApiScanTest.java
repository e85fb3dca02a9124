package org.mingcha.apk.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingcha.apk.code.CodeFixtures.at;
import static org.mingcha.apk.code.CodeFixtures.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.SensitiveApiCall;

class SensitiveApiScanTest {

    private static final String CALLS = """
            .class public Lcom/example/app/Calls;
            .super Ljava/lang/Object;

            .method public direct(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
                .registers 3
                const/4 v0, 0x0
                invoke-virtual {p1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
                move-result-object v0
                return-object v0
            .end method

            .method public otherOverload(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
                .registers 3
                const/4 v0, 0x1
                invoke-virtual {p1, v0}, Landroid/telephony/TelephonyManager;->getDeviceId(I)Ljava/lang/String;
                move-result-object v0
                return-object v0
            .end method

            .method public throughSubclass(Lcom/example/app/MyTelephony;)Ljava/lang/String;
                .registers 3
                invoke-virtual {p1}, Lcom/example/app/MyTelephony;->getDeviceId()Ljava/lang/String;
                move-result-object v0
                return-object v0
            .end method

            .method public serial()Ljava/lang/String;
                .registers 2
                sget-object v0, Landroid/os/Build;->SERIAL:Ljava/lang/String;
                return-object v0
            .end method

            .method public model()Ljava/lang/String;
                .registers 2
                sget-object v0, Landroid/os/Build;->MODEL:Ljava/lang/String;
                return-object v0
            .end method

            .method public reflect()Ljava/lang/Object;
                .registers 5
                const-string v0, "android.telephony.TelephonyManager"
                invoke-static {v0}, Ljava/lang/Class;->forName(Ljava/lang/String;)Ljava/lang/Class;
                move-result-object v1
                const-string v2, "getDeviceId"
                const/4 v3, 0x0
                new-array v3, v3, [Ljava/lang/Class;
                invoke-virtual {v1, v2, v3}, Ljava/lang/Class;->getMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;
                move-result-object v0
                return-object v0
            .end method

            .method public reflectClassLiteral()Ljava/lang/Object;
                .registers 4
                const-class v0, Landroid/telephony/TelephonyManager;
                const-string v1, "getDeviceId"
                const/4 v2, 0x0
                invoke-virtual {v0, v1, v2}, Ljava/lang/Class;->getDeclaredMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;
                move-result-object v0
                return-object v0
            .end method

            .method public constants()V
                .registers 2
                const-string v0, "/proc/net/arp"
                const-string v0, "/proc/net/arpx"
                const-string v1, "android.provider.Telephony.SMS_RECEIVED"
                return-void
            .end method

            .method public reflectHarmless()Ljava/lang/Object;
                .registers 5
                const-string v0, "java.lang.String"
                invoke-static {v0}, Ljava/lang/Class;->forName(Ljava/lang/String;)Ljava/lang/Class;
                move-result-object v1
                const-string v2, "getDeviceId"
                const/4 v3, 0x0
                new-array v3, v3, [Ljava/lang/Class;
                invoke-virtual {v1, v2, v3}, Ljava/lang/Class;->getDeclaredMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;
                move-result-object v0
                return-object v0
            .end method
            """;

    /** Settings$Secure.getString reads the Android ID only under the key "android_id" (Umeng reads others). */
    private static final String SETTINGS = """
            .class public Lcom/example/app/Settings;
            .super Ljava/lang/Object;

            .method public androidId(Landroid/content/ContentResolver;)Ljava/lang/String;
                .registers 3
                const-string v0, "android_id"
                invoke-static {p1, v0}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
                move-result-object v0
                return-object v0
            .end method

            .method public otherKey(Landroid/content/ContentResolver;)Ljava/lang/String;
                .registers 3
                const-string v0, "oaid_limit_state"
                invoke-static {p1, v0}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
                move-result-object v0
                return-object v0
            .end method

            .method public keyFromCaller(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
                .registers 3
                invoke-static {p1, p2}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
                move-result-object v0
                return-object v0
            .end method
            """;

    @Test
    void aGetterNamedByItsKeyIsSensitiveOnlyUnderThatKeyOrAnUnknownOne() {
        List<SensitiveApiCall> calls = only(CodeFixtures.scan(SETTINGS), SensitiveApiCall.class);

        assertThat(calls).extracting(c -> c.apiId() + " " + c.caller().methodName())
                .containsExactlyInAnyOrder("settings_secure_android_id androidId",
                        "settings_secure_android_id keyFromCaller");
    }

    @Test
    void findsDirectCallsFieldReadsAndReflectionExactly() {
        List<SensitiveApiCall> calls = only(CodeFixtures.scan(CALLS), SensitiveApiCall.class);

        assertThat(calls).extracting(c -> c.apiId() + " " + at(c.caller()) + (c.reflective() ? " reflective" : ""))
                .containsExactlyInAnyOrder(
                        "tm_getDeviceId Calls.direct@1",
                        "build_serial Calls.serial@0",
                        "tm_getDeviceId Calls.reflect@11 reflective",
                        "tm_getDeviceId Calls.reflectClassLiteral@5 reflective",
                        "file_proc_net_arp Calls.constants@0",
                        "rcv_sms_received Calls.constants@4");
        SensitiveApiCall direct = calls.stream().filter(c -> c.caller().methodName().equals("direct")).findFirst()
                .orElseThrow();
        assertThat(direct.api()).isEqualTo("Landroid/telephony/TelephonyManager;->getDeviceId");
        assertThat(direct.descriptor()).isEqualTo("()Ljava/lang/String;");
        assertThat(direct.caller().entry()).isEqualTo("classes.dex");
        assertThat(direct.caller().methodDescriptor()).isEqualTo("(Landroid/telephony/TelephonyManager;)Ljava/lang/String;");
        assertThat(direct.caller().attribution()).isEqualTo(Attribution.app());
        assertThat(direct.evidence().locator())
                .isEqualTo("Lcom/example/app/Calls;->direct(Landroid/telephony/TelephonyManager;)Ljava/lang/String;");
        assertThat(calls).filteredOn(c -> c.apiId().equals("build_serial")).singleElement()
                .extracting(SensitiveApiCall::descriptor).isEqualTo("Ljava/lang/String;");
        assertThat(calls).filteredOn(c -> c.apiId().equals("file_proc_net_arp")).singleElement()
                .extracting(SensitiveApiCall::api).isEqualTo("Ljava/io/FileReader;");
    }
}

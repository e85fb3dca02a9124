package org.mingcha.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ready-made inputs for front-end tests: one small real APK with known problems (debuggable, READ_PHONE_STATE,
 * code reading the IMEI from its launcher activity), and files that must fail.
 */
public final class SampleApps {

    public static final String PACKAGE = "com.example.scantest";

    /** Debuggable (a HIGH finding from the manifest alone), READ_PHONE_STATE, and code reading the IMEI. */
    public static final String MANIFEST = """
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.scantest"
                      android:versionCode="3" android:versionName="1.2.3">
              <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="33"/>
              <uses-permission android:name="android.permission.READ_PHONE_STATE"/>
              <application android:label="Scan test" android:debuggable="true" android:allowBackup="false">
                <activity android:name=".MainActivity" android:exported="true">
                  <intent-filter>
                    <action android:name="android.intent.action.MAIN"/>
                    <category android:name="android.intent.category.LAUNCHER"/>
                  </intent-filter>
                </activity>
              </application>
            </manifest>
            """;

    public static final String MAIN_ACTIVITY = """
            .class public Lcom/example/scantest/MainActivity;
            .super Landroid/app/Activity;

            .method public readId(Landroid/telephony/TelephonyManager;)Ljava/lang/String;
                .registers 3
                invoke-virtual {p1}, Landroid/telephony/TelephonyManager;->getDeviceId()Ljava/lang/String;
                move-result-object v0
                return-object v0
            .end method
            """;

    private SampleApps() {
    }

    public static Path goodApk(Path file) {
        return ApkBuilder.create().manifest(BinaryXml.encode(MANIFEST)).dex(SmaliDex.assemble(MAIN_ACTIVITY)).writeTo(file);
    }

    public static Path truncatedZip(Path file) throws IOException {
        return Files.write(file, HostileArchives.truncatedZip());
    }

    public static Path png(Path file) throws IOException {
        return Files.write(file, HostileArchives.png());
    }

    public static Path empty(Path file) throws IOException {
        return Files.write(file, HostileArchives.empty());
    }
}

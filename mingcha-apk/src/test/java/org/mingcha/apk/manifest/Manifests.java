package org.mingcha.apk.manifest;

/** Manifest texts shared by the manifest tests. */
final class Manifests {

    static final String RICH = """
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.demo"
                android:versionCode="42" android:versionName="1.2.3">
              <uses-sdk android:minSdkVersion="21" android:targetSdkVersion="33"/>
              <uses-permission android:name="android.permission.CAMERA"/>
              <uses-permission android:name="android.permission.BLUETOOTH" android:maxSdkVersion="30"/>
              <uses-permission-sdk-23 android:name="android.permission.READ_CONTACTS"/>
              <queries>
                <package android:name="com.tencent.mm"/>
                <intent><action android:name="android.intent.action.SEND"/></intent>
                <provider android:authorities="com.other.provider"/>
              </queries>
              <application android:label="Demo" android:name=".DemoApp" android:allowBackup="true"
                  android:debuggable="false" android:usesCleartextTraffic="true">
                <meta-data android:name="UMENG_APPKEY" android:value="abc123"/>
                <activity android:name=".Main" android:exported="true">
                  <intent-filter>
                    <action android:name="android.intent.action.MAIN"/>
                    <category android:name="android.intent.category.LAUNCHER"/>
                  </intent-filter>
                </activity>
                <activity android:name="com.example.demo.web.WebActivity">
                  <intent-filter>
                    <action android:name="android.intent.action.VIEW"/>
                    <category android:name="android.intent.category.BROWSABLE"/>
                    <data android:scheme="demo" android:host="open"/>
                  </intent-filter>
                </activity>
                <activity-alias android:name=".Alias" android:targetActivity=".Main" android:enabled="false"/>
                <receiver android:name="BootReceiver">
                  <intent-filter android:priority="999">
                    <action android:name="android.intent.action.BOOT_COMPLETED"/>
                  </intent-filter>
                </receiver>
                <service android:name="com.sdk.push.PushService" android:exported="false" android:process=":push"
                    android:permission="com.sdk.push.PERMISSION">
                  <meta-data android:name="channel" android:value="7"/>
                </service>
                <provider android:name=".data.Provider" android:authorities="com.example.demo.a;com.example.demo.b"/>
              </application>
            </manifest>
            """;

    private Manifests() {
    }
}

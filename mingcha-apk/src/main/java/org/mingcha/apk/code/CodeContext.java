package org.mingcha.apk.code;

/** What the container knows that code scanning needs for attribution and SDK detection. appPackage is "" for SDK inputs. componentClasses: every manifest component and Application class name (dotted). nativeLibraries: file names like libBugly.so. metadata: e.g. "maven:com.umeng.umsdk:common:9.6.8" lines read from pom.properties, AAR META-INF/*.version files. */
public record CodeContext(String appPackage, java.util.List<String> componentClasses, java.util.List<String> nativeLibraries, java.util.Map<String,String> metadata) {}

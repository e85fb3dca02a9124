package org.mingcha.core.kb;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every framework API the knowledge base names must exist in the real Android framework: the class, and the
 * member with each listed descriptor (declared on the class or inherited, as call sites resolve it). Classes
 * are read from Robolectric's android-all (the Android 16 framework including hidden APIs); {@code java.*}
 * classes, which android-all does not carry, are read from the running JDK, whose public API of these
 * classes matches Android's libcore. Third-party SDK classes (AMap, Baidu, Google Play services, androidx) are
 * outside this check.
 */
class SensitiveApiFrameworkTest {

    private static ZipFile androidAll;
    private static final Map<String, Optional<ClassInfo>> CLASSES = new HashMap<>();

    @BeforeAll
    static void openFramework() throws IOException {
        String jar = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (new File(entry).getName().startsWith("android-all-")) {
                jar = entry;
            }
        }
        assertThat(jar).as("org.robolectric:android-all on the test class path").isNotNull();
        androidAll = new ZipFile(jar);
    }

    @AfterAll
    static void closeFramework() throws IOException {
        androidAll.close();
    }

    static boolean isFramework(String className) {
        return className.startsWith("android.") || className.startsWith("java.") || className.startsWith("javax.");
    }

    @Test
    void frameworkMethodsAndFieldsExistWithTheirDescriptors() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (SensitiveApi api : KnowledgeBase.bundled().sensitiveApis()) {
            boolean memberEntry = api.kind() == SensitiveApi.Kind.METHOD || api.kind() == SensitiveApi.Kind.FIELD;
            // value entries that name a framework constant are checked as fields too
            boolean constantEntry = !memberEntry && api.hasMember();
            if (!isFramework(api.className()) || !(memberEntry || constantEntry)) {
                continue;
            }
            checked++;
            Optional<ClassInfo> cls = classInfo(api.className());
            if (cls.isEmpty()) {
                problems.add(api.id() + ": class " + api.className() + " not in the framework");
                continue;
            }
            // a value entry's member is the constant holding the value, or the method taking it (Runtime.exec)
            boolean field = api.kind() == SensitiveApi.Kind.FIELD
                    || (constantEntry && api.descriptors().stream().noneMatch(d -> d.startsWith("(")));
            if (api.descriptors().isEmpty()) {
                if (!hasMember(api.className(), api.member(), null, field)) {
                    problems.add(api.id() + ": " + api.className() + " has no " + (field ? "field " : "method ")
                            + api.member());
                }
                continue;
            }
            for (String descriptor : api.descriptors()) {
                if (!hasMember(api.className(), api.member(), descriptor, field)) {
                    problems.add(api.id() + ": " + api.className() + " has no " + api.member()
                            + (field ? ":" : "") + descriptor + "; it has " + describe(api.className(), api.member(), field));
                }
            }
        }
        assertThat(problems).as("framework members missing (%d checked)", checked).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void theCheckFindsAWrongDescriptor() throws IOException {
        assertThat(hasMember("android.telephony.TelephonyManager", "getDeviceId", "()Ljava/lang/String;", false))
                .isTrue();
        assertThat(hasMember("android.telephony.TelephonyManager", "getDeviceId", "()I", false)).isFalse();
        assertThat(hasMember("android.os.Build", "SERIAL", "Ljava/lang/String;", true)).isTrue();
        assertThat(hasMember("android.os.Build", "SERIAL", "I", true)).isFalse();
        assertThat(classInfo("android.telephony.NoSuchManager")).isEmpty();
        // inherited from InputStreamReader: call sites name the class they call through
        assertThat(hasMember("java.io.FileReader", "read", "()I", false)).isTrue();
    }

    private static boolean hasMember(String className, String name, String descriptor, boolean field)
            throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(className));
        while (!queue.isEmpty()) {
            String current = queue.remove(0);
            if (!seen.add(current)) {
                continue;
            }
            Optional<ClassInfo> info = classInfo(current);
            if (info.isEmpty()) {
                continue;
            }
            Set<String> members = field ? info.get().fields : info.get().methods;
            for (String member : members) {
                int colon = member.indexOf(':');
                if (member.substring(0, colon).equals(name)
                        && (descriptor == null || member.substring(colon + 1).equals(descriptor))) {
                    return true;
                }
            }
            info.get().supertypes.forEach(queue::add);
        }
        return false;
    }

    private static String describe(String className, String name, boolean field) throws IOException {
        List<String> found = new ArrayList<>();
        Optional<ClassInfo> info = classInfo(className);
        if (info.isPresent()) {
            for (String member : field ? info.get().fields : info.get().methods) {
                if (member.startsWith(name + ":")) {
                    found.add(member.substring(name.length() + 1));
                }
            }
        }
        return found.isEmpty() ? "no such member declared" : String.join(", ", found);
    }

    private static Optional<ClassInfo> classInfo(String className) throws IOException {
        Optional<ClassInfo> cached = CLASSES.get(className);
        if (cached != null) {
            return cached;
        }
        String resource = className.replace('.', '/') + ".class";
        byte[] bytes = null;
        ZipEntry entry = androidAll.getEntry(resource);
        if (entry != null) {
            try (InputStream in = androidAll.getInputStream(entry)) {
                bytes = in.readAllBytes();
            }
        } else if (className.startsWith("java.") || className.startsWith("javax.")) {
            try (InputStream in = ClassLoader.getSystemResourceAsStream(resource)) {
                bytes = in == null ? null : in.readAllBytes();
            }
        }
        Optional<ClassInfo> info = bytes == null ? Optional.empty() : Optional.of(ClassInfo.read(bytes));
        CLASSES.put(className, info);
        return info;
    }

    /** Members as {@code name:descriptor}, and direct supertypes as dotted binary names. */
    private record ClassInfo(Set<String> methods, Set<String> fields, List<String> supertypes) {
        static ClassInfo read(byte[] bytes) {
            Set<String> methods = new HashSet<>();
            Set<String> fields = new HashSet<>();
            List<String> supertypes = new ArrayList<>();
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    if (superName != null) {
                        supertypes.add(superName.replace('/', '.'));
                    }
                    for (String i : interfaces) {
                        supertypes.add(i.replace('/', '.'));
                    }
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                                               Object value) {
                    fields.add(name + ":" + descriptor);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    methods.add(name + ":" + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return new ClassInfo(methods, fields, supertypes);
        }
    }
}

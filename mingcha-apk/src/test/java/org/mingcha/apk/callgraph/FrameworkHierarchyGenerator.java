package org.mingcha.apk.callgraph;

import jadx.api.plugins.input.data.IClassData;
import jadx.plugins.input.java.JavaClassReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Generates {@code framework-hierarchy.txt} from Robolectric's android-all jar: the supertypes of the framework
 * classes apps extend or implement, closed over their own supertypes; {@code java.*} and {@code javax.*}, which
 * android-all does not hold, come from the running JDK. Run with the path of the jar and the
 * output file; {@code FrameworkHierarchyTest} checks the committed resource against the jar.
 */
public final class FrameworkHierarchyGenerator {

    /** Framework types whose app subtypes carry entry points or implicit callbacks. */
    static final List<String> ROOTS = List.of(
            "android/app/Activity", "android/app/ListActivity", "android/app/TabActivity", "android/app/ActivityGroup",
            "android/app/NativeActivity", "android/app/AliasActivity", "android/app/ExpandableListActivity",
            "android/preference/PreferenceActivity", "android/app/Application", "android/app/Service",
            "android/app/IntentService", "android/app/job/JobService", "android/accessibilityservice/AccessibilityService",
            "android/service/notification/NotificationListenerService", "android/content/BroadcastReceiver",
            "android/content/ContentProvider", "android/app/Fragment", "android/app/Dialog", "android/app/AlertDialog",
            "android/app/Instrumentation", "java/lang/Thread", "java/lang/Runnable", "java/util/concurrent/Callable",
            "java/util/TimerTask", "android/os/Handler", "android/os/HandlerThread", "android/os/AsyncTask",
            "java/util/concurrent/Executor", "java/util/concurrent/ExecutorService",
            "java/util/concurrent/ScheduledExecutorService", "java/util/concurrent/ThreadPoolExecutor",
            "java/util/concurrent/ScheduledThreadPoolExecutor", "java/util/concurrent/FutureTask",
            "java/util/concurrent/ForkJoinPool", "android/view/View$OnClickListener",
            "android/view/View$OnLongClickListener", "android/view/View$OnTouchListener",
            "android/widget/AdapterView$OnItemClickListener", "android/widget/CompoundButton$OnCheckedChangeListener",
            "android/content/DialogInterface$OnClickListener", "android/os/Handler$Callback",
            "android/text/TextWatcher", "android/webkit/WebViewClient", "android/webkit/WebChromeClient",
            "android/location/LocationListener", "android/hardware/SensorEventListener",
            "android/view/Choreographer$FrameCallback", "android/os/MessageQueue$IdleHandler",
            "android/content/ServiceConnection", "android/app/Application$ActivityLifecycleCallbacks",
            "android/content/ComponentCallbacks2", "android/view/View", "android/widget/Button",
            "android/widget/TextView", "android/webkit/WebView", "javax/net/ssl/X509TrustManager",
            "javax/net/ssl/HostnameVerifier", "java/lang/Object");

    private FrameworkHierarchyGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[1]), generate(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    static String generate(Path androidAll) throws IOException {
        Map<String, String> lines = new TreeMap<>();
        try (ZipFile jar = new ZipFile(androidAll.toFile())) {
            Deque<String> todo = new ArrayDeque<>(ROOTS);
            while (!todo.isEmpty()) {
                String name = todo.pop();
                if (lines.containsKey(name)) {
                    continue;
                }
                IClassData cls = read(jar, name);
                List<String> parts = new ArrayList<>();
                parts.add("L" + name + ";");
                String sup = cls.getSuperType();
                parts.add(sup == null ? "-" : sup);
                parts.addAll(cls.getInterfacesTypes());
                lines.put(name, String.join(" ", parts));
                if (sup != null) {
                    todo.push(internal(sup));
                }
                cls.getInterfacesTypes().forEach(i -> todo.push(internal(i)));
            }
        }
        StringBuilder out = new StringBuilder("# class super interfaces... (generated from org.robolectric:android-all"
                + " by FrameworkHierarchyGenerator; do not edit)\n");
        lines.values().forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    static IClassData read(ZipFile jar, String name) {
        ZipEntry entry = jar.getEntry(name + ".class");
        // android-all leaves java.* and javax.* to the JDK it runs on; their shape has not changed in decades
        try (InputStream in = entry != null ? jar.getInputStream(entry)
                : ClassLoader.getSystemResourceAsStream(name + ".class")) {
            if (in == null) {
                throw new IllegalArgumentException("neither in android-all nor in the JDK: " + name);
            }
            return new JavaClassReader(0, name, in.readAllBytes()).loadClassData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String internal(String descriptor) {
        return descriptor.substring(1, descriptor.length() - 1);
    }
}

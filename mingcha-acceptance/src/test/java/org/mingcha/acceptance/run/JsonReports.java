package org.mingcha.acceptance.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the parts of a JSON report (docs/report-json.md) the SDK tests compare. */
public final class JsonReports {

    private JsonReports() {
    }

    /** {@code callSites[]} entry; {@code caller} is {@code Lcom/a/B;->m(...)V}, of which the class is compared. */
    public record CallSite(String api, String descriptor, String callerClass, String attributionKind, String sdkId) {
    }

    public static JsonNode sdk(JsonNode report, String id) {
        for (JsonNode sdk : report.path("sdks")) {
            if (id.equals(sdk.path("id").asText())) {
                return sdk;
            }
        }
        return MissingNode.getInstance();
    }

    public static List<String> sdkIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.path("sdks").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    public static List<CallSite> callSites(JsonNode report) {
        List<CallSite> out = new ArrayList<>();
        for (JsonNode c : report.path("callSites")) {
            JsonNode attribution = c.path("attribution");
            out.add(new CallSite(c.path("api").asText(), c.path("descriptor").asText(""),
                    callerClass(c.path("caller").asText()), attribution.path("kind").asText(),
                    attribution.path("sdkId").asText("")));
        }
        return out;
    }

    /** {@code Lcom/a/B$C;->m()V} -> {@code com.a.B$C}. */
    public static String callerClass(String methodRef) {
        int end = methodRef.indexOf(";->");
        String type = end < 0 ? methodRef : methodRef.substring(0, end + 1);
        if (type.startsWith("L") && type.endsWith(";")) {
            type = type.substring(1, type.length() - 1);
        }
        return type.replace('/', '.');
    }
}

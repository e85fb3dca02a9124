package org.mingcha.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.OutputStream;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.Renderer;
import org.mingcha.report.ReportContext;
import org.mingcha.report.Reports;

/** The machine-readable report, {@code <name>.mingcha.json}; see {@code docs/report-json.md}. */
public final class JsonRenderer implements Renderer {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return ".mingcha.json";
    }

    @Override
    public void render(ScanResult result, ReportContext ctx, OutputStream out) {
        JsonReport report = JsonReportMapper.map(result, ctx);
        Reports.write(() -> {
            MAPPER.writeValue(out, report);
            out.flush();
        });
    }

    /** The JSON Schema the output conforms to, as a classpath resource of this class. */
    public static String schemaResource() {
        return "report.schema.json";
    }
}

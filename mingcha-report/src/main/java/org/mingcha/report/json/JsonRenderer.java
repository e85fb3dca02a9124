package org.mingcha.report.json;

import java.io.OutputStream;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.mingcha.core.scan.ScanResult;
import org.mingcha.report.Renderer;
import org.mingcha.report.ReportContext;
import org.mingcha.report.Reports;

/** The machine-readable report, {@code <name>.mingcha.json}; see {@code docs/report-json.md}. */
public final class JsonRenderer implements Renderer {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

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
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
                RecordJsonWriter.write(report, g);
            }
            out.flush();
        });
    }

    /** The JSON Schema the output conforms to, as a classpath resource of this class. */
    public static String schemaResource() {
        return "report.schema.json";
    }
}

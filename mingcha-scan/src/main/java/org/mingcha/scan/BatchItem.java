package org.mingcha.scan;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.mingcha.core.scan.MingchaException;
import org.mingcha.core.scan.ScanResult;

/** The outcome for one input of a batch: exactly one of {@code result} and {@code error} is present. */
public record BatchItem(Path input, Optional<ScanResult> result, Optional<MingchaException> error) {

    public BatchItem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(error, "error");
        if (result.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a batch item has either a result or an error: " + input);
        }
    }

    public static BatchItem scanned(Path input, ScanResult result) {
        return new BatchItem(input, Optional.of(result), Optional.empty());
    }

    public static BatchItem failed(Path input, MingchaException error) {
        return new BatchItem(input, Optional.empty(), Optional.of(error));
    }

    public boolean ok() {
        return result.isPresent();
    }
}

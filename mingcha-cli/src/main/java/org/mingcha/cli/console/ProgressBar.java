package org.mingcha.cli.console;

import java.io.PrintWriter;
import org.mingcha.core.scan.Progress;

/**
 * Progress on stderr: a single redrawn line when stderr is a terminal; otherwise a plain line at most
 * every few seconds, and only for work that has already taken that long, so quick scans and logs stay quiet.
 */
public final class ProgressBar implements Progress {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long PLAIN_NANOS = 5_000_000_000L;
    private static final int BAR = 28;

    private final PrintWriter err;
    private final boolean tty;
    private final boolean enabled;
    private final String label;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean visible;

    public ProgressBar(PrintWriter err, boolean tty, boolean enabled, String label) {
        this.err = err;
        this.tty = tty;
        this.enabled = enabled;
        this.label = label;
        this.lastDrawn = started;
    }

    public static ProgressBar off(PrintWriter err) {
        return new ProgressBar(err, false, false, "");
    }

    @Override
    public synchronized void update(String stage, long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        boolean last = total > 0 && done >= total;
        if (tty) {
            if (now - lastDrawn < REDRAW_NANOS && !last) {
                return;
            }
            err.print("\r\u001b[K" + render(stage, done, total));
            err.flush();
            visible = true;
        } else {
            if (now - lastDrawn < PLAIN_NANOS) {
                return;
            }
            err.println(render(stage, done, total));
            err.flush();
        }
        lastDrawn = now;
    }

    /** Removes the bar so other output starts on a clean line. */
    public synchronized void clear() {
        if (visible) {
            err.print("\r\u001b[K");
            err.flush();
            visible = false;
        }
    }

    private String render(String stage, long done, long total) {
        StringBuilder sb = new StringBuilder(label);
        if (total > 0) {
            int filled = (int) Math.min(BAR, BAR * done / total);
            sb.append(" [").append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                    .append(done * 100 / total).append("% ").append(done).append('/').append(total);
        } else {
            sb.append(' ').append(done);
        }
        if (!stage.isEmpty()) {
            sb.append(' ').append(Width.truncate(stage, 40));
        }
        return sb.toString();
    }
}

package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs poppler-utils' {@code pdftotext} and {@code pdftoppm} (Debian package poppler-utils).
 * When they are missing the test is skipped, unless {@code SR_REQUIRE_POPPLER=1} is set (as
 * CI does): then it fails.
 */
public final class Poppler {

    private Poppler() {
    }

    /** The text pdftotext reads from the file, in its default reading order. */
    public static String text(Path pdf) throws IOException, InterruptedException {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** Renders the first page as a PNG at {@code dpi} to {@code prefix}.png. */
    public static void png(Path pdf, Path prefix, int dpi) throws IOException, InterruptedException {
        run("pdftoppm", "-png", "-r", Integer.toString(dpi), "-f", "1", "-l", "1",
                "-singlefile", pdf.toString(), prefix.toString());
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            if ("1".equals(System.getenv("SR_REQUIRE_POPPLER"))) {
                throw new IllegalStateException("poppler-utils is required (SR_REQUIRE_POPPLER=1)"
                        + " but " + command[0] + " cannot be run: " + missing.getMessage(), missing);
            }
            Assumptions.abort(command[0] + " (poppler-utils) is not installed, skipping");
            throw missing;
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(command[0] + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}

package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketScaleTest {

    @TempDir
    Path folder;

    @Test
    void fiveThousandNotePacketCompletesInA256MegabyteHeap() throws Exception {
        Path pdf = folder.resolve("large.pdf");
        Path log = folder.resolve("export.log");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + folder,
                "-cp", System.getProperty("java.class.path"),
                LargePacketExport.class.getName(), "5000", pdf.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(finished).as("export finished in time").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("pages=\\d{4,}");
        assertThat(Files.size(pdf)).isPositive();
    }
}

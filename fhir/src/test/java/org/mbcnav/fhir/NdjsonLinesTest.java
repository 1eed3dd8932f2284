package org.mbcnav.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte lines of the first grouping pass must be the lines a reader gives (same ends, same
 * numbers, same text), and classifying a line from its bytes must give what classifying its
 * text gives, for every kind of line, since the merge and the importer use the text.
 */
class NdjsonLinesTest {
    private static final String OBS = "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"subject\":{\"reference\":\"Patient/a\"}}";

    @Test
    void linesEndWhereAReaderEndsThem(@TempDir Path dir) throws IOException {
        List<String> texts = List.of("", "a", "\n", "\r", "\r\n", "a\nb", "a\rb", "a\r\nb", "a\n\nb\r\r\nc\n", "a\r", "a\r\n",
                "\n\r\n\r", "é\u2028ü\r\n€\n", "x".repeat(70_000) + "\r" + "\n" + "y".repeat(140_000));
        for (String text : texts) {
            Path f = dir.resolve("f.ndjson");
            Files.writeString(f, text);
            assertThat(byteLines(f)).as(text.length() > 20 ? text.substring(0, 20) : text).isEqualTo(readerLines(f));
        }
        // Line ends at every position of the read buffer, and a gzipped file.
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        String[] ends = {"\n", "\r", "\r\n"};
        while (sb.length() < 300_000) {
            sb.append("z".repeat(random.nextInt(200))).append(ends[random.nextInt(3)]);
        }
        Path plain = dir.resolve("long.ndjson");
        Files.writeString(plain, sb);
        assertThat(byteLines(plain)).isEqualTo(readerLines(plain));
        Path gz = dir.resolve("long.ndjson.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(byteLines(gz)).isEqualTo(readerLines(plain));
    }

    @Test
    void classifyingBytesGivesWhatClassifyingTheTextGives() {
        BulkLineParser parser = new BulkLineParser();
        List<String> lines = List.of(OBS, "", "   \t ", "\u000b", "\u001c", " \u00a0", "\u3000", "{broken", "[1]", "{}",
                "{\"resourceType\":\"\"}", "{\"resourceType\":\"Medication\",\"id\":\"m1\"}", "{\"resourceType\":\"Practitioner\",\"id\":\"d\"}",
                "{\"resourceType\":\"Patient\",\"id\":12}", "{\"resourceType\":\"Patient\",\"id\":\"ü\"}",
                OBS.replace("}}", "}") , OBS + " trailing", "\t" + OBS, "\ufeff" + OBS, OBS.replace("o1", "o\u00011"),
                "{\"resourceType\":\"Observation\",\"subject\":{\"reference\":\"Patient/a\"},\"note\":\"caf\u00e9\"}",
                "{\"resourceType\":\"Observation\",\"subject\":\"Patient/a\",\"patient\":{\"reference\":\"urn:uuid:b\"}}",
                "{\"resourceType\":\"Observation\", \"id\": \"o2\", \"value\": 1.5e3, \"x\": [1, {\"y\": null}]}",
                "{\"resourceType\":\"Observation\",\"id\":\"o3\",\"value\":01}", "{\"resourceType\":\"Observation\",\"id\":'o4'}",
                "{\"resourceType\":\"Observation\",\"id\":\"o5\"", "\u0000{}");
        for (String line : lines) {
            byte[] bytes = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
            int length = line.getBytes(StandardCharsets.UTF_8).length;
            assertThat(parser.classify(bytes, 2, length)).as(line).isEqualTo(parser.classify(line));
        }
        assertThat(parser.classify(OBS.getBytes(StandardCharsets.UTF_8), 0, OBS.length()).patientId()).isEqualTo("a");
    }

    private static List<String> byteLines(Path f) throws IOException {
        List<String> out = new ArrayList<>();
        try (NdjsonLines lines = NdjsonLines.open(f)) {
            while (lines.next()) {
                out.add(lines.number() + ":" + lines.text());
            }
        }
        return out;
    }

    private static List<String> readerLines(Path f) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(f)) {
            int n = 0;
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                out.add(++n + ":" + l);
            }
        }
        return out;
    }
}

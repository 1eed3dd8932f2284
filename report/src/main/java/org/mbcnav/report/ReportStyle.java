package org.mbcnav.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The one stylesheet of the reports and the web app, read from the classpath. */
public final class ReportStyle {
    private static final String CSS = load();

    private ReportStyle() {
    }

    public static String css() {
        return CSS;
    }

    private static String load() {
        try (InputStream in = ReportStyle.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the report module's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

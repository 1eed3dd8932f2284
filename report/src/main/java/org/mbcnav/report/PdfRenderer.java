package org.mbcnav.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders a report's XHTML to PDF with openhtmltopdf (PDFBox); no network, no external resources. */
public final class PdfRenderer {
    static {
        // The renderer reports unsupported CSS (focus outlines, screen-only rules) on the console.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfRenderer() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
        return out.toByteArray();
    }
}

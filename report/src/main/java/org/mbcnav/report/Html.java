package org.mbcnav.report;

/**
 * A small HTML builder that escapes every text and attribute value it is given, so that patient
 * data can never become markup. Tag and attribute names are the caller's constants. The output is
 * well-formed XHTML (void elements closed), which the PDF renderer needs.
 */
public final class Html {
    private final StringBuilder b = new StringBuilder(4096);

    /** Opens an element; attrs are name, value pairs (a null value leaves the attribute out). */
    public Html open(String tag, String... attrs) {
        b.append('<').append(tag);
        attributes(attrs);
        b.append('>');
        return this;
    }

    public Html close(String tag) {
        b.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    public Html el(String tag, Object text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** A void element such as input, meta or br. */
    public Html empty(String tag, String... attrs) {
        b.append('<').append(tag);
        attributes(attrs);
        b.append("/>");
        return this;
    }

    public Html text(Object text) {
        if (text != null) {
            escape(String.valueOf(text), b);
        }
        return this;
    }

    /** Appends another builder's output (already escaped). */
    public Html append(Html other) {
        b.append(other.b);
        return this;
    }

    /** Trusted markup written by this code base (doctype, inline SVG made by Svg), never data. */
    Html trusted(String markup) {
        b.append(markup);
        return this;
    }

    private void attributes(String... attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                b.append(' ').append(attrs[i]).append("=\"");
                escape(attrs[i + 1], b);
                b.append('"');
            }
        }
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        escape(s, out);
        return out.toString();
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newlines are not allowed in XHTML.
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return b.toString();
    }
}

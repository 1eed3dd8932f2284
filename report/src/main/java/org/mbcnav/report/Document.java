package org.mbcnav.report;

/**
 * Wraps report content in a complete XHTML page. Standalone documents (files, PDF) carry the
 * stylesheet inline; documents served by the web app link it, because the Content-Security-Policy
 * there allows styles from the app itself only.
 */
public final class Document {
    private Document() {
    }

    /** stylesheetHref null = inline the stylesheet. */
    public static String page(String title, Html body, String stylesheetHref) {
        Html h = new Html();
        h.trusted("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.el("title", title);
        if (stylesheetHref == null) {
            h.open("style").text(ReportStyle.css()).close("style");
        } else {
            h.empty("link", "rel", "stylesheet", "href", stylesheetHref);
        }
        h.close("head");
        h.open("body").open("main").append(body).close("main").close("body").close("html");
        return h.toString();
    }
}

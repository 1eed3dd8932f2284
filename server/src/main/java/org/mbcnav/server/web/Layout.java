package org.mbcnav.server.web;

import io.javalin.http.Context;
import org.mbcnav.report.Html;

/** The page frame: skip link, navigation for the signed-in role, main landmark, footer disclaimer. */
final class Layout {
    static final String DISCLAIMER = "MBC Navigator supports the care team's decisions; it does not replace them.";

    private Layout() {
    }

    static void send(Context ctx, int status, String title, WebSession s, Html content) {
        Html h = new Html();
        h.open("html", "lang", "en");
        h.open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.empty("meta", "name", "htmx-config", "content", "{\"includeIndicatorStyles\":false,\"allowEval\":false}");
        h.el("title", title + " - MBC Navigator");
        h.empty("link", "rel", "stylesheet", "href", "/static/app.css");
        h.open("script", "src", "/static/htmx.min.js", "defer", "defer").close("script");
        h.close("head");
        h.open("body");
        h.el("a", "Skip to content", "href", "#content", "class", "skip");
        h.open("header", "class", "bar").open("nav", "aria-label", "Main");
        h.el("a", "MBC Navigator", "href", "/app", "class", "brand");
        if (s != null) {
            if (s.role() != org.mbcnav.server.api.Role.PATIENT) {
                h.el("a", "Patients", "href", "/app/patients");
                h.el("a", "New patient", "href", "/app/patients/new");
                h.el("a", "Upload FHIR", "href", "/app/upload");
            }
            h.open("form", "method", "post", "action", "/app/logout", "class", "inline");
            h.empty("input", "type", "hidden", "name", "csrf", "value", s.csrf());
            h.el("button", "Sign out", "type", "submit");
            h.close("form");
        }
        h.close("nav").close("header");
        h.open("main", "id", "content", "class", "page", "tabindex", "-1").append(content).close("main");
        h.open("footer", "class", "page").el("p", DISCLAIMER, "class", "muted").close("footer");
        h.close("body").close("html");
        ctx.status(status).contentType("text/html; charset=utf-8").result("<!DOCTYPE html>\n" + h);
    }
}

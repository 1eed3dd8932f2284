package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks served HTML for markup an attacker could have injected: scripts, event handlers, javascript: URLs. */
final class SafeHtml {
    /** The one script every page loads: htmx, from the app itself. */
    static final String HTMX = "<script src=\"/static/htmx.min.js\" defer=\"defer\">";
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern QUOTED = Pattern.compile("=\"[^\"]*\"");
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private SafeHtml() {
    }

    /** Every tag's attribute names: the quoted values (escaped by the page builder) are left out. */
    static void assertNoInjectedMarkup(String html) {
        List<String> scripts = new ArrayList<>();
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String tag = tags.group();
            String names = QUOTED.matcher(tag).replaceAll("=\"\"");
            assertThat(HANDLER.matcher(names).find()).as("event handler attribute in " + tag).isFalse();
            if (tag.regionMatches(true, 0, "<script", 0, 7)) {
                scripts.add(tag);
            }
            assertThat(tag.toLowerCase()).as(tag).doesNotContain("javascript:");
        }
        assertThat(scripts).allMatch(HTMX::equals);
    }
}

package org.mbcnav.server.cds;

import java.util.List;

/**
 * A CDS Hooks 2.0 card. Optional members are null when empty: the specification forbids empty
 * strings, arrays and objects, and the JSON writer leaves nulls out.
 */
public record Card(String uuid, String summary, String detail, String indicator, Source source,
                   List<Suggestion> suggestions, String selectionBehavior, List<Coding> overrideReasons,
                   List<Link> links) {

    /** The spec asks for a summary under 140 characters. */
    public static final int MAX_SUMMARY = 139;

    public record Source(String label, String url) {
    }

    public record Coding(String code, String system, String display) {
    }

    public record Link(String label, String url, String type) {
    }

    public record Action(String type, String description, Object resource) {
    }

    public record Suggestion(String label, String uuid, Boolean isRecommended, List<Action> actions) {
    }

    public static String summary(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_SUMMARY ? oneLine : oneLine.substring(0, MAX_SUMMARY - 1).stripTrailing() + "…";
    }
}

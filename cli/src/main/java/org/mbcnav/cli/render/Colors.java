package org.mbcnav.cli.render;

/** ANSI styling for terminal text, or none. */
public record Colors(boolean on) {
    public static Colors choose(String when) {
        return switch (when) {
            case "always" -> new Colors(true);
            case "never" -> new Colors(false);
            default -> new Colors(System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM")));
        };
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String red(String s) {
        return wrap("31", s);
    }

    public String cyan(String s) {
        return wrap("36", s);
    }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}

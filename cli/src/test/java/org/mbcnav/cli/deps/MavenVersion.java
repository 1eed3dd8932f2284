package org.mbcnav.cli.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maven version order, as far as advisory ranges need it: numbers compare as numbers; release
 * markers (RELEASE, Final, GA, jre, android) equal a plain release; other qualifiers (alpha, beta,
 * RC, M, SNAPSHOT ...) come before the release they qualify. So 3.1.2.RELEASE = 3.1.2 < 3.1.4.RELEASE,
 * 33.2.1-jre > 32.0.0 and 2.0.0-RC1 < 2.0.0.
 */
final class MavenVersion implements Comparable<MavenVersion> {
    private static final List<String> RELEASE = List.of("release", "final", "ga", "jre", "android");
    private final List<Object> parts = new ArrayList<>();
    private final String text;

    MavenVersion(String text) {
        this.text = text;
        for (String p : text.split("[.\\-_]|(?<=\\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\\d)")) {
            if (p.isEmpty()) {
                continue;
            }
            if (p.chars().allMatch(Character::isDigit)) {
                parts.add(new java.math.BigInteger(p));
            } else if (!RELEASE.contains(p.toLowerCase(Locale.ROOT))) {
                parts.add(p.toLowerCase(Locale.ROOT));
            }
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof java.math.BigInteger b && b.signum() == 0) {
            parts.remove(parts.size() - 1);
        }
    }

    @Override
    public int compareTo(MavenVersion o) {
        for (int i = 0; i < Math.max(parts.size(), o.parts.size()); i++) {
            Object a = i < parts.size() ? parts.get(i) : null;
            Object b = i < o.parts.size() ? o.parts.get(i) : null;
            int c = compare(a, b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** A missing part is a plain release: equal to a zero, more than a qualifier. */
    private static int compare(Object a, Object b) {
        if (a == null) {
            return b instanceof String ? 1 : java.math.BigInteger.ZERO.compareTo((java.math.BigInteger) b);
        }
        if (b == null) {
            return -compare(b, a);
        }
        if (a instanceof java.math.BigInteger x && b instanceof java.math.BigInteger y) {
            return x.compareTo(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        return a instanceof java.math.BigInteger ? 1 : -1;
    }

    @Override
    public String toString() {
        return text;
    }
}

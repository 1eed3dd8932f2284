package org.mbcnav.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level of English text: 0.39 (words / sentences) + 11.8 (syllables /
 * words) - 15.59 (Kincaid et al. 1975). Syllables are counted by vowel groups with the usual
 * corrections (silent final e, -le, -ed), the method most readability tools use.
 */
public final class Readability {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]+(\\s|$)|\\n\\s*\\n");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    public record Score(int words, int sentences, int syllables, double grade) {
    }

    private Readability() {
    }

    public static Score measure(String text) {
        int words = 0;
        int syllables = 0;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words++;
            syllables += syllables(w.group());
        }
        int sentences = 0;
        Matcher s = SENTENCE_END.matcher(text.strip() + "\n");
        while (s.find()) {
            sentences++;
        }
        sentences = Math.max(1, sentences);
        if (words == 0) {
            return new Score(0, sentences, 0, 0);
        }
        double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        return new Score(words, sentences, syllables, grade);
    }

    /** Text of an HTML document's body: block ends count as sentence ends, tags dropped. */
    public static String textOfHtml(String html) {
        String body = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("(?s)<svg.*?</svg>", " ");
        body = body.replaceAll("(?i)</(h[1-6]|li|p|dt|dd|summary|td|th|caption|figcaption|div)>", ". ");
        body = body.replaceAll("<[^>]*>", " ");
        body = body.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return body.replaceAll("(\\.\\s*)+\\.", ".").replaceAll("\\s+", " ").strip();
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = VOWEL_GROUP.matcher(w);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }
}

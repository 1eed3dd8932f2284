package org.mbcnav.cohort.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether an export is ordered by patient id in every file, judged from the first pass's split
 * scans, and, if it is, the key ranges that split the merge into tasks. A file is ordered when
 * each of its splits is and each split's first patient id is not below the last one of the
 * split before it (splits with no patient line are passed over). Patient ids compare as
 * {@link String#compareTo}, as in the in-process engine's order check.
 */
final class ExportOrder {
    /** The start of a file in which the first pass found no patient line. */
    static final long NO_PATIENTS = -1;

    private ExportOrder() {
    }

    /**
     * One task of the merge: the patients with ids in [lo, hi) (lo null: no lower bound, hi
     * null: no upper bound), read from each file from the byte offset in {@code starts}, the
     * start of a line of a patient below lo (0 when there is none; {@link #NO_PATIENTS} for a
     * file without patient lines, such as one of Medications, which is not read at all).
     */
    record KeyRange(String lo, String hi, List<Long> starts) implements Serializable {
    }

    static boolean ordered(List<SplitScan> scans) {
        Map<Integer, TreeMap<Integer, SplitScan>> byFile = byFile(scans);
        for (TreeMap<Integer, SplitScan> splits : byFile.values()) {
            String last = null;
            for (SplitScan s : splits.values()) {
                if (!s.ordered()) {
                    return false;
                }
                if (s.first() == null) {
                    continue;
                }
                if (last != null && s.first().compareTo(last) < 0) {
                    return false;
                }
                last = s.last();
            }
        }
        return true;
    }

    /**
     * About {@code count} ranges with boundaries evenly spaced over all sampled ids (fewer when
     * the samples hold fewer distinct ids). Call only for an ordered export.
     */
    static List<KeyRange> ranges(List<SplitScan> scans, int files, int count) {
        List<String> keys = new ArrayList<>();
        for (SplitScan s : scans) {
            for (SplitScan.KeySample k : s.samples()) {
                keys.add(k.key());
            }
        }
        keys.sort(null);
        List<String> bounds = new ArrayList<>();
        for (int i = 1; i < count && !keys.isEmpty(); i++) {
            String b = keys.get((int) ((long) i * keys.size() / count));
            if (bounds.isEmpty() || b.compareTo(bounds.getLast()) > 0) {
                bounds.add(b);
            }
        }
        // Each file's samples in offset order; in an ordered file their ids do not decrease.
        List<List<SplitScan.KeySample>> samples = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            samples.add(new ArrayList<>());
        }
        for (SplitScan s : scans) {
            samples.get(s.file()).addAll(s.samples());
        }
        samples.forEach(l -> l.sort(Comparator.comparingLong(SplitScan.KeySample::offset)));
        List<KeyRange> ranges = new ArrayList<>();
        for (int i = 0; i <= bounds.size(); i++) {
            String lo = i == 0 ? null : bounds.get(i - 1);
            String hi = i == bounds.size() ? null : bounds.get(i);
            List<Long> starts = new ArrayList<>();
            for (List<SplitScan.KeySample> fileSamples : samples) {
                starts.add(start(fileSamples, lo));
            }
            ranges.add(new KeyRange(lo, hi, starts));
        }
        return ranges;
    }

    /**
     * The offset of the last sample with an id strictly below lo: every line of a patient at or
     * above lo comes after it, while a sample of lo itself may follow earlier lines of lo.
     */
    private static long start(List<SplitScan.KeySample> fileSamples, String lo) {
        if (fileSamples.isEmpty()) {
            return NO_PATIENTS;
        }
        long start = 0;
        if (lo == null) {
            return start;
        }
        for (SplitScan.KeySample k : fileSamples) {
            if (k.key().compareTo(lo) >= 0) {
                break;
            }
            start = k.offset();
        }
        return start;
    }

    private static Map<Integer, TreeMap<Integer, SplitScan>> byFile(List<SplitScan> scans) {
        Map<Integer, TreeMap<Integer, SplitScan>> byFile = new TreeMap<>();
        for (SplitScan s : scans) {
            byFile.computeIfAbsent(s.file(), f -> new TreeMap<>()).put(s.partition(), s);
        }
        return byFile;
    }
}

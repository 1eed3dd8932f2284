package org.mbcnav.server.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values computed from one stored patient version as of a date (plannings, cards), kept for the
 * newest version of each patient only: a write makes the older versions' values useless, and
 * keeping them made memory grow with the number of writes rather than with the number of patients
 * (seen in the soak run, docs/reliability.md). At most maxPatients patients (least recently used
 * out first) and {@value #DATES_PER_PATIENT} dates per patient. Thread-safe.
 */
public final class LatestVersionCache<V> {
    static final int DATES_PER_PATIENT = 8;

    private static final class Slot<V> {
        final int version;
        final Map<LocalDate, V> byDate = new LinkedHashMap<>(4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LocalDate, V> eldest) {
                return size() > DATES_PER_PATIENT;
            }
        };

        Slot(int version) {
            this.version = version;
        }
    }

    private final Map<String, Slot<V>> slots;

    public LatestVersionCache(int maxPatients) {
        this.slots = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Slot<V>> eldest) {
                return size() > maxPatients;
            }
        };
    }

    /** The cached value, or null. */
    public synchronized V get(String patientId, int version, LocalDate asOf) {
        Slot<V> s = slots.get(patientId);
        return s == null || s.version != version ? null : s.byDate.get(asOf);
    }

    /** Caches the value unless a newer version of the patient is cached already; a newer version replaces the older. */
    public synchronized void put(String patientId, int version, LocalDate asOf, V value) {
        Slot<V> s = slots.get(patientId);
        if (s != null && s.version > version) {
            return;
        }
        if (s == null || s.version < version) {
            s = new Slot<>(version);
            slots.put(patientId, s);
        }
        s.byDate.put(asOf, value);
    }

    /** Values held, over all patients and dates. */
    public synchronized int size() {
        return slots.values().stream().mapToInt(s -> s.byDate.size()).sum();
    }
}

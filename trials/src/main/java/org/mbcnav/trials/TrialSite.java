package org.mbcnav.trials;

/** One trial site; lat/lon are null when the record gives no geoPoint, status null when not stated. */
public record TrialSite(String facility, String city, String country, String status, Double lat, Double lon) {
    public boolean located() {
        return lat != null && lon != null;
    }

    public String name() {
        return facility != null ? facility + (city == null ? "" : ", " + city) : city == null ? "site" : city;
    }
}

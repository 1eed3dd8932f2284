package org.mbcnav.trials.match;

/** The patient's location and how far they will travel: keep trials with a site within km. */
public record Near(double lat, double lon, double withinKm) {
    public Near {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("latitude must be within -90..90 and longitude within -180..180");
        }
        if (withinKm <= 0) {
            throw new IllegalArgumentException("the distance must be more than 0 km");
        }
    }
}

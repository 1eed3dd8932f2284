package org.mbcnav.model.course.knowledge;

/** A grade and the interval of the measured quantity that gives it. */
public record GradeBand(int grade, Interval interval) {
}

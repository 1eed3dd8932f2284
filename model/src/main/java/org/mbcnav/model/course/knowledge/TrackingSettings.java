package org.mbcnav.model.course.knowledge;

/**
 * Local policy for judging monitoring as done or overdue: a check counts for a scheduled date
 * when it is at most matchWindowDays early; a scheduled date is overdue when it passed more than
 * graceDays ago with nothing done. Not a clinical rule; a service may change it.
 */
public record TrackingSettings(int matchWindowDays, int graceDays, int upcomingDays) {
}

package org.mbcnav.model.plan;

/** A cited source as shown in a plan. */
public record SourceRef(String id, String title, String url) {
}

package org.mbcnav.model.patient;

import java.time.LocalDate;

/** One metastatic site with the date it was found and, for the brain, its status. */
public record MetastaticSite(MetastaticSiteType site, LocalDate date, SiteStatus status, Boolean symptomatic) {
}

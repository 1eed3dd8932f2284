package org.mbcnav.model.patient;

/**
 * HER2 by immunohistochemistry ("0", "1+", "2+", "3+") and in situ hybridisation. For IHC 0,
 * membraneStaining says whether faint incomplete staining was seen (HER2-ultralow) or not
 * (HER2-null); null means the report did not say. status is the qualitative call of a report
 * that gives neither an IHC score nor an ISH result ("HER2 negative" cannot tell low from zero).
 */
public record Her2Result(String ihc, Boolean membraneStaining, IshResult ish, Her2Status status) {
}

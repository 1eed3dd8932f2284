package org.mbcnav.model.patient;

/**
 * HER2 by immunohistochemistry ("0", "1+", "2+", "3+") and in situ hybridisation. For IHC 0,
 * membraneStaining says whether faint incomplete staining was seen (HER2-ultralow) or not
 * (HER2-null); null means the report did not say.
 */
public record Her2Result(String ihc, Boolean membraneStaining, IshResult ish) {
}

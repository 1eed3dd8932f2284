package org.mbcnav.model.patient;

import java.util.List;

/** Non-gene biomarkers: PD-L1, MSI/MMR and tumour mutational burden, each possibly repeated. */
public record Biomarkers(List<PdL1Result> pdl1, List<MsiResult> msi, List<TmbResult> tmb) {
    public Biomarkers {
        pdl1 = Lists.copy(pdl1);
        msi = Lists.copy(msi);
        tmb = Lists.copy(tmb);
    }
}

package org.mbcnav.model.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NdcCodeTest {

    @Test
    void everyTenDigitLayoutAndTheElevenDigitFormCompareAlike() {
        // Inluriyo 0002-1717-28 (4-4-2), written as claims and EHRs send it.
        assertThat(NdcCode.normalize("0002-1717-28")).contains("00002171728");
        assertThat(NdcCode.normalize("00002-1717-28")).contains("00002171728");
        assertThat(NdcCode.normalize("00002171728")).contains("00002171728");
        assertThat(NdcCode.normalize(" 0002-1717-28 ")).contains("00002171728");
        // 5-3-2 and 5-4-1 pad the middle and the last part.
        assertThat(NdcCode.normalize("84043-100-30")).contains("84043010030");
        assertThat(NdcCode.normalize("12345-6789-1")).contains("12345678901");
    }

    @Test
    void productCodesUnknownLayoutsAndTextAreNotNdcs() {
        assertThat(NdcCode.normalize("0002-1717")).isEmpty();          // product code, no package
        assertThat(NdcCode.normalize("000-21717-28")).isEmpty();       // 3-5-2 is no NDC layout
        assertThat(NdcCode.normalize("0002171728")).isEmpty();         // 10 digits without hyphens are ambiguous
        assertThat(NdcCode.normalize("0002-1717-2a")).isEmpty();
        assertThat(NdcCode.normalize(null)).isEmpty();
    }
}

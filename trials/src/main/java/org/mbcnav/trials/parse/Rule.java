package org.mbcnav.trials.parse;

/**
 * One kind of eligibility statement (receptor status, prior therapy, brain metastases, ...):
 * recognises it in a sentence and adds the matching criteria to the findings.
 */
public interface Rule {
    void apply(Sentence s, Lexicon lexicon, Findings out);
}

package org.mbcnav.cohort;

/** Told how many patients are done; the in-process engine calls it from one thread. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done) {
        }

        @Override
        public void finish(long done) {
        }
    };

    void update(long done);

    void finish(long done);
}

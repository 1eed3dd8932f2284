-- Course tracking: each patient's course of treatment as dated events, appended and never changed.

-- One row per patient with a course: version counts its events (the optimistic-concurrency
-- check of an append), patient_version is the patient version the course is replayed from.
CREATE TABLE courses (
    patient_id      VARCHAR(128) PRIMARY KEY,
    version         INTEGER      NOT NULL,
    patient_version INTEGER      NOT NULL,
    created_ms      BIGINT       NOT NULL,
    created_by      VARCHAR(128) NOT NULL,
    updated_ms      BIGINT       NOT NULL
);

-- The events in the order they were recorded (seq from 0, the index the replay reports problems by);
-- document is the event as JSON in the course-file format. Removed only by the retention purge.
CREATE TABLE course_events (
    patient_id  VARCHAR(128) NOT NULL,
    seq         INTEGER      NOT NULL,
    event_type  VARCHAR(32)  NOT NULL,
    event_date  VARCHAR(10)  NOT NULL,
    document    TEXT         NOT NULL,
    created_ms  BIGINT       NOT NULL,
    created_by  VARCHAR(128) NOT NULL,
    PRIMARY KEY (patient_id, seq)
);

-- A plan made by re-planning after a course event names the event and why it re-planned;
-- both are null for plans made on request.
ALTER TABLE plans ADD COLUMN course_seq INTEGER;
ALTER TABLE plans ADD COLUMN reason VARCHAR(500);

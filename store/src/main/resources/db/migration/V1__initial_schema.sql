-- MBC Navigator schema. Portable SQL: the same migration runs on H2 and PostgreSQL.

-- The current version of each patient; the full history is in patient_versions.
CREATE TABLE patients (
    id          VARCHAR(128) PRIMARY KEY,
    version     INTEGER      NOT NULL,
    document    TEXT         NOT NULL,
    format      VARCHAR(16)  NOT NULL,
    updated_ms  BIGINT       NOT NULL,
    updated_by  VARCHAR(128) NOT NULL,
    deleted_ms  BIGINT
);

-- Every version of every patient, never updated; removed only by the retention purge after a soft delete.
CREATE TABLE patient_versions (
    patient_id  VARCHAR(128) NOT NULL,
    version     INTEGER      NOT NULL,
    document    TEXT         NOT NULL,
    format      VARCHAR(16)  NOT NULL,
    created_ms  BIGINT       NOT NULL,
    created_by  VARCHAR(128) NOT NULL,
    change_kind VARCHAR(16)  NOT NULL,
    PRIMARY KEY (patient_id, version)
);

-- Plans are immutable: each row records the patient version and knowledge version that made it.
CREATE TABLE plans (
    id                VARCHAR(64)  PRIMARY KEY,
    patient_id        VARCHAR(128) NOT NULL,
    patient_version   INTEGER      NOT NULL,
    as_of             VARCHAR(10)  NOT NULL,
    knowledge_version VARCHAR(64)  NOT NULL,
    created_ms        BIGINT       NOT NULL,
    created_by        VARCHAR(128) NOT NULL,
    document          TEXT         NOT NULL
);
CREATE INDEX plans_patient ON plans (patient_id, created_ms);

-- API tokens are stored as SHA-256 hashes; the token itself is shown once, when it is made.
CREATE TABLE api_tokens (
    id          VARCHAR(64)  PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    role        VARCHAR(16)  NOT NULL,
    patient_id  VARCHAR(128),
    label       VARCHAR(200) NOT NULL,
    created_ms  BIGINT       NOT NULL,
    revoked_ms  BIGINT
);

-- Append-only audit log; each row's hash covers its fields and the previous row's hash.
CREATE TABLE audit_log (
    seq         BIGINT       PRIMARY KEY,
    at_ms       BIGINT       NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    patient_id  VARCHAR(128),
    remote      VARCHAR(100) NOT NULL,
    outcome     VARCHAR(32)  NOT NULL,
    detail      VARCHAR(500),
    prev_hash   VARCHAR(64)  NOT NULL,
    hash        VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_patient ON audit_log (patient_id, seq);

-- The head of the chain: one row, locked by each writer, so that servers sharing one database
-- append one after another and the chain never forks.
CREATE TABLE audit_head (
    id    INTEGER     PRIMARY KEY,
    seq   BIGINT      NOT NULL,
    hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- CDS Hooks feedback; the same report may arrive more than once, so it is keyed by its content.
CREATE TABLE cds_feedback (
    service_id    VARCHAR(64)  NOT NULL,
    card          VARCHAR(64)  NOT NULL,
    outcome       VARCHAR(16)  NOT NULL,
    outcome_at    VARCHAR(40)  NOT NULL,
    reason_system VARCHAR(300),
    reason_code   VARCHAR(100),
    user_comment  VARCHAR(2000),
    accepted      VARCHAR(2000),
    actor         VARCHAR(200) NOT NULL,
    received_ms   BIGINT       NOT NULL,
    PRIMARY KEY (service_id, card, outcome, outcome_at)
);

-- JWT ids seen from EHRs, kept until the token expires, to refuse a replayed token on any server.
CREATE TABLE jwt_seen (
    issuer     VARCHAR(300) NOT NULL,
    jti        VARCHAR(200) NOT NULL,
    expires_ms BIGINT       NOT NULL,
    PRIMARY KEY (issuer, jti)
);

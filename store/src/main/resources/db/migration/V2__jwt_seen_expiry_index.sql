-- The replay guard purges expired JWT ids every minute; without an index that purge scans every
-- id seen in the last hour while holding up the claims waiting behind it.
CREATE INDEX jwt_seen_expiry ON jwt_seen (expires_ms);

-- Every table carries the organisation id and every index starts with it: no query ever
-- needs to cross organisations, so the tables can be sharded by organisation.

-- An organisation's review policy, one row per version; the newest version applies to new
-- evaluations, and each evaluation records the version it used.
CREATE TABLE sr_policy (
    org_id      VARCHAR(64)  NOT NULL,
    version     INTEGER      NOT NULL,
    document    TEXT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT sr_policy_pk PRIMARY KEY (org_id, version)
);

-- camel-cj cluster mode: the tables it creates on first use (each statement is idempotent).
-- Run it yourself when the application's database user may not create tables.
-- Statements are separated by a line holding only ';'.

-- Tokens of each CJ account (tokens are ~560 characters: TEXT, never VARCHAR(255)).
CREATE TABLE IF NOT EXISTS cj_tokens (
    account_id           VARCHAR(64) PRIMARY KEY,
    access_token         TEXT        NOT NULL,
    access_token_expiry  TIMESTAMPTZ NOT NULL,
    refresh_token        TEXT,
    refresh_token_expiry TIMESTAMPTZ,
    obtained_at          TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now()
)
;
-- When getAccessToken was last called per account (CJ allows it once per 5 minutes); outlives logout.
CREATE TABLE IF NOT EXISTS cj_token_requests (
    account_id                VARCHAR(64) PRIMARY KEY,
    last_access_token_request TIMESTAMPTZ NOT NULL
)
;
-- One row per account, locked (SELECT ... FOR UPDATE) while a node renews that account's tokens.
CREATE TABLE IF NOT EXISTS cj_token_locks (
    account_id VARCHAR(64) PRIMARY KEY
)
;
-- Bucket4j's distributed token buckets: one per account ("qps:<id>") and per egress-IP group ("ip:<group>").
CREATE TABLE IF NOT EXISTS cj_rate_buckets (
    id         VARCHAR(200) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
)
;
-- An account-wide block (daily limit, points exhausted) seen by one node, honoured by every node until the reset.
CREATE TABLE IF NOT EXISTS cj_account_blocks (
    account_id    VARCHAR(64) PRIMARY KEY,
    blocked_until TIMESTAMPTZ NOT NULL,
    category      VARCHAR(32) NOT NULL,
    reason        TEXT        NOT NULL
)
;
-- Orders the order push has placed (the result record), shared by every node of the consumer group.
CREATE TABLE IF NOT EXISTS cj_placed_orders (
    order_number VARCHAR(200) PRIMARY KEY,
    result       TEXT         NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
)
;
-- The catalogue sync's state: per-product and per-category fingerprints, checkpoint and last completed run.
CREATE TABLE IF NOT EXISTS cj_sync_products (
    store VARCHAR(100) NOT NULL,
    pid   VARCHAR(100) NOT NULL,
    state TEXT         NOT NULL,
    PRIMARY KEY (store, pid)
)
;
CREATE TABLE IF NOT EXISTS cj_sync_categories (
    store       VARCHAR(100) NOT NULL,
    category_id VARCHAR(100) NOT NULL,
    fingerprint TEXT         NOT NULL,
    PRIMARY KEY (store, category_id)
)
;
CREATE TABLE IF NOT EXISTS cj_sync_runs (
    store                    VARCHAR(100) PRIMARY KEY,
    checkpoint               TEXT,
    last_completed_run_start TIMESTAMPTZ
)
;
-- Webhook message ids: camel-sql's JdbcMessageIdRepository (its own DDL, created here under the schema lock so that
-- nodes starting together do not race on it).
CREATE TABLE IF NOT EXISTS camel_messageprocessed (
    processorName VARCHAR(255) NOT NULL,
    messageId     VARCHAR(100) NOT NULL,
    createdAt     TIMESTAMP,
    PRIMARY KEY (processorName, messageId)
)
;
-- The accounts sending from each egress-IP group, with their rate: the group's bucket is needed only while together
-- they may exceed the per-IP limit. A row not seen for 5 minutes no longer counts.
CREATE TABLE IF NOT EXISTS cj_ip_group_accounts (
    ip_group   VARCHAR(200)     NOT NULL,
    account_id VARCHAR(64)      NOT NULL,
    qps        DOUBLE PRECISION NOT NULL,
    seen_at    TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (ip_group, account_id)
)
;
-- When the last n requests of each account ("qps:<id>") and egress-IP group ("ip:<group>") left (n = CJ's window;
-- microseconds on the server's clock), for the check that no request leaves as the n+1-th within one window, however
-- late its node sent it (SharedSendWindow).
CREATE TABLE IF NOT EXISTS cj_rate_sends (
    id      VARCHAR(200) PRIMARY KEY,
    sent_at BIGINT[]     NOT NULL
)
;

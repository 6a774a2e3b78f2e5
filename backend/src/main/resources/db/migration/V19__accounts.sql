-- Accounts live in Keycloak; Rostok keeps only what Keycloak does not: a number for the audit trail, the time an
-- account last opened Rostok, and the one-time links that let a new person set their password (stored hashed).
CREATE TABLE account (
    id            bigserial PRIMARY KEY,
    keycloak_id   varchar(36) NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_login_at timestamptz
);

CREATE TABLE account_setup_link (
    id          bigserial PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    token_hash  char(64)    NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX account_setup_link_account ON account_setup_link (account_id);

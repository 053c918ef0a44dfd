-- Indicator catalogue of the monitoring module, loaded from reference/monitoring/indicators.yml.
-- Portable SQL: H2 (PostgreSQL mode) and PostgreSQL 15.

CREATE TABLE monitoring_indicator
(
    code            VARCHAR(80)  NOT NULL,
    sort_order      INTEGER      NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    unit            VARCHAR(40)  NOT NULL,
    work_package    VARCHAR(10),
    name            VARCHAR      NOT NULL, -- LocalizedText as JSON
    definition      VARCHAR      NOT NULL, -- LocalizedText as JSON
    global_target   NUMERIC(19, 4),        -- null: tracked, no target
    declared_target NUMERIC(19, 4),
    partner_rule    VARCHAR(20)  NOT NULL, -- NONE, ALL, BY_COUNTRY, BY_PARTNER
    distinct_count  BOOLEAN      NOT NULL,
    retired_at      TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT monitoring_indicator_pk PRIMARY KEY (code),
    CONSTRAINT monitoring_indicator_kind_ck CHECK (kind IN ('OUTPUT', 'RESULT', 'IMPACT', 'QUALITY', 'FINANCIAL')),
    CONSTRAINT monitoring_indicator_rule_ck CHECK (partner_rule IN ('NONE', 'ALL', 'BY_COUNTRY', 'BY_PARTNER'))
);

-- Per-partner targets: scope is '*' for ALL, a country code (FR, ES, PT) for BY_COUNTRY,
-- a partner id for BY_PARTNER.
CREATE TABLE monitoring_partner_target
(
    indicator_code VARCHAR(80)    NOT NULL,
    scope          VARCHAR(80)    NOT NULL,
    target         NUMERIC(19, 4) NOT NULL,
    CONSTRAINT monitoring_partner_target_pk PRIMARY KEY (indicator_code, scope),
    CONSTRAINT monitoring_partner_target_indicator_fk FOREIGN KEY (indicator_code)
        REFERENCES monitoring_indicator (code) ON DELETE CASCADE
);

-- Accord's own tables, in their own schema: Camunda's tables stay Camunda's (schema public).

create table partner (
    code                     varchar(12)  primary key,
    name                     varchar(300) not null,
    type                     varchar(20)  not null,
    country                  char(2)      not null,
    contact_email            varchar(320) not null,
    due_diligence_outcome    varchar(10),
    risk_rating              varchar(10),
    due_diligence_expires_on date,
    created_at               timestamptz  not null default now(),
    constraint partner_code_format check (code ~ '^[A-Z0-9]{2,12}$')
);

create table exchange_rate (
    currency     char(3)        primary key,
    usd_per_unit numeric(20, 10) not null check (usd_per_unit > 0),
    updated_at   timestamptz    not null default now(),
    updated_by   varchar(64)    not null default 'system'
);

-- Gap-free yearly numbering for references such as PA-2026-0042.
create table reference_counter (
    year  integer primary key,
    last  integer not null
);

create table agreement (
    id                    bigint generated always as identity primary key,
    reference             varchar(20)   not null unique,
    title                 varchar(300)  not null,
    type                  varchar(30)   not null,
    partner_code          varchar(12)   not null references partner (code),
    priority              varchar(30)   not null,
    region                varchar(20)   not null,
    beneficiary_countries varchar(2)[]  not null,
    output_types          varchar(30)[] not null,
    amount                numeric(19, 2) not null check (amount > 0),
    currency              char(3)       not null,
    amount_usd            numeric(19, 2) not null check (amount_usd > 0),
    start_date            date          not null,
    end_date              date          not null,
    reporting_frequency   varchar(20)   not null,
    status                varchar(20)   not null,
    initiator             varchar(64),
    process_instance_id   varchar(64),
    created_at            timestamptz   not null default now(),
    constraint agreement_dates_ordered check (end_date > start_date)
);
create index agreement_status_idx on agreement (status);
create index agreement_partner_idx on agreement (partner_code);

create table agreement_status_change (
    id           bigint generated always as identity primary key,
    agreement_id bigint      not null references agreement (id) on delete cascade,
    status       varchar(20) not null,
    changed_at   timestamptz not null,
    changed_by   varchar(64) not null
);
create index agreement_status_change_agreement_idx on agreement_status_change (agreement_id, id);

-- The results framework (logframe): objectives, each with activities and indicators.
create table objective (
    id           bigint generated always as identity primary key,
    agreement_id bigint       not null references agreement (id) on delete cascade,
    position     integer      not null,
    description  varchar(1000) not null,
    unique (agreement_id, position)
);

create table activity (
    id           bigint generated always as identity primary key,
    objective_id bigint        not null references objective (id) on delete cascade,
    position     integer       not null,
    description  varchar(1000) not null,
    time_frame   varchar(100)  not null,
    responsible  varchar(300)  not null,
    outputs      varchar(500)[] not null,
    unique (objective_id, position)
);

create table indicator (
    id           bigint generated always as identity primary key,
    objective_id bigint         not null references objective (id) on delete cascade,
    position     integer        not null,
    name         varchar(500)   not null,
    unit         varchar(100)   not null,
    baseline     numeric(19, 4) not null,
    target       numeric(19, 4) not null,
    unique (objective_id, position)
);

-- The strategic plan (issue 18, item 1): a plan period with its outcomes per priority and its KPIs,
-- each KPI with a target per year of the period. The tables hold the plan as it stands; every
-- change is also written to plan_change with the record before and after it, so that the targets
-- in force at any earlier time can be read back (GET /api/plans/{id}/kpis?asOf=...).
create table plan (
    code       varchar(20)  primary key,
    title      varchar(200) not null,
    first_year integer      not null,
    last_year  integer      not null,
    created_at timestamptz  not null,
    created_by varchar(64)  not null,
    constraint plan_period_check check (first_year <= last_year),
    -- Plan periods never overlap: the service says which field, this holds under concurrency.
    constraint plan_period_no_overlap exclude using gist (int4range(first_year, last_year, '[]') with &&)
);

create table plan_outcome (
    plan_code   varchar(20)   not null references plan (code),
    code        varchar(20)   not null,
    priority    varchar(40)   not null,
    statement   varchar(1000) not null,
    placeholder boolean       not null default false,
    primary key (plan_code, code)
);

create table plan_kpi (
    plan_code    varchar(20)    not null references plan (code),
    code         varchar(20)    not null,
    name         varchar(300)   not null,
    unit         varchar(40)    not null,
    baseline     numeric(19, 4),  -- null only while the KPI is a placeholder
    outcome_code varchar(20)    not null,
    rule         varchar(30)    not null,
    placeholder  boolean        not null default false,
    primary key (plan_code, code),
    foreign key (plan_code, outcome_code) references plan_outcome (plan_code, code)
);

create table plan_kpi_target (
    plan_code varchar(20)    not null,
    kpi_code  varchar(20)    not null,
    year      integer        not null,
    target    numeric(19, 4) not null,
    primary key (plan_code, kpi_code, year),
    foreign key (plan_code, kpi_code) references plan_kpi (plan_code, code) on delete cascade
);

-- Who changed what, when: the whole record before (null when created) and after.
create table plan_change (
    id          bigserial   primary key,
    plan_code   varchar(20) not null references plan (code),
    changed_at  timestamptz not null,
    changed_by  varchar(64) not null,
    subject     varchar(10) not null,
    subject_code varchar(20) not null,
    before      jsonb,
    after       jsonb
);

create index plan_change_subject_idx on plan_change (plan_code, subject, subject_code, id);

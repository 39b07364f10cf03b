-- Published reports (issue 23, item 5): a consolidated report or the annual performance report
-- that managers publish to partners, kept as the PDF partners download with its SHA-256. A report
-- published to one partner (partner_code) is that partner's alone; one without is every partner's
-- and holds only figures that concern no partner in particular.
create table published_report (
    id           bigint generated always as identity primary key,
    kind         varchar(30)  not null check (kind in ('CONSOLIDATED', 'ANNUAL_PERFORMANCE')),
    title        varchar(300) not null,
    group_by     varchar(10),
    period_from  date,
    period_to    date,
    plan_code    varchar(40),
    plan_year    integer,
    partner_code varchar(12)  references partner (code),
    content      bytea        not null,
    sha256       char(64)     not null,
    published_by varchar(64)  not null,
    published_at timestamptz  not null
);

create index published_report_partner_idx on published_report (partner_code, id);

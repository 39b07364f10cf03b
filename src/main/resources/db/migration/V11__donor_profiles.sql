-- What each donor funds and asks: its priorities, where it works, the size of its contributions,
-- how it wants to be reported to, its conditions and its people. One profile per partner.
create table donor_profile (
    partner_code        varchar(12)   primary key references partner (code) on delete cascade,
    priorities          varchar(30)[] not null,
    regions             varchar(20)[] not null,
    countries           varchar(2)[]  not null,
    country_groups      varchar(4)[]  not null,
    ticket_min          numeric(19, 2),
    ticket_max          numeric(19, 2),
    ticket_currency     char(3),
    reporting_frequency varchar(20),
    reporting_format    varchar(20),
    conditions          varchar(4000),
    contacts            jsonb         not null default '[]',
    updated_by          varchar(64)   not null,
    updated_at          timestamptz   not null,
    constraint donor_profile_ticket check (ticket_min is null or ticket_max is null or ticket_min <= ticket_max),
    constraint donor_profile_ticket_currency check ((ticket_min is null and ticket_max is null) or ticket_currency is not null)
);

-- Agreements contribute to the plan's KPIs (issue 18, item 2). An indicator of an agreement's
-- results framework may be linked to a KPI of a plan; a percentage is weighted by a base the link
-- states. The framework is rewritten whole when it changes, so the link lives on the indicator.
alter table indicator add column kpi_plan varchar(20);
alter table indicator add column kpi_code varchar(20);
alter table indicator add column kpi_base numeric(19, 4);
alter table indicator add constraint indicator_kpi
    foreign key (kpi_plan, kpi_code) references plan_kpi (plan_code, code);
alter table indicator add constraint indicator_kpi_whole
    check ((kpi_plan is null) = (kpi_code is null) and (kpi_base is null or kpi_code is not null));

-- Which countries an actual reached, for an indicator counted in countries: a country reached by
-- two agreements counts once in a KPI that counts countries.
alter table indicator_actual add column countries varchar(2)[];

-- What each linked indicator of an agreement contributed in a calendar year, by the accepted
-- reports of the periods that ended in that year: the value it reached by the last of them, what
-- it gained over the year (over its baseline in its first year), and the countries they named.
-- Rewritten for the agreement when a report is accepted or its framework changes, so that the
-- KPI's actual is an aggregate over one plan year, whatever the number of agreements; the
-- agreement's region is kept beside it for the same reason (it is fixed once the agreement is
-- signed, and only signed agreements report).
create table kpi_contribution (
    agreement_id   bigint         not null references agreement (id) on delete cascade,
    indicator_code varchar(20)    not null,
    plan_code      varchar(20)    not null,
    kpi_code       varchar(20)    not null,
    year           integer        not null,
    region         varchar(20)    not null,
    reached        numeric(19, 4) not null,
    gained         numeric(19, 4) not null,
    base           numeric(19, 4),
    countries      varchar(2)[]   not null default '{}',
    primary key (agreement_id, indicator_code, year),
    foreign key (plan_code, kpi_code) references plan_kpi (plan_code, code)
);

create index kpi_contribution_kpi_year_idx on kpi_contribution (plan_code, year, kpi_code);

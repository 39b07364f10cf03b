-- Exchange rates by date: a rate is in force from its effective date until the next one of the
-- same currency, and is never overwritten, so that a conversion made at a value date can always be
-- made again with the same result. The one rate per currency kept until now becomes that
-- currency's first rate, in force from 2000-01-01, so that every agreement and amount converts as
-- it did.

alter table exchange_rate drop constraint exchange_rate_pkey;
alter table exchange_rate rename column updated_at to recorded_at;
alter table exchange_rate rename column updated_by to recorded_by;

alter table exchange_rate
    add column effective_from date not null default date '2000-01-01',
    -- The rate as the UN publishes it, units of the currency per US dollar, when it was given so:
    -- conversions then divide by it (exactly what a reader computes from the published table)
    -- and usd_per_unit is its inverse, rounded, for display only.
    add column units_per_usd numeric(22, 10) check (units_per_usd > 0),
    add column source varchar(20) not null default 'MANUAL'
        check (source in ('UN_OPERATIONAL', 'MANUAL'));

alter table exchange_rate
    alter column effective_from drop default,
    alter column source drop default,
    alter column recorded_by drop default,
    add primary key (currency, effective_from);

-- An agreement's budget by line and source of funds, and the schedule of the partner's
-- instalments. Lines are in the agreement's currency; each instalment names its own.

create table budget (
    agreement_id           bigint primary key references agreement (id) on delete cascade,
    -- The percentage of the direct costs financed by the partner's cash charged as programme
    -- support costs; 0 for a budget given as one amount.
    programme_support_rate numeric(5, 2) not null check (programme_support_rate between 0 and 100)
);

create table budget_line (
    agreement_id bigint         not null references budget (agreement_id) on delete cascade,
    position     integer        not null,
    line         varchar(30)    not null check (line in ('STAFF', 'EXPERTS_AND_CONSULTANTS',
                     'TRAVEL', 'TRAINING_AND_MEETINGS', 'EQUIPMENT', 'CONTRACTUAL_SERVICES',
                     'OTHER_DIRECT_COSTS', 'PROGRAMME_SUPPORT_COSTS')),
    source       varchar(20)    not null check (source in ('PARTNER_CASH', 'AGENCY_COFINANCING',
                     'OTHER_PARTNER_CASH', 'IN_KIND')),
    amount       numeric(19, 2) not null check (amount > 0),
    description  varchar(500),
    primary key (agreement_id, position),
    unique (agreement_id, line, source),
    check (source <> 'IN_KIND' or description is not null)
);

create table instalment (
    agreement_id  bigint         not null references budget (agreement_id) on delete cascade,
    number        integer        not null check (number > 0),
    amount        numeric(19, 2) not null check (amount > 0),
    currency      char(3)        not null,
    trigger       varchar(20)    not null check (trigger in ('ON_SIGNATURE', 'ON_DATE',
                      'ON_REPORT_ACCEPTED')),
    due_date      date,
    report_number integer check (report_number > 0),
    primary key (agreement_id, number),
    check ((trigger = 'ON_DATE') = (due_date is not null)),
    check ((trigger = 'ON_REPORT_ACCEPTED') = (report_number is not null))
);

-- Agreements proposed before budgets had lines: one line of other direct costs for the whole
-- amount, paid on signature, as their MoU says.
insert into budget (agreement_id, programme_support_rate)
select id, 0 from agreement;
insert into budget_line (agreement_id, position, line, source, amount)
select id, 0, 'OTHER_DIRECT_COSTS', 'PARTNER_CASH', amount from agreement;
insert into instalment (agreement_id, number, amount, currency, trigger)
select id, 1, amount, currency, 'ON_SIGNATURE' from agreement;

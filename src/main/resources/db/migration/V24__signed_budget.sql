-- The budget as signed: kept when an approved amendment first changes an active agreement's
-- budget, so that the 20% rule weighs every later budget amendment against what the parties signed
-- (the cumulative change since signature), not against the budget the last amendment left. An
-- agreement without a row here still has its budget as signed.
--
-- It references the agreement, not the budget: the budget is deleted and written again whenever
-- it changes, the budget as signed never.

create table signed_budget (
    agreement_id           bigint primary key references agreement (id) on delete cascade,
    programme_support_rate numeric(5, 2) not null check (programme_support_rate between 0 and 100)
);

create table signed_budget_line (
    agreement_id bigint         not null references signed_budget (agreement_id) on delete cascade,
    position     integer        not null,
    line         varchar(30)    not null,
    source       varchar(20)    not null,
    amount       numeric(19, 2) not null check (amount > 0),
    description  varchar(500),
    primary key (agreement_id, position),
    unique (agreement_id, line, source)
);

-- Agreements amended before: until now an amendment could change only the amount of a budget of
-- one line of other direct costs, so what was signed is that line at the amount before the first
-- approved amendment that changed it.
insert into signed_budget (agreement_id, programme_support_rate)
select distinct agreement_id, 0
from amendment
where status = 'APPROVED' and change ->> 'amount' is not null;

insert into signed_budget_line (agreement_id, position, line, source, amount)
select distinct on (agreement_id) agreement_id, 0, 'OTHER_DIRECT_COSTS', 'PARTNER_CASH',
       (before ->> 'amount')::numeric
from amendment
where status = 'APPROVED' and change ->> 'amount' is not null
order by agreement_id, number;

-- The budget and payment schedule an amendment proposes, complete (lines, computed programme
-- support costs, instalments), when it changes the money terms: what the approvers and the donor
-- are shown and the matrix weighs.
alter table amendment add column funding jsonb;

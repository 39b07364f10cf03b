-- What a progress report says was spent, per line of the agreement's budget. The report's own
-- expenditure stays, as the total of its lines, for the readers of one figure (metrics, IATI).
-- Programme support costs are computed from the direct costs, never reported as spent.

create table report_expenditure (
    report_id bigint         not null references progress_report (id) on delete cascade,
    line      varchar(30)    not null check (line in ('STAFF', 'EXPERTS_AND_CONSULTANTS',
                  'TRAVEL', 'TRAINING_AND_MEETINGS', 'EQUIPMENT', 'CONTRACTUAL_SERVICES',
                  'OTHER_DIRECT_COSTS')),
    amount    numeric(19, 2) not null check (amount >= 0),
    primary key (report_id, line)
);

-- Reports submitted before gave one figure: it was, and stays, other direct costs.
insert into report_expenditure (report_id, line, amount)
select id, 'OTHER_DIRECT_COSTS', expenditure from progress_report;

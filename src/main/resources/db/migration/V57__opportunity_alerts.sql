-- The daily e-mail of new opportunities (issue 23, item 3): for each donor with a profile, the
-- last published opportunity it has been considered for and the day it was last told, so that a
-- partner hears of each new opportunity once and at most once a day. The row is locked while a
-- partner is considered, so two nodes running the job do not both tell it.
create table opportunity_alert (
    partner_code varchar(12) primary key references partner (code),
    -- Opportunities up to this id have been considered (told of, or found not to match).
    told_through bigint      not null default 0,
    told_on      date
);

-- A deputyship takes effect only once the head of partnerships (or an administrator) approves it,
-- for a bounded window, lending only the groups it names. Those named before approval existed
-- stay in force as they were: approved, with every group of the absent user.
alter table deputyship add column status varchar(10) not null default 'APPROVED'
    check (status in ('REQUESTED', 'APPROVED', 'REFUSED', 'LAPSED'));
alter table deputyship alter column status set default 'REQUESTED';
alter table deputyship add column lent_groups varchar(64)[];
alter table deputyship add column decided_by varchar(64);
alter table deputyship add column decided_at timestamptz;
alter table deputyship add column decision_comment varchar(2000);

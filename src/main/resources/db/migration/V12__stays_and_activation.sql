-- The managers' figures read how long each stay in a status lasted and when each agreement first
-- became active as columns, written when the status changes, instead of working them out from
-- the whole status history on every read.
alter table agreement_status_change add column left_at timestamptz;
update agreement_status_change stay
   set left_at = following.next_changed_at
  from (select id, lead(changed_at) over (partition by agreement_id order by id) as next_changed_at
          from agreement_status_change) following
 where following.id = stay.id and following.next_changed_at is not null;
create index agreement_status_change_finished_idx on agreement_status_change (status)
    include (changed_at, left_at) where left_at is not null;

alter table agreement add column activated_at timestamptz;
update agreement a
   set activated_at = first_active.changed_at
  from (select agreement_id, min(changed_at) as changed_at
          from agreement_status_change where status = 'ACTIVE' group by agreement_id) first_active
 where first_active.agreement_id = a.id;
create index agreement_activated_at_idx on agreement (activated_at) where activated_at is not null;

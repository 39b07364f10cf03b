-- The audit trail: changes recorded as they are made (partners, donor profiles, results
-- frameworks, exchange rates, deputyships, and the engine's own log of memberships and
-- authorizations), beside the decisions and status changes agreements record already.
create table audit_event (
    id                  bigint generated always as identity primary key,
    occurred_at         timestamptz  not null,
    actor               varchar(64)  not null,
    acting_for          varchar(64),
    subject_type        varchar(30)  not null,
    subject_id          varchar(128) not null,
    agreement_reference varchar(20),
    action              varchar(60)  not null,
    before              jsonb,
    after               jsonb
);
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_agreement_idx on audit_event (agreement_reference, occurred_at);
create index audit_event_actor_idx on audit_event (actor, occurred_at);

-- For the trail read by time, by person and by agreement.
create index agreement_decision_time_idx on agreement_decision (decided_at);
create index agreement_decision_person_idx on agreement_decision (decided_by, decided_at);
create index agreement_status_change_time_idx on agreement_status_change (changed_at);

-- One trail, read the same way whatever recorded it.
create view audit_trail as
select occurred_at, actor, acting_for, subject_type, subject_id, agreement_reference, action,
       before::text as before, after::text as after
  from audit_event
union all
select d.decided_at, d.decided_by, d.acting_for, 'AGREEMENT', a.reference, a.reference,
       'DECISION ' || d.task_key, null,
       jsonb_strip_nulls(jsonb_build_object('decision', d.decision, 'comment', d.comment))::text
  from agreement_decision d
  join agreement a on a.id = d.agreement_id
union all
-- A status change's before is the line before it: read with a window over every agreement's
-- history, it would cost every query of the trail a pass over all of them.
select s.changed_at, s.changed_by, null, 'AGREEMENT', a.reference, a.reference, 'STATUS', null,
       jsonb_build_object('status', s.status)::text
  from agreement_status_change s
  join agreement a on a.id = s.agreement_id;

-- The managers' figures: when each agreement first became ACTIVE (funds mobilized, cycle time
-- to ACTIVE) without reading the whole status history, and the agreements proposed in a range.
create index agreement_status_change_status_idx on agreement_status_change (status, agreement_id, changed_at);
create index agreement_created_at_idx on agreement (created_at);

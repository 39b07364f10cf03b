-- An amendment may restate a training cooperation's terms (issue 19, item 1): a type of its own,
-- routed as a major change.
alter table amendment drop constraint amendment_type_check;
alter table amendment add constraint amendment_type_check check (type in
    ('ADMINISTRATIVE', 'BUDGET_MINOR', 'BUDGET_MAJOR', 'RESULTS_CHANGE', 'NO_COST_EXTENSION',
     'TRAINING_TERMS'));

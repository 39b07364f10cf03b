-- The plan's KPIs by initiative (issue 18, item 2): each contribution keeps the initiative its
-- agreement belongs to, as it keeps its region, so that a plan year is still read in one pass.
alter table kpi_contribution add column initiative_code varchar(20);

-- Evidence for meeting action items (会议交办事项) too: such a file belongs to the action item, not
-- to a plan's reporting round, so plan_id becomes optional (round is 0 for them).
alter table tf_evidence alter column plan_id drop not null;
alter table tf_evidence add column action_item_id bigint;
create index ix_evidence_action_item on tf_evidence (action_item_id);

-- A unit that is merged or dissolved is deactivated, not deleted: last year's targets, scores and
-- history still name it, but it gets no new people, facilities or targets.
alter table tf_unit add column active boolean not null default true;

-- 人员变动: a person who leaves is deactivated, not deleted (history, reports and scores name them);
-- who took over their work, and when.
alter table tf_person add column active boolean not null default true;
alter table tf_person add column left_at timestamp;
alter table tf_person add column successor varchar(64);

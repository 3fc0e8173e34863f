-- One table, so that Flyway validates and records a migration at every start as it does for TargetFlow.
create table bench_note (id bigint primary key, text varchar(200));

-- Mail goes out in batches: the mail rows are the queue, and one mail-delivery instance (a job)
-- sends every mail not yet sent. This row says whether such a delivery is waiting to start. A
-- transaction that queued mail locks it just before it commits and starts a delivery unless one is
-- waiting; a delivery, as it starts, marks it no longer waiting, and that waits for the lock: so
-- every mail committed is seen by a delivery that starts after it (see MailDispatch).
create table tf_mail_dispatch (
    id        int     primary key,
    waiting   boolean not null,
    wakeups   bigint  not null
);
insert into tf_mail_dispatch (id, waiting, wakeups) values (1, false, 0);

create index ix_mail_status on tf_mail (status, id);

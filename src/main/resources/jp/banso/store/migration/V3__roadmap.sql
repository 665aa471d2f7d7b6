-- Banso schema v3: the case's roadmap (取組 with 担当, months, milestone, indicator, status), dated progress
-- entries for follow-up, and the roadmap's persisted undo history.

-- issue_id is not a foreign key: a 課題 deleted from the list leaves the item (the roadmap model asks first and
-- drops the link in the same undoable action).
create table roadmap_item (
    id                 uuid primary key,
    case_id            uuid not null references support_case(id) on delete cascade,
    issue_id           uuid,
    title              varchar(1000) not null,
    description        varchar(20000),
    owners             varchar(1000),
    start_month        date not null,
    end_month          date not null,
    milestone          date,
    phase              varchar(1000),
    indicator_name     varchar(1000),
    indicator_target   varchar(1000),
    indicator_current  varchar(1000),
    indicator_level    varchar(20),
    status             varchar(20) not null,
    notes              varchar(20000),
    sort_order         integer not null default 0,
    created_at         timestamp not null,
    updated_at         timestamp not null,
    check (end_month >= start_month)
);
create index roadmap_item_case on roadmap_item(case_id);

-- item_id is not a foreign key either: deleting an item deletes its entries in the same action, and undo brings
-- both back in either order.
create table progress_entry (
    id           uuid primary key,
    case_id      uuid not null references support_case(id) on delete cascade,
    item_id      uuid not null,
    recorded_on  date not null,
    indicator_value varchar(1000),
    achievement  integer check (achievement between 0 and 100),
    comment      varchar(20000),
    author       varchar(1000),
    created_at   timestamp not null,
    updated_at   timestamp not null
);
create index progress_entry_item on progress_entry(item_id);
create index progress_entry_case on progress_entry(case_id);

create table roadmap_history (
    id          uuid primary key,
    case_id     uuid not null references support_case(id) on delete cascade,
    seq         integer not null,
    label       varchar(200) not null,
    changes     clob not null,
    undone      boolean not null default false,
    created_at  timestamp not null
);
create index roadmap_history_case on roadmap_history(case_id, seq);

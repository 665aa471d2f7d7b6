-- Banso schema v1: municipalities with dated profiles, support cases, meetings and their records.
-- Every row has a UUID key and created/updated timestamps so cases can be moved and merged later.

create table municipality (
    id          uuid primary key,
    prefecture  varchar(200) not null,
    name        varchar(200) not null,
    code        varchar(6),
    created_at  timestamp not null,
    updated_at  timestamp not null
);

create table profile_snapshot (
    id                       uuid primary key,
    municipality_id          uuid not null references municipality(id) on delete cascade,
    as_of                    date not null,
    population               integer check (population >= 0),
    households               integer check (households >= 0),
    elderly_population       integer check (elderly_population >= 0),
    late_elderly_population  integer check (late_elderly_population >= 0),
    area_km2                 numeric(10, 2) check (area_km2 >= 0),
    living_areas             integer check (living_areas >= 0),
    care_certification_rate  numeric(5, 2) check (care_certification_rate between 0 and 100),
    centres_direct           integer check (centres_direct >= 0),
    centres_outsourced       integer check (centres_outsourced >= 0),
    coordinators_layer1      integer check (coordinators_layer1 >= 0),
    coordinators_layer2      integer check (coordinators_layer2 >= 0),
    councils_layer1          integer check (councils_layer1 >= 0),
    councils_layer2          integer check (councils_layer2 >= 0),
    services_code            varchar(400) not null default '',
    over_cap                 boolean,
    source                   varchar(200),
    created_at               timestamp not null,
    updated_at               timestamp not null
);
create index profile_snapshot_municipality on profile_snapshot(municipality_id, as_of);

create table support_case (
    id                     uuid primary key,
    municipality_id        uuid not null references municipality(id),
    programme              varchar(200),
    start_kind             varchar(20),
    application_theme      varchar(20000),
    redefined_issue        varchar(20000),
    over_cap_consultation  boolean not null default false,
    follows_case_id        uuid references support_case(id) on delete set null,
    stage                  varchar(20),
    archived               boolean not null default false,
    note                   varchar(20000),
    created_at             timestamp not null,
    updated_at             timestamp not null
);
create index support_case_municipality on support_case(municipality_id);

create table case_fiscal_year (
    case_id      uuid not null references support_case(id) on delete cascade,
    fiscal_year  integer not null check (fiscal_year between 1989 and 2100),
    primary key (case_id, fiscal_year)
);

create table team_member (
    id            uuid primary key,
    case_id       uuid not null references support_case(id) on delete cascade,
    name          varchar(200),
    organisation  varchar(200),
    role          varchar(200),
    sort_order    integer not null default 0,
    created_at    timestamp not null,
    updated_at    timestamp not null
);
create index team_member_case on team_member(case_id);

create table state_change (
    id          uuid primary key,
    case_id     uuid not null references support_case(id) on delete cascade,
    state       varchar(10) not null,
    changed_on  date not null,
    reason      varchar(20000),
    created_at  timestamp not null,
    updated_at  timestamp not null
);
create index state_change_case on state_change(case_id, changed_on);

create table meeting (
    id             uuid primary key,
    case_id        uuid not null references support_case(id) on delete cascade,
    kind           varchar(30) not null,
    sequence       integer,
    title          varchar(200),
    status         varchar(20) not null,
    planned_month  date,
    held_on        date,
    start_time     time,
    end_time       time,
    place          varchar(200),
    format         varchar(20),
    agenda         varchar(20000),
    theme          varchar(20000),
    issues         varchar(20000),
    comments       varchar(20000),
    approach       varchar(20000),
    summary        varchar(20000),
    created_at     timestamp not null,
    updated_at     timestamp not null
);
create index meeting_case on meeting(case_id);

create table meeting_part (
    id          uuid primary key,
    meeting_id  uuid not null references meeting(id) on delete cascade,
    label       varchar(200),
    start_time  time,
    end_time    time,
    content     varchar(20000),
    sort_order  integer not null default 0,
    created_at  timestamp not null,
    updated_at  timestamp not null
);
create index meeting_part_meeting on meeting_part(meeting_id);

create table participant (
    id            uuid primary key,
    meeting_id    uuid not null references meeting(id) on delete cascade,
    name          varchar(200),
    organisation  varchar(200),
    role          varchar(200),
    sort_order    integer not null default 0,
    created_at    timestamp not null,
    updated_at    timestamp not null
);
create index participant_meeting on participant(meeting_id);

create table action_item (
    id          uuid primary key,
    meeting_id  uuid not null references meeting(id) on delete cascade,
    what        varchar(20000),
    who         varchar(200),
    due         date,
    done        boolean not null default false,
    sort_order  integer not null default 0,
    created_at  timestamp not null,
    updated_at  timestamp not null
);
create index action_item_meeting on action_item(meeting_id);

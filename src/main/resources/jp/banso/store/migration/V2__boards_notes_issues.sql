-- Banso schema v2: group-work boards with lanes, notes, groups (KJ法の島), links, a persisted undo history,
-- the case's issue list (課題) promoted from boards, and the editable list of note authors.

create table board (
    id           uuid primary key,
    case_id      uuid not null references support_case(id) on delete cascade,
    meeting_id   uuid references meeting(id) on delete set null,
    title        varchar(200) not null,
    template_id  varchar(100),
    sort_order   integer not null default 0,
    created_at   timestamp not null,
    updated_at   timestamp not null
);
create index board_case on board(case_id);

create table board_lane (
    id          uuid primary key,
    board_id    uuid not null references board(id) on delete cascade,
    title       varchar(200) not null,
    role        varchar(20) not null,
    colour      varchar(9) not null,
    sort_order  integer not null default 0,
    created_at  timestamp not null,
    updated_at  timestamp not null
);
create index board_lane_board on board_lane(board_id);

create table note_group (
    id          uuid primary key,
    board_id    uuid not null references board(id) on delete cascade,
    title       varchar(200),
    created_at  timestamp not null,
    updated_at  timestamp not null
);
create index note_group_board on note_group(board_id);

-- lane_id and group_id are not foreign keys: a change set of the undo history restores a note before or after
-- its lane or group, and the board model keeps them consistent.
create table board_note (
    id          uuid primary key,
    board_id    uuid not null references board(id) on delete cascade,
    lane_id     uuid,
    group_id    uuid,
    text        varchar(20000) not null,
    colour      varchar(9),
    author      varchar(100),
    x           double precision not null,
    y           double precision not null,
    width       double precision not null,
    height      double precision not null,
    votes       integer not null default 0 check (votes >= 0),
    priority    boolean not null default false,
    created_at  timestamp not null,
    updated_at  timestamp not null
);
create index board_note_board on board_note(board_id);

create table note_link (
    id            uuid primary key,
    board_id      uuid not null references board(id) on delete cascade,
    from_note_id  uuid not null,
    to_note_id    uuid not null,
    kind          varchar(20) not null,
    created_at    timestamp not null,
    updated_at    timestamp not null
);
create index note_link_board on note_link(board_id);

create table board_history (
    id          uuid primary key,
    board_id    uuid not null references board(id) on delete cascade,
    seq         integer not null,
    label       varchar(200) not null,
    changes     clob not null,
    undone      boolean not null default false,
    created_at  timestamp not null
);
create index board_history_board on board_history(board_id, seq);

create table case_issue (
    id              uuid primary key,
    case_id         uuid not null references support_case(id) on delete cascade,
    board_id        uuid references board(id) on delete set null,
    note_id         uuid,
    statement       varchar(20000) not null,
    vision_text     varchar(20000),
    current_text    varchar(20000),
    vision_note_id  uuid,
    current_note_id uuid,
    rank            integer,
    level           varchar(10),
    kind            varchar(20),
    status          varchar(20) not null,
    direction       varchar(20000),
    department      varchar(200),
    votes           integer not null default 0,
    created_at      timestamp not null,
    updated_at      timestamp not null
);
create index case_issue_case on case_issue(case_id);

create table note_author (
    name        varchar(100) primary key,
    colour      varchar(9) not null,
    sort_order  integer not null
);
insert into note_author (name, colour, sort_order) values
    ('市町村', '#1565C0', 1), ('包括', '#2E7D32', 2), ('社協', '#6A1B9A', 3), ('SC', '#EF6C00', 4),
    ('事業所', '#00838F', 5), ('住民', '#AD1457', 6), ('専門職', '#4E342E', 7), ('府県', '#283593', 8),
    ('アドバイザー', '#C62828', 9);

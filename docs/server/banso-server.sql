-- Banso チームサーバーのデータベース（版 8）を psql で作るためのスクリプト
--
-- `banso server init` と同じものを作ります（表、banso_user ロール、行レベルセキュリティ、Flyway の履歴）。
-- どちらか一方で作れば十分です。このスクリプトで作ったあとに banso server init を実行しても何も変わりません。
--
-- 使い方（空のデータベースに、データベースの所有者として。所有者には CREATEROLE 権限が要ります）:
--   psql -h <サーバー> -U <所有者> -d <データベース> -v ON_ERROR_STOP=1 -f banso-server.sql
-- 全体が一つのトランザクションです。途中で失敗したときは何も作られません。
-- メンバーのログインロールとチームは、このあと banso server add-team / add-user で作ります（README
-- 「チームサーバー（PostgreSQL）の用意」）。
--
-- このファイルは生成物です（src/test/java/jp/banso/store/server/DbaScriptTest.java）。手で直さないでください。

begin;

-- ===== beforeMigrate.sql =====
-- Before the shared steps run on PostgreSQL: H2's clob (the undo histories' column type) is PostgreSQL's text.
do $$
begin
    create domain clob as text;
exception when duplicate_object then null;
end $$;

-- ===== Flyway の履歴（banso server init が版を知るための表） =====
create table flyway_schema_history (
    installed_rank  integer not null,
    version         varchar(50),
    description     varchar(200) not null,
    type            varchar(20) not null,
    script          varchar(1000) not null,
    checksum        integer,
    installed_by    varchar(100) not null,
    installed_on    timestamp not null default now(),
    execution_time  integer not null,
    success         boolean not null,
    constraint flyway_schema_history_pk primary key (installed_rank)
);
create index flyway_schema_history_s_idx on flyway_schema_history (success);

-- ===== V1__cases_meetings_records.sql =====
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

-- ===== V2__boards_notes_issues.sql =====
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

-- ===== V3__roadmap.sql =====
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

-- ===== V4__meeting_end_date.sql =====
-- Banso schema v4: a meeting may last several days (現地支援 over two days): its last day, null for one day.
alter table meeting add column ends_on date;

-- ===== V5__voting_rounds.sql =====
-- Banso schema v5: voting rounds on a board, like the stickers people are given (N votes per person, anonymous or
-- by speaker), and each vote cast in a round. Free voting (board_note.votes) stays as it was.

create table vote_round (
    id                uuid primary key,
    board_id          uuid not null references board(id) on delete cascade,
    votes_per_person  integer not null check (votes_per_person between 1 and 99),
    -- anonymous: votes record no voter, and the round holds votes_per_person × participants in all
    anonymous         boolean not null default false,
    participants      integer check (participants between 1 and 999),
    closed            boolean not null default false,
    created_at        timestamp not null,
    updated_at        timestamp not null
);
create index vote_round_board on vote_round(board_id);

-- round_id and note_id are not foreign keys: a change set of the undo history restores a vote before or after its
-- note or round, and the board model keeps them consistent (deleting a note deletes its votes in the same action).
create table note_vote (
    id          uuid primary key,
    board_id    uuid not null references board(id) on delete cascade,
    round_id    uuid not null,
    note_id     uuid not null,
    voter       varchar(100),
    created_at  timestamp not null,
    updated_at  timestamp not null
);
create index note_vote_board on note_vote(board_id);

-- ===== V6__team_and_codes.sql =====
-- Banso schema v6 (laptop and team server alike): what team sharing needs in the shared tables.
-- The team that owns a case on the team server (its name, e.g. 栃木県); null while the case was never shared.
alter table support_case add column team varchar(100);
-- An undo step that a change from the team server overlaps can no longer be undone (the app says so).
alter table board_history add column blocked boolean not null default false;
alter table roadmap_history add column blocked boolean not null default false;
-- The 全国地方公共団体コード identifies a municipality across laptops (its id is derived from it).
create index municipality_code on municipality(code);

-- ===== V7__revisions_and_tombstones.sql =====
-- Banso team server, step 7 (the laptop has its own v7): server revisions and tombstones, what sync reads and writes.
-- Roles, teams and row-level security follow in step 8.
--
-- Every write of a synced row takes the next server revision in the same transaction (trigger below). Writers take
-- revisions one transaction at a time (a transaction-scoped advisory lock held until commit), so a revision never
-- becomes visible before a smaller one: a laptop that pulls "everything after revision N" in one snapshot skips
-- nothing, whatever the clocks of the laptops say.

create sequence banso_revision;

create function banso_next_revision() returns bigint language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7150715);
    return nextval('banso_revision');
end $$;

-- The case every case row belongs to (row-level security and tombstones need it), filled in from the parent for the
-- tables whose rows hang under a meeting or a board. Laptops do not have these columns and do not send them.
alter table meeting_part add column case_id uuid;
alter table participant add column case_id uuid;
alter table action_item add column case_id uuid;
alter table board_lane add column case_id uuid;
alter table note_group add column case_id uuid;
alter table board_note add column case_id uuid;
alter table note_link add column case_id uuid;
alter table vote_round add column case_id uuid;
alter table note_vote add column case_id uuid;

create function banso_case_from_meeting() returns trigger language plpgsql security definer set search_path = public as $$
begin
    new.case_id := (select m.case_id from meeting m where m.id = new.meeting_id);
    return new;
end $$;

create function banso_case_from_board() returns trigger language plpgsql security definer set search_path = public as $$
begin
    new.case_id := (select b.case_id from board b where b.id = new.board_id);
    return new;
end $$;

create trigger a_case_id before insert or update on meeting_part for each row execute function banso_case_from_meeting();
create trigger a_case_id before insert or update on participant for each row execute function banso_case_from_meeting();
create trigger a_case_id before insert or update on action_item for each row execute function banso_case_from_meeting();
create trigger a_case_id before insert or update on board_lane for each row execute function banso_case_from_board();
create trigger a_case_id before insert or update on note_group for each row execute function banso_case_from_board();
create trigger a_case_id before insert or update on board_note for each row execute function banso_case_from_board();
create trigger a_case_id before insert or update on note_link for each row execute function banso_case_from_board();
create trigger a_case_id before insert or update on vote_round for each row execute function banso_case_from_board();
create trigger a_case_id before insert or update on note_vote for each row execute function banso_case_from_board();

-- Deleted rows leave a tombstone (with the revision of the deletion), so deletions travel to every laptop.
create table banso_tombstone (
    table_name  varchar(40) not null,
    row_id      uuid not null,
    case_id     uuid,
    rev         bigint not null,
    deleted_at  timestamptz not null default now(),
    primary key (table_name, row_id)
);
create index banso_tombstone_rev on banso_tombstone(rev);

create function banso_stamp_revision() returns trigger language plpgsql security definer set search_path = public as $$
begin
    new.rev := banso_next_revision();
    if tg_op = 'INSERT' then
        -- a row that comes back (an undone deletion) is no longer deleted
        delete from banso_tombstone where table_name = tg_table_name and row_id = new.id;
    end if;
    return new;
end $$;

create function banso_record_tombstone() returns trigger language plpgsql security definer set search_path = public as $$
declare
    owner uuid := case when tg_table_name = 'support_case' then old.id else (to_jsonb(old) ->> 'case_id')::uuid end;
begin
    insert into banso_tombstone (table_name, row_id, case_id, rev)
        values (tg_table_name, old.id, owner, banso_next_revision())
        on conflict (table_name, row_id) do update set rev = excluded.rev, case_id = excluded.case_id, deleted_at = now();
    return old;
end $$;

-- A case's 年度 are part of the case: changing them is a change of the case (its revision moves).
create function banso_touch_case() returns trigger language plpgsql security definer set search_path = public as $$
begin
    update support_case set rev = banso_next_revision()
        where id = coalesce(case when tg_op = 'DELETE' then null else new.case_id end, old.case_id);
    return null;
end $$;
create trigger b_touch_case after insert or update or delete on case_fiscal_year for each row execute function banso_touch_case();

do $$
declare
    t text;
begin
    foreach t in array array['municipality', 'profile_snapshot', 'support_case', 'team_member', 'state_change', 'meeting',
            'meeting_part', 'participant', 'action_item', 'board', 'board_lane', 'note_group', 'board_note', 'note_link',
            'vote_round', 'note_vote', 'case_issue', 'roadmap_item', 'progress_entry'] loop
        execute format('alter table %I add column rev bigint not null default 0', t);
        execute format('create index %I on %I (rev)', t || '_rev', t);
        execute format('create trigger b_revision before insert or update on %I for each row execute function banso_stamp_revision()', t);
        execute format('create trigger c_tombstone after delete on %I for each row execute function banso_record_tombstone()', t);
    end loop;
end $$;

-- ===== V8__teams_roles_rls.sql =====
-- Banso team server, step 8: teams, the members' role and row-level security (docs/decisions/0015).
--
-- The database owner (who runs `banso server init`) owns every table and is not bound by the policies. Members log in
-- as their own login role, a member of the group role banso_user, and see and change only the rows of cases their
-- teams or their grants reach. Who is asking is session_user, the login role: inside the SECURITY DEFINER functions
-- below current_user is the owner, and SET ROLE cannot borrow another member's reach.

-- Roles belong to the whole PostgreSQL cluster, not to this database: several Banso databases (and tests) share one
-- banso_user, so it is created only when missing (and two databases migrating at once do not fail on each other).
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'banso_user') then
        create role banso_user nologin;
    end if;
exception when duplicate_object or unique_violation then
    null;
end $$;

-- Members create nothing in the schema (PostgreSQL 14 and older let everyone create tables in public; a warning only
-- when the owner of the database is not the owner of the schema).
revoke create on schema public from public;

create table banso_team (
    name        varchar(100) primary key,
    created_at  timestamptz not null default now()
);

create table banso_team_member (
    team       varchar(100) not null references banso_team(name) on update cascade on delete cascade,
    user_name  varchar(63) not null,
    primary key (team, user_name)
);
create index banso_team_member_user on banso_team_member(user_name);

-- An advisor given single cases. Not a foreign key: the grant outlives a deleted case, so its holder still receives
-- the case's tombstones (`banso server revoke-case` removes it).
create table banso_case_grant (
    case_id    uuid not null,
    user_name  varchar(63) not null,
    primary key (case_id, user_name)
);
create index banso_case_grant_user on banso_case_grant(user_name);

insert into banso_team (name) select distinct team from support_case where team is not null;
alter table support_case add constraint support_case_team foreign key (team) references banso_team(name) on update cascade;
create index support_case_team_index on support_case(team);

-- A deleted case's tombstone keeps its team: the case row is gone, and the team is how members still reach the
-- tombstones of the case and of its rows (deleted with it by cascade).
alter table banso_tombstone add column team varchar(100);

create or replace function banso_record_tombstone() returns trigger language plpgsql security definer set search_path = public as $$
declare
    owner uuid := case when tg_table_name = 'support_case' then old.id else (to_jsonb(old) ->> 'case_id')::uuid end;
    case_team varchar(100) := case when tg_table_name = 'support_case' then to_jsonb(old) ->> 'team' end;
begin
    insert into banso_tombstone (table_name, row_id, case_id, team, rev)
        values (tg_table_name, old.id, owner, case_team, banso_next_revision())
        on conflict (table_name, row_id) do update
            set rev = excluded.rev, case_id = excluded.case_id, team = excluded.team, deleted_at = now();
    return old;
end $$;

-- The policies' questions, answered as the owner (who is not bound by the policies, so a policy on support_case can
-- ask about support_case without recursing). STABLE: within one statement they see the rows as the statement began.

-- The teams of the member asking.
create function banso_my_teams() returns setof varchar language sql stable security definer set search_path = public, pg_temp as $$
    select team from banso_team_member where user_name = session_user order by team
$$;

-- Whether the member asking reaches the case: its team is one of theirs (for a deleted case: the team its tombstone
-- kept), or they have a grant on it.
create function banso_reaches(case_id uuid) returns boolean language sql stable security definer set search_path = public, pg_temp as $$
    select exists (select 1 from banso_case_grant g where g.case_id = $1 and g.user_name = session_user)
        or exists (select 1 from support_case c join banso_team_member m on m.team = c.team
                   where c.id = $1 and m.user_name = session_user)
        or exists (select 1 from banso_tombstone t join banso_team_member m on m.team = t.team
                   where t.table_name = 'support_case' and t.row_id = $1 and m.user_name = session_user)
$$;

-- Whether the member asking reaches a case in the town (and so may change the town's data and profile snapshots).
create function banso_reaches_town(municipality_id uuid) returns boolean language sql stable security definer set search_path = public, pg_temp as $$
    select exists (select 1 from support_case c where c.municipality_id = $1 and banso_reaches(c.id))
$$;

-- Whether the member asking may keep the existing case they reach in that team: the team it has (an advisor with a
-- grant edits the case but does not move it), or one of their own teams when the case is in one of them too (or in none).
create function banso_may_place(case_id uuid, team varchar) returns boolean language sql stable security definer set search_path = public, pg_temp as $$
    select banso_reaches($1) and exists (select 1 from support_case c where c.id = $1 and ($2 is not distinct from c.team
        or ($2 in (select m.team from banso_team_member m where m.user_name = session_user)
            and (c.team is null or c.team in (select m.team from banso_team_member m where m.user_name = session_user)))))
$$;

revoke all on function banso_my_teams(), banso_reaches(uuid), banso_reaches_town(uuid), banso_may_place(uuid, varchar) from public;
grant execute on function banso_my_teams(), banso_reaches(uuid), banso_reaches_town(uuid), banso_may_place(uuid, varchar) to banso_user;

-- Row-level security on every table: a table without a policy shows a member nothing (the undo histories and
-- note_author stay on the laptops; members have no privilege on them either).
do $$
declare
    t text;
begin
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history' loop
        execute format('alter table %I enable row level security', t);
    end loop;
end $$;

-- The case: reached by team or grant; created only in one of my teams; a grant holder edits it in its team.
grant select, insert, update, delete on support_case to banso_user;
-- (The row's own team is asked first: an upsert also checks the select policy on the row it proposes, and a function
-- cannot see a case that the same statement is inserting.)
create policy member_select on support_case for select to banso_user
    using (team in (select banso_my_teams()) or banso_reaches(id));
-- (INSERT … ON CONFLICT DO UPDATE checks the insert's policy on the row it proposes even when the case exists: a grant
-- holder's upsert of their case passes as a placement of the existing case.)
create policy member_insert on support_case for insert to banso_user
    with check (team in (select banso_my_teams()) or banso_may_place(id, team));
create policy member_update on support_case for update to banso_user using (banso_reaches(id)) with check (banso_may_place(id, team));
create policy member_delete on support_case for delete to banso_user using (banso_reaches(id));

-- Every other table of a case, by its case_id (the rows under a meeting or a board get it from their parent, V7).
do $$
declare
    t text;
begin
    foreach t in array array['case_fiscal_year', 'team_member', 'state_change', 'meeting', 'meeting_part', 'participant',
            'action_item', 'board', 'board_lane', 'note_group', 'board_note', 'note_link', 'vote_round', 'note_vote',
            'case_issue', 'roadmap_item', 'progress_entry'] loop
        execute format('grant select, insert, update, delete on %I to banso_user', t);
        execute format('create policy member_rows on %I for all to banso_user using (banso_reaches(case_id)) with check (banso_reaches(case_id))', t);
    end loop;
end $$;

-- Towns are public master data: every member reads them and adds them; the town's data and its profile snapshots are
-- changed or deleted only by members who reach a case there.
grant select, insert, update, delete on municipality, profile_snapshot to banso_user;
create policy member_select on municipality for select to banso_user using (true);
create policy member_insert on municipality for insert to banso_user with check (true);
create policy member_update on municipality for update to banso_user using (banso_reaches_town(id)) with check (banso_reaches_town(id));
create policy member_delete on municipality for delete to banso_user using (banso_reaches_town(id));
create policy member_select on profile_snapshot for select to banso_user using (true);
create policy member_insert on profile_snapshot for insert to banso_user with check (true);
create policy member_update on profile_snapshot for update to banso_user
    using (banso_reaches_town(municipality_id)) with check (banso_reaches_town(municipality_id));
create policy member_delete on profile_snapshot for delete to banso_user using (banso_reaches_town(municipality_id));

-- Tombstones: read only, those of towns (no case) and of reached cases. Teams and grants: read only, a member's own.
-- Only the owner writes these tables (the triggers write tombstones as the owner).
grant select on banso_tombstone, banso_team, banso_team_member, banso_case_grant, flyway_schema_history to banso_user;
create policy member_select on banso_tombstone for select to banso_user using (case_id is null or banso_reaches(case_id));
create policy member_select on banso_team for select to banso_user using (name in (select banso_my_teams()));
create policy member_select on banso_team_member for select to banso_user using (user_name = session_user);
create policy member_select on banso_case_grant for select to banso_user using (user_name = session_user);

-- ===== 実行した版を Flyway の履歴に記録します =====
insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) values (1, '1', 'cases meetings records', 'SQL', 'V1__cases_meetings_records.sql', 259800113, current_user, 0, true);
insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) values (2, '2', 'boards notes issues', 'SQL', 'V2__boards_notes_issues.sql', -315414070, current_user, 0, true);
insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) values (3, '3', 'roadmap', 'SQL', 'V3__roadmap.sql', -1932013798, current_user, 0, true);
insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) values (4, '4', 'meeting end date', 'SQL', 'V4__meeting_end_date.sql', 2105921645, current_user, 0, true);
insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) values (5, '5', 'voting rounds', 'SQL', 'V5__voting_rounds.sql', 1421032981, current_user, 0, true);
insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) values (6, '6', 'team and codes', 'SQL', 'V6__team_and_codes.sql', 1727861559, current_user, 0, true);
insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) values (7, '7', 'revisions and tombstones', 'SQL', 'V7__revisions_and_tombstones.sql', -1041582498, current_user, 0, true);
insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) values (8, '8', 'teams roles rls', 'SQL', 'V8__teams_roles_rls.sql', -1635719430, current_user, 0, true);

commit;

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

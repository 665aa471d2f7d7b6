package jp.banso.domain;


/** One entity before and after an action; null before = created, null after = deleted. */
public record Change(Entity before, Entity after) {

    public Change inverse() {
        return new Change(after, before);
    }

    public java.util.UUID id() {
        return (after != null ? after : before).getId();
    }
}

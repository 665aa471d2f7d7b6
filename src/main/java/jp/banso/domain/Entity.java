package jp.banso.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Every entity has a UUID (so cases can move between laptops and merge) and created/updated times. */
public abstract class Entity {
    private UUID id = UUID.randomUUID();
    private Instant createdAt;
    private Instant updatedAt;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }

    /** What is wrong with this record, field by field (empty: fine). Screens, case files and sync all ask this. */
    public abstract List<FieldError> validate();

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Objects.equals(id, ((Entity) o).id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
